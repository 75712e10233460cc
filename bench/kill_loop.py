"""Kill loop and concurrency loop: does a pack ever end mixed, or leave temporaries behind?

Every run builds the same stem into one folder with its own ``--title "Run N"``, which each of
the five files carries (JSON title, email Subject, PDF/DOCX/PPTX title metadata); a pack is
mixed when its files name different runs.

* Kill loops: for each ``--signal`` (SIGTERM, then SIGKILL by default), ``--kills`` runs are
  stopped by it, half at a random moment of the run and half just after the first temporary
  file appears (the write phase). After each kill the folder is checked as it stands, before
  any later run, then again after :func:`reportgen.fsio.recover_packs` (what the next run of
  the stem does before anything else, under its lock).
* Concurrency loop: ``--runs`` runs, started ``--at-once`` at a time into one folder; after
  each batch the pack must be whole, from one run, with no temporary left.

    python bench/kill_loop.py [--kills 50] [--runs 50] [--at-once 3] [--seed 1] [--signal TERM]
"""

from __future__ import annotations

import argparse
import io
import json
import random
import signal
import subprocess
import sys
import tempfile
import time
from email import message_from_bytes, policy
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import docx  # noqa: E402
import pptx  # noqa: E402
import pypdf  # noqa: E402

try:
    from reportgen.fsio import recover_packs
except ImportError:  # a version that finishes a killed run's renames only as it writes

    def recover_packs(folder: Path, stems: list[str]) -> None:
        return None


ROOT = Path(__file__).resolve().parents[1]
SEED_DOC = ROOT / "seeds" / "homs.txt"
OURS = (".reportgen-tmp", ".reportgen-commit", ".reportgen-lock", ".part")
SUFFIXES = (".pdf", ".docx", ".pptx", ".eml", ".json")


def run_of(path: Path) -> str:
    """The "Run N" a file says it came from, read with the file's own library."""
    data = path.read_bytes()
    if path.suffix == ".json":
        return str(json.loads(data)["title"])
    if path.suffix == ".eml":
        return str(message_from_bytes(data, policy=policy.default)["Subject"]).split(": ", 1)[1]
    if path.suffix == ".pdf":
        meta = pypdf.PdfReader(io.BytesIO(data)).metadata
        return str(meta.title if meta else "")
    if path.suffix == ".docx":
        return str(docx.Document(io.BytesIO(data)).core_properties.title)
    return str(pptx.Presentation(io.BytesIO(data)).core_properties.title)


def pack_state(folder: Path) -> tuple[set[str], int, bool]:
    """(runs the five files name, temporaries of ours left, commit note pending)."""
    names = set(p.name for p in folder.iterdir())
    runs = {run_of(folder / f"homs{s}") for s in SUFFIXES if f"homs{s}" in names}
    temps = sum(n.endswith((OURS[0], OURS[3])) for n in names)
    return runs, temps, ".homs.reportgen-commit" in names


def command(out: Path, n: int) -> list[str]:
    return [sys.executable, "-m", "reportgen", "build", str(SEED_DOC), "--out", str(out),
            "--title", f"Run {n}"]  # fmt: skip


def timed_run(out: Path, n: int) -> float:
    start = time.monotonic()
    proc = subprocess.run(command(out, n), capture_output=True, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr.decode()
    return time.monotonic() - start


def wait_for_temporary(proc: subprocess.Popen[bytes], folder: Path) -> None:
    while proc.poll() is None:
        if any(p.name.endswith((OURS[0], OURS[3])) for p in folder.iterdir()):
            return
        time.sleep(0.0005)


def kill_loop(folder: Path, kills: int, sig: signal.Signals, rng: random.Random) -> None:
    """``kills`` runs stopped by ``sig``: half at a random moment, half in the write phase."""
    span = timed_run(folder, 0)
    mixed_now = mixed_after = pending = finished = killed = temps_left = 0
    n = 0
    started = time.monotonic()
    while killed < kills:
        n += 1
        proc = subprocess.Popen(
            command(folder, n), cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        if n % 2:
            time.sleep(rng.uniform(0, span))
        else:
            wait_for_temporary(proc, folder)
            time.sleep(rng.uniform(0, 0.02))
        proc.send_signal(sig)
        proc.wait()
        if proc.returncode == 0:
            finished += 1
            span *= 0.9
            continue
        killed += 1
        runs, temps, note = pack_state(folder)  # as the kill left it, before any later run
        mixed_now += len(runs) > 1
        pending += note
        temps_left += temps
        recover_packs(folder, ["homs"])  # what the next run of the stem does first
        runs, _, _ = pack_state(folder)
        mixed_after += len(runs) > 1
    timed_run(folder, n + 1)
    runs, temps, note = pack_state(folder)
    print(
        f"kill loop: {killed} kills ({sig.name}, seed-driven), {finished} runs ended before "
        f"their kill, {time.monotonic() - started:.0f} s\n"
        f"  mixed packs right after a kill: {mixed_now} (commit note pending: {pending})\n"
        f"  mixed packs once the next run has started: {mixed_after}\n"
        f"  temporaries found right after the kills: {temps_left} in all; after one more run: "
        f"{temps}; note pending: {note}; pack now from {sorted(runs)}",
        flush=True,
    )


def concurrency_loop(folder: Path, runs: int, at_once: int) -> None:
    mixed = leftovers = failed = done = 0
    started = time.monotonic()
    while done < runs:
        batch = range(done + 1, done + 1 + min(at_once, runs - done))
        procs = [
            subprocess.Popen(
                command(folder, 1000 + n),
                cwd=ROOT,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.PIPE,
            )  # fmt: skip
            for n in batch
        ]
        for proc in procs:
            _, err = proc.communicate(timeout=600)
            failed += proc.returncode != 0
        done += len(procs)
        found, temps, note = pack_state(folder)
        mixed += len(found) > 1
        leftovers += temps + note + any(p.name.endswith(OURS[2]) for p in folder.iterdir())
    print(
        f"concurrency loop: {done} runs, {at_once} at a time into one folder, "
        f"{time.monotonic() - started:.0f} s\n"
        f"  failed runs: {failed}; mixed packs: {mixed}; batches leaving temporaries, notes "
        f"or locks: {leftovers}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=50)
    parser.add_argument("--runs", type=int, default=50)
    parser.add_argument("--at-once", type=int, default=3)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument(
        "--signal",
        type=lambda name: signal.Signals[f"SIG{name.upper().removeprefix('SIG')}"],
        action="append",
        help="KILL, TERM, INT or HUP; repeat for several loops (default: TERM then KILL)",
    )
    opts = parser.parse_args()
    opts.signal = opts.signal or [signal.SIGTERM, signal.SIGKILL]
    with tempfile.TemporaryDirectory(prefix="kill-loop-") as tmp:
        for sig in opts.signal:
            name = f"kills-{sig.name}"
            kill_loop(Path(tmp) / name, opts.kills, sig, random.Random(opts.seed))
        concurrency_loop(Path(tmp) / "together", opts.runs, opts.at_once)


if __name__ == "__main__":
    main()
