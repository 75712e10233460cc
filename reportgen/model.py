"""The format-neutral summary model: built once by the summarizer, read by every format."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal, get_args

Precision = Literal[
    "day",
    "week",
    "month",
    "quarter",
    "season",
    "half",
    "year",
    "decade",
    "century",
    "relative",
    "approximate",
]
PRECISIONS: tuple[Precision, ...] = get_args(Precision)
"""How exactly an event's date is known: a calendar period of that size, a date only relative
to another event or to now, or one the text gives as approximate ("around 2027")."""


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence of the source, with its place in the decoded text."""

    index: int
    text: str
    start: int
    """Character offset into the decoded source text."""
    end: int


@dataclass(frozen=True, slots=True)
class Section:
    """A topical group of points; every source sentence lands in at most one section."""

    heading: str
    points: tuple[str, ...]
    sources: tuple[int, ...] = ()
    """Index of the source sentence behind each point, parallel to ``points``."""


TENTATIVE: frozenset[str] = frozenset({"relative", "approximate"})
"""Precisions of a date the text only hints at."""


@dataclass(frozen=True, slots=True)
class Event:
    """One dated event of the timeline."""

    when: str
    """The label readers see: "2012", "February 2012", "After 2012", "Recently"."""
    value: str | None
    """TIMEX3-style value (``2012``, ``2012-02-22``, ``PAST_REF``); None: the text gives no date."""
    precision: Precision
    event: str
    source: int
    """Index of the sentence the event comes from."""
    anchor: int | None = None
    """When the text orders the event only against another ("later"): that one's sentence."""

    @property
    def tentative(self) -> bool:
        """Whether the text only hints at the date ("last week", "1 March" without a year):
        drawn hollow, and the first entries a full page gives up."""
        return self.precision in TENTATIVE


@dataclass(frozen=True, slots=True)
class Person:
    name: str
    role: str = ""
    """The role as the text gives it ("President of Syria"); empty when the text gives none."""


@dataclass(frozen=True, slots=True)
class Place:
    name: str


@dataclass(frozen=True, slots=True)
class Group:
    name: str


@dataclass(frozen=True, slots=True)
class Actors:
    people: tuple[Person, ...] = ()
    places: tuple[Place, ...] = ()
    groups: tuple[Group, ...] = ()

    def is_empty(self) -> bool:
        return not (self.people or self.places or self.groups)


@dataclass(frozen=True, slots=True)
class TableData:
    """A table of the document, kept whole with its figures."""

    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    caption: str = ""
    section: int | None = None
    """Index of the section it belongs to; None: shown in a part of its own."""
    start: int = 0
    """Character offsets of the table in the decoded source text."""
    end: int = 0


@dataclass(frozen=True, slots=True)
class Action:
    """Something the document asks of its reader: a decision, a recommendation, a next step."""

    text: str
    source: int
    """Index of the sentence it comes from."""


@dataclass(frozen=True, slots=True)
class DocumentMeta:
    """What the document says about itself; empty strings where it says nothing."""

    author: str = ""
    recipients: tuple[str, ...] = ()
    date: str = ""
    marking: str = ""
    """Protective marking or classification, shown on every page of every format."""
    organisation: str = ""
    subtitle: str = ""
    subject: str = ""

    def is_empty(self) -> bool:
        return not any(
            (self.author, self.recipients, self.date, self.marking, self.organisation)
            + (self.subtitle, self.subject)
        )


