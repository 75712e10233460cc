"""Web pages and Markdown are read for the story's words, never for their markup."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from reportgen.errors import BadInput
from reportgen.read import read

PAGE = """<!DOCTYPE html>
<html><head><title>Homs regains significance - Example News</title>
<style>p { color: red }</style><script>var tracking = "Homs 1999";</script></head>
<body>
<header><nav><a href="/">Home</a> | <a href="/world">World</a></nav></header>
<article>
<h1>Homs regains significance</h1>
<p>Homs, once the <em>capital of the revolution</em>, has regained significance as
opposition factions captured <a href="/rastan">Rastan</a> &amp; Talbiseh.</p>
<figure><img src="x.jpg" alt="A photo"><figcaption>Rastan in 2012</figcaption></figure>
<h2>Background</h2>
<ul><li>The uprising began in 2011.</li><li>The siege ended in 2017.</li></ul>
<aside>Related: Ten things about Homs</aside>
<p hidden>Subscribe now</p>
</article>
<footer>Copyright 2024 Example News</footer>
</body></html>
"""


def _write(tmp_path: Path, name: str, text: str, encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def test_a_web_page_gives_its_article_a_paragraph_per_block(tmp_path: Path) -> None:
    text = read(_write(tmp_path, "page.html", PAGE)).text
    assert text.split("\n\n") == [
        "Homs regains significance",
        "Homs, once the capital of the revolution, has regained significance as opposition "
        "factions captured Rastan & Talbiseh.",
        "Rastan in 2012",
        "Background",
        "The uprising began in 2011.",
        "The siege ended in 2017.",
    ]


def test_page_furniture_scripts_and_hidden_text_never_reach_the_brief(tmp_path: Path) -> None:
    text = read(_write(tmp_path, "page.htm", PAGE)).text
    for furniture in ("tracking", "color", "Home", "Related", "Subscribe", "Copyright", "<"):
        assert furniture not in text


def test_a_page_without_an_article_reads_its_body_and_takes_the_title_as_headline(
    tmp_path: Path,
) -> None:
    page = "<html><head><title>Talks resume</title></head><body><p>Talks resumed.</p></body>"
    assert read(_write(tmp_path, "p.html", page)).text == "Talks resume\n\nTalks resumed."


def test_a_page_in_a_declared_legacy_charset_is_decoded_by_its_declaration(
    tmp_path: Path,
) -> None:
    page = '<html><head><meta charset="windows-1252"></head><body><p>Café “Homs”.</p></body>'
    source = read(_write(tmp_path, "p.html", page, "cp1252"))
    assert source.text == "Café “Homs”."
    assert source.warnings == ()


def test_a_page_with_no_words_is_bad_input(tmp_path: Path) -> None:
    page = "<html><body><script>x()</script><nav>Home</nav></body></html>"
    with pytest.raises(BadInput, match="p.html: the page holds no text"):
        read(_write(tmp_path, "p.html", page))


def test_markdown_is_read_without_its_markup(tmp_path: Path) -> None:
    doc = (
        "---\ntitle: Homs regains significance\nauthor: Desk\n---\n"
        "**Homs**, once the *capital of the revolution*, fell to "
        "[the opposition](http://example.com).\n\n"
        "## Background\n\n- The uprising began in 2011.\n- `Homs` <b>stayed</b> key.\n"
    )
    text = read(_write(tmp_path, "doc.md", doc)).text
    assert text.split("\n\n") == [
        "Homs regains significance",
        "Homs, once the capital of the revolution, fell to the opposition.",
        "Background",
        "The uprising began in 2011.",
        "Homs stayed key.",
    ]


def test_a_text_file_that_looks_like_markup_stays_text(tmp_path: Path) -> None:
    text = "Use <b> & <i> in <html> pages.\n\n# Not a heading\n"
    assert read(_write(tmp_path, "notes.txt", text)).text == text


def test_a_page_nested_past_the_parser_limit_is_bad_input_not_an_empty_read(
    tmp_path: Path,
) -> None:
    page = "<html><body>" + "<div>" * 5000 + "Talks resumed." + "</div>" * 5000 + "</body></html>"
    with pytest.raises(BadInput, match="too deep"):
        read(_write(tmp_path, "deep.html", page))


def test_markdown_with_nothing_but_front_matter_is_bad_input(tmp_path: Path) -> None:
    with pytest.raises(BadInput, match="doc.md: the document holds no text"):
        read(_write(tmp_path, "doc.md", "---\ntitle: Hi\n---\n"))


def test_a_page_is_dated_by_its_published_metadata_else_its_articles_first_time(
    tmp_path: Path,
) -> None:
    dated = PAGE.replace(
        "<head>", '<head><meta property="article:published_time" content="2012-06-05T09:00Z">'
    )
    assert read(_write(tmp_path, "a.html", dated)).published == date(2012, 6, 5)
    timed = PAGE.replace("<article>", '<article><time datetime="2011-08-03">3 August</time>')
    assert read(_write(tmp_path, "b.html", timed)).published == date(2011, 8, 3)
    assert read(_write(tmp_path, "c.html", PAGE)).published is None
    wrong = PAGE.replace("<head>", '<head><meta name="date" content="2012-13-45">')
    assert read(_write(tmp_path, "d.html", wrong)).published is None


def test_markdown_front_matter_dates_the_document(tmp_path: Path) -> None:
    doc = "---\ntitle: Talks\ndate: 2012-06-05\n---\nTalks resumed last week in Geneva.\n"
    assert read(_write(tmp_path, "doc.md", doc)).published == date(2012, 6, 5)


def test_an_xhtml_page_is_decoded_by_its_xml_declaration(tmp_path: Path) -> None:
    page = '<?xml version="1.0" encoding="iso-8859-1"?><html><body><p>Café.</p></body></html>'
    source = read(_write(tmp_path, "p.xhtml", page, "latin-1"))
    assert source.text == "Café."
    assert source.warnings == ()


def test_the_pages_headline_is_marked_as_such_even_as_a_question(tmp_path: Path) -> None:
    page = "<html><body><h1>Who runs Homs now?</h1><p>Rebels took the city.</p></body></html>"
    source = read(_write(tmp_path, "q.html", page))
    assert source.headline == "Who runs Homs now?"
    assert source.text == "Who runs Homs now?\n\nRebels took the city."
    doc = "# Who runs Homs now?\n\nRebels took the city on Tuesday.\n"
    assert read(_write(tmp_path, "q.md", doc)).headline == "Who runs Homs now?"


def test_furniture_named_by_class_or_id_is_dropped_but_never_the_story(tmp_path: Path) -> None:
    page = (
        "<html><body><div class='story comments-on'><h1>Talks resume</h1>"
        "<p>Talks resumed in Geneva.</p>"
        "<div class='share-tools'>Share on Facebook</div>"
        "<ul id='related_stories'><li>Ten things about Geneva</li></ul>"
        "<div class='cookie-banner'>We use cookies</div>"
        "<p class='lead'>The envoy arrived on Monday.</p></div></body></html>"
    )
    text = read(_write(tmp_path, "p.html", page)).text
    assert text.split("\n\n") == [
        "Talks resume",
        "Talks resumed in Geneva.",
        "The envoy arrived on Monday.",
    ]


def test_the_marked_story_body_is_kept_whatever_its_class_says(tmp_path: Path) -> None:
    page = (
        "<html><body><h1>Opinion</h1><div class='comment-body' itemprop='articleBody'>"
        "<p>The talks deserve support.</p></div><div class='comments'>Reader said</div>"
        "</body></html>"
    )
    text = read(_write(tmp_path, "p.html", page)).text
    assert text.split("\n\n") == ["Opinion", "The talks deserve support."]


def test_front_matter_closing_at_the_end_of_the_file_is_still_front_matter(
    tmp_path: Path,
) -> None:
    with pytest.raises(BadInput, match="holds no text"):
        read(_write(tmp_path, "doc.md", "---\ntitle: Hi\ndate: 2012-06-05\n---"))


def test_a_control_character_beside_dropped_markup_is_left_out_not_a_crash(tmp_path: Path) -> None:
    page = "\x1f <script>alert(1)</script> <p>Talks resumed in Geneva on Monday.</p>"
    assert read(_write(tmp_path, "p.html", page)).text == "Talks resumed in Geneva on Monday."
