"""Deliver a built .eml through an SMTP server: the draft's placeholders become real people.

The message goes as built, byte for byte below its header: only the placeholder To (and From,
when one is given), the draft marker and the Date are replaced, so what a reader receives is
exactly the pack that was checked. The password comes from the environment, never from a flag,
where ``ps`` and shell history would show it.
"""

from __future__ import annotations

import os
import smtplib
import ssl
from dataclasses import dataclass
from email.utils import formatdate, getaddresses
from pathlib import Path
from typing import Literal

from reportgen import _recache
from reportgen.errors import BadInput, ReportgenError, UsageError
from reportgen.fsio import read_input

PASSWORD_VARIABLE = "REPORTGEN_SMTP_PASSWORD"
TIMEOUT_SECONDS = 30.0
Security = Literal["plain", "starttls", "ssl"]
DEFAULT_PORTS: dict[str, int] = {"plain": 25, "starttls": 587, "ssl": 465}
"""The port each kind of connection uses unless ``--smtp HOST:PORT`` names one."""

_ADDRESS = _recache.compile(
    r"[^\s@<>()\[\],;:\"\\]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*"
)
"""A bare address, local@domain: no display name, no spaces, no line breaks, no list."""
_REPLACED = (b"to", b"from", b"date", b"x-unsent", b"cc", b"bcc")
"""Header fields the draft carries as placeholders; the sent message gets real ones."""


class SendFailed(ReportgenError):
    """The server could not be reached, or it refused the sender, a recipient or the message."""

    exit_code = 69


@dataclass(frozen=True, slots=True)
class Server:
    host: str
    port: int
    security: Security = "plain"
    user: str | None = None

    @classmethod
    def parse(cls, spec: str, security: str, user: str | None) -> Server:
        """``HOST`` or ``HOST:PORT`` (``[v6]:PORT`` for an IPv6 address)."""
        if security not in DEFAULT_PORTS:
            raise UsageError(f"unknown connection security {security!r}")
        kind: Security = security  # type: ignore[assignment]
        host, sep, port = spec.rpartition(":") if not spec.endswith("]") else ("", "", "")
        if not sep:
            host, port = spec, ""
        host = host.removeprefix("[").removesuffix("]")
        if not host or any(c.isspace() for c in host):
            raise UsageError(f"--smtp {spec!r}: expected HOST or HOST:PORT")
        if not port:
            return cls(host, DEFAULT_PORTS[kind], kind, user)
        if not port.isdigit() or not 0 < int(port) < 65536:
            raise UsageError(f"--smtp {spec!r}: the port must be a number from 1 to 65535")
        return cls(host, int(port), kind, user)

    def __str__(self) -> str:
        return f"{self.host}:{self.port}"


def address(text: str, option: str) -> str:
    """A checked bare address; anything else (a line break, a list, a name) is refused."""
    if not _ADDRESS.fullmatch(text):
        shown = text.encode("unicode_escape").decode("ascii")
        raise UsageError(f"{option} {shown!r} is not an email address (name@example.org)")
    return text


def send_file(eml: Path, to: list[str], sender: str | None, server: Server) -> list[str]:
    """Send the .eml at ``eml`` to ``to``; returns the recipients the server accepted."""
    recipients = list(dict.fromkeys(address(a, "--to") for a in to))
    from_addr = address(sender, "--from") if sender else None
    raw = _read(eml)
    head, body = _split(raw, eml)
    envelope_from = from_addr or _draft_sender(head) or "briefing@localhost"
    message = _headers(head, recipients, from_addr) + body
    password = _password(server.user)
    try:
        with _connect(server) as smtp:
            if server.user is not None:
                smtp.login(server.user, password)
            refused = smtp.sendmail(envelope_from, recipients, message)
    except smtplib.SMTPRecipientsRefused as err:
        who, (code, why) = next(iter(err.recipients.items()))
        raise SendFailed(f"{server} refused {who}: {code} {_reply(why)}") from None
    except smtplib.SMTPSenderRefused as err:
        raise SendFailed(
            f"{server} refused sender {envelope_from}: {err.smtp_code} {_reply(err.smtp_error)}"
        ) from None
    except smtplib.SMTPAuthenticationError as err:
        raise SendFailed(
            f"{server} refused the login of {server.user}: {err.smtp_code} {_reply(err.smtp_error)}"
        ) from None
    except smtplib.SMTPResponseException as err:
        raise SendFailed(
            f"{server} refused the message: {err.smtp_code} {_reply(err.smtp_error)}"
        ) from None
    except smtplib.SMTPException as err:
        raise SendFailed(f"{server}: {' '.join(str(err).split())}") from None
    except ssl.SSLError as err:
        raise SendFailed(f"{server}: TLS failed: {err.reason or err}") from None
    except TimeoutError:
        raise SendFailed(f"{server}: no answer within {TIMEOUT_SECONDS:.0f} s") from None
    except OSError as err:
        reason = str(err.strerror or type(err).__name__)
        raise SendFailed(f"cannot reach {server}: {reason.lower()}") from None
    return [r for r in recipients if r not in refused]


