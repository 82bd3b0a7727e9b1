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
# Politeness and safety options shared by `fetch` and `monitor`.
RateOpt = Annotated[float, typer.Option(help="Requests per second to one host, at most.",
                                        min=0.001)]
IgnoreRobotsOpt = Annotated[bool, typer.Option("--ignore-robots",
                                               help="Do not read or obey robots.txt.")]
AllowPrivateOpt = Annotated[bool, typer.Option(
    "--allow-private", help="Allow hosts with private, loopback or link-local addresses.")]


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
        "--glob", help="File-name pattern for files inside directories "
                       "(default: .txt, .html and .htm files).")
    ] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q",
                                        help="No progress bar and no summary line.")] = False,
    dedup: Annotated[bool, typer.Option(
        "--dedup", help="Group the records into events (cluster ids; merged events go to "
                        "--events, default <OUT>.events.jsonl).")] = False,
    events: Annotated[Optional[Path], typer.Option(
        "--events", help="With --dedup: where the merged events go.", dir_okay=False)] = None,
    db: Annotated[Optional[Path], typer.Option(
        "--db", help="Also store the records in this SQLite store (clustered with what it "
                     "holds, with --dedup).", dir_okay=False)] = None,
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
        if db is not None or events is not None:
            _fail("--db and --events run on the local engine only (with --engine dask, "
                  "--dedup writes the events beside OUT as OUT.events/)")
        _extract_on_dask(paths, output, options, fmt=fmt, scheduler=scheduler,
                         workers=workers, resume=resume, errors=errors, glob=glob,
                         allow_private=allow_private, quiet=quiet, dedup=dedup)
        return
    if engine != "local":
        raise typer.BadParameter(f"{engine!r}: expected local or dask", param_hint="--engine")
    if scheduler is not None:
        _fail("--scheduler needs --engine dask")

    def interrupted(summary) -> None:  # type: ignore[no-untyped-def]
        if not quiet:
            typer.echo(summary.line(), err=True)

    # --dedup and --db need every record first: the batch writes them (with their
    # texts) to a staging file, then dedup.finish_staged clusters, stores and writes
    staged = dedup or db is not None
    if staged and resume:
        _fail("--resume cannot be combined with --dedup or --db (run again: the store's "
              "upserts are idempotent)")
    if dedup and output is None and events is None and db is None:
        _fail("--dedup needs -o OUT or --events FILE for the merged events")
    import contextlib
    import dataclasses
    import tempfile

    from .batch import default_errors_path
    from .dedup import finish_staged, open_output
    from .store import StoreError

    try:
        writer = open_output(output, fmt, needed=staged and (output is not None or db is None))
        with (tempfile.TemporaryDirectory(prefix="rilis-") if staged
              else contextlib.nullcontext("")) as stage:
            summary = run_batch(
                paths, Path(stage, "records.jsonl") if staged else output,
                dataclasses.replace(options, include_text=True) if staged else options,
                workers=workers, resume=resume, fmt="jsonl" if staged else fmt, glob=glob,
                errors=errors or (default_errors_path(output) if staged else None),
                progress=terminal_progress(quiet), on_interrupt=interrupted,
                read_url=url_reader(allow_private=allow_private))
            if staged:
                finish_staged(Path(stage, "records.jsonl"), writer, output, cluster=dedup,
                              db=db, events=events, include_text=include_text)
    except (SourceError, OutputError, PatternError, StoreError) as exc:
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
                     allow_private: bool, quiet: bool, dedup: bool = False) -> None:
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
                           allow_private=allow_private, dedup=dedup)
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
    """List pattern ids that produce values in only one document, each with why that may be
    fine (a vocabulary entry, a date shape) or a rule to check (an overfitting suspect)."""
    from collections import Counter

    from . import extract_many
    from .coverage import DATE_SHAPE, RULE, pattern_documents, why_single
    from .readers import Source, iter_sources
    from .vocabulary import load_patterns

    options = Options(patterns_dir=str(patterns) if patterns else None)
    articles = extract_many(((s.text, s.metadata) for s in iter_sources(paths)
                             if isinstance(s, Source)), options=options)
    counts = pattern_documents(articles)
    single = {pid: docs for pid, docs in counts.items() if len(docs) == 1}
    reasons = why_single(single, load_patterns(options.patterns_dir))
    typer.echo(f"{len(counts)} pattern ids produced values; {len(single)} in one document only:")
    for pid, docs in sorted(single.items(), key=lambda item: (reasons[item[0]] != RULE, item[0])):
        typer.echo(f"  {pid}\t{Path(next(iter(docs))).name}\t{reasons[pid]}")
    kinds = Counter("rule" if r == RULE else "date" if r == DATE_SHAPE else "vocabulary"
                    for r in reasons.values())
    typer.echo(f"{kinds['vocabulary']} vocabulary entries, {kinds['date']} date shapes, "
               f"{kinds['rule']} rules to check")


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
    rate: RateOpt = FetchDefaults.rate,
    ignore_robots: IgnoreRobotsOpt = False,
    allow_private: AllowPrivateOpt = False,
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
def dedup(
    records: Annotated[Path, typer.Argument(help="Records (JSON Lines) written by rilis extract.")],
    output: Annotated[Optional[Path], typer.Option(
        "-o", "--output", help="Records with their cluster ids (default: stdout).")] = None,
    events: Annotated[Optional[Path], typer.Option(
        "--events", help="Merged events, one JSON line per cluster (default: beside -o, "
                         "<OUT>.events.jsonl).")] = None,
    patterns: PatternsOpt = None,
) -> None:
    """Group records into events: a cluster id per record and one merged event per cluster."""
    import sys

    from .dedup import (
        RecordsError, dedup_records, event_lines, events_path, read_records, write_jsonl,
    )

    if events is None and output is None:
        _fail("give --events FILE (or -o OUT: events then go to <OUT>.events.jsonl)")
    try:
        found = read_records(records)
    except RecordsError as exc:
        _fail(str(exc), 1)
        return
    labelled, merged = dedup_records(found, patterns_dir=str(patterns) if patterns else None)
    write_jsonl(output, (r.to_json() for r in labelled), sys.stdout)
    write_jsonl(events or events_path(output), event_lines(merged),  # type: ignore[arg-type]
                sys.stdout)


