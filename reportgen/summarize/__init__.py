"""Source → Brief: the only place content is chosen, ordered and grouped."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date
from typing import Literal

from reportgen import _recache
from reportgen.errors import BadInput
from reportgen.model import Actors, Brief, DocumentMeta, Event, Section, Sentence, TableData
from reportgen.read._line_rules import match
from reportgen.read.source import Source
from reportgen.summarize._back_matter import is_appendix
from reportgen.summarize._budget import BUDGETS, SHORT_SOURCE, Budget
from reportgen.summarize._document_title import FINDS, OFFERS
from reportgen.summarize._echoes import echoes
from reportgen.summarize._event_label import event_label, tells_an_event
from reportgen.summarize._headline import choose_bottom_line, choose_title, newsiest
from reportgen.summarize._language import guess_language
from reportgen.summarize._point_rules import unfit_as_point
from reportgen.summarize._printed import (
    ITEM_WORDS,
    Printed,
    actor_words,
    fits_across,
    most_named,
    table_words,
)
from reportgen.summarize._same_figures import (
    SHARED,
    figures,
    figures_of,
    first_of_each,
    restating,
)
from reportgen.summarize._tokens import content_words
from reportgen.summarize._transcript import crosstalk, labelled, turns, unlabelled
from reportgen.summarize.compress import POINT_WORDS, Compressed, point, pronoun_led, statement
from reportgen.summarize.compress import bottom_line as compressed_bottom_line
from reportgen.summarize.entities import find_actors
from reportgen.summarize.parts import Parts, read_parts
from reportgen.summarize.salience import (
    TRANSCRIPT,
    WEIGHTS,
    Vector,
    Weights,
    central,
    choose_key_points,
    fit_for_points,
    is_byline,
    is_heading,
    rank_sentences,
    the_ask,
    vectors,
)
from reportgen.summarize.sections import (
    group_sections,
    sections_by_speaker,
    sections_from_parts,
)
from reportgen.summarize.sentences import split_sentences
from reportgen.summarize.timeline import build_timeline, header_lines
from reportgen.summarize.timex import Timex, tag
from reportgen.text import clean_inline

Detail = Literal["brief", "standard", "full"]
_BOTTOM_WORDS = 30
"""The bottom line is cut, as a key point is, only past this many words."""
_WORDS_PER_POINT = 150
"""A short source earns fewer key points: two, and one more per this many words past
:data:`_TWO_POINTS_UNDER`."""
_TWO_POINTS_UNDER = 400
"""A source this short (a news story, a one-page memo) gets two key points: its bottom line,
sections and timeline say the rest on one page."""


def summarize(
    source: Source,
    *,
    document_date: date | None = None,
    title: str | None = None,
    detail: Detail = "standard",
    squeeze: int = 0,
) -> Brief:
    """Build the one model every format draws from. ``squeeze``: how many steps of
    :data:`reportgen.summarize._budget.SQUEEZES` tighten the level's budget, for a brief
    whose pages overflow."""
    sentences = split_sentences(source.text)
    if not sentences:
        raise BadInput(f"{source.name}: no sentences to summarise")
    budget = BUDGETS[detail].squeezed(squeeze)
    parts = read_parts(source.structure, sentences)
    vecs = vectors(sentences)
    turn_labels = turns(sentences)
    # An echo of an earlier sentence, or two turns run together, is never chosen.
    unsaid = echoes(sentences, vecs) | crosstalk(sentences, turn_labels.speakers)
    transcript = turn_labels.is_transcript
    weights = TRANSCRIPT if transcript else WEIGHTS
    ranking = _ranking(source, sentences, vecs, parts, max(budget.key_points, 10), unsaid, weights)
    actors = find_actors(sentences)
    fit = fit_for_points(sentences, ranking, weights)
    # A meeting's bottom line is what it says it is for; else the statement most central to
    # its talk (its opening is greetings and the running order).
    news = _bottom_line_source(
        sentences, ranking, central(vecs, fit) if transcript else fit, actors, parts
    )
    purpose = _purpose_of(sentences, unsaid) if transcript else None
    bottom = news if purpose is None else purpose
    # The bottom line is a statement too: its asides go, as a key point's do.
    # Who said it is half of a meeting's point, on every point alike.
    said_by = turn_labels.speaker_of() if transcript else [None] * len(sentences)
    bottom_line = labelled(
        compressed_bottom_line(
            _unlabelled(choose_bottom_line(sentences, bottom)), _BOTTOM_WORDS
        ).text,
        said_by[bottom],
    )
    # A bottom line cut short ("...") has not said its sentence: it may still be a point, if
    # the point says more of it than the bottom line did.
    said_whole = not bottom_line.endswith("...")
    used = ({bottom} if said_whole else set()) | {a.source for a in parts.actions}
    words = sum(len(s.text.split()) for s in sentences)
    count = min(budget.key_points, 2 + max(0, words - _TWO_POINTS_UNDER) // _WORDS_PER_POINT)
    again = said_whole or _no_more(_key_point(sentences[bottom].text, said_by[bottom]), bottom_line)
    # One fact is one point: a sentence giving the bottom line's figures again, or those of
    # a better-ranked point, is no key point.
    figs = figures_of(sentences)
    fresh = set(first_of_each(figs, [bottom, *(i for i in fit if i != bottom)]))
    key = _key_points(
        source.text,
        sentences,
        ranking,
        [i for i in fit if i in fresh],
        parts,
        used | ({bottom} if again else set()),
        bottom,
        count,
    )
    if news != bottom and news not in key and count:  # the meeting's news leads its points
        key = [news, *key[: count - 1]]
    taken = used | ({bottom} if again else set())
    if transcript:
        key = _spread_over_speakers(key, [i for i in fit if i not in taken], said_by)
    key = _whole_points(key, [i for i in fit if i not in taken and i in fresh], sentences, said_by)
    used |= set(key)
    restated = restating(figs, [bottom, *key])
    timexes = tag(source.text, document_date)
    timeline = _labelled(
        build_timeline(
            sentences,
            timexes,
            document_date,
            budget.timeline_events,
            headline=0 if _opens_with_headline(source, sentences) else None,
            skip=parts.furniture
            | header_lines(sentences)
            | _no_events(sentences, transcript)
            | unsaid
            | restated,
            rank=ranking,
        ),
        sentences,
        timexes,
        spoken=transcript,
    )
    key_texts = tuple(_key_point(sentences[i].text, said_by[i]) for i in key)
    stated = dict(zip(key, key_texts, strict=True))
    stated |= {a.source: a.text for a in parts.actions}
    if said_whole:
        stated[bottom] = bottom_line
    timeline = tuple(
        e for e in timeline if not _restates(e.event, stated.get(e.source, ""), _on_calendar(e))
    )
    if sum(1 for e in timeline if _dated(e)) < _FEWEST_EVENTS:
        timeline = ()  # one date is no chronology; its sentence stays free for a section
    # A sentence the timeline tells is said: a section printing it too would say its fact
    # twice ("Income from operations was $38 million" under Q4 2020 and again in a part).
    told = {
        e.source
        for e in timeline
        if budget.timeline_takes_its_sentences or _restates(e.event, sentences[e.source].text)
    }
    shown_actors = most_named(actors, source.text, budget.actors)
    tables = _kept_tables(parts, budget, words)

    printed = Printed(
        said=[len(t.split()) for t in key_texts]
        + [len(bottom_line.split())]
        + [len(a.text.split()) for a in parts.actions],
        labels=[len(e.event.split()) + len(e.when.split()) for e in timeline],
        actors=actor_words(shown_actors),
        tables=table_words(tables),
    )
    said = used | told | restated
    # A transcript's sections are set out by speaker, out of the talk's order: a turn there
    # has no neighbours to lean on ("It's not gonna fall"), so it must stand as a point does.
    free = fit if transcript else [i for i in ranking if _fit_in_context(sentences[i].text)]
    candidates = [i for i in free if i not in said]
    # A transcript without parts of its own is set out by speaker, each point without the
    # label its heading gives.
    speaker = turn_labels.speaker_of() if transcript and not parts.parts else None

    def shown(i: int) -> str:
        """What a section prints of sentence ``i`` (asked only of those it may print)."""
        text = sentences[i].text
        said = statement(text).text if budget.compress_sections else text
        return unlabelled(said, speaker[i] if speaker else None)

    room = _section_room(sentences, words, budget, used, printed, candidates, shown)
    sections = tuple(
        replace(s, points=tuple(shown(i) for i in s.sources))
        for s in _sections(sentences, vecs, candidates, parts, room, actors, speaker)
    )
    meta = source.structure.meta
    return Brief(
        title=title
        or choose_title(
            source.text,
            sentences,
            actors,
            unlabelled(bottom_line, said_by[bottom]),  # no "Chair:" in a title
            fallback=source.stem,
            headline=source.headline or meta.title or None,
        ),
        bottom_line=bottom_line,
        bottom_line_source=bottom,
        key_points=key_texts,
        key_point_sources=tuple(key),
        sections=sections,
        timeline=timeline,
        actors=shown_actors,
        sentences=tuple(sentences),
        document_date=document_date.isoformat() if document_date else None,
        source_name=clean_inline(source.name),
        language=guess_language(source.text),
        metadata=DocumentMeta(
            author=clean_inline(meta.author),
            recipients=tuple(clean_inline(r) for r in meta.recipients),
            date=meta.date,
            marking=clean_inline(meta.marking),
            organisation=clean_inline(meta.organisation),
            subtitle=clean_inline(meta.subtitle),
            subject=clean_inline(meta.subject),
        ),
        tables=_in_sections(tables, parts, sections),
        actions=parts.actions,
        extra={"words": words, "detail": detail},
    )


def _spread_over_speakers(
    key: list[int], fit: list[int], said_by: Sequence[str | None]
) -> list[int]:
    """The key points with no speaker holding more than half of them: a session's points come
    from those who spoke in it, not all from its longest witness. A point over that share
    gives way to the best-ranked one of another speaker, while there is one."""
    most = max(1, (len(key) + 1) // 2)
    kept: list[int] = []
    held: Counter[str | None] = Counter()
    for i in [*key, *fit]:
        if len(kept) == len(key):
            break
        if i not in kept and held[said_by[i]] < most:
            kept.append(i)
            held[said_by[i]] += 1
    for i in key:  # too few other voices: the strongest points stand
        if len(kept) < len(key) and i not in kept:
            kept.append(i)
    return kept


def _no_more(point_text: str, bottom_line: str) -> bool:
    """Whether a point cut from the bottom line's sentence says only what the bottom line,
    cut short, already said ("... enable our business." after "... enable our business...")."""
    return point_text.rstrip(".!?\u2026 ") in bottom_line.rstrip(".\u2026 ")


def _key_point(text: str, speaker: str | None) -> str:
    """The sentence as a key point, opening on its speaker's label when it has one."""
    return labelled(_point_of(text, speaker).text, speaker)


