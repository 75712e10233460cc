"""Source → Brief: the only place content is chosen, ordered and grouped."""

from __future__ import annotations

from datetime import date
from typing import Literal

from reportgen.errors import BadInput
from reportgen.model import Brief
from reportgen.read.source import Source
from reportgen.summarize.entities import find_actors
from reportgen.summarize.salience import choose_title, rank_sentences
from reportgen.summarize.sections import group_sections
from reportgen.summarize.sentences import split_sentences
from reportgen.summarize.timeline import build_timeline
from reportgen.summarize.timex import tag

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
    ranking = rank_sentences(sentences)
    key = ranking[:5]
    return Brief(
        title=title or choose_title(sentences, source.stem),
        bottom_line=sentences[ranking[0]].text,
        key_points=tuple(sentences[i].text for i in key),
        key_point_sources=tuple(key),
        sections=group_sections(sentences, ranking),
        timeline=build_timeline(sentences, tag(source.text, document_date), document_date),
        actors=find_actors(sentences),
        sentences=tuple(sentences),
        document_date=document_date.isoformat() if document_date else None,
        source_name=source.name,
    )
