"""An email in (``.eml``): its body's words, its subject as headline and its Date as the date.

A forwarded report or a newsletter often arrives as mail; its subject is the headline the
sender chose and its Date header the day it was written, which anchors "yesterday". The body's
plain-text part is read as plain text; a message with only an HTML part is read as a web page.
"""

from __future__ import annotations

import email
import email.policy
import email.utils
from datetime import date
from email.message import EmailMessage

from reportgen import _recache
from reportgen.errors import BadInput
from reportgen.read.markup import page_words
from reportgen.read.plaintext import decode
from reportgen.read.source import Source
from reportgen.read.structure import Metadata
from reportgen.read.textstructure import parse

_REPLY_PREFIX = ("re:", "fw:", "fwd:", "aw:", "wg:", "tr:")
"""What mail clients put before a subject they reply to or forward, in a few languages."""
_ATTRIBUTION = _recache.compile(r"^On .{4,200} wrote:\s*$")
_RULE = _recache.compile(r"[-=_*~]{3,}")


def mail_source(data: bytes, name: str) -> Source:
    """The message's readable body, headed by its subject and dated by its Date header."""
    try:
        message = email.message_from_bytes(data, policy=email.policy.default)
    except (ValueError, LookupError, UnicodeError) as err:
        raise BadInput(f"{name}: not a readable email ({type(err).__name__})") from err
    if not isinstance(message, EmailMessage) or not message.keys():
        raise BadInput(f"{name}: not an email (no headers)")
    headline = _subject(message)
    published = _sent_on(message)
    part = message.get_body(preferencelist=("plain", "html"))
    if part is None:
        raise BadInput(f"{name}: the email has no text body")
    warnings: tuple[str, ...] = ()
    try:
        body = part.get_content()
    except (LookupError, UnicodeError, ValueError):
        # An unknown or wrong charset: the bytes are read as any text file is.
        raw = part.get_payload(decode=True)
        body, _, warnings = decode(raw if isinstance(raw, bytes) else b"", name)
    if part.get_content_subtype() == "html":
        page = page_words(str(body), name)  # decoded already: its <meta charset> no longer holds
        text, headline = page.text, headline or page.headline or ""
    else:
        text = _own_words(str(body).replace("\r\n", "\n"))
    if not text.strip():
        raise BadInput(f"{name}: the email's body holds no text")
    if headline and text.split("\n\n", 1)[0].strip() != headline:
        text = f"{headline}\n\n{text}"
    meta = Metadata(
        title=headline,
        author=_address_names(message, "from"),
        recipients=tuple(n for n in _address_names(message, "to").split(", ") if n),
        date=published.isoformat() if published else "",
    )
    return Source(name, text, "email", warnings, published, headline or None, parse(text, meta))


def _address_names(message: EmailMessage, header: str) -> str:
    """The display names (else addresses) of a From or To header, comma-separated."""
    try:
        pairs = email.utils.getaddresses([str(v) for v in message.get_all(header, [])])
    except (TypeError, ValueError, IndexError):
        return ""
    return ", ".join(name or addr for name, addr in pairs if name or addr)


def _own_words(body: str) -> str:
    """The sender's own text: no quoted reply ("> ..." and the "On ... wrote:" before it), no
    signature (after "-- "), no rule lines ("-----") under headings."""
    kept: list[str] = []
    for line in body.split("\n"):
        if line.rstrip() == "--":
            break
        if line.lstrip().startswith(">") or _ATTRIBUTION.match(line):
            continue
        kept.append("" if _RULE.fullmatch(line.strip()) else line)
    return "\n".join(kept).strip()


def _subject(message: EmailMessage) -> str:
    subject = " ".join(str(message.get("subject", "")).split())
    while subject.lower().startswith(_REPLY_PREFIX):
        subject = subject.split(":", 1)[1].strip()
    return subject


def _sent_on(message: EmailMessage) -> date | None:
    stamp = message.get("date")
    if not stamp:
        return None
    try:
        return email.utils.parsedate_to_datetime(str(stamp)).date()
    except (TypeError, ValueError, IndexError):
        return None