def _point_of(text: str, speaker: str | None) -> Compressed:
    """The sentence compressed to a key point's length, less what its speaker's label takes."""
    return point(text, POINT_WORDS - (len(speaker.split()) if speaker else 0))


def _whole_points(
    key: list[int], rest: list[int], sentences: list[Sentence], said_by: Sequence[str | None]
) -> list[int]:
    """Each key point whose sentence could only be cut inside a clause that has not yet said
    anything (:attr:`Compressed.broken`: "..., the modules that deploy information") gives way
    to the best sentence left that ends whole; kept when none does."""

    def broken(i: int) -> bool:
        return _point_of(sentences[i].text, said_by[i]).broken

    spare = (i for i in rest if i not in key and not broken(i))
    return [next(spare, i) if broken(i) else i for i in key]


def _purpose_of(sentences: list[Sentence], unsaid: frozenset[int]) -> int | None:
    """The sentence a meeting says what it is for in; its patterns load only for a transcript."""
    from reportgen.summarize._session_purpose import session_purpose

    return session_purpose(sentences, unsaid)


def _section_room(
    sentences: list[Sentence],
    words: int,
    budget: Budget,
    said: set[int],
    printed: Printed,
    candidates: list[int],
    shown: Callable[[int], str],
) -> int:
    """How many of the ``candidates`` (best first) the sections may hold: as many as fit in
    what the page budget (:attr:`Budget.page_words`, one page for a source under
    :data:`SHORT_SOURCE` words) leaves once the bottom line, key points, timeline labels and
    actor lists are printed; past :data:`SHORT_SOURCE` words, also within the brief's share
    of the source (:attr:`Budget.share`) less the sentences already said. At least a few, so
    the document's parts show; within the level's cap."""
    page = budget.page_words_for(words)
    left = float("inf") if page is None else page - printed.total()
    if words >= SHORT_SOURCE:
        taken = sum(len(sentences[i].text.split()) for i in said)
        left = min(left, budget.share * words - taken - sum(printed.labels))
    room = 0
    for i in candidates[: budget.section_points]:
        left -= len(shown(i).split()) + ITEM_WORDS
        if left < 0:
            break
        room += 1
    return max(budget.fewest_section_points, room)


