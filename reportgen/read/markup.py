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
from datetime import date
from typing import TYPE_CHECKING, NamedTuple

from reportgen.errors import BadInput
from reportgen.read.plaintext import decode
from reportgen.read.source import Source
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
_NAME_PARTS = re.compile(r"[\s_-]+")
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
_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.S)
_FRONT_TITLE = re.compile(r"^title:\s*[\"']?(.*?)[\"']?\s*$", re.M)
_FRONT_DATE = re.compile(r"^date:\s*[\"']?(\d{4}-\d\d-\d\d)", re.M)
_ISO_DAY = re.compile(r"\s*(\d{4})-(\d\d)-(\d\d)")
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
_SPACE = re.compile(r"\s+")


def html_source(data: bytes, name: str) -> Source:
    """A web page: its main article, a paragraph per block, dated by its own metadata."""
    page, encoding, warnings = _decode_page(data, name)
    read = page_words(page, name)
    return Source(name, read.text, encoding, warnings, read.published, read.headline)


def markdown_source(data: bytes, name: str) -> Source:
    """A Markdown file, rendered and read like a page.

    A YAML front matter's ``title:`` becomes the first line, where a headline stands, and its
    ``date:`` the document's date.
    """
    from markdown_it import MarkdownIt

    source, encoding, warnings = decode(data, name)
    title, published = "", None
    front = _FRONT_MATTER.match(source)
    if front:
        found = _FRONT_TITLE.search(front.group(1))
        title = found.group(1).strip() if found else ""
        stated = _FRONT_DATE.search(front.group(1))
        published = _iso_day(stated.group(1)) if stated else None
        source = source[front.end() :]
    page = MarkdownIt("commonmark").enable("table").render(source)
    read = page_words(page, name)
    text = f"{title}\n\n{read.text}" if title else read.text
    return Source(name, text, encoding, warnings, published, title or read.headline)


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
    """What a page says in words: its text, its headline and the date it states."""

    text: str
    headline: str | None
    published: date | None


def page_words(page: str, name: str) -> Page:
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
    headed = {a for h1 in root.iter("h1") for a in h1.iterancestors()}
    for element in list(root.iter(lxml.etree.Element)):
        if _is_furniture(element, headed):
            element.drop_tree()
    body = _main_part(root)
    paragraphs = _paragraphs(body)
    # The headline: the article's first <h1>, else one standing above it ("<header><h1>"),
    # else the page title as a last resort, as it often carries the site's name too.
    headline = _first_h1(body)
    if not headline:
        headline = _first_h1(root) or title
        if headline and not (paragraphs and paragraphs[0] == headline):
            paragraphs.insert(0, headline)
    text = "\n\n".join(paragraphs)
    if not text.strip():
        raise BadInput(f"{name}: the page holds no text")
    return Page(text, headline or None, stated or _first_time(body))


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


def _paragraphs(root: HtmlElement) -> list[str]:
    """Each block element's text as one paragraph, inline markup dissolved into its words.

    Walked by events rather than by recursion: a page may nest thousands of elements deep.
    """
    import lxml.etree

    paragraphs: list[str] = []
    current: list[str] = []

    def flush() -> None:
        words = _squash("".join(current))
        if words:
            paragraphs.append(words)
        current.clear()

    for event, element in lxml.etree.iterwalk(root, events=("start", "end")):
        block = isinstance(element.tag, str) and element.tag.lower() in _BLOCKS
        if block:
            flush()
        if event == "start":
            current.append(element.text or "")
        elif element is not root:
            current.append(element.tail or "")
    flush()
    return paragraphs
