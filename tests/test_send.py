"""`reportgen send`: a built .eml through a real SMTP server on loopback, received as built."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from dataclasses import dataclass, field
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest

from tests.test_cli import assert_one_line_error, run

aiosmtpd_controller = pytest.importorskip("aiosmtpd.controller")

ROOT = Path(__file__).resolve().parents[1]
MINUTES = ROOT / "tests" / "fixtures" / "memos" / "council_minutes.txt"
REFUSED = "nobody@harbour.example"


@dataclass
class Mailbox:
    """What the server received: (envelope sender, recipients, raw message) per delivery."""

    received: list[tuple[str, list[str], bytes]] = field(default_factory=list)

    async def handle_RCPT(
        self, server: Any, session: Any, envelope: Any, address: str, rcpt_options: Any
    ) -> str:
        if address == REFUSED:
            return "550 5.1.1 mailbox unavailable"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.received.append((envelope.mail_from, list(envelope.rcpt_tos), envelope.content))
        return "250 Message accepted"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture
def smtp() -> Iterator[tuple[str, Mailbox]]:
    box = Mailbox()
    port = _free_port()
    controller = aiosmtpd_controller.Controller(box, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield f"127.0.0.1:{port}", box
    finally:
        controller.stop()


@pytest.fixture
def pack(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    out = tmp_path / "pack"
    code, _, err = run(["build", str(MINUTES), "--out", str(out)], capsys)
    assert code == 0, err
    return out


def test_the_server_receives_the_pack_with_every_attachment_byte_for_byte(smtp, pack, capsys):
    server, box = smtp
    eml = pack / "council_minutes.eml"
    argv = ["send", str(eml), "--to", "clerk@harbour.example", "--to", "chair@harbour.example"]
    code, stdout, err = run(
        [*argv, "--from", "briefings@harbour.example", "--smtp", server], capsys
    )
    assert (code, err) == (0, "")
    assert "clerk@harbour.example" in stdout
    [(sender, rcpts, raw)] = box.received
    assert sender == "briefings@harbour.example"
    assert rcpts == ["clerk@harbour.example", "chair@harbour.example"]
    got = message_from_bytes(raw, policy=policy.default)
    built = message_from_bytes(eml.read_bytes(), policy=policy.default)
    assert isinstance(got, EmailMessage)
    assert isinstance(built, EmailMessage)
    assert got["To"] == "clerk@harbour.example, chair@harbour.example"
    assert got["From"] == "briefings@harbour.example"
    assert got["X-Unsent"] is None
    assert got["Subject"] == built["Subject"]
    attachments = {p.get_filename(): p.get_payload(decode=True) for p in got.iter_attachments()}
    assert attachments == {
        name: (pack / name).read_bytes()
        for name in ("council_minutes.pdf", "council_minutes.docx", "council_minutes.pptx")
    }
    for kind in ("plain", "html"):
        sent_body = got.get_body(preferencelist=(kind,))
        built_body = built.get_body(preferencelist=(kind,))
        assert sent_body is not None
        assert built_body is not None
        assert sent_body.get_content() == built_body.get_content()


def test_without_from_the_drafts_sender_is_kept(smtp, pack, capsys):
    server, box = smtp
    eml = pack / "council_minutes.eml"
    code, _, err = run(
        ["send", str(eml), "--to", "clerk@harbour.example", "--smtp", server], capsys
    )
    assert code == 0, err
    [(sender, _, raw)] = box.received
    assert sender == "briefing@localhost"
    got = message_from_bytes(raw, policy=policy.default)
    assert got["From"] == "reportgen <briefing@localhost>"
    assert got["To"] == "clerk@harbour.example"


def test_a_refused_recipient_is_one_line_exit_69(smtp, pack, capsys):
    server, box = smtp
    eml = pack / "council_minutes.eml"
    code, _, err = run(["send", str(eml), "--to", REFUSED, "--smtp", server], capsys)
    assert code == 69
    line = assert_one_line_error(err)
    assert REFUSED in line
    assert "550" in line
    assert box.received == []


def test_nothing_listening_is_one_line_exit_69(pack, capsys):
    eml = pack / "council_minutes.eml"
    server = f"127.0.0.1:{_free_port()}"
    code, _, err = run(
        ["send", str(eml), "--to", "clerk@harbour.example", "--smtp", server], capsys
    )
    assert code == 69
    assert f"cannot reach {server}" in assert_one_line_error(err)


@pytest.mark.parametrize(
    "bad",
    [
        "clerk",
        "clerk@harbour.example\r\nBcc: spy@elsewhere.example",
        "a@b.example, c@d.example",
        "Clerk <clerk@harbour.example>",
        "",
    ],
    ids=["no-domain", "line-break", "a-list", "display-name", "empty"],
)
def test_a_bad_address_is_a_usage_error_and_nothing_is_sent(smtp, pack, capsys, bad):
    server, box = smtp
    eml = pack / "council_minutes.eml"
    code, _, err = run(["send", str(eml), "--to", bad, "--smtp", server], capsys)
    assert code == 2
    assert "is not an email address" in assert_one_line_error(err)
    assert box.received == []


def test_a_login_without_the_password_variable_is_a_usage_error(smtp, pack, capsys, monkeypatch):
    monkeypatch.delenv("REPORTGEN_SMTP_PASSWORD", raising=False)
    server, box = smtp
    argv = ["send", str(pack / "council_minutes.eml"), "--to", "clerk@harbour.example"]
    code, _, err = run([*argv, "--smtp", server, "--user", "clerk"], capsys)
    assert code == 2
    assert "REPORTGEN_SMTP_PASSWORD" in assert_one_line_error(err)
    assert box.received == []


def test_a_file_that_is_not_an_email_is_bad_input(smtp, tmp_path, capsys):
    server, _ = smtp
    notes = tmp_path / "notes.eml"
    notes.write_text("The quay closes in May.\n", encoding="utf-8")
    code, _, err = run(
        ["send", str(notes), "--to", "clerk@harbour.example", "--smtp", server], capsys
    )
    assert code == 65
    assert "notes.eml" in assert_one_line_error(err)