_NO_EVENT = frozenset({"question", "procedure", "framing", "garbled", "reply", "vague", "citation"})
"""Kinds of sentence (:func:`unfit_as_point`) that date no event."""
_FEWEST_EVENTS = 2
"""One date is no chronology, nor are "recently" and "now" alone."""


def _dated(event: Event) -> bool:
    """Whether the text dates the event itself (a year, a day), not only against now."""
    return event.value is not None and not event.value.endswith("_REF")


_RESTATED = 0.8
"""A label this close to a statement's length, cut from the same sentence, says it again."""
_RESTATED_INSIDE = 0.6
"""A row the text dates without its year, none of whose words the statement lacks, says it again
from this share of its length: "X has cancelled a trip on Friday" beside the point "X has
cancelled a trip on Friday following Y's comments". A clause of a long statement (under
this share) is a fact of its own."""


def _on_calendar(event: Event) -> bool:
    """Whether the row gives its event a place in the chronology (a date, or a step before
    or after another event): then it adds to a point that tells the same event. "Friday
    (undated)" does not."""
    return not (event.value or "").startswith("XXXX")


def _restates(label: str, statement: str, placed: bool = True) -> bool:
    """Whether a timeline label says what ``statement`` (a key point, the bottom line, an
    action or a whole sentence) already says: the brief then prints the sentence once.
    ``placed``: the label's row dates it on the calendar (see :data:`_RESTATED_INSIDE`)."""
    words = len(statement.split())
    if not words:
        return False
    if len(figures(label) & figures(statement)) >= SHARED:
        return True  # the same figures: the same fact, whatever the label left out
    share = len(label.split()) / words
    if share >= _RESTATED:
        return True
    inside = set(content_words(label)) <= set(content_words(statement))
    return not placed and inside and share >= _RESTATED_INSIDE


