"""The command line: parse arguments, call the pipeline, turn failures into one line and a code."""

from __future__ import annotations

import json
import sys
import traceback
from datetime import date
from pathlib import Path

import click

from reportgen import __version__
from reportgen.errors import ReportgenError, UsageError

EXIT_CODES = """\b
Exit codes:
  0   success
  2   usage error (bad option or value)
  65  bad input (empty, binary, not really a .docx/.pdf, no sentences)
  66  input missing or unreadable
  70  internal error (one line; add --debug for the traceback)
  73  output folder or file not writable"""

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
_files_argument = click.argument(
    "files", nargs=-1, required=True, type=click.Path(path_type=Path, allow_dash=True)
)


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
    type=click.Path(path_type=Path, file_okay=False),
    help="Folder for the outputs; created if missing.",
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
    paper: str,
    templates: tuple[Path, ...],
    theme_file: Path | None,
) -> None:
    """Write DIR/<stem>.pdf .docx .pptx .eml .json for each FILE ("-": standard input,
    written as DIR/stdin.*).

    Everything is rendered before anything is written, and each file is written
    atomically: a failed run leaves no new file and never replaces a good one.
    """
    from dataclasses import replace

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
    )
    for path in build_all(files, out_dir, formats, options):
        click.echo(str(path))


@cli.command(epilog=EXIT_CODES)
@_files_argument
@_date_option
@click.option("--title", help="Title of the brief (default: drawn from the document).")
def model(files: tuple[Path, ...], document_date: date | None, title: str | None) -> None:
    """Print the summary model as JSON (several files: JSON Lines, in argument order)."""
    from reportgen.pipeline import Options, brief_of, model_json

    options = Options(document_date=document_date, title=title, warn=_warn)
    briefs = [brief_of(path, options) for path in files]
    if len(briefs) == 1:
        click.echo(model_json(briefs[0]))
    else:
        for brief in briefs:
            click.echo(json.dumps(brief.to_json(), ensure_ascii=False))


@cli.command(epilog=EXIT_CODES)
@click.argument("file", type=click.Path(path_type=Path, allow_dash=True))
@_date_option
def times(file: Path, document_date: date | None) -> None:
    """Print the temporal expressions of FILE as JSON: start, end, text, type, value.

    Offsets index the file's text exactly as decoded (BOM removed, line ends kept); for Word,
    PDF, web page, Markdown and email files, the text read from them.
    """
    from reportgen.read import read
    from reportgen.summarize.timex import tag

    source = read(file)
    for warning in source.warnings:
        _warn(warning)
    found = [
        {"start": t.start, "end": t.end, "text": t.text, "type": t.type, "value": t.value}
        for t in tag(source.text, source.dated(document_date))
    ]
    click.echo(json.dumps(found, ensure_ascii=False, indent=1))


def main(argv: list[str] | None = None) -> None:
    """Entry point: every failure ends as one line on stderr and a documented exit code."""
    debug = "--debug" in (argv if argv is not None else sys.argv[1:])
    try:
        cli.main(args=argv, prog_name="reportgen", standalone_mode=False)
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
    except BrokenPipeError:
        sys.exit(0)
    except Exception as err:
        if debug:
            traceback.print_exc()
        click.echo(f"reportgen: internal error: {type(err).__name__}: {err}", err=True)
        sys.exit(70)
