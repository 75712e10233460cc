"""Web pages and Markdown in: the article's own words, a paragraph per block.

A saved news page carries menus, footers, scripts and share buttons around the story; a brief
of those would be nonsense. The page's main article (``<article>``, ``<main>``) is kept when
the page marks one, page furniture is dropped everywhere, and each block element (heading,
paragraph, list item, table cell) becomes one paragraph, so the sentence splitter sees the
same shape it sees in a plain-text file. Markdown is rendered to HTML first (CommonMark, via
markdown-it-py) and read the same way, so both share one extractor.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING, NamedTuple

from reportgen import _recache
from reportgen.errors import BadInput
from reportgen.read._builder import TextBuilder
from reportgen.read._finish import finish
from reportgen.read.plaintext import decode
from reportgen.read.source import Source
from reportgen.read.structure import Metadata, Structure
from reportgen.text import clean

if TYPE_CHECKING:
    from lxml.html import HtmlElement

_FURNITURE = frozenset(
    {"script", "style", "noscript", "template", "svg", "math", "nav", "footer", "aside"}
    | {"form", "iframe", "button", "select", "textarea", "object", "embed", "canvas"}
    | {"audio", "video", "menu", "dialog", "head"}
)
"""Elements whose text is never part of the story."""
_FURNITURE_NAMES = frozenset(
    {"share", "sharing", "social", "related", "comments", "comment", "cookie", "cookies"}
    | {"newsletter", "promo", "advert", "advertisement", "ad", "ads", "subscribe"}
    | {"subscription", "breadcrumb", "breadcrumbs", "sidebar", "popup", "modal", "outbrain"}
)
"""Parts of a class or id that mark page furniture ("share-tools", "related_stories")."""
_NAME_PARTS = _recache.compile(r"[\s_-]+")
_CONTAINERS = frozenset({"html", "body", "article", "main"})
"""Never furniture by name: a story's own container may be named anything."""
_BLOCKS = frozenset(
    {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "td", "th", "dt"}
    | {"dd", "figcaption", "caption", "address", "div", "section", "article", "main"}
    | {"header", "tr", "table", "ul", "ol", "dl", "figure", "br", "hr", "title"}
)
"""Elements that end the paragraph before them and start a new one."""
_CHARSET = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)|"""
    rb"""<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""",
    re.I,
)
"""The encoding a page declares: ``<meta charset>`` or an XML declaration's ``encoding``."""
_FRONT_MATTER = _recache.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.S)
_FRONT_TITLE = _recache.compile(r"^title:\s*[\"']?(.*?)[\"']?\s*$", re.M)
_FRONT_DATE = _recache.compile(r"^date:\s*[\"']?(\d{4}-\d\d-\d\d)", re.M)
_ISO_DAY = _recache.compile(r"\s*(\d{4})-(\d\d)-(\d\d)")
_PUBLISHED_META = (
    "article:published_time",
    "og:published_time",
    "datepublished",
    "date",
    "pubdate",
    "publishdate",
    "dc.date.issued",
    "dc.date",
    "dcterms.date",
    "dcterms.issued",
)
"""``<meta>`` names and properties that state when a page was published, most explicit first."""
_SPACE = _recache.compile(r"\s+")


def html_source(data: bytes, name: str) -> Source:
    """A web page: its main article, a paragraph per block, dated by its own metadata."""
    page, encoding, warnings = _decode_page(data, name)
    read = page_words(page, name)
    return Source(
        name, read.text, encoding, warnings, read.published, read.headline, read.structure
    )


_FRONT_FIELD = _recache.compile(r"^([A-Za-z][\w -]{0,30}):[ \t]*[\"']?(.*?)[\"']?[ \t]*$", re.M)
_FRONT_META = {
    "author": "author",
    "authors": "author",
    "subtitle": "subtitle",
    "classification": "marking",
    "marking": "marking",
    "security": "marking",
    "organisation": "organisation",
    "organization": "organisation",
    "subject": "subject",
}
"""Front-matter keys and the metadata field each fills."""


def _front_meta(front: str) -> Metadata:
    found = {k.strip().lower(): v for k, v in _FRONT_FIELD.findall(front) if v}
    values = {field: found[key] for key, field in _FRONT_META.items() if key in found}
    to = found.get("to", found.get("recipients", ""))
    return Metadata(
        author=values.get("author", ""),
        subtitle=values.get("subtitle", ""),
        marking=values.get("marking", ""),
        organisation=values.get("organisation", ""),
        subject=values.get("subject", ""),
        recipients=tuple(r.strip() for r in to.split(",") if r.strip()),
    )