def _no_events(sentences: list[Sentence], transcript: bool) -> frozenset[int]:
    """Sentences that date no event: a question ("Can you explain the 2019-20
    allocations?"), talk about the session ("who is substituting this morning"), crosstalk,
    a bare reply, a citation's year of publication. In a transcript, whose years are mostly
    mentioned in passing ("For 2017-18, which is the year we're about to end now"), any
    sentence that could not stand alone as a point."""
    if transcript:
        return frozenset(s.index for s in sentences if unfit_as_point(s.text) is not None)
    return frozenset(s.index for s in sentences if unfit_as_point(s.text) in _NO_EVENT)


def _unlabelled(text: str) -> str:
    """A summary's statement without its label ("SUMMARY: The agency ..." → "The agency ...")."""
    found = match("summary_label", text)
    return found["text"] if found else text


def _ranking(
    source: Source,
    sentences: list[Sentence],
    vecs: list[Vector],
    parts: Parts,
    k: int,
    unsaid: frozenset[int],
    weights: Weights,
) -> list[int]:
    """Sentences by importance, without furniture, bylines, headings, the headline or the
    ``unsaid`` (echoes, crosstalk)."""
    ranking = rank_sentences(sentences, vecs, k=k, weights=weights)
    kept = [
        i
        for i in ranking
        if i not in parts.furniture
        and i not in unsaid
        and not is_byline(sentences[i].text)
        and not is_heading(source.text, sentences[i])
        and sentences[i].text != source.headline
    ]
    return kept or [i for i in ranking if i not in parts.furniture] or ranking


def _bottom_line_source(
    sentences: list[Sentence], ranking: list[int], fit: list[int], actors: Actors, parts: Parts
) -> int:
    """The ask of a paper that asks for something; else its own summary's first statement;
    else the news, from sentences fit to stand alone (of its introduction, when it opens on
    one)."""
    if parts.ask is not None:
        return parts.ask
    asked = the_ask(sentences, fit)
    if asked is not None:
        return asked
    if parts.summary:
        return parts.summary[0]
    opening = _opening_part(parts, fit)
    offered = _contribution(sentences, opening or fit[:_CONTRIBUTION_REACH])
    if offered is not None:
        return offered
    return newsiest(sentences, opening or fit or ranking, actors)


