"""Any text through the whole pipeline ends in a usable pack or a user-facing ReportgenError.

RenderFailed is a ReportgenError too, but it wraps a renderer crash (exit 70): text is data, so
a renderer that cannot draw some text is a bug and fails these tests.
Runs 60 examples by default; set ``REPORTGEN_HYPOTHESIS_EXAMPLES=500`` for a long run.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from reportgen.errors import RenderFailed, ReportgenError
from reportgen.pipeline import ALL_FORMATS, Options, brief_of, render_pack
from tests import packcheck, readback

EXAMPLES = int(os.environ.get("REPORTGEN_HYPOTHESIS_EXAMPLES", "60"))
SETTINGS = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

MARKUP = (
    "<b>",
    "</b>",
    "<img src=http://x/y.png>",
    "<script>alert(1)</script>",
    "]]>",
    "<![CDATA[",
    "&bogus;",
    "&amp;",
    "&#0;",
    "&#x1F680;",
    "<para>",
    "<font name=x>",
    "%PDF-1.7",
    "{{x}}",
    "\\par ",
    "=?utf-8?q?x?=",
    "\r\n.\r\n",
    "--boundary",
)
SAMPLES = (
    "قالت الأمم المتحدة إن الوضع في حمص خطير.",
    "הצבא הודיע על הפסקת אש בעיר.",
    "霍姆斯市在2012年遭到长期围困。",
    "ホムスは「革命の首都」と呼ばれた。",
    "서울에서 회의가 열렸다.",
    "नई दिल्ली में बैठक हुई।",
    "ผู้นำประชุมกันที่กรุงเทพ",
    "Zürich's café closed in 2009.",
    "Engineers 👩\u200d🔬 cheered 🚀🇸🇾.",
    "The council met on 3 March 2012 in Homs.",
    "Two years later, Marie Colvin was killed.",
    "e\u0301\u0302\u0303 Z\u0351\u0352\u0353a\u0354lgo",
    "\u202eevil\u202c \u200f\u200e\u2066x\u2069",
)
WORDS = st.text(st.characters(codec="utf-8"), min_size=1, max_size=12)
PIECES = st.one_of(
    st.sampled_from(MARKUP),
    st.sampled_from(SAMPLES),
    WORDS,
    st.text(st.characters(codec="utf-8"), max_size=40),
    st.sampled_from((" ", "\n", "\n\n", "\t", "\r\n", ". ", "! ", "? ", "\u2028", "\u00a0")),
    st.integers(1, 3000).map(str),
)
DOCUMENTS = st.lists(PIECES, min_size=1, max_size=40).map(" ".join)
TITLES = st.none() | st.text(st.characters(codec="utf-8"), max_size=60)
STEMS = st.text(
    st.characters(codec="utf-8", exclude_characters="/\x00"), min_size=1, max_size=24
).filter(lambda s: s not in (".", "..") and len(s.encode()) < 200)


def check_pack(pack: dict[str, bytes]) -> None:
    """Every output reopens: a pack that built must also be usable."""
    assert set(pack) == set(ALL_FORMATS)
    for fmt in ("pdf", "docx", "pptx", "json"):
        packcheck.check_valid(fmt, pack[fmt])
    assert len(list(readback.parse_email(pack["email"]).iter_attachments())) == 3


def build_in_memory(
    text: str, stem: str = "doc", title: str | None = None, suffix: str = ".txt"
) -> dict[str, bytes]:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"{stem}{suffix}"
        path.write_bytes(text.encode("utf-8"))
        options = Options(title=title)
        return render_pack(brief_of(path, options), ALL_FORMATS, options)


@SETTINGS
@given(text=DOCUMENTS, title=TITLES)
@example(text="<b>bold</b> ]]> &bogus; <img src=http://x/y.png>.", title=None)
@example(text="\u0000\u0001 " * 3 + "Text with controls in 2012.", title="\x07bell")
@example(text="x" * 5000, title=None)
@example(text="。。。 !!! 12345", title=None)
@example(
    # Thai, Devanagari, Hangul, Arabic, C1 controls and unassigned astral code points together.
    text="The council met on 3 March 2012 in Homs. 1467 <![CDATA[ ผู้นำประชุมกันที่กรุงเทพ "
    "नई दिल्ली में बैठक हुई। \U000dcc05 \x83 قالت الأمم المتحدة إن الوضع في حمص خطير. 2276 "
    "\x90\x02 서울에서 회의가 열렸다. قالت الأمم المتحدة إن الوضع ",
    title="\x89SL\x1e\U000da181¸U\x9aÝç",
)
@example(
    # One sentence mixing Devanagari, Thai and Arabic becomes the title as well as the points.
    text="नई दिल्ली में बैठक हुई। ผู้นำประชุมกันที่กรุงเทพ قالت الأمم المتحدة إن الوضع في حمص خطير.",
    title=None,
)
def test_any_text_builds_a_usable_pack_or_fails_with_a_reportgen_error(text, title):
    try:
        pack = build_in_memory(text, title=title)
    except RenderFailed:
        raise  # a renderer crashed on text it must draw: a bug, not a user error
    except ReportgenError:
        return  # e.g. BadInput: no sentences
    check_pack(pack)


@settings(SETTINGS, max_examples=max(10, EXAMPLES // 4))
@given(stem=STEMS)
@example(stem="caf\udce9")
@example(stem="a\nb")
@example(stem="<b>&amp;")
def test_any_file_name_builds_a_usable_pack_or_fails_with_a_reportgen_error(stem):
    text = "The council met in Homs on 3 March 2012. Talks resumed two years later."
    try:
        pack = build_in_memory(text, stem=stem)
    except RenderFailed:
        raise
    except ReportgenError:
        return
    check_pack(pack)


@settings(SETTINGS, max_examples=max(10, EXAMPLES // 2))
@given(text=DOCUMENTS, suffix=st.sampled_from((".html", ".md", ".eml")))
@example(text="<p>Talks resumed in 2012.</p><script>x</script>", suffix=".html")
@example(text="# Heading\n\n* item *<b>2012</b>\n\n---\n", suffix=".md")
@example(text="<?xml version='1.0' encoding='latin-1'?><p>Caf\u00e9 in 2012.</p>", suffix=".html")
@example(
    text="Subject: =?bogus?q?x?=\nDate: not a date\nContent-Type: text/plain; charset=nope"
    "\n\nHi 2012.",
    suffix=".eml",
)
@example(text="Content-Type: multipart/mixed; boundary=x\n\n--x\n\nbody\n--x--", suffix=".eml")
def test_any_page_markdown_or_email_builds_a_usable_pack_or_fails_with_a_reportgen_error(
    text, suffix
):
    try:
        pack = build_in_memory(text, suffix=suffix)
    except RenderFailed:
        raise
    except ReportgenError:
        return
    check_pack(pack)
