"""Hostile and broken inputs through the command line: time, peak memory and exit code per case.

Each case is generated here (nothing is read from outside the repository), run in a fresh
process with a wall-clock cap and an address-space cap, and reported on one line:

    python bench/hostile_inputs.py [--timeout 20] [--memory-mb 3072] [--only NAME]

The ``render`` class draws a model holding one long token (in a key point, a section and a
timeline event) with ``reportgen render --formats F``: the renderers alone, without the
reading and summarizing a ``build`` does first, at 100, 200 and 400 KB, so their growth shows
(linear: each doubling about doubles the time).

A case that runs out of time prints ``timeout``; one that runs out of memory dies with 70 or a
signal. The ``check`` column says whether the run did what a user is owed (no injected header,
the right exit code, a quiet stderr); it is what the before/after comparison is about.
"""

from __future__ import annotations

import argparse
import os
import resource
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from email import message_from_bytes, policy
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.hostile_files import (  # noqa: E402
    TEXT_OPS,
    aes256_pdf,
    billion_laughs,
    corrupt_deflate,
    docx_bytes,
    flate_bomb_pdf,
    nested_eml,
    paragraphs,
    pdf_bytes,
    unknown_compression,
    whitespace_docx,
)

SENTENCE = "The committee met on 4 March 2024 and approved the plan. "


@dataclass(frozen=True)
class Case:
    name: str
    klass: str
    file_name: str
    data: bytes
    args: tuple[str, ...] = ()
    check: Callable[[int, str, Path], str] | None = None
    command: str = "build"


def _bcc(code: int, _err: str, out: Path) -> str:
    emls = list(out.glob("*.eml"))
    if not emls:
        return f"no email (exit {code})"
    msg = message_from_bytes(emls[0].read_bytes(), policy=policy.default)
    injected = [k for part in msg.walk() for k in part if k.lower() in ("bcc", "cc")] or (
        "" if msg.get_payload() and msg.is_multipart() else ["body replaced"]
    )
    subject = str(msg.get("subject", ""))
    controls = any(ord(c) < 32 for c in subject)
    names = [p.get_filename() or "" for p in msg.iter_attachments()]
    bad_names = [n for n in names if any(ord(c) < 32 for c in n)]
    return (
        f"injected={injected or 'none'} attachments={len(names)} "
        f"control-in-subject={controls} control-in-filename={bool(bad_names)}"
    )


def _stderr_lines(_code: int, err: str, _out: Path) -> str:
    return f"stderr lines={len(err.splitlines())}"


def _inside(run: str) -> bytes:
    """A paragraph whose first sentence carries ``run``, so it reaches every format."""
    return f"The reading on Monday was {run} at the plant. ".encode() + b"\n\n"


def _model_with(token: str) -> bytes:
    """A model of a short memo (built here by the pipeline) whose first key point, first
    section and first timeline event hold ``token``."""
    import json

    from reportgen.pipeline import Options, brief_of, model_json

    with tempfile.TemporaryDirectory(prefix="hostile-model-") as tmp:
        memo = Path(tmp) / "memo.txt"
        memo.write_text(
            "The reading on 3 April 2024 was high at the plant. " + SENTENCE + "\n\n"
            "The inspectors will return on 12 April 2024 to repeat the test.\n\n"
            "The plant manager, Jane Okafor, said the readings were within limits.\n\n"
            "Staff were told on 5 April 2024 that the second line would stop for checks. "
            "The second line restarted on 20 April 2024 after new filters were fitted. "
            "The regulator closed its file on 2 May 2024.\n",
            encoding="utf-8",
        )
        model = json.loads(model_json(brief_of(memo, Options())))
    sentence = f"The reading on Monday was {token} at the plant."
    model["key_points"][0] = sentence
    model["sections"][0]["points"][0] = sentence
    model["timeline"][0]["event"] = sentence
    return json.dumps(model, ensure_ascii=False).encode("utf-8")


def _render_cases() -> list[Case]:
    return [
        Case(
            f"render-{fmt}-{size}k",
            "render",
            "token.json",
            _model_with("x" * (size * 1000)),
            ("--formats", fmt),
            command="render",
        )  # fmt: skip
        for fmt in ("pdf", "docx", "pptx", "email")
        for size in (100, 200, 400)
    ]


