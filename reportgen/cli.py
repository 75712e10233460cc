"""The command line: parse arguments, call the pipeline, turn failures into one line and a code."""

from __future__ import annotations

import gc
import json
import os
import signal
import sys
import threading
import traceback
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import click

from reportgen import __version__, _dccache

_dccache.install()  # before the imports below define reportgen's records

from reportgen.errors import ReportgenError, UsageError  # noqa: E402
from reportgen.read.limits import DEFAULT_LIMITS, Limits  # noqa: E402

if TYPE_CHECKING:
    from reportgen.pipeline import Options

EXIT_CODES = """\b
Exit codes:
  0   success
  2   usage error (bad option or value)
  65  bad input (empty, binary, broken or not really a .docx/.pdf/.eml,
      no sentences, past an input limit)
  66  input missing or unreadable
  69  mail server unreachable, or it refused the message
  70  internal error (one line; add --debug for the traceback)
  73  output folder or file not writable
  129 stopped by SIGHUP: temporaries removed, a pack being renamed
      is finished first
  130 interrupted (Ctrl-C), the same way
  143 stopped by SIGTERM, the same way"""

_FORMATS = ("pdf", "docx", "pptx", "email", "json")
_EXTRA_FORMATS = ("handout",)
"""Written only when asked for: the handout (<stem>-handout.pdf, each slide with its notes)."""


