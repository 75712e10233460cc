"""Email headers are built from text: a title or a file name that looks like an RFC 2047 encoded
word, or holds control characters, never becomes another header, and never replaces the body."""

from __future__ import annotations

from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path

import pytest

from reportgen.pipeline import Options, build

QP_BCC = "=?utf-8?q?a=0D=0ABcc=3A_x=40y?="
"""Decodes to "a", CR LF, "Bcc: x@y": a header of its own if decoded before it is written."""
B64_BODY = "=?utf-8?b?YQ0KDQpIaWphY2tlZCBib2R5?="
"""Decodes to "a", CR LF CR LF, "Hijacked body": the end of the headers, then a new body."""
MEMO = (
    "The finance committee met on 4 March 2024 and approved the revised budget. "
    "Spending on the depot falls by a tenth, and the savings go to road repairs. "
    "The chair asked officers to report on progress at the June meeting.\n"
)


def built_email(tmp_path: Path, name: str, data: str, title: str | None = None) -> EmailMessage:
    source = tmp_path / name
    source.write_text(data, encoding="utf-8")
    out = tmp_path / "out"
    build([source], out, ["email"], Options(title=title))
    (eml,) = out.glob("*.eml")
    raw = eml.read_bytes()
    msg = message_from_bytes(raw, policy=policy.default)
    assert isinstance(msg, EmailMessage)
    return msg


def headers_of_every_part(msg: EmailMessage) -> set[str]:
    """Header names of the message and of each part: an injected line can land in either."""
    return {key.lower() for part in msg.walk() for key in part}


def assert_sound(msg: EmailMessage, literal: str) -> None:
    """No header added, the three attachments kept, and the subject holding ``literal`` as text."""
    assert not headers_of_every_part(msg) & {"bcc", "cc", "reply-to"}
    assert [p.get_filename() for p in msg.iter_attachments()] != []
    assert len(list(msg.iter_attachments())) == 3
    subject = str(msg["Subject"])
    assert literal in subject
    assert not any(ord(ch) < 32 for ch in subject)


@pytest.mark.parametrize("title", [QP_BCC, B64_BODY])
def test_a_title_option_that_looks_encoded_stays_literal_text_in_the_subject(tmp_path, title):
    msg = built_email(tmp_path, "memo.txt", MEMO, title=title)
    assert_sound(msg, title)


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("page.html", f"<html><body><h1>{QP_BCC}</h1><p>{MEMO}</p></body></html>"),
        ("notes.md", f"---\ntitle: {QP_BCC}\n---\n\n{MEMO}"),
        ("minutes.md", f"# {B64_BODY}\n\n{MEMO}"),
    ],
)
def test_a_documents_own_headline_that_looks_encoded_stays_literal(tmp_path, name, data):
    msg = built_email(tmp_path, name, data)
    assert_sound(msg, QP_BCC if QP_BCC in data else B64_BODY)


def test_an_emails_encoded_subject_is_decoded_once_and_cannot_add_a_header(tmp_path):
    data = f"From: a@example.org\nSubject: =?utf-8?b?YQ0KQmNjOiB4QHk=?=\n\n{MEMO}"
    msg = built_email(tmp_path, "forwarded.eml", data)
    assert_sound(msg, "Bcc: x@y")


def test_control_characters_in_a_title_never_reach_the_subject(tmp_path):
    msg = built_email(tmp_path, "memo.txt", MEMO, title="Budget\x07 memo\x1b\x00 draft")
    assert str(msg["Subject"]) == "Briefing: Budget memo draft"


@pytest.mark.parametrize(
    "stem",
    [QP_BCC, "report\rBcc: x@y", "../../etc/board papers", "minutes?.final"],
)
def test_a_file_name_reaches_each_attachment_as_one_safe_name(tmp_path, stem):
    msg = built_email(tmp_path, f"{stem.replace('/', '_')}.txt", MEMO)
    names = [p.get_filename() or "" for p in msg.iter_attachments()]
    assert len(names) == 3
    for name in names:
        assert not any(ord(ch) < 32 for ch in name)
        assert "?" not in name
        assert "/" not in name
    assert not headers_of_every_part(msg) & {"bcc", "cc"}
