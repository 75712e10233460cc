"""How a batch shows its progress: a bar on a terminal, one plain line per document otherwise.

A log file or a CI job needs lines it can grep; a person at a terminal needs to see how far it
is. Both go to stderr, so stdout keeps only the paths written, as for a single document.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import TextIO

from reportgen.batch import Outcome


def show(
    outcomes: Iterable[Outcome], total: int, stream: TextIO | None = None
) -> Iterator[Outcome]:
    """Pass every outcome through, telling the user of each as it finishes."""
    stream = stream or sys.stderr
    bar = _bar(stream, total) if stream.isatty() else _plain(stream, total)
    with bar as tell:
        for done, outcome in enumerate(outcomes, 1):
            tell(outcome, done)
            yield outcome


def line(outcome: Outcome, done: int, total: int) -> str:
    """The one line a document gets: what was built, or why not."""
    if outcome.error is not None:
        return f"reportgen: {outcome.error}"
    count = len(outcome.written)
    return f"reportgen: [{done}/{total}] {outcome.path}: {count} file{'' if count == 1 else 's'}"


@contextmanager
def _plain(stream: TextIO, total: int) -> Iterator[Callable[[Outcome, int], None]]:
    def tell(outcome: Outcome, done: int) -> None:
        for warning in outcome.warnings:
            print(f"reportgen: warning: {warning}", file=stream, flush=True)
        print(line(outcome, done, total), file=stream, flush=True)

    yield tell


@contextmanager
def _bar(stream: TextIO, total: int) -> Iterator[Callable[[Outcome, int], None]]:
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeRemainingColumn,
    )
    from rich.text import Text

    console = Console(file=stream)
    columns = (
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
    )
    with Progress(*columns, console=console, transient=False) as progress:
        task = progress.add_task("Building", total=total)

        def tell(outcome: Outcome, done: int) -> None:
            for warning in outcome.warnings:
                progress.console.print(Text(f"reportgen: warning: {warning}"))
            if outcome.error is not None:
                progress.console.print(Text(line(outcome, done, total), style="red"))
            progress.update(task, completed=done)

        yield tell