def _parse_date(_ctx: click.Context, _param: click.Parameter, value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date in YYYY-MM-DD form") from None


def _parse_formats(_ctx: click.Context, _param: click.Parameter, value: str) -> tuple[str, ...]:
    names = tuple(dict.fromkeys(n.strip().lower() for n in value.split(",") if n.strip()))
    known = (*_FORMATS, *_EXTRA_FORMATS)
    unknown = [n for n in names if n not in known]
    if unknown or not names:
        raise click.BadParameter(
            f"unknown format {', '.join(unknown) or '(none)'}; choose from {','.join(known)}"
        )
    return names


class _ReaderGone(Exception):
    """Standard output's reader left; click would make that exit 1, so it travels as this."""


def _emit(text: str) -> None:
    """One line of output; a closed pipe ends the run quietly (see main)."""
    try:
        click.echo(text)
    except BrokenPipeError as err:
        raise _ReaderGone from err


def _warn(message: str) -> None:
    click.echo(f"reportgen: warning: {message}", err=True)


_date_option = click.option(
    "--date",
    "document_date",
    metavar="YYYY-MM-DD",
    callback=_parse_date,
    help="The document's own date: the anchor for 'last week', 'recently'. "
    "Default: the date a web page, Markdown file or email states it was written; "
    "without one, relative dates stay relative.",
)


def _as_paths(_ctx: click.Context, _param: click.Parameter, value: object) -> object:
    """ "-" is standard input; any other spelling of it ("./-") is the file named "-".

    pathlib reads "./-" as "-", so such a file is given by its absolute path.
    """
    if isinstance(value, tuple):
        return tuple(_as_path(v) for v in value)
    return _as_path(value) if isinstance(value, str) else value


def _as_path(raw: str) -> Path:
    if raw == "-":
        return Path("-")
    path = Path(raw)
    return path.absolute() if path == Path("-") else path


_email_option = click.option(
    "--email",
    type=click.Choice(["short", "full"]),
    default="short",
    show_default=True,
    help="The email's body: the bottom line, key points, decisions and a compact timeline "
    "with the brief attached (short), or the whole brief (full).",
)

_files_argument = click.argument(
    "files",
    nargs=-1,
    required=True,
    type=click.Path(allow_dash=True),
    callback=_as_paths,
)
_file_argument = click.argument("file", type=click.Path(allow_dash=True), callback=_as_paths)


def _limit_options(command: Callable[..., None]) -> Callable[..., None]:
    """The input limits: past one, the run stops with exit 65 and a line naming it."""
    defaults = DEFAULT_LIMITS
    for flag, default, what in reversed(
        (
            ("--max-input-mb", defaults.input_mb, "Largest input file read, in MB."),
            (
                "--max-part-mb",
                defaults.part_mb,
                "Largest decompressed part of a .docx or stream of a PDF, in MB.",
            ),
            ("--max-depth", defaults.depth, "Deepest nesting of email parts."),
        )
    ):
        command = click.option(
            flag,
            type=click.IntRange(min=1),
            default=default,
            show_default=True,
            help=what,
        )(command)
    return command


def _debug_option(command: Callable[..., None]) -> Callable[..., None]:
    """--debug after the subcommand too; main() reads it from argv either way."""
    return click.option("--debug", "_debug", is_flag=True, hidden=True)(command)


def _limits(max_input_mb: int, max_part_mb: int, max_depth: int) -> Limits:
    return Limits(input_mb=max_input_mb, part_mb=max_part_mb, depth=max_depth)


@click.group(
    context_settings={"help_option_names": ["-h", "--help"]},
    epilog=EXIT_CODES,
)
@click.version_option(__version__, prog_name="reportgen")
# main() reads --debug from argv itself: errors raised while click parses must honour it too.
@click.option("--debug", is_flag=True, help="Show a traceback on internal errors.")
def cli(debug: bool) -> None:
    """Turn a document into a briefing pack: PDF brief, Word document, slide deck, email, JSON.

    \b
    Example:
      reportgen build seeds/homs.txt --date 2024-12-01
    """


@cli.command(epilog=EXIT_CODES)
@_files_argument
@click.option(
    "--out",
    "out_dir",
    default="out",
    show_default=True,
    type=click.Path(path_type=Path),
    help="Folder for the outputs; created if missing (a file there: exit 73).",
)
@click.option(
    "--formats",
    default=",".join(_FORMATS),
    show_default=True,
    callback=_parse_formats,
    help="Comma-separated formats to write.",
)
@_date_option
@click.option("--title", help="Title of the brief (default: drawn from the document).")
@click.option(
    "--detail",
    type=click.Choice(["brief", "standard", "full"]),
    default="standard",
    show_default=True,
    help="How much of a long document the brief keeps.",
)
@_limit_options
@_debug_option
@_email_option
@click.option(
    "--jobs",
    type=click.IntRange(min=1),
    default=None,
    help="Documents built at once, each in its own process.  [default: the CPU count]",
)
@click.option(
    "--paper",
    type=click.Choice(["a4", "letter"], case_sensitive=False),
    default="a4",
    show_default=True,
    help="Paper size of the PDF and the Word document.",
)
@click.option(
    "--template",
    "templates",
    multiple=True,
    type=click.Path(path_type=Path, dir_okay=False),
    metavar="FILE.docx|FILE.pptx",
    help="A house Word or PowerPoint file whose styles, masters, layouts and theme the "
    "document and deck take (give it twice for both).",
)
@click.option(
    "--theme",
    "theme_file",
    type=click.Path(path_type=Path, dir_okay=False),
    metavar="FILE.json",
    help='Colours and a logo for the PDF and email: {"accent": "1F4E79", "logo": "logo.png"}.',
)
def build(
    files: tuple[Path, ...],
    out_dir: Path,
    formats: tuple[str, ...],
    document_date: date | None,
    title: str | None,
    detail: str,
    max_input_mb: int,
    max_part_mb: int,
    max_depth: int,
    _debug: bool,
    email: str,
    jobs: int | None,
    paper: str,
    templates: tuple[Path, ...],
    theme_file: Path | None,
) -> None:
    """Write DIR/<stem>.pdf .docx .pptx .eml .json for each FILE ("-": standard input,
    written as DIR/stdin.*); a folder stands for the files in it.

    Each pack is rendered whole before any of its files is written, and each file is written
    atomically: a failed pack leaves no new file and never replaces a good one. With several
    documents, a bad one is reported in one line and the others are still built; the exit
    code is that of the first failure in argument order. Progress goes to stderr: a bar on a
    terminal, one line per document otherwise.
    """
    from dataclasses import replace

    from reportgen import batch
    from reportgen import templates as house
    from reportgen.layout import DEFAULT_THEME
    from reportgen.pipeline import Options
    from reportgen.pipeline import build as build_all

    theme = replace(DEFAULT_THEME, paper=paper.lower())
    if theme_file is not None:
        theme = house.load_theme(theme_file, theme)
    loaded = house.load(templates)  # checked before anything is read, rendered or written
    theme = replace(theme, docx_template=loaded.docx, pptx_template=loaded.pptx)
    options = Options(
        document_date=document_date,
        title=title,
        detail=detail,  # type: ignore[arg-type]
        theme=theme,
        warn=_warn,
        limits=_limits(max_input_mb, max_part_mb, max_depth),
        email=email,  # type: ignore[arg-type]
    )
    paths = batch.expand(files)
    if len(paths) == 1:
        for path in build_all(paths, out_dir, formats, options):
            _emit(str(path))
        return
    _build_many(paths, out_dir, formats, options, jobs or batch.default_jobs())


def _build_many(
    paths: list[Path], out_dir: Path, formats: tuple[str, ...], options: Options, jobs: int
) -> None:
    from reportgen import batch, progress

    codes: dict[Path, int] = {}
    for outcome in progress.show(batch.run(paths, out_dir, formats, options, jobs), len(paths)):
        codes[outcome.path] = outcome.exit_code
        for written in outcome.written:
            _emit(str(written))
    failed = [codes[p] for p in paths if codes.get(p)]
    if failed:
        sys.exit(failed[0])


@cli.command(epilog=EXIT_CODES)
@click.argument("model_file", metavar="MODEL.json", type=click.Path(path_type=Path))
@click.option(
    "--out",
    "out_dir",
    default="out",
    show_default=True,
    type=click.Path(path_type=Path, file_okay=False),
    help="Folder for the outputs; created if missing.",
)
@click.option(
    "--formats",
    default="pdf,docx,pptx,email",
    show_default=True,
    callback=_parse_formats,
    help="Comma-separated formats to write.",
)
@_email_option
@_debug_option
def render(
    model_file: Path, out_dir: Path, formats: tuple[str, ...], email: str, _debug: bool
) -> None:
    """Draw a model (a <stem>.json, perhaps corrected by hand) again: write DIR/<stem of
    MODEL.json>.pdf and the other formats with the same plan and renderers as build.

    The model is checked against the shipped schema first; one that breaks it exits 65 with
    one line naming the first bad field, and nothing is written.
    """
    from reportgen.fsio import ensure_dir, recover_packs, stem_of_name, write_all
    from reportgen.modelfile import load_model
    from reportgen.pipeline import SUFFIX, Options, render_pack

    stem = model_file.stem
    recover_packs(out_dir, (stem_of_name(f"{stem}{SUFFIX[fmt]}") for fmt in formats))
    brief = load_model(model_file)
    options = Options(email=email)  # type: ignore[arg-type]
    pack = render_pack(brief, formats, options, stem=stem)
    files = {out_dir / f"{stem}{SUFFIX[fmt]}": data for fmt, data in pack.items()}
    if model_file.resolve() in {p.resolve() for p in files if p.exists()}:
        raise UsageError(f"{model_file} would be overwritten by its own output; use --out")
    ensure_dir(out_dir)
    write_all(files)
    for path in files:
        _emit(str(path))


@cli.command(epilog=EXIT_CODES)
@click.argument("eml", metavar="EML", type=click.Path(path_type=Path))
@click.option(
    "--to",
    "to",
    multiple=True,
    required=True,
    metavar="ADDR",
    help="A recipient; repeat for several.",
)
@click.option(
    "--from",
    "sender",
    metavar="ADDR",
    help="The sender (default: the From of the .eml).",
)
@click.option(
    "--smtp",
    "server",
    default="localhost",
    show_default=True,
    metavar="HOST[:PORT]",
    help="The mail server (port default: 25; 587 with --starttls; 465 with --ssl).",
)
@click.option(
    "--starttls", "security", flag_value="starttls", help="Upgrade to TLS after connecting."
)
@click.option("--ssl", "security", flag_value="ssl", help="Connect over TLS from the start.")
@click.option(
    "--user",
    metavar="USER",
    help="Log in as USER; the password is read from REPORTGEN_SMTP_PASSWORD, never a flag.",
)
def send(
    eml: Path,
    to: tuple[str, ...],
    sender: str | None,
    server: str,
    security: str | None,
    user: str | None,
) -> None:
    """Send a built EML (the draft in a pack) to the --to addresses through an SMTP server.

    The draft's placeholder recipients become the --to addresses; the body and the attached
    files go byte for byte as built.
    """
    from reportgen.send import Server, send_file

    target = Server.parse(server, security or "plain", user)
    accepted = send_file(eml, list(to), sender, target)
    click.echo(f"sent {eml.name} to {', '.join(accepted)}")


@cli.command(epilog=EXIT_CODES)
@_files_argument
@_date_option
@click.option("--title", help="Title of the brief (default: drawn from the document).")
@_limit_options
@_debug_option
def model(
    files: tuple[Path, ...],
    document_date: date | None,
    title: str | None,
    max_input_mb: int,
    max_part_mb: int,
    max_depth: int,
    _debug: bool,
) -> None:
    """Print the summary model as JSON (several files: JSON Lines, in argument order)."""
    from reportgen.pipeline import Options, brief_of, model_json

    limits = _limits(max_input_mb, max_part_mb, max_depth)
    options = Options(document_date=document_date, title=title, warn=_warn, limits=limits)
    briefs = [brief_of(path, options) for path in files]
    if len(briefs) == 1:
        _emit(model_json(briefs[0]))
    else:
        for brief in briefs:
            _emit(json.dumps(brief.to_json(), ensure_ascii=False))


@cli.command(epilog=EXIT_CODES)
@_file_argument
@_date_option
@_limit_options
@_debug_option
def times(
    file: Path,
    document_date: date | None,
    max_input_mb: int,
    max_part_mb: int,
    max_depth: int,
    _debug: bool,
) -> None:
    """Print the temporal expressions of FILE as JSON: start, end, text, type, value.

    Offsets index the file's text exactly as decoded (BOM removed, line ends kept); for Word,
    PDF, web page, Markdown and email files, the text read from them.
    """
    from reportgen.read import read
    from reportgen.summarize.timex import tag

    source = read(file, _limits(max_input_mb, max_part_mb, max_depth))
    for warning in source.warnings:
        _warn(warning)
    found = [
        {"start": t.start, "end": t.end, "text": t.text, "type": t.type, "value": t.value}
        for t in tag(source.text, source.dated(document_date))
    ]
    _emit(json.dumps(found, ensure_ascii=False, indent=1))


class _Stopped(BaseException):
    """SIGTERM or SIGHUP, raised where the run stands, so it removes its temporaries and
    releases its locks on the way out (the default action would end it on the spot)."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


def _stop(signum: int, _frame: object) -> None:
    raise _Stopped(signum)


_STOPPING = (signal.SIGTERM, signal.SIGHUP)
OLDER_GC_THRESHOLD = 1000
"""Youngest-generation collections between two of an older generation while a command runs
(CPython's default: 10). A build makes many long-lived objects (modules, rule tables, fonts,
document trees) and little cyclic garbage, so at the default the collector walks all of them
again and again: about 30 ms of the sample's cold build and 60 ms of a 1 MB pack, against 5 MB
more peak memory for the 1 MB pack. Short-lived cycles are still collected as often."""


def main(argv: list[str] | None = None) -> None:
    """Entry point: every failure ends as one line on stderr and a documented exit code."""
    debug = "--debug" in (argv if argv is not None else sys.argv[1:])
    main_thread = threading.current_thread() is threading.main_thread()
    before = {sig: signal.signal(sig, _stop) for sig in _STOPPING} if main_thread else {}
    thresholds = gc.get_threshold()
    gc.set_threshold(thresholds[0], OLDER_GC_THRESHOLD, OLDER_GC_THRESHOLD)
    try:
        _main(argv, debug)
    except _Stopped as err:
        click.echo(f"reportgen: stopped by {signal.Signals(err.signum).name}", err=True)
        sys.exit(128 + err.signum)
    finally:
        gc.set_threshold(*thresholds)
        for sig, handler in before.items():
            signal.signal(sig, handler)


def _main(argv: list[str] | None, debug: bool) -> None:
    try:
        cli.main(args=argv, prog_name="reportgen", standalone_mode=False)
        sys.stdout.flush()  # a closed pipe shows here, inside the handlers, not at exit
    except click.exceptions.Abort:
        click.echo("reportgen: aborted", err=True)
        sys.exit(130)
    except click.exceptions.NoArgsIsHelpError as err:
        click.echo(err.ctx.get_help() if err.ctx else str(err), err=True)
        sys.exit(2)
    except click.ClickException as err:
        hint = " (see --help)" if isinstance(err, click.UsageError) else ""
        click.echo(f"reportgen: {err.format_message()}{hint}", err=True)
        sys.exit(err.exit_code)
    except ReportgenError as err:
        if debug:
            traceback.print_exc()
        message = str(err).replace("\n", " ")
        click.echo(f"reportgen: {message}", err=True)
        sys.exit(err.exit_code if not isinstance(err, UsageError) else 2)
    except (BrokenPipeError, _ReaderGone):
        _drop_stdout()
        sys.exit(0)
    except Exception as err:
        if debug:
            traceback.print_exc()
        click.echo(f"reportgen: internal error: {type(err).__name__}: {err}", err=True)
        sys.exit(70)


def _drop_stdout() -> None:
    """The reader of our output left (``| head -c 1``): whatever is still buffered goes
    nowhere, so Python's flush at exit cannot fail on the same pipe and print a traceback."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):
        pass  # no file descriptor (a test's captured stdout): nothing will flush to a pipe
