"""The email renderer: a draft message with text and HTML bodies and the files attached.

These tests draw the whole brief in the body (``--email full``), so every block kind is
seen; the short body's selection is tested in test_email_short.py.
"""

from __future__ import annotations

import re
from email.message import EmailMessage
from html.parser import HTMLParser

import pytest

from reportgen.errors import UsageError
from reportgen.layout import DEFAULT_THEME, Plan, plan
from reportgen.model import Actors, Brief, Event, Group, Person, Place, Section
from reportgen.render import renderer_for
from reportgen.render.email import EmailRenderer, FullEmailRenderer
from reportgen.render.email._text import WIDTH, width
from tests import readback

MARKUP = "Tags <b>stay</b> text: <img src=x> &bogus; &amp; ]]> \"q\" 'a'"
ARABIC = "قالت الأمم المتحدة إن الوضع في حمص خطير للغاية."
HEBREW = "הצבא הודיע על הפסקת אש בעיר."
CHINESE = "叙利亚霍姆斯市的局势在二零一二年急剧恶化，许多平民被困在老城区，无法获得食物和药品。"
LONG_WORD = "Supercalifragilistic" * 10
ATTACHMENTS = {
    "homs.pdf": b"%PDF-1.7 not really",
    "homs.docx": b"PK\x03\x04 docx bytes",
    "homs.pptx": b"PK\x03\x04 pptx bytes",
}
OFFICE = "application/vnd.openxmlformats-officedocument"
EXPECTED_TYPES = {
    "homs.pdf": "application/pdf",
    "homs.docx": f"{OFFICE}.wordprocessingml.document",
    "homs.pptx": f"{OFFICE}.presentationml.presentation",
}


def make_plan(title: str = "Homs: siege and return") -> Plan:
    brief = Brief(
        title=title,
        bottom_line="Opposition forces are again advancing on Homs.",
        key_points=(
            MARKUP,
            "Rastan and Talbiseh fell to opposition factions.",
            f"The word {LONG_WORD} must not be split.",
            CHINESE,
        ),
        sections=(
            Section("Background", ("The uprising began in 2011.", ARABIC)),
            Section("עברית", (HEBREW,)),
        ),
        timeline=(
            Event("2011", "2011", "year", "The uprising began in Homs.", 0),
            Event("February 2012", "2012-02", "month", "Marie Colvin was killed <here>.", 1),
            Event("Recently", "PAST_REF", "relative", "Rastan was captured.", 2),
        ),
        actors=Actors(
            people=(Person("Bashar al-Assad", "President of Syria"),),
            places=(Place("Homs"), Place("حمص")),
            groups=(Group("HTS"),),
        ),
        source_name="homs.txt",
        document_date="2024-12-01",
    )
    return plan(brief)


def render(the_plan: Plan | None = None, attachments: dict[str, bytes] | None = None) -> bytes:
    the_plan = the_plan or make_plan()
    atts = ATTACHMENTS if attachments is None else attachments
    return FullEmailRenderer().render(the_plan, DEFAULT_THEME, atts)


parse = readback.parse_email


def bodies(msg: EmailMessage) -> tuple[str, str]:
    text, html = msg.get_body(("plain",)), msg.get_body(("html",))
    assert text is not None
    assert html is not None
    return text.get_content(), html.get_content()