_MOST = 64 * 1024 * 1024
"""A built pack's email is a few megabytes; anything far larger is not one of ours."""


def _read(eml: Path) -> bytes:
    return read_input(eml, _MOST, _too_large)


def _too_large(name: str, _size: int) -> BadInput:
    return BadInput(f"{name}: larger than {_MOST // 2**20} MB; not a built email")


def _split(raw: bytes, eml: Path) -> tuple[list[bytes], bytes]:
    """The header as a list of whole fields (folded lines joined) and the body as it is."""
    end = raw.find(b"\r\n\r\n")
    sep = b"\r\n"
    if end < 0:
        end, sep = raw.find(b"\n\n"), b"\n"
    if end < 0 or not raw[:end].strip():
        raise BadInput(f"{eml.name}: not an email message (no header)")
    fields: list[bytes] = []
    for line in raw[:end].split(sep):
        if line[:1] in (b" ", b"\t") and fields:
            fields[-1] += sep + line
        elif b":" in line:
            fields.append(line)
        else:
            raise BadInput(f"{eml.name}: not an email message (a header line without a colon)")
    if not any(f.split(b":", 1)[0].strip().lower() == b"mime-version" for f in fields):
        raise BadInput(f"{eml.name}: not a MIME message (no MIME-Version header)")
    return fields, raw[end:]


def _headers(head: list[bytes], to: list[str], sender: str | None) -> bytes:
    """The draft's header with real recipients, sender and date in place of the placeholders."""
    kept = [f for f in head if f.split(b":", 1)[0].strip().lower() not in _REPLACED]
    old_from = [f for f in head if f.split(b":", 1)[0].strip().lower() == b"from"]
    new = [b"From: " + sender.encode("ascii")] if sender else old_from
    new.append(b"To: " + ", ".join(to).encode("ascii"))
    new.append(b"Date: " + formatdate(localtime=True).encode("ascii"))
    return b"\r\n".join(new + kept)


def _draft_sender(head: list[bytes]) -> str | None:
    for field in head:
        name, _, value = field.partition(b":")
        if name.strip().lower() == b"from":
            found = getaddresses([value.decode("ascii", "replace")])
            if found and _ADDRESS.fullmatch(found[0][1]):
                return found[0][1]
    return None


def _password(user: str | None) -> str:
    if user is None:
        return ""
    password = os.environ.get(PASSWORD_VARIABLE)
    if not password:
        raise UsageError(f"--user {user} needs the password in ${PASSWORD_VARIABLE}")
    return password


def _connect(server: Server) -> smtplib.SMTP:
    if server.security == "ssl":
        context = ssl.create_default_context()
        return smtplib.SMTP_SSL(server.host, server.port, timeout=TIMEOUT_SECONDS, context=context)
    smtp = smtplib.SMTP(server.host, server.port, timeout=TIMEOUT_SECONDS)
    if server.security == "starttls":
        try:
            smtp.starttls(context=ssl.create_default_context())
        except BaseException:
            smtp.close()
            raise
    return smtp


def _reply(why: bytes | str) -> str:
    text = why.decode("utf-8", "replace") if isinstance(why, bytes) else why
    return " ".join(text.split())