@app.command("cluster-eval")
def cluster_eval(
    directory: Annotated[Path, typer.Argument(
        help="Syndication folder: articles with .meta.json and clusters.json.", exists=True,
        file_okay=False)],
    errors: Annotated[bool, typer.Option("--errors", help="List wrong and missed pairs.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the reports as JSON.")] = False,
) -> None:
    """Score event clustering: pairwise precision and recall, and the text-only baseline."""
    from .cluster_eval import TruthError, evaluate_folder

    try:
        reports = evaluate_folder(directory)
    except TruthError as exc:
        _fail(str(exc), 1)
        return
    if as_json:
        typer.echo(json.dumps([r.as_dict(errors) for r in reports], indent=2, ensure_ascii=False))
        return
    typer.echo(f"{'clustering':<32} {'copies P':>9} {'copies R':>9} {'all P':>7} {'all R':>7}")
    for r in reports:
        typer.echo(f"{r.name:<32} {r.copies.precision:>9.3f} {r.copies.recall:>9.3f} "
                   f"{r.overall.precision:>7.3f} {r.overall.recall:>7.3f}")
    rule = reports[0]
    typer.echo(f"true pairs: {rule.overall.true_pairs} (copies {rule.copies.true_pairs}); "
               "rule recall by kind: " + ", ".join(
                   f"{k} {v:.2f}" for k, v in rule.recall_by_kind.items()))
    if rule.hard_negatives_merged:
        typer.echo("hard negatives merged: " + ", ".join(
            f"{a}/{b}" for a, b in rule.hard_negatives_merged))
    if errors:
        for a, b in rule.false_pairs:
            typer.echo(f"  wrong  {a}  {b}")
        for a, b in rule.missed_pairs:
            typer.echo(f"  missed {a}  {b}")


DbOpt = Annotated[Path, typer.Option("--db", help="The SQLite store (created if missing).",
                                     dir_okay=False)]


