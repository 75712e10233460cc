"""Plan → a draft email (.eml): the brief as plain text and HTML, the other formats attached.

The message is a draft (``X-Unsent: 1``, so Outlook and Thunderbird open it for editing) from
``reportgen <briefing@localhost>`` to ``undisclosed-recipients:;``. Both addresses are
placeholders: replace them in the mail client before sending. The Date is the time of the
build, or ``SOURCE_DATE_EPOCH`` when that is set, which also fixes the Message-ID so two
builds of one document give the same bytes.
"""

from __future__ import annotations

import hashlib
import os
import secrets
from collections.abc import Mapping
from datetime import UTC, datetime
from email.header import Header
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime
from typing import TYPE_CHECKING, ClassVar

from reportgen import _recache
from reportgen.errors import UsageError
from reportgen.render import NO_ATTACHMENTS
from reportgen.render.email._digest import Digest, digest
from reportgen.render.email._html import html_body
from reportgen.render.email._text import attached_line, more_line, text_body
from reportgen.text import clean_inline

if TYPE_CHECKING:
    from reportgen.layout import Plan, Theme

SENDER = "reportgen <briefing@localhost>"
"""Placeholder From: the user's mail client replaces it with their own address."""
RECIPIENTS = "undisclosed-recipients:;"
"""Placeholder To: an empty group (RFC 5322), so the draft is valid until the user adds people."""
MIME_TYPES: Mapping[str, tuple[str, str]] = {
    ".pdf": ("application", "pdf"),
    ".docx": ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document"),
    ".pptx": ("application", "vnd.openxmlformats-officedocument.presentationml.presentation"),
    ".json": ("application", "json"),
}
"""Attachment types by file suffix; anything else goes as application/octet-stream."""
_DOMAIN = "reportgen.localhost"


class EmailRenderer:
    """Draws the plan as a ``multipart/mixed`` message: text and HTML alternatives, then files.

    The body is short (bottom line, key points, decisions, a compact timeline: one phone
    screen) and the whole brief travels as the attached PDF; :class:`FullEmailRenderer` puts
    the whole brief in the body.
    """

    suffix: ClassVar[str] = ".eml"
    full_body: ClassVar[bool] = False

    def render(
        self, plan: Plan, theme: Theme, attachments: Mapping[str, bytes] = NO_ATTACHMENTS
    ) -> bytes:
        if self.full_body:
            text = text_body(plan, attachments)
            html = html_body(plan, theme, attachments)
        else:
            short = _short(plan, attachments)
            text = text_body(short.plan, attachments, short.elsewhere)
            html = html_body(short.plan, theme, attachments, short.elsewhere)
        when = _build_time()
        msg = EmailMessage(policy=SMTP)
        title = clean_inline(plan.title)
        subject = f"Briefing: {title}" if title else "Briefing"
        if _plain_enough(subject):
            msg["Subject"] = subject
        msg["From"] = SENDER
        msg["To"] = RECIPIENTS
        msg["Date"] = format_datetime(when or datetime.now().astimezone())
        msg_id = _message_id(when, text, attachments)
        msg["Message-ID"] = msg_id
        msg["X-Unsent"] = "1"
        msg.set_content(text, subtype="plain", charset="utf-8")
        msg.add_alternative(html, subtype="html", charset="utf-8")
        for name, data in attachments.items():
            suffix = os.path.splitext(name)[1].lower()
            maintype, subtype = MIME_TYPES.get(suffix, ("application", "octet-stream"))
            shown = attachment_name(name) or f"attachment{suffix}"
            msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=shown)
        _set_boundaries(msg, msg_id)
        if _plain_enough(subject):
            return msg.as_bytes()
        return _encoded_subject(subject) + msg.as_bytes()


_NOT_IN_FILE_NAMES = _recache.compile(r"[\\/?]")
"""A path separator would let a careless client save outside its folder; ``?`` opens and ends
RFC 2047 syntax (``=?utf-8?q?...?=``), which clients decode even inside a quoted file name."""


def attachment_name(name: str) -> str:
    """A file name fit for ``filename=``: one line, no control characters, nothing a mail
    client would decode as an encoded word or read as a folder."""
    return _NOT_IN_FILE_NAMES.sub("_", clean_inline(name))


class FullEmailRenderer(EmailRenderer):
    """The whole brief in the body, every part of the plan (``--email full``)."""

    full_body: ClassVar[bool] = True


def _short(plan: Plan, attachments: Mapping[str, bytes]) -> Digest:
    """The digest, with the words the body adds around it counted against its budget."""
    around = [plan.title, plan.subtitle, attached_line(attachments) if attachments else ""]
    fixed = sum(len(clean_inline(t).split()) for t in around)
    first = digest(plan, fixed)
    return digest(plan, fixed + len(more_line(first.elsewhere, attachments).split()))


def _plain_enough(subject: str) -> bool:
    """ASCII words short enough to fold at spaces: the policy writes these headers correctly.

    The policy decodes any RFC 2047 encoded word (``=?utf-8?q?...?=``) in a value it is given,
    CR and LF included, so a title that merely looks like one would become header lines; such
    a subject is always encoded by us, and reads back as the literal text it is.
    """
    return (
        subject.isascii()
        and "=?" not in subject
        and all(len(word) <= 60 for word in subject.split())
    )


def _encoded_subject(subject: str) -> bytes:
    """The Subject as RFC 2047 encoded words, each space kept inside a word.

    Python 3.11's header folder can drop the space between two encoded words (an Arabic title
    came back with two words run together), so non-ASCII subjects go through the older
    encoder, whose words split only between characters.
    """
    encoded = Header(subject, "utf-8", header_name="Subject").encode(linesep="\r\n")
    return b"Subject: " + encoded.encode("ascii") + b"\r\n"


def _build_time() -> datetime | None:
    """SOURCE_DATE_EPOCH as a UTC time (reproducible builds), or None to use the clock."""
    raw = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if not raw:
        return None
    try:
        return datetime.fromtimestamp(int(raw), UTC)
    except (ValueError, OverflowError, OSError):
        raise UsageError(
            f"SOURCE_DATE_EPOCH={raw!r} is not a whole number of seconds since 1970"
        ) from None


def _message_id(when: datetime | None, text: str, attachments: Mapping[str, bytes]) -> str:
    """Unique per build; derived from the content when the build time is fixed."""
    if when is None:
        return f"<{secrets.token_hex(16)}@{_DOMAIN}>"
    digest = hashlib.sha256(f"{when.isoformat()}\n{text}".encode())
    for name, data in attachments.items():
        digest.update(name.encode("utf-8", "replace") + b"\0" + data)
    return f"<{digest.hexdigest()[:32]}@{_DOMAIN}>"


def _set_boundaries(msg: EmailMessage, msg_id: str) -> None:
    """Boundaries follow the Message-ID, so a fixed build time gives identical bytes."""
    multiparts = [msg, *(p for p in msg.iter_parts() if p.is_multipart())]
    for level, part in enumerate(multiparts):
        token = hashlib.sha256(f"{msg_id}/{level}".encode()).hexdigest()[:24]
        part.set_boundary(f"=_reportgen_{token}")