class _Page(HTMLParser):
    """Visible text of the page body, headings, and every attribute seen."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.text: list[str] = []
        self.h2: list[str] = []
        self.attrs: list[tuple[str, str, str | None]] = []
        self.tags: list[str] = []
        self._in: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.attrs += [(tag, k, v) for k, v in attrs]
        if tag not in ("br", "meta"):
            self._in.append(tag)
        if tag == "h2":
            self.h2.append("")

    def handle_endtag(self, tag: str) -> None:
        if tag in self._in:
            del self._in[len(self._in) - 1 - self._in[::-1].index(tag) :]

    def handle_data(self, data: str) -> None:
        if "title" in self._in:
            return
        self.text.append(data)
        if "h2" in self._in:
            self.h2[-1] += data


def page(html: str) -> _Page:
    parser = _Page()
    parser.feed(html)
    parser.close()
    return parser


def squash(text: str) -> str:
    """Drop all whitespace, so wrapped lines compare equal to the sentence they came from."""
    return re.sub(r"\s+", "", text)


def assert_in_order(haystack: str, needles: list[str]) -> None:
    at = 0
    for needle in needles:
        found = haystack.find(squash(needle), at)
        assert found >= 0, f"{needle!r} missing or out of order"
        at = found + len(squash(needle))


def text_headings(text: str) -> list[str]:
    """Headings of the plain text: lines underlined with dashes."""
    lines = text.splitlines()
    return [
        lines[i - 1]
        for i in range(1, len(lines))
        if re.fullmatch(r"-{3,}", lines[i]) and lines[i - 1].strip()
    ]


def test_message_nests_text_and_html_alternatives_before_the_attachments():
    msg = parse(render())
    assert msg.get_content_type() == "multipart/mixed"
    parts = list(msg.iter_parts())
    assert parts[0].get_content_type() == "multipart/alternative"
    inner = [p.get_content_type() for p in parts[0].iter_parts()]
    assert inner == ["text/plain", "text/html"]
    assert all(p.get_content_charset() == "utf-8" for p in parts[0].iter_parts())
    assert [p.get_filename() for p in parts[1:]] == list(ATTACHMENTS)


def test_attachments_keep_their_names_types_and_bytes():
    msg = parse(render())
    found = {a.get_filename(): a for a in msg.iter_attachments()}
    assert list(found) == list(ATTACHMENTS)
    for name, part in found.items():
        assert part.get_content_type() == EXPECTED_TYPES[name]
        assert part.get_content_disposition() == "attachment"
        assert part.get_content() == ATTACHMENTS[name]


def test_both_bodies_show_every_plan_heading_in_plan_order():
    the_plan = make_plan()
    text, html = bodies(parse(render(the_plan)))
    assert text_headings(text) == the_plan.headings
    assert page(html).h2 == the_plan.headings


def test_both_bodies_show_every_timeline_row_in_order():
    the_plan = make_plan()
    text, html = bodies(parse(render(the_plan)))
    expected = [x for row in the_plan.timeline_rows for x in (row.when, row.event)]
    assert_in_order(squash(text), expected)
    assert_in_order(squash("".join(page(html).text)), expected)


def test_bodies_start_with_title_and_bottom_line_and_end_naming_the_attachments():
    the_plan = make_plan()
    text, html = bodies(parse(render(the_plan)))
    visible = "".join(page(html).text)
    for body in (text, visible):
        assert_in_order(squash(body), [the_plan.title, "Opposition forces are again advancing"])
        assert_in_order(squash(body), ["Attached:", *ATTACHMENTS])


def test_tentative_dates_are_marked_in_both_bodies_by_their_precision_as_in_word():
    text, html = bodies(parse(render()))
    assert "Recently (relative) \u2014 Rastan was captured." in text
    assert_in_order(squash("".join(page(html).text)), ["Recently", "(relative)", "Rastan"])
    assert "2011 (" not in text


def test_html_runs_no_script_and_loads_nothing_remote():
    _, html = bodies(parse(render()))
    seen = page(html)
    assert "<script" not in html.lower()
    assert not {"script", "img", "link", "iframe", "object", "style"} & set(seen.tags)
    for _tag, name, value in seen.attrs:
        assert not name.startswith("on")
        if name in ("src", "href", "background", "action"):
            pytest.fail(f"{name}={value!r} in an email body")
        assert "http://" not in (value or "")
        assert "https://" not in (value or "")


def test_html_is_a_centred_600_pixel_table_with_inline_styles():
    _, html = bodies(parse(render()))
    seen = page(html)
    assert ("table", "width", "600") in seen.attrs
    assert ("td", "align", "center") in seen.attrs
    assert ("html", "lang", "en") in seen.attrs
    assert ("html", "dir", "ltr") in seen.attrs
    assert "style" not in seen.tags
    assert not [a for a in seen.attrs if a[1] in ("class", "id")]
    assert all(v and v.endswith(";") for _, k, v in seen.attrs if k == "style")


def test_markup_characters_in_the_text_appear_literally():
    text, html = bodies(parse(render()))
    visible = " ".join("".join(page(html).text).split())
    assert MARKUP in visible
    assert "Marie Colvin was killed <here>." in visible
    assert MARKUP in " ".join(text.split())
    assert "<b>stay</b>" not in html


def test_title_with_markup_is_escaped_in_the_page_title_and_heading():
    title = "Report <script>alert(1)</script> & more"
    msg = parse(render(make_plan(title)))
    _, html = bodies(msg)
    assert "<script" not in html.lower()
    assert title in "".join(page(html).text)
    assert msg["Subject"] == f"Briefing: {title}"


def test_right_to_left_paragraphs_are_marked_dir_rtl():
    _, html = bodies(parse(render()))
    for sample in (ARABIC, HEBREW, "עברית"):
        match = re.search(r'<(\w+) dir="(\w+)"[^>]*>' + re.escape(sample), html)
        assert match, sample
        assert match.group(2) == "rtl"
    latin = re.search(r'dir="(\w+)"[^>]*>Rastan and Talbiseh', html)
    assert latin
    assert latin.group(1) == "ltr"


def test_non_ascii_subject_is_encoded_and_decodes_back():
    title = "حمص — Ḥimṣ 霍姆斯 🚀"
    data = render(make_plan(title))
    head = data.split(b"\r\n\r\n", 1)[0]
    assert head.isascii()
    assert parse(data)["Subject"] == f"Briefing: {title}"


def test_message_is_an_unsent_draft_with_placeholder_addresses():
    msg = parse(render())
    assert msg["X-Unsent"] == "1"
    assert msg["From"] == "reportgen <briefing@localhost>"
    assert msg["To"] == "undisclosed-recipients:;"
    assert msg["MIME-Version"] == "1.0"
    assert msg["Date"].datetime is not None
    assert re.fullmatch(r"<[^<>@\s]+@[^<>@\s]+>", msg["Message-ID"])


def test_lines_on_the_wire_end_with_crlf():
    data = render()
    assert b"\r\n" in data
    assert b"\n" not in data.replace(b"\r\n", b"")


def test_source_date_epoch_fixes_date_and_message_id(monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1733011200")
    first, second = render(), render()
    assert first == second
    assert parse(first)["Date"].datetime.year == 2024


def test_message_ids_differ_between_builds_without_source_date_epoch(monkeypatch):
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    assert parse(render())["Message-ID"] != parse(render())["Message-ID"]


def test_malformed_source_date_epoch_is_a_usage_error(monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "yesterday")
    with pytest.raises(UsageError, match="SOURCE_DATE_EPOCH"):
        render()


def test_plain_text_wraps_at_78_columns_except_an_unbreakable_word():
    text, _ = bodies(parse(render()))
    long_lines = [line for line in text.splitlines() if width(line) > WIDTH]
    assert long_lines
    assert all(LONG_WORD in line for line in long_lines)
    assert LONG_WORD in text


def test_chinese_wraps_between_characters_and_keeps_every_character():
    text, _ = bodies(parse(render()))
    assert all(width(line) <= WIDTH for line in text.splitlines() if LONG_WORD not in line)
    assert squash(CHINESE) in squash(text)
    assert not any(line.lstrip().startswith(("，", "。")) for line in text.splitlines())


def test_control_characters_are_dropped_from_both_bodies():
    msg = parse(render(make_plan("Bell\x07 and\x00 null\x1b")))
    text, html = bodies(msg)
    for body in (text, html):
        assert not re.search("[\x00-\x08\x0b\x0c\x0e-\x1f]", body)
    assert "Bell and null" in text


def test_without_attachments_the_message_is_text_and_html_only():
    msg = parse(render(attachments={}))
    assert msg.get_content_type() == "multipart/alternative"
    text, _ = bodies(msg)
    assert "Attached" not in text


def test_unknown_attachment_suffix_travels_as_octet_stream():
    msg = parse(render(attachments={"notes.bin": b"\x00\x01"}))
    (part,) = msg.iter_attachments()
    assert part.get_content_type() == "application/octet-stream"
    assert part.get_content() == b"\x00\x01"


def test_renderer_table_finds_the_email_renderer():
    renderer = renderer_for("email")
    assert isinstance(renderer, EmailRenderer)
    assert renderer.suffix == ".eml"


@pytest.mark.parametrize(
    ("name", "shown"),
    [
        ("a\nb.pdf", "a b.pdf"),
        ("nul\x00.pdf", "nul.pdf"),
        ("caf\udce9.pdf", "caf.pdf"),
        ("ünï cödé.pdf", "ünï cödé.pdf"),
        ('say "hi".docx', 'say "hi".docx'),
    ],
)
def test_attachment_names_cannot_break_the_headers(name, shown):
    msg = parse(render(attachments={name: b"%PDF-"}))
    assert not msg.defects
    (part,) = msg.iter_attachments()
    assert part.get_filename() == shown


@pytest.mark.parametrize(
    "title",
    [
        "x" * 5000,
        "ü" * 3000,
        "حمص " * 600,
        "Ḥimṣ: opposition factions captured Rastan and Talbiseh — قالت الأمم المتحدة إن الوضع",
        "Plain ASCII title that is long enough to need folding across two header lines at least",
    ],
)
def test_a_long_title_folds_into_a_subject_that_decodes_back_space_for_space(title):
    data = render(make_plan(title))
    assert max(len(line) for line in data.split(b"\r\n")) <= 998
    assert parse(data)["Subject"] == "Briefing: " + " ".join(title.split())