def cases() -> list[Case]:
    title_inj = "=?utf-8?q?a=0D=0ABcc=3A_x=40y?="
    b64_inj = "=?utf-8?b?YQ0KDQpIaWphY2tlZCBib2R5?="
    body = (SENTENCE * 6).encode()
    return [
        Case("title-qp", "email", "memo.txt", body, ("--title", title_inj), _bcc),
        Case("title-b64", "email", "memo.txt", body, ("--title", b64_inj), _bcc),
        Case("title-bel", "email", "memo.txt", body, ("--title", "a\x07b\x1bc"), _bcc),
        Case(
            "html-h1",
            "email",
            "page.html",
            f"<h1>{title_inj}</h1><p>{SENTENCE * 4}</p>".encode(),
            check=_bcc,
        ),
        Case(
            "md-title",
            "email",
            "notes.md",
            f"---\ntitle: {title_inj}\n---\n\n{SENTENCE * 4}".encode(),
            check=_bcc,
        ),
        Case(
            "eml-subject",
            "email",
            "fwd.eml",
            b"From: a@example.org\nSubject: =?utf-8?b?YQ0KQmNjOiB4QHk=?=\n\n" + body,
            check=_bcc,
        ),
        Case("file-name", "email", "=?utf-8?q?a=0D=0ABcc=3A_x=40y?=.txt", body, check=_bcc),
        Case("digits-6000", "linear", "digits.txt", _inside("1" * 6000) + body),
        Case("brackets-8000", "linear", "brackets.txt", _inside("[" * 8000) + body),
        Case("combining-5000", "linear", "marks.txt", _inside("a" + "\u0301" * 5000) + body),
        Case("token-100k", "linear", "token.txt", _inside("x" * 100_000) + body),
        Case("token-200k", "linear", "token.txt", _inside("x" * 200_000) + body),
        Case("token-400k", "linear", "token.txt", _inside("x" * 400_000) + body),
        Case(
            "md-nested-100k",
            "linear",
            "nested.md",
            body + b"\n\n" + b"[" * 100_000 + b"\n\n" + body,
        ),
        Case("docx-whitespace-1g", "bomb", "blank.docx", whitespace_docx(1024)),
        Case("docx-20k-paragraphs", "bomb", "long.docx", docx_bytes(paragraphs(20_000))),
        Case("pdf-flate-bomb-1g", "bomb", "bomb.pdf", flate_bomb_pdf(1024)),
        Case(
            "docx-bad-content-types",
            "library",
            "a.docx",
            docx_bytes(paragraphs(3), content_types="<Types"),
        ),
        Case("docx-bad-document-xml", "library", "b.docx", docx_bytes("<w:p><w:r>")),
        Case("docx-corrupt-deflate", "library", "c.docx", corrupt_deflate()),
        Case("docx-unknown-method", "library", "d.docx", unknown_compression()),
        Case(
            "docx-wrong-root", "library", "e.docx", docx_bytes(paragraphs(3), root="w:notdocument")
        ),
        Case("docx-billion-laughs", "library", "f.docx", billion_laughs()),
        Case("pdf-aes256", "library", "g.pdf", aes256_pdf(), check=_stderr_lines),
        Case(
            "pdf-unknown-filter",
            "library",
            "h.pdf",
            pdf_bytes(TEXT_OPS, filters="/Filter /NoSuchDecode"),
            check=_stderr_lines,
        ),
        Case("pdf-truncated", "library", "i.pdf", pdf_bytes(TEXT_OPS)[:300], check=_stderr_lines),
        Case("eml-nested-1000", "library", "deep.eml", nested_eml(1000)),
        Case("stray-nul", "cli", "memo.txt", body[:100] + b"\x00" + body[100:]),
        Case("rtf", "cli", "letter.rtf", b"{\\rtf1\\ansi Hello world. " + body + b"}"),
        Case(
            "long-word-title",
            "cli",
            "word.txt",
            ("w" * 9000 + "\n\n").encode() + body,
            command="model",
        ),
        Case("out-is-file", "cli", "memo.txt", body, ("--out", "__FILE__")),
        Case("debug-after", "cli", "memo.txt", body, ("--debug",)),
        Case("dot-slash-dash", "cli", "-", body),
        *_render_cases(),
    ]


def _limit(memory_mb: int) -> Callable[[], None]:
    def apply() -> None:
        cap = memory_mb * 2**20
        resource.setrlimit(resource.RLIMIT_AS, (cap, cap))

    return apply


def run(case: Case, timeout: float, memory_mb: int) -> str:
    with tempfile.TemporaryDirectory(prefix="hostile-") as tmp:
        work = Path(tmp)
        src = work / case.file_name
        src.write_bytes(case.data)
        out = work / "out"
        args = [a if a != "__FILE__" else str(src) for a in case.args]
        target = "./-" if case.file_name == "-" else case.file_name
        cmd = [sys.executable, "-m", "reportgen", case.command, target, *args]
        if case.command in ("build", "render") and "--out" not in args:
            cmd += ["--out", str(out)]
        env = {**os.environ, "SOURCE_DATE_EPOCH": "1700000000"}
        start = time.perf_counter()
        proc = subprocess.Popen(
            cmd,
            cwd=work,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            preexec_fn=_limit(memory_mb),
            env=env,
        )
        status, rusage, timed_out = 0, None, False
        while True:
            pid, status, rusage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            if time.perf_counter() - start > timeout:
                proc.kill()
                _, status, rusage = os.wait4(proc.pid, 0)
                timed_out = True
                break
            time.sleep(0.02)
        elapsed = time.perf_counter() - start
        assert proc.stderr is not None
        err = proc.stderr.read().decode("utf-8", "replace")
        proc.stderr.close()
        code = os.waitstatus_to_exitcode(status)
        shown = (
            "timeout"
            if timed_out
            else (f"signal {signal.Signals(-code).name}" if code < 0 else str(code))
        )
        first = err.strip().splitlines()[-1][:90] if err.strip() else ""
        verdict = case.check(code, err, out) if case.check and not timed_out else ""
        return (
            f"{case.klass:8} {case.name:24} {elapsed:7.2f} s {rusage.ru_maxrss / 1024:8.0f} MB "
            f"exit {shown:8} {verdict} | {first}"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--timeout", type=float, default=20.0)
    parser.add_argument("--memory-mb", type=int, default=3072)
    parser.add_argument("--only", action="append", default=[])
    opts = parser.parse_args()
    print(f"{'class':8} {'case':24} {'time':>9} {'peak RSS':>11} exit")
    for case in cases():
        if opts.only and case.name not in opts.only and case.klass not in opts.only:
            continue
        print(run(case, opts.timeout, opts.memory_mb), flush=True)


if __name__ == "__main__":
    main()
