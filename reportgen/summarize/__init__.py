"""Source → Brief: the only place content is chosen, ordered and grouped."""

from __future__ import annotations

from datetime import date
from typing import Literal

from reportgen.errors import BadInput
from reportgen.model import Brief, Sentence
from reportgen.read.source import Source
from reportgen.summarize._budget import BUDGETS
from reportgen.summarize._headline import choose_bottom_line, choose_title, newsiest
from reportgen.summarize._language import guess_language
from reportgen.summarize.entities import find_actors
from reportgen.summarize.salience import (
    choose_key_points,
    fit_for_points,
    is_byline,
    is_heading,
    rank_sentences,
    the_ask,
    vectors,
)
from reportgen.summarize.sections import group_sections
from reportgen.summarize.sentences import split_sentences
from reportgen.summarize.timeline import build_timeline
from reportgen.summarize.timex import tag
from reportgen.text import clean_inline

Detail = Literal["brief", "standard", "full"]


def summarize(
    source: Source,
    *,
    document_date: date | None = None,
    title: str | None = None,
    detail: Detail = "standard",
) -> Brief:
    """Build the one model every format draws from."""
    sentences = split_sentences(source.text)
    if not sentences:
        raise BadInput(f"{source.name}: no sentences to summarise")
    budget = BUDGETS[detail]
    vecs = vectors(sentences)
    ranking = rank_sentences(sentences, vecs, k=max(budget.key_points, 10))
    ranking = [
        i
        for i in ranking
        if not is_byline(sentences[i].text)
        and not is_heading(source.text, sentences[i])
        and sentences[i].text != source.headline
    ] or ranking
    actors = find_actors(sentences)
    fit = fit_for_points(sentences, ranking)
    news = the_ask(sentences, fit)
    news = newsiest(sentences, fit or ranking, actors) if news is None else news
    key = choose_key_points(source.text, sentences, ranking, news, budget.key_points)
    bottom_line = choose_bottom_line(sentences, news)
    return Brief(
        title=title
        or choose_title(
            source.text,
            sentences,
            actors,
            bottom_line,
            fallback=source.stem,
            headline=source.headline,
        ),
        bottom_line=bottom_line,
        key_points=tuple(sentences[i].text for i in key),
        key_point_sources=tuple(key),
        sections=group_sections(
            sentences,
            vecs,
            ranking,
            budget.section_points,
            [
                *(p.name for p in actors.people),
                *(p.name for p in actors.places),
                *(g.name for g in actors.groups),
            ],
        ),
        timeline=build_timeline(
            sentences,
            tag(source.text, document_date),
            document_date,
            headline=0 if _opens_with_headline(source, sentences) else None,
        ),
        actors=actors,
        sentences=tuple(sentences),
        document_date=document_date.isoformat() if document_date else None,
        source_name=clean_inline(source.name),
        language=guess_language(source.text),
        extra={"words": sum(len(s.text.split()) for s in sentences), "detail": detail},
    )


def _opens_with_headline(source: Source, sentences: list[Sentence]) -> bool:
    """Whether the text's first line is its headline, which names the news the lead tells."""
    first = sentences[0]
    return first.text == source.headline or (len(sentences) > 1 and is_heading(source.text, first))