@app.command()
def monitor(
    feeds: Annotated[Path, typer.Argument(help="Feed URLs (RSS, Atom, sitemaps), one a line.",
                                          exists=True, dir_okay=False)],
    db: DbOpt,
    save: Annotated[Optional[Path], typer.Option(
        "--save", help="Folder of fetched pages and the feeds' seen-state "
                       "(default: <DB stem>-pages beside the store).", file_okay=False)] = None,
    rate: RateOpt = FetchDefaults.rate,
    ignore_robots: IgnoreRobotsOpt = False,
    allow_private: AllowPrivateOpt = False,
    patterns: PatternsOpt = None,
) -> None:
    """Fetch new feed entries, store and cluster them, print new partnerships (cron-friendly).

    One tab-separated line per partnership not announced by an earlier run:
    facility, partner, type, status, date, URL. Failed feeds and pages are JSON
    lines on stderr (tried again next run); the exit code is 0 unless the
    feed list or the store cannot be used.
    """
    import dataclasses

    from .fetch import Fetcher
    from .monitor import MonitorError, read_feed_list, run_monitor
    from .store import Store, StoreError

    def failed(what: str, reason: str) -> None:
        typer.echo(json.dumps({"url": what, "reason": reason}, ensure_ascii=False), err=True)

    options = dataclasses.replace(FetchDefaults, allow_private=allow_private, rate=rate,
                                  respect_robots=not ignore_robots)
    try:
        feed_urls = read_feed_list(feeds)
        with Store(db) as store, Fetcher(options) as fetcher:
            result = run_monitor(feed_urls, store, save or db.with_name(f"{db.stem}-pages"),
                                 fetcher, Options(patterns_dir=str(patterns) if patterns
                                                  else None), on_failure=failed)
    except (MonitorError, StoreError) as exc:
        _fail(str(exc))
        return
    except OSError as exc:  # the save folder
        _fail(f"{save}: cannot write ({exc.strerror or exc})")
        return
    for item in result.new:
        typer.echo(item.line())


@app.command()
def export(
    db: DbOpt,
    fmt: Annotated[str, typer.Option("--format", help="csv, parquet or graphml.")],
    output: Annotated[Path, typer.Option(
        "-o", "--output", help="Output: a directory for CSV, a file for Parquet and GraphML.")],
) -> None:
    """Export a store: the extraction tables (CSV, Parquet) or the partnership network."""
    from .export import ExportError
    from .export import export as run
    from .store import Store, StoreError

    if not db.exists():
        _fail(f"{db}: no such store")
    try:
        with Store(db) as store:
            count = run(store, output, fmt)
    except (ExportError, StoreError) as exc:
        _fail(str(exc), 1)
        return
    typer.echo(f"{output}: {count} {'edges' if fmt == 'graphml' else 'records'}", err=True)


@app.command()
def report(
    records: Annotated[Optional[Path], typer.Argument(
        help="JSON Lines records from `rilis extract` (with --include-text to show the "
             "texts).", exists=True, dir_okay=False)] = None,
    db: Annotated[Optional[Path], typer.Option(
        "--db", help="Read the records of a store (`rilis extract --db`, `rilis monitor`) "
                     "instead.")] = None,
    output: Annotated[Path, typer.Option("-o", "--output",
                                         help="HTML file to write.")] = Path("report.html"),
    title: Annotated[str, typer.Option(help="Title of the report.")] = "rilis report",
    patterns: PatternsOpt = None,
) -> None:
    """Write a self-contained HTML report: timeline, charts, table, highlighted articles."""
    from .report import Gazetteer, ReportInputError, load_db, load_jsonl, write_report
    from .vocabulary import PatternError

    if (records is None) == (db is None):
        _fail("give either a records file or --db (one of them)")
    try:
        gazetteer = Gazetteer.load(patterns)
        data = load_db(db, gazetteer=gazetteer) if db is not None else \
            load_jsonl(records, gazetteer=gazetteer)  # type: ignore[arg-type]
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
    from .batch import process_runs_batches

    process_runs_batches()
    app()
