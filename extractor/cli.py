"""The `rilis` command line: a thin layer over the library."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Annotated, Optional

import typer

from . import __version__
from .fetch import FetchOptions
from .options import DEFAULT_MAX_CHARS, Options

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="Typed, source-grounded records from Indonesian press releases.")

# The fetch command's defaults are FetchOptions' own (defined once, there).
FetchDefaults = FetchOptions()

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
    paths: Annotated[list[str], typer.Argument(
        help="Files or directories of articles (.txt, .html; searched recursively), .jsonl "
             "datasets, http(s) URLs.")],
    output: Annotated[Optional[Path], typer.Option(
        "-o", "--output", help="Output: a .jsonl or .parquet file, or a directory for CSV "
                               "(default: JSON Lines on stdout).")] = None,
    include_text: Annotated[bool, typer.Option("--include-text",
                                               help="Put the cleaned text in each record.")] = False,
    reference_date: Annotated[Optional[str], typer.Option(
        "--reference-date", help="Date (YYYY-MM-DD) missing years are inferred against.")] = None,
    patterns: PatternsOpt = None,
    max_chars: Annotated[int, typer.Option(help="Truncate longer cleaned texts.")] = DEFAULT_MAX_CHARS,
    allow_private: Annotated[bool, typer.Option(
        "--allow-private", help="Let URL inputs reach private or loopback addresses.")] = False,
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
    engine: Annotated[str, typer.Option(
        "--engine", help="local, or dask: a Dask cluster writes OUT as a directory of "
                         "parts (needs rilis[dask]).")] = "local",
    scheduler: Annotated[Optional[str], typer.Option(
        "--scheduler", help="Dask scheduler address (tcp://host:8786); default: a local "
                            "cluster of --workers processes.")] = None,
) -> None:
    """Extract records from articles: one record per input, written as they finish."""
    from .batch import BatchError, run_batch
    from .fetch import url_reader
    from .progress import terminal_progress
    from .readers import SourceError
    from .vocabulary import PatternError
    from .writers import OutputError

    options = Options(patterns_dir=str(patterns) if patterns else None,
                      reference_date=_date(reference_date, "--reference-date"),
                      include_text=include_text, max_chars=max_chars)

    if engine == "dask":
        _extract_on_dask(paths, output, options, fmt=fmt, scheduler=scheduler,
                         workers=workers, resume=resume, errors=errors, glob=glob,
                         allow_private=allow_private, quiet=quiet)
        return
    if engine != "local":
        raise typer.BadParameter(f"{engine!r}: expected local or dask", param_hint="--engine")
    if scheduler is not None:
        _fail("--scheduler needs --engine dask")

    def interrupted(summary) -> None:  # type: ignore[no-untyped-def]
        if not quiet:
            typer.echo(summary.line(), err=True)

    try:
        summary = run_batch(paths, output, options, workers=workers, resume=resume,
                            errors=errors, fmt=fmt, glob=glob,
                            progress=terminal_progress(quiet), on_interrupt=interrupted,
                            read_url=url_reader(allow_private=allow_private))
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


def _extract_on_dask(paths: list[str], output: Optional[Path], options: Options, *,
                     fmt: Optional[str], scheduler: Optional[str], workers: Optional[int],
                     resume: bool, errors: Optional[Path], glob: Optional[str],
                     allow_private: bool, quiet: bool) -> None:
    """`rilis extract --engine dask`: the run on a Dask cluster (see `extractor.dask`)."""
    from .dask import DaskUnavailable, run_dask
    from .readers import SourceError
    from .vocabulary import PatternError
    from .writers import OutputError

    if output is None:
        _fail("--engine dask needs -o OUT (a directory of parts, local or fsspec URL)")
        return
    if resume:
        _fail("--resume is not supported with --engine dask (a rerun rewrites every part)")
    form = fmt or ("parquet" if output.suffix.lower() in (".parquet", ".pq") else "jsonl")
    if form not in ("parquet", "jsonl"):
        _fail(f"--engine dask writes parquet or jsonl, not {form!r}")
    try:
        summary = run_dask(paths, str(output), options, fmt=form,  # type: ignore[arg-type]
                           scheduler=scheduler, workers=workers,
                           errors=str(errors) if errors else None, glob=glob,
                           allow_private=allow_private)
    except (DaskUnavailable, SourceError, OutputError, PatternError) as exc:
        _fail(str(exc))
        return
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
    from .readers import Source, iter_sources

    options = Options(patterns_dir=str(patterns) if patterns else None)
    articles = extract_many(((s.text, s.metadata) for s in iter_sources(paths)
                             if isinstance(s, Source)), options=options)
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
def fetch(
    urls: Annotated[Optional[list[str]], typer.Argument(help="Page URLs (http or https).")] = None,
    save: Annotated[Path, typer.Option("--save", help="Directory the pages and sidecars go to.",
                                       file_okay=False)] = ...,  # type: ignore[assignment]
    feed: Annotated[Optional[list[str]], typer.Option(
        "--feed", help="RSS/Atom feed or sitemap; fetch its entries not seen before "
                       "(repeatable).")] = None,
    rate: Annotated[float, typer.Option(help="Requests per second to one host, at most.",
                                        min=0.001)] = FetchDefaults.rate,
    ignore_robots: Annotated[bool, typer.Option("--ignore-robots",
                                                help="Do not read or obey robots.txt.")] = False,
    allow_private: Annotated[bool, typer.Option(
        "--allow-private", help="Allow hosts with private, loopback or link-local addresses.")
    ] = False,
    allow_network: Annotated[Optional[list[str]], typer.Option(
        "--allow-network", help="A private network (CIDR) to allow anyway (repeatable).")] = None,
    timeout: Annotated[float, typer.Option(help="Seconds to connect and for each read.",
                                           min=0.001)] = FetchDefaults.timeout,
    max_time: Annotated[float, typer.Option(help="Seconds one response may take.",
                                            min=0.001)] = FetchDefaults.max_time,
    max_bytes: Annotated[int, typer.Option(help="Largest body accepted (bytes, decoded too).",
                                           min=1)] = FetchDefaults.max_bytes,
    retries: Annotated[int, typer.Option(help="Retries after timeouts, 429 and 5xx.",
                                         min=0)] = FetchDefaults.retries,
) -> None:
    """Download pages (or a feed's new entries) politely and save them with a JSON sidecar.

    Prints each saved page's path; a failure is one JSON line on stderr and exit code 1.
    """
    import dataclasses
    import ipaddress

    from .feeds import fetch_feed
    from .fetch import Fetcher, FetchError, fetch_and_save

    if not urls and not feed:
        _fail("give page URLs, --feed URL, or both")
    networks = tuple(allow_network or ())
    for network in networks:
        try:
            ipaddress.ip_network(network, strict=False)
        except ValueError:
            raise typer.BadParameter(f"{network!r} is not a network (CIDR)",
                                     param_hint="--allow-network") from None
    options = dataclasses.replace(
        FetchDefaults, allow_private=allow_private, allowed_networks=networks,
        respect_robots=not ignore_robots, rate=rate, timeout=timeout, max_time=max_time,
        max_bytes=max_bytes, retries=retries)
    failures = 0

    def failed(exc: FetchError) -> None:
        nonlocal failures
        failures += 1
        typer.echo(json.dumps({"url": exc.url, "reason": exc.reason}, ensure_ascii=False),
                   err=True)

    def saved(page: Path) -> None:
        typer.echo(str(page))

    try:
        with Fetcher(options) as fetcher:
            for url in urls or ():
                try:
                    saved(fetch_and_save(fetcher, url, save))
                except FetchError as exc:
                    failed(exc)
            for feed_url in feed or ():
                try:
                    fetch_feed(feed_url, save, fetcher, on_saved=saved, on_failure=failed)
                except FetchError as exc:
                    failed(exc)
    except OSError as exc:  # the save directory, not a page: stop rather than fail every URL
        _fail(f"{save}: cannot write ({exc.strerror or exc})", 1)
    if failures:
        raise typer.Exit(1)


@app.command()
def report(
    records: Annotated[Path, typer.Argument(help="JSON Lines records from `rilis extract` "
                                            "(with --include-text to show the texts).",
                                            exists=True, dir_okay=False)],
    output: Annotated[Path, typer.Option("-o", "--output",
                                         help="HTML file to write.")] = Path("report.html"),
    title: Annotated[str, typer.Option(help="Title of the report.")] = "rilis report",
    patterns: PatternsOpt = None,
) -> None:
    """Write a self-contained HTML report: timeline, charts, table, highlighted articles."""
    from .report import Gazetteer, ReportInputError, load_jsonl, write_report
    from .vocabulary import PatternError

    try:
        data = load_jsonl(records, gazetteer=Gazetteer.load(patterns))
        size = write_report(data, output, title=title)
    except (ReportInputError, PatternError) as exc:
        _fail(str(exc), 1)
        return
    except OSError as exc:
        _fail(f"{output}: cannot be written ({exc.strerror or exc})", 1)
        return
    typer.echo(f"{output}: {len(data.articles)} articles, {len(data.partnerships)} partnership "
               f"rows, {size / 1_000_000:.1f} MB")


@app.command()
def version() -> None:
    """Print the version."""
    typer.echo(__version__)


def main() -> None:
    """Console-script entry point."""
    app()
