"""The `rilis` command line: a thin layer over the library."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Annotated, Optional

import typer

from . import __version__
from .options import DEFAULT_MAX_CHARS, Options

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="Typed, source-grounded records from Indonesian press releases.")

PatternsOpt = Annotated[Optional[Path], typer.Option(
    "--patterns", help="Directory of pattern files (default: the shipped patterns/).",
    exists=True, file_okay=False)]


def _date(value: Optional[str], flag: str) -> Optional[dt.date]:
    """Parse an ISO date option or exit with a usage error."""
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not an ISO date (YYYY-MM-DD)",
                                 param_hint=flag) from None


def _fail(message: str, code: int = 2) -> None:
    """Print an error to stderr and exit."""
    typer.echo(f"rilis: error: {message}", err=True)
    raise typer.Exit(code)


@app.command()
def extract(
    paths: Annotated[list[Path], typer.Argument(
        help="Files or directories of articles (directories are searched recursively).")],
    output: Annotated[Optional[Path], typer.Option(
        "-o", "--output", help="Output: a .jsonl or .parquet file, or a directory for CSV "
                               "(default: JSON Lines on stdout).")] = None,
    include_text: Annotated[bool, typer.Option("--include-text",
                                               help="Put the cleaned text in each record.")] = False,
    reference_date: Annotated[Optional[str], typer.Option(
        "--reference-date", help="Date (YYYY-MM-DD) missing years are inferred against.")] = None,
    patterns: PatternsOpt = None,
    max_chars: Annotated[int, typer.Option(help="Truncate longer cleaned texts.")] = DEFAULT_MAX_CHARS,
    fmt: Annotated[Optional[str], typer.Option(
        "--format", help="jsonl, parquet or csv (default: from OUT's extension, else jsonl).")] = None,
    workers: Annotated[Optional[int], typer.Option(
        "--workers", min=1, help="Worker processes (default: the cores; small batches run "
                                 "in one process).")] = None,
    resume: Annotated[bool, typer.Option(
        "--resume", help="Skip inputs already in OUT; repair a truncated tail left by a crash.")
    ] = False,
    errors: Annotated[Optional[Path], typer.Option(
        "--errors", help="Failed inputs, one JSON line each (default: <OUT>.errors.jsonl, or "
                         "stderr when OUT is stdout).")] = None,
    glob: Annotated[Optional[str], typer.Option(
        "--glob", help="File-name pattern for files inside directories (default: *.txt).")
    ] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q",
                                        help="No progress bar and no summary line.")] = False,
) -> None:
    """Extract records from articles: one record per input, written as they finish."""
    from .batch import BatchError, run_batch
    from .progress import terminal_progress
    from .readers import SourceError
    from .vocabulary import PatternError
    from .writers import OutputError

    options = Options(patterns_dir=str(patterns) if patterns else None,
                      reference_date=_date(reference_date, "--reference-date"),
                      include_text=include_text, max_chars=max_chars)

    def interrupted(summary) -> None:  # type: ignore[no-untyped-def]
        if not quiet:
            typer.echo(summary.line(), err=True)

    try:
        summary = run_batch(paths, output, options, workers=workers, resume=resume,
                            errors=errors, fmt=fmt, glob=glob,
                            progress=terminal_progress(quiet), on_interrupt=interrupted)
    except (SourceError, OutputError, PatternError) as exc:
        _fail(str(exc))
        return
    except BatchError as exc:
        _fail(str(exc), 1)
        return
    except KeyboardInterrupt:
        raise typer.Exit(130) from None
    if not quiet:
        typer.echo(summary.line(), err=True)
    if summary.failed:
        raise typer.Exit(1)


@app.command()
def evaluate(
    directory: Annotated[Path, typer.Argument(help="Corpus directory with .txt and .gold.json.")],
    errors: Annotated[bool, typer.Option("--errors", help="List every miss and false positive.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the report as JSON.")] = False,
    html: Annotated[bool, typer.Option("--html", help="Score the HTML twins instead.")] = False,
    today: Annotated[Optional[str], typer.Option(
        help="Date taken as today for articles nothing else dates.")] = None,
    patterns: PatternsOpt = None,
) -> None:
    """Score extraction against gold annotations: precision, recall, F1 per field."""
    from .evaluate import GoldError
    from .evaluate import evaluate as run
    from .vocabulary import PatternError

    options = Options(patterns_dir=str(patterns) if patterns else None,
                      today=_date(today, "--today"))
    try:
        report = run(directory, options, html=html)
    except (GoldError, PatternError) as exc:
        _fail(str(exc), 1)
        return
    if as_json:
        summary = report.as_dict()
        if errors:
            summary["errors"] = report.errors
        typer.echo(json.dumps(summary, indent=2, ensure_ascii=False))
        return
    from .report_table import print_report

    print_report(report, show_errors=errors)


@app.command()
def coverage(
    paths: Annotated[list[Path], typer.Argument(help="Corpus files or directories.")],
    patterns: PatternsOpt = None,
) -> None:
    """List pattern ids that produce values in only one document (overfitting suspects)."""
    from . import extract_many
    from .coverage import pattern_documents
    from .readers import discover, read_source

    options = Options(patterns_dir=str(patterns) if patterns else None)
    articles = extract_many(((s.text, s.metadata) for s in map(read_source, discover(paths))),
                            options=options)
    counts = pattern_documents(articles)
    single = {pid: docs for pid, docs in counts.items() if len(docs) == 1}
    typer.echo(f"{len(counts)} pattern ids produced values; {len(single)} in one document only:")
    for pid, docs in sorted(single.items()):
        typer.echo(f"  {pid}\t{Path(next(iter(docs))).name}")


@app.command()
def schema(
    markdown: Annotated[bool, typer.Option("--markdown",
                                           help="Print the README's field reference instead.")] = False,
) -> None:
    """Print the JSON Schema of the records."""
    if markdown:
        from .fieldref import field_reference

        typer.echo(field_reference())
        return
    from .records import Article

    typer.echo(json.dumps(Article.model_json_schema(by_alias=True), indent=2))


@app.command()
def version() -> None:
    """Print the version."""
    typer.echo(__version__)


def main() -> None:
    """Console-script entry point."""
    app()