_CONTRIBUTION = _recache.compile(
    rf"^(?:In this (?:paper|work|study|article|report),? |Here,? )?[Ww]e (?:{OFFERS}|{FINDS})"
    r"\b(?!\s+(?:this|it|these|those|them)\b)"
)
"""What a paper offers, said in its own voice: "In this work, we develop ...", "We show
that ...". Its bottom line, as a paper that asks is its ask: the context before it is not the
news. Not "We demonstrate this in Appendix C": what it shows was said before."""
_CONTRIBUTION_REACH = 12
"""How many of the best-ranked sentences of a text without an introduction part are read
for what it offers."""


def _contribution(sentences: list[Sentence], opening: list[int]) -> int | None:
    """The first sentence, in reading order, of ``opening`` that says what the paper offers."""
    return next((i for i in sorted(opening) if _CONTRIBUTION.match(sentences[i].text)), None)


_OPENING_PARTS = frozenset({"introduction", "overview", "purpose", "context", "background"})
"""Headings of a report's first part that says what it is about: its bottom line comes from
there (or from what comes before its first heading), not from a dated entry deep in its
chronology."""


def _opening_part(parts: Parts, fit: list[int]) -> list[int]:
    """The fit sentences that open a document with parts: those before its first part's
    heading, else those of a first part that introduces it ("Introduction")."""
    if not parts.parts:
        return []
    first = min((i for p in parts.parts for i in p.sentences), default=0)
    before = [i for i in fit if i < first]
    if before or parts.parts[0].heading.lower().strip(" :") not in _OPENING_PARTS:
        return before
    inside = set(parts.parts[0].sentences)
    return [i for i in fit if i in inside]


def _key_points(
    text: str,
    sentences: list[Sentence],
    ranking: list[int],
    fit: list[int],
    parts: Parts,
    used: set[int],
    bottom: int,
    count: int,
) -> list[int]:
    """The document's own summary first; then, for a document with parts, the best sentence
    of each part in turn (coverage, not the first page); else the best sentences overall,
    spread over the text. Only sentences fit to stand alone, none already said."""
    chosen = [i for i in parts.summary if i not in used and i in fit][:count]
    rank = {i: n for n, i in enumerate(fit)}
    if parts.parts:
        firsts = [
            min((i for i in p.sentences if i in rank and i not in used), key=rank.__getitem__)
            for p in parts.parts
            if not is_appendix(p.heading) and any(i in rank and i not in used for i in p.sentences)
        ]
        for i in sorted(firsts, key=rank.__getitem__):
            if len(chosen) < count and i not in chosen:
                chosen.append(i)
    else:
        spread = choose_key_points(text, sentences, fit or ranking, bottom, count + 1)
        chosen += [i for i in spread if i not in used and i not in chosen]
    for i in fit:
        if len(chosen) >= count:
            break
        if i not in used and i not in chosen:
            chosen.append(i)
    return chosen[:count]


_FIT_IN_CONTEXT = frozenset(
    {None, "pronoun_led", "quote_without_speaker", "unfinished", "question"}
)


def _fit_in_context(text: str) -> bool:
    """What a section may hold beside its neighbours though it could not stand alone as a key
    point: a sentence opening on a pronoun, a quotation, a line without a stop, a short line
    with a figure ("KENYA: Total dead: 192"); never a greeting or a filler turn ("Okay."), a
    framing line, a header or a citation."""
    rule = unfit_as_point(text)
    if rule == "fragment" and (any(c.isdigit() for c in text) or _has_long_token(text)):
        return True  # a figure, or a token no word list can judge: text is data, kept
    return rule in _FIT_IN_CONTEXT


_LONG_TOKEN = 40


def _has_long_token(text: str) -> bool:
    return any(len(w) > _LONG_TOKEN for w in text.split())


def _sections(
    sentences: list[Sentence],
    vecs: list[Vector],
    rest: list[int],
    parts: Parts,
    limit: int,
    actors: Actors,
    speaker: list[str | None] | None,
) -> tuple[Section, ...]:
    """The document's own parts when it has headings; who said what in a transcript; topical
    groups otherwise; from ``rest``, the sentences not said elsewhere that may stand in a
    section, best first."""
    if parts.parts:
        return sections_from_parts(parts.parts, rest, limit, sentences)
    if speaker is not None:
        return sections_by_speaker(sentences, rest, limit, speaker)
    return group_sections(
        sentences,
        vecs,
        rest,
        limit,
        [
            *(p.name for p in actors.people),
            *(p.name for p in actors.places),
            *(g.name for g in actors.groups),
        ],
    )