def markdown_source(data: bytes, name: str) -> Source:
    """A Markdown file, rendered and read like a page.

    A YAML front matter's ``title:`` becomes the first line, where a headline stands, and its
    ``date:`` the document's date; its author, classification and recipients go to the
    document's metadata.
    """
    from markdown_it import MarkdownIt

    source, encoding, warnings = decode(data, name)
    title, published, meta = "", None, Metadata()
    front = _FRONT_MATTER.match(source)
    if front:
        found = _FRONT_TITLE.search(front.group(1))
        title = found.group(1).strip() if found else ""
        stated = _FRONT_DATE.search(front.group(1))
        published = _iso_day(stated.group(1)) if stated else None
        meta = _front_meta(front.group(1))
        source = source[front.end() :]
    page = MarkdownIt("commonmark").enable("table").render(source)
    read = page_words(page, name, lead=title, meta=meta)
    structure = read.structure
    if published:
        structure = Structure(replace(structure.meta, date=published.isoformat()), structure.blocks)
    return Source(name, read.text, encoding, warnings, published, title or read.headline, structure)


def _decode_page(data: bytes, name: str) -> tuple[str, str, tuple[str, ...]]:
    """A page's declared encoding wins over guessing; a wrong or unknown one is ignored."""
    declared = _CHARSET.search(data[:4096])
    if declared:
        try:
            codec = codecs.lookup((declared[1] or declared[2]).decode("ascii")).name
        except (LookupError, UnicodeDecodeError):
            codec = ""
        if codec and codec not in ("utf-16", "utf-32"):  # a page read as bytes is never these
            try:
                return data.decode(codec), codec, ()
            except UnicodeDecodeError:
                pass
    return decode(data, name)


def _iso_day(value: str) -> date | None:
    """The day an ISO 8601 stamp starts with ("2012-03-05T10:00:00Z"), if it is a real one."""
    m = _ISO_DAY.match(value)
    if m is None:
        return None
    try:
        day = date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        return None
    return day if 1900 <= day.year <= 2100 else None


