"""Input limits, checked before a reader runs, and the readers' library failures as bad input.

A hostile file costs what its decompressed or parsed form costs, not what it weighs: a 4 MB
``.docx`` of whitespace inflates to gigabytes, a 1 KB PDF stream to a gigabyte of zeros, an email
a thousand multiparts deep exhausts Python's stack. Each such file is refused here with one line
that names the limit and the option that raises it, before any library builds it in memory.

What the readers' libraries raise on a broken file (zipfile, zlib, lxml, pypdf, the email
package, python-docx) says "this file is broken", not "reportgen is broken":
:func:`library_failures` turns each into :class:`BadInput` (exit 65) in one place.
"""

from __future__ import annotations

import contextlib
import io
import warnings
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass

from reportgen.errors import BadInput

MB = 2**20


@dataclass(frozen=True, slots=True)
class Limits:
    """The largest input the readers accept; each field is a command-line option."""

    input_mb: int = 64
    """The largest file read (``--max-input-mb``): far beyond any briefing source."""
    part_mb: int = 100
    """The largest decompressed part of a .docx package or stream of a PDF (``--max-part-mb``):
    a 1 MB text makes a Word document part of about 3 MB."""
    depth: int = 100
    """The deepest nesting of email parts (``--max-depth``); mail clients nest three or four."""
    parts: int = 10_000
    """The most members a .docx package may hold; Word writes a few dozen."""

    def too_large(self, name: str, size: int) -> BadInput:
        return BadInput(
            f"{name}: larger than the input limit of {self.input_mb} MB "
            f"({size / MB:.1f} MB; raise it with --max-input-mb)"
        )


DEFAULT_LIMITS = Limits()


def check_package(data: bytes, name: str, limits: Limits) -> None:
    """Refuse a zip package whose parts would inflate past the part limit, before any is read.

    The sizes checked are the ones the package declares; zipfile never inflates a member past
    its declared size (and fails its CRC check when the data says otherwise), so they bound
    what the reader can allocate.
    """
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            members = package.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError) as err:
        raise BadInput(f"{name}: not a readable Word document ({_why(err)})") from err
    if len(members) > limits.parts:
        raise BadInput(f"{name}: a package of {len(members)} parts (the limit is {limits.parts})")
    for member in members:
        if member.file_size > limits.part_mb * MB:
            raise BadInput(
                f"{name}: part {member.filename!r} inflates to {member.file_size / MB:.0f} MB, "
                f"past the limit of {limits.part_mb} MB (raise it with --max-part-mb)"
            )


def check_mail_depth(data: bytes, name: str, limits: Limits) -> None:
    """Refuse an email whose multiparts nest deeper than the depth limit.

    The email package walks nested parts recursively; a message a thousand levels deep ends
    in a RecursionError deep inside it. The nesting is counted here without recursion.
    """
    import email
    import email.policy
    from email.message import Message

    message = email.message_from_bytes(data, policy=email.policy.compat32)
    stack = [(message, 1)]
    while stack:
        part, depth = stack.pop()
        if depth > limits.depth:
            raise BadInput(
                f"{name}: email parts nest deeper than the limit of {limits.depth} "
                "(raise it with --max-depth)"
            )
        payload = part.get_payload()
        if isinstance(payload, list):
            stack.extend((child, depth + 1) for child in payload if isinstance(child, Message))


@contextlib.contextmanager
def pdf_limits(limits: Limits) -> Iterator[None]:
    """pypdf's own decompression limits set to the part limit, and its log lines and warnings
    kept off stderr: a broken PDF is one line from us, not a hundred from pypdf."""
    import logging  # only a PDF's reading needs it

    import pypdf

    cap = limits.part_mb * MB
    logger = logging.getLogger("pypdf")
    level, propagate = logger.level, logger.propagate
    logger.setLevel(logging.CRITICAL + 1)
    logger.propagate = False
    try:
        with (
            warnings.catch_warnings(),
            pypdf.apply_configuration(
                maximum_declared_stream_length=cap,
                array_based_stream_maximum_output_length=cap,
                jbig2_maximum_output_length=cap,
                lzw_maximum_output_length=cap,
                run_length_maximum_output_length=cap,
                zlib_maximum_output_length=cap,
            ),
        ):
            warnings.simplefilter("ignore")
            yield
    finally:
        logger.setLevel(level)
        logger.propagate = propagate


_LIBRARIES = frozenset({"zipfile", "zlib", "lxml", "pypdf", "docx", "email", "xml", "markdown_it"})
"""Top-level modules whose exceptions, or exceptions raised inside them, mean a broken input."""
_KINDS = {
    ".docx": "Word document",
    ".pdf": "PDF",
    ".eml": "email",
    ".html": "web page",
    ".htm": "web page",
    ".xhtml": "web page",
    ".md": "Markdown file",
    ".markdown": "Markdown file",
}


@contextlib.contextmanager
def library_failures(name: str, suffix: str, limits: Limits) -> Iterator[None]:
    """Turn what a reader's library raises on a broken file into one line and exit 65.

    A failure counts as the library's when its class comes from one of the libraries or when
    the innermost frame that raised it runs in one: zipfile raises ``NotImplementedError``
    for an unknown compression method and python-docx an ``AttributeError`` for a wrong root
    element, and neither is a fault of ours. Anything else stays an internal error.
    """
    kind = _KINDS.get(suffix, "text file")
    try:
        yield
    except BadInput:
        raise
    except RecursionError as err:
        raise BadInput(
            f"{name}: nested too deeply to read (the limit is {limits.depth}; --max-depth)"
        ) from err
    except MemoryError as err:
        raise BadInput(
            f"{name}: too large to read in memory (limits: --max-input-mb {limits.input_mb}, "
            f"--max-part-mb {limits.part_mb})"
        ) from err
    except Exception as err:
        if not _from_library(err):
            raise
        raise BadInput(f"{name}: not a readable {kind} ({_why(err)})") from err


def _from_library(err: BaseException) -> bool:
    if type(err).__module__.split(".")[0] in _LIBRARIES:
        return True
    tb = err.__traceback__
    while tb is not None and tb.tb_next is not None:
        tb = tb.tb_next
    raised_in = str(tb.tb_frame.f_globals.get("__name__", "")) if tb is not None else ""
    return raised_in.split(".")[0] in _LIBRARIES


def _why(err: BaseException) -> str:
    """The exception's class and the first line of its message, short enough for one line."""
    detail = " ".join(str(err).split())
    detail = detail if len(detail) <= 80 else detail[:79] + "\u2026"
    return f"{type(err).__name__}: {detail}" if detail else type(err).__name__