def _opens_with_headline(source: Source, sentences: list[Sentence]) -> bool:
    """Whether the text's first line is its headline, which names the news the lead tells."""
    first = sentences[0]
    return first.text == source.headline or (len(sentences) > 1 and is_heading(source.text, first))


_TABLE_SHARE = 0.5
"""The share of a brief's page budget its tables may take: the rest is for what it says."""
_FEWEST_ROWS = 3
"""A table cut to fit keeps at least this many rows, or is left out."""


def _kept_tables(parts: Parts, budget: Budget, words: int) -> tuple[TableData, ...]:
    """The tables a brief keeps: of those whose columns fit across the page
    (:func:`fits_across`), the fullest of figures first (at most :attr:`Budget.tables`),
    each cut to :attr:`Budget.table_rows` rows and, together, to half the page budget (a
    table that does not fit in :data:`_FEWEST_ROWS` rows is left out); in the document's
    order, each caption saying what was cut, ``section`` still naming its part."""

    def figures(t: TableData) -> int:
        return sum(1 for row in t.rows for cell in row if any(c.isdigit() for c in cell))

    page = budget.page_words_for(words)
    room = float("inf") if page is None else page * _TABLE_SHARE
    out: list[TableData] = []
    fitting = [t for t in parts.tables if fits_across(t)]
    for t in sorted(fitting, key=figures, reverse=True)[: budget.tables]:
        rows = min(len(t.rows), budget.table_rows)
        while rows > _FEWEST_ROWS and table_words([replace(t, rows=t.rows[:rows])]) > room:
            rows -= 1
        cut = replace(t, rows=t.rows[:rows])
        taken = table_words([cut])
        if taken > room:
            continue
        room -= taken
        caption = t.caption
        if rows < len(t.rows):
            note = f"first {rows} of {len(t.rows)} rows"
            caption = f"{caption} ({note})" if caption else note.capitalize()
        out.append(replace(cut, caption=caption))
    return tuple(sorted(out, key=lambda t: t.start))


def _in_sections(
    tables: tuple[TableData, ...], parts: Parts, sections: tuple[Section, ...]
) -> tuple[TableData, ...]:
    """Each kept table in the section its part became; None where that part left none."""
    index = {s.heading: n for n, s in enumerate(sections)}

    def section(t: TableData) -> int | None:
        if t.section is None or t.section >= len(parts.parts):
            return None
        return index.get(parts.parts[t.section].heading)

    return tuple(replace(t, section=section(t)) for t in tables)


_WORD = _recache.compile(r"[^\W\d_]{2,}")
_LABEL_WORDS = 2
"""A label of fewer words than this ("2014)", "In 2006") names no event, only its date."""


def _same_value(tagged: str, placed: str | None) -> bool:
    """Whether a date as tagged ("XXXX-01-02": a day without its year) is the event's date
    as the timeline placed it ("2025-01-02")."""
    if placed is None or len(tagged) != len(placed):
        return tagged == placed
    return all(a == b or a == "X" for a, b in zip(tagged, placed, strict=True))


def _labelled(
    events: tuple[Event, ...], sentences: list[Sentence], timexes: list[Timex], spoken: bool
) -> tuple[Event, ...]:
    """Each event as a short label: the clause of its sentence that holds its date (the full
    sentence stays in ``sentences``, traceable through ``source``). An event whose sentence
    gives no clause with a subject ("and referred to committee"), or whose label is its date
    alone, opens on a pronoun, or tells of no event (:func:`tells_an_event`), is left out."""
    out: list[Event] = []
    for e in events:
        s = sentences[e.source]
        inside = [t for t in timexes if s.start <= t.start < s.end]
        own = [t for t in inside if _same_value(t.value, e.value)] or inside
        at = own[0] if own else None
        # The timeline may give a clause of the sentence: the date's place is counted from it.
        clause_at = max(s.text.find(e.event), 0)
        offset = at.start - s.start - clause_at if at else None
        shown = event_label(e.event, offset if offset is not None and offset >= 0 else None)
        # "It follows the strategy agreed in January" names nothing once it stands in a row.
        if (
            shown
            and len(_WORD.findall(shown)) >= _LABEL_WORDS
            and not pronoun_led(shown)
            and tells_an_event(shown, spoken)
        ):
            out.append(replace(e, event=shown))
    return tuple(out)