@dataclass(frozen=True, slots=True)
class Brief:
    """Everything the formats show, in reading order; built once, never mutated."""

    title: str
    bottom_line: str
    key_points: tuple[str, ...]
    """Most important first."""
    sections: tuple[Section, ...]
    """In reading order."""
    timeline: tuple[Event, ...]
    """Chronological; events known only relative to another follow their anchor."""
    actors: Actors
    sentences: tuple[Sentence, ...] = ()
    """The source's sentences, so any point can be traced back (notes, ``source`` indices)."""
    key_point_sources: tuple[int, ...] = ()
    """Index of the source sentence behind each key point, parallel to ``key_points``."""
    document_date: str | None = None
    """The document's own date (ISO), the anchor of relative dates; None when unknown."""
    source_name: str = ""
    """File name of the source, shown in metadata and the email subject."""
    language: str = "en"
    bottom_line_source: int | None = None
    """Index of the sentence the bottom line is drawn from; None when it is not one."""
    metadata: DocumentMeta = DocumentMeta()
    tables: tuple[TableData, ...] = ()
    actions: tuple[Action, ...] = ()
    """In the document's order; a decision paper's ask."""
    extra: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)
    """Free-form facts for the JSON only (e.g. word counts); no renderer reads it."""

    def to_json(self) -> dict[str, Any]:
        """The public JSON form; keys are a contract that scripts depend on."""
        return {
            "title": self.title,
            "bottom_line": self.bottom_line,
            "bottom_line_source": self.bottom_line_source,
            "key_points": list(self.key_points),
            "key_point_sources": list(self.key_point_sources),
            "sections": [
                {"heading": s.heading, "points": list(s.points), "sources": list(s.sources)}
                for s in self.sections
            ],
            "timeline": [
                {
                    "when": e.when,
                    "value": e.value,
                    "precision": e.precision,
                    "event": e.event,
                    "source": e.source,
                    "anchor": e.anchor,
                }
                for e in self.timeline
            ],
            "actors": {
                "people": [{"name": p.name, "role": p.role} for p in self.actors.people],
                "places": [{"name": p.name} for p in self.actors.places],
                "groups": [{"name": g.name} for g in self.actors.groups],
            },
            "sentences": [
                {"index": s.index, "text": s.text, "start": s.start, "end": s.end}
                for s in self.sentences
            ],
            "document_date": self.document_date,
            "source_name": self.source_name,
            "language": self.language,
            "metadata": {
                "author": self.metadata.author,
                "recipients": list(self.metadata.recipients),
                "date": self.metadata.date,
                "marking": self.metadata.marking,
                "organisation": self.metadata.organisation,
                "subtitle": self.metadata.subtitle,
                "subject": self.metadata.subject,
            },
            "tables": [
                {
                    "header": list(t.header),
                    "rows": [list(r) for r in t.rows],
                    "caption": t.caption,
                    "section": t.section,
                    "start": t.start,
                    "end": t.end,
                }
                for t in self.tables
            ],
            "actions": [{"text": a.text, "source": a.source} for a in self.actions],
            "extra": dict(self.extra),
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Brief:
        """Inverse of :meth:`to_json`; a round trip gives an equal Brief."""
        actors = data.get("actors", {})
        return cls(
            title=data["title"],
            bottom_line=data["bottom_line"],
            bottom_line_source=data.get("bottom_line_source"),
            key_points=tuple(data["key_points"]),
            key_point_sources=tuple(data.get("key_point_sources", ())),
            sections=tuple(
                Section(s["heading"], tuple(s["points"]), tuple(s.get("sources", ())))
                for s in data["sections"]
            ),
            timeline=tuple(
                Event(
                    when=e["when"],
                    value=e["value"],
                    precision=e["precision"],
                    event=e["event"],
                    source=e["source"],
                    anchor=e.get("anchor"),
                )
                for e in data["timeline"]
            ),
            actors=Actors(
                people=tuple(
                    Person(p["name"], p.get("role", "")) for p in actors.get("people", ())
                ),
                places=tuple(Place(p["name"]) for p in actors.get("places", ())),
                groups=tuple(Group(g["name"]) for g in actors.get("groups", ())),
            ),
            sentences=tuple(
                Sentence(s["index"], s["text"], s["start"], s["end"])
                for s in data.get("sentences", ())
            ),
            document_date=data.get("document_date"),
            source_name=data.get("source_name", ""),
            language=data.get("language", "en"),
            metadata=_meta_from_json(data.get("metadata", {})),
            tables=tuple(
                TableData(
                    tuple(t.get("header", ())),
                    tuple(tuple(r) for r in t.get("rows", ())),
                    t.get("caption", ""),
                    t.get("section"),
                    t.get("start", 0),
                    t.get("end", 0),
                )
                for t in data.get("tables", ())
            ),
            actions=tuple(Action(a["text"], a["source"]) for a in data.get("actions", ())),
            extra=dict(data.get("extra", {})),
        )


def _meta_from_json(data: dict[str, Any]) -> DocumentMeta:
    return DocumentMeta(
        author=data.get("author", ""),
        recipients=tuple(data.get("recipients", ())),
        date=data.get("date", ""),
        marking=data.get("marking", ""),
        organisation=data.get("organisation", ""),
        subtitle=data.get("subtitle", ""),
        subject=data.get("subject", ""),
    )
