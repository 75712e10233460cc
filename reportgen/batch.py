"""Many documents at once: files and folders in, one pack each, spread over a process pool.

Each document is its own pack: a bad file is reported in one line and the others are still
built, since one unreadable attachment in a folder of a hundred reports must not cost the
other ninety-nine. Within a pack nothing changes: all its files are rendered, then written.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from reportgen.errors import InputMissing, ReportgenError, UsageError
from reportgen.pipeline import Options, build
from reportgen.read import STDIN, stem_of

if TYPE_CHECKING:
    from concurrent.futures import Future


@dataclass(frozen=True, slots=True)
class Outcome:
    """What became of one document: the files written, or the one line saying why not."""

    path: Path
    written: tuple[Path, ...] = ()
    warnings: tuple[str, ...] = ()
    error: str | None = None
    """The failure as one line (no "reportgen: " prefix); None when the pack was written."""
    exit_code: int = 0


def expand(paths: Sequence[Path]) -> list[Path]:
    """Files as given, and each folder's files (not hidden, not in sub-folders) by name.

    Output names must not collide: two inputs with one stem are a usage error before any
    work starts.
    """
    out: list[Path] = []
    for path in paths:
        if path != STDIN and path.is_dir():
            found = sorted(p for p in path.iterdir() if p.is_file() and not p.name.startswith("."))
            if not found:
                raise InputMissing(path, "the folder holds no files")
            out += found
        else:
            out.append(path)
    stems = [stem_of(p) for p in out]
    clash = sorted({s for s in stems if stems.count(s) > 1})
    if clash:
        raise UsageError(f"two inputs would write the same outputs: {', '.join(clash)}")
    return out


def default_jobs() -> int:
    """The CPUs this process may run on (a container's share, not the host's count)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def build_one(path: Path, out_dir: Path, formats: Sequence[str], options: Options) -> Outcome:
    """Build and write one pack; any failure comes back as a value, so a pool never breaks."""
    warnings: list[str] = []
    options = replace(options, warn=warnings.append)
    try:
        written = build([path], out_dir, formats, options)
    except ReportgenError as err:
        code = 2 if isinstance(err, UsageError) else err.exit_code
        return Outcome(path, (), tuple(warnings), " ".join(str(err).split()), code)
    except Exception as err:  # a bug on one input must not stop the others
        line = f"{path}: internal error: {type(err).__name__}: {' '.join(str(err).split())}"
        return Outcome(path, (), tuple(warnings), line, 70)
    return Outcome(path, tuple(written), tuple(warnings))


def run(
    paths: Sequence[Path],
    out_dir: Path,
    formats: Sequence[str],
    options: Options,
    jobs: int,
) -> Iterator[Outcome]:
    """Yield each document's outcome as it finishes (in pool order, not argument order)."""
    if jobs <= 1 or len(paths) <= 1 or STDIN in paths:
        for path in paths:
            yield build_one(path, out_dir, formats, options)
        return
    from concurrent.futures import ProcessPoolExecutor  # one document never needs a pool

    warm(formats)  # forked workers start with the libraries loaded and the fonts parsed
    quiet = replace(options, warn=Options().warn)  # the CLI's printer stays in this process
    with ProcessPoolExecutor(max_workers=min(jobs, len(paths))) as pool:
        futures = [pool.submit(build_one, p, out_dir, formats, quiet) for p in paths]
        yield from _as_done(futures)


def _as_done(futures: list[Future[Outcome]]) -> Iterator[Outcome]:
    from concurrent.futures import as_completed

    for future in as_completed(futures):
        yield future.result()


def warm(formats: Sequence[str]) -> None:
    """Load what every pack needs once, before the pool forks, so no worker loads it again."""
    import reportgen.summarize  # noqa: F401  (most of its patterns compile at import)
    from reportgen.render import FORMATS, renderer_for

    wanted = set(formats)
    for fmt in FORMATS:
        if fmt in wanted or "email" in wanted:
            renderer_for(fmt)
