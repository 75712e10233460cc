"""An email is read for the sender's own words, headed by its subject, dated by its Date."""

from __future__ import annotations

from datetime import date
from email.message import EmailMessage
from pathlib import Path

import pytest

from reportgen.errors import BadInput
from reportgen.read import read


def _mail(tmp_path: Path, body: str, subtype: str = "plain", **headers: str) -> Path:
    message = EmailMessage()
    for key, value in headers.items():
        message[key.replace("_", "-")] = value
    message.set_content(body, subtype=subtype)
    path = tmp_path / "message.eml"
    path.write_bytes(bytes(message))
    return path


def test_an_email_gives_its_own_words_its_subject_and_its_date(tmp_path: Path) -> None:
    body = (
        "Rebels took Rastan yesterday.\n\nThe army is regrouping.\n\n"
        "On Mon, 4 Jun 2012, Desk <desk@example.com> wrote:\n> Any news from Homs?\n"
        "-- \nDesk officer, +1 555 0100\n"
    )
    path = _mail(
        tmp_path, body, Subject="Re: Rebels take Rastan", Date="Tue, 05 Jun 2012 09:00:00 +0000"
    )
    source = read(path)
    assert source.headline == "Rebels take Rastan"
    assert source.published == date(2012, 6, 5)
    assert source.text == (
        "Rebels take Rastan\n\nRebels took Rastan yesterday.\n\nThe army is regrouping."
    )


def test_an_email_with_only_an_html_body_is_read_as_a_page(tmp_path: Path) -> None:
    html = "<html><body><nav>Menu</nav><p>Talks resumed on <b>Tuesday</b>.</p></body></html>"
    source = read(_mail(tmp_path, html, subtype="html", Subject="Talks"))
    assert source.text == "Talks\n\nTalks resumed on Tuesday."
    assert source.published is None


@pytest.mark.parametrize("content", [b"Just some words, no headers.", b"\x00\x01 binary"])
def test_what_is_not_an_email_is_bad_input(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "x.eml"
    path.write_bytes(content)
    with pytest.raises(BadInput, match="x.eml: not an email"):
        read(path)


def test_an_email_whose_body_is_all_quote_and_signature_is_bad_input(tmp_path: Path) -> None:
    path = _mail(tmp_path, "> quoted\n-- \nsig\n", Subject="")
    with pytest.raises(BadInput, match="holds no text"):
        read(path)


def test_an_unknown_charset_is_read_as_any_text_file_with_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "m.eml"
    path.write_bytes(
        b"Subject: Talks\nContent-Type: text/plain; charset=nope\n"
        b"Content-Transfer-Encoding: 8bit\n\nCaf\xe9 talks resumed in 2012."
    )
    source = read(path)
    assert source.text == "Talks\n\nCaf\u00e9 talks resumed in 2012."
    assert source.warnings == ("m.eml: not valid UTF-8; read as Latin-1 (ISO-8859-1)",)


def test_an_html_body_declaring_another_charset_is_not_decoded_twice(tmp_path: Path) -> None:
    html = '<html><head><meta charset="iso-8859-1"></head><body><p>Café talks.</p></body></html>'
    source = read(_mail(tmp_path, html, subtype="html", Subject="Talks"))
    assert source.text == "Talks\n\nCafé talks."