def _stated_date(root: HtmlElement) -> date | None:
    """When the page's metadata says it was published, most explicit field first."""
    stated: dict[str, str] = {}
    for meta in root.iter("meta"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").lower()
        if key in _PUBLISHED_META and key not in stated:
            stated[key] = meta.get("content") or ""
    for key in _PUBLISHED_META:
        if key in stated and (day := _iso_day(stated[key])):
            return day
    return None


def _first_time(body: HtmlElement) -> date | None:
    """The article's first machine-readable ``<time datetime>``: its dateline, as a rule."""
    for element in body.iter("time"):
        if day := _iso_day(element.get("datetime") or ""):
            return day
    return None


class Page(NamedTuple):
    """What a page says in words: its text, its headline, the date it states, its blocks."""

    text: str
    headline: str | None
    published: date | None
    structure: Structure


def page_words(page: str, name: str, lead: str = "", meta: Metadata | None = None) -> Page:
    """Read an already decoded page (see the module docstring for what is kept)."""
    import lxml.etree
    import lxml.html

    # lxml parses a control character but refuses it when a dropped element's tail joins
    # its parent; no format carries one anyway, so it goes before parsing.
    page = clean(page)
    if not page.strip():
        raise BadInput(f"{name}: the document holds no text")
    try:
        # Decoded already: the parser must not re-read a <meta charset> from the bytes.
        parser = lxml.html.HTMLParser(encoding="utf-8", remove_comments=True, huge_tree=True)
        root = lxml.html.document_fromstring(page.encode("utf-8"), parser=parser)
    except (lxml.etree.ParserError, ValueError) as err:
        raise BadInput(f"{name}: not a readable web page ({type(err).__name__})") from err
    if any(e.type_name == "ERR_RESOURCE_LIMIT" for e in parser.error_log):
        raise BadInput(f"{name}: the page nests its elements too deep to read whole")
    title = _words_of(next(root.iter("title"), None))
    stated = _stated_date(root)  # before <head> goes with the furniture
    meta = _merged(meta, _page_meta(root))
    headed = {a for h1 in root.iter("h1") for a in h1.iterancestors()}
    for element in list(root.iter(lxml.etree.Element)):
        if _is_furniture(element, headed):
            element.drop_tree()
    body = _main_part(root)
    # The headline: the article's first <h1>, else one standing above it ("<header><h1>"),
    # else the page title as a last resort, as it often carries the site's name too.
    headline = _first_h1(body)
    built = TextBuilder()
    if lead:
        if _squash(lead) != headline:
            built.heading(lead, 1)
        meta = replace(meta, title=_squash(lead))
    elif not headline:
        headline = _first_h1(root) or title
        if headline and _first_words(body) != headline:
            built.heading(headline, 1)
    blocks_of(body, built)
    text = built.text
    if not text.strip():
        raise BadInput(f"{name}: the page holds no text")
    published = stated or _first_time(body)
    if published and not meta.date:
        meta = replace(meta, date=published.isoformat())
    structure = finish(meta, built.blocks, None)
    return Page(text, headline or None, published, structure)


def _merged(given: Metadata | None, found: Metadata) -> Metadata:
    """What the caller knows already wins over what the page's ``<meta>`` says."""
    if given is None:
        return found
    return replace(
        given,
        author=given.author or found.author,
        subtitle=given.subtitle or found.subtitle,
        organisation=given.organisation or found.organisation,
    )


def _page_meta(root: HtmlElement) -> Metadata:
    """Author and subtitle as a page's ``<meta>`` states them."""
    found: dict[str, str] = {}
    for meta in root.iter("meta"):
        key = (meta.get("property") or meta.get("name") or "").lower()
        if key and key not in found:
            found[key] = _squash(meta.get("content") or "")
    return Metadata(
        author=found.get("author", found.get("article:author", "")),
        subtitle=found.get("description", found.get("og:description", "")),
        organisation=found.get("og:site_name", ""),
    )


def _first_words(body: HtmlElement) -> str:
    built = TextBuilder()
    blocks_of(body, built, limit=1)
    return built.blocks[0].text if built.blocks and hasattr(built.blocks[0], "text") else ""


_HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
_WHOLE = frozenset({"p", "blockquote", "pre", "figcaption", "caption", "dt", "dd", "address"})
"""Blocks read whole, as one paragraph, with no block inside them to walk."""


def blocks_of(root: HtmlElement, built: TextBuilder, limit: int = 0) -> None:
    """Each block element as one block of ``built``: a heading, a paragraph, a list, a table,
    a quotation; inline markup dissolved into its words.

    Walked by events rather than by recursion: a page may nest thousands of elements deep.
    """
    import lxml.etree

    current: list[str] = []

    def flush() -> None:
        built.paragraph("".join(current))
        current.clear()

    walk = lxml.etree.iterwalk(root, events=("start", "end"))
    for event, element in walk:
        if limit and len(built.blocks) >= limit:
            return
        tag = element.tag.lower() if isinstance(element.tag, str) else ""
        if event == "end":
            if tag in _BLOCKS:
                flush()
            if element is not root:
                current.append(element.tail or "")
            continue
        if tag in _BLOCKS:
            flush()
        if _whole_block(element, tag, built):
            walk.skip_subtree()
            continue
        current.append(element.text or "")
    flush()


def _whole_block(element: HtmlElement, tag: str, built: TextBuilder) -> bool:
    """Add ``element`` as one block when it is one read whole; False to walk into it."""
    if tag in _HEADINGS:
        built.heading(element.text_content(), _HEADINGS[tag])
    elif tag in ("ul", "ol"):
        items = [li.text_content() for li in element.iter("li")]
        items = [
            i
            for li, i in zip(element.iter("li"), items, strict=True)
            if not any(True for _ in li.iterancestors("li"))
        ] or items
        built.items(items, tag == "ol")
    elif tag == "table":
        _table(element, built)
    elif tag == "blockquote":
        built.quote(element.text_content())
    elif tag in ("figcaption", "caption"):
        built.furniture("caption", element.text_content())
    elif tag == "pre":
        built.text_block(element.text_content())
    elif tag == "p" and _bold_label(element):
        built.heading(element.text_content(), 4)
    elif tag in _WHOLE:
        built.paragraph(element.text_content())
    else:
        return False
    return True


_LABEL_WORDS = 12


def _bold_label(element: HtmlElement) -> bool:
    """A paragraph that is all bold and short, without a full stop: a web page's heading."""
    words = _squash(element.text_content())
    bold = "".join(
        _squash(b.text_content())
        for b in element
        if isinstance(b.tag, str) and b.tag in ("b", "strong")
    )
    return (
        bool(words)
        and "".join(bold.split()) == "".join(words.split())
        and len(words.split()) <= _LABEL_WORDS
        and words[-1] not in ".!?;,"
    )


def _table(element: HtmlElement, built: TextBuilder) -> None:
    """A data table as a table; a layout table (one column, or cells of prose) as paragraphs."""
    rows: list[list[str]] = []
    heads: list[bool] = []
    for tr in element.iter("tr"):
        if any(True for t in tr.iterancestors("table") if t is not element):
            continue  # a nested table's rows are read with their own table's cell
        cells = [c for c in tr if isinstance(c.tag, str) and c.tag.lower() in ("td", "th")]
        texts = [t for c in cells for t in _spread(c)]
        if any(texts):
            rows.append(texts)
            heads.append(all(c.tag.lower() == "th" for c in cells) or tr.getparent().tag == "thead")
    width = max((sum(1 for t in r if t) for r in rows), default=0)
    prose = sum(len(t.split()) > 25 for r in rows for t in r)
    if width < 2 or prose:
        for row in rows:
            for cell in row:
                built.paragraph(cell)
        return
    rows = _joined_marks(rows)
    top = _header_rows(rows, heads)
    rows = _kept_columns(rows, top)
    caption = next((_squash(c.text_content()) for c in element.iter("caption")), "")
    header = [" ".join(r[c] for r in rows[:top] if r[c]) for c in range(len(rows[0]))]
    built.table(header if top else [], rows[top:], caption)


_MAX_SPAN = 50


def _spread(cell: HtmlElement) -> list[str]:
    """A cell's text, then an empty cell for each further column it spans."""
    try:
        span = max(1, min(int(cell.get("colspan") or 1), _MAX_SPAN))
    except ValueError:
        span = 1
    return [_squash(cell.text_content())] + [""] * (span - 1)


_OPENERS = frozenset({"$", "(", "$(", "€", "£", "¥"})
_CLOSERS = frozenset({")", "%", ")%"})


def _joined_marks(rows: list[list[str]]) -> list[list[str]]:
    """Financial tables set "$" and "1,234", or "(12" and ")", in cells of their own: each mark
    joins its figure, leaving its own cell empty."""
    width = max(len(r) for r in rows)
    grid = [r + [""] * (width - len(r)) for r in rows]
    for row in grid:
        for j, cell in enumerate(row):
            if cell in _OPENERS and j + 1 < width and row[j + 1]:
                row[j + 1], row[j] = cell + row[j + 1], ""
            elif cell in _CLOSERS and j > 0:
                k = next((k for k in range(j - 1, -1, -1) if row[k]), None)
                if k is not None:
                    row[k], row[j] = row[k] + cell, ""
    return grid


def _kept_columns(grid: list[list[str]], top: int) -> list[list[str]]:
    """Only the columns the body fills; a heading over a dropped column (the first of the
    columns it spans) moves right to the next kept one, so figures stand under it."""
    width = len(grid[0])
    body = grid[top:] or grid
    keep = [c for c in range(width) if any(row[c] for row in body)]
    for row in grid[:top]:
        for c in range(width):
            if row[c] and c not in keep:
                target = next((k for k in keep if k > c and not row[k]), None)
                if target is not None:
                    row[target], row[c] = row[c], ""
    return [[row[c] for c in keep] for row in grid]


def _header_rows(rows: list[list[str]], heads: list[bool]) -> int:
    """How many leading rows head the table: rows marked as headings, or rows with no figure
    whose first cell is empty (a financial table's period and column titles)."""
    top = 0
    for n, row in enumerate(rows[:-1]):
        figures = any(_is_figure_cell(c) for c in row)
        if (n < len(heads) and heads[n]) or (not row[0] and not figures):
            top = n + 1
        else:
            break
    return top


def _is_figure_cell(cell: str) -> bool:
    return (
        bool(cell)
        and any(ch.isdigit() for ch in cell)
        and len(cell) <= 16
        and not any(ch.isalpha() for ch in cell)
    )


def _squash(text: str) -> str:
    """Runs of white space, line breaks included, as single spaces."""
    return _SPACE.sub(" ", text).strip()


def _words_of(element: HtmlElement | None) -> str:
    return "" if element is None else _squash(element.text_content())


def _first_h1(element: HtmlElement) -> str:
    """The words of the first ``<h1>`` under ``element`` that has any."""
    return next((words for h1 in element.iter("h1") if (words := _words_of(h1))), "")


def _is_furniture(element: HtmlElement, headed: set[HtmlElement]) -> bool:
    """Page furniture: by tag, hidden, or by a class or id naming it ("share-tools"); never
    the story's container nor anything holding its headline (``headed``)."""
    tag = element.tag.lower() if isinstance(element.tag, str) else ""
    if tag in _FURNITURE:
        return True
    if element.get("hidden") is not None or element.get("aria-hidden") == "true":
        return True
    style = (element.get("style") or "").replace(" ", "").lower()
    if "display:none" in style or "visibility:hidden" in style:
        return True
    if tag in _CONTAINERS or element in headed or _marks_main(element):
        return False
    names = f"{element.get('class') or ''} {element.get('id') or ''}".lower()
    return not _FURNITURE_NAMES.isdisjoint(_NAME_PARTS.split(names))


def _marks_main(element: HtmlElement) -> bool:
    """Whether the page marks this element as its story's body."""
    return bool(element.get("role") == "main" or element.get("itemprop") == "articleBody")


def _main_part(root: HtmlElement) -> HtmlElement:
    """The page's article when it marks one (the one with the most text), else its body."""
    marked = [*root.iter("article"), *root.iter("main"), *filter(_marks_main, root.iter())]
    if marked:
        return max(marked, key=lambda e: len(e.text_content()))
    body = root.find("body")
    return body if body is not None else root
