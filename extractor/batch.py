"""The batch runner: many inputs to one output, streaming, in parallel, resumable.

`run_batch` reads inputs lazily (`readers.iter_sources`), extracts them in
chunks (in this process, or in worker processes when the batch is large) and
writes records in input order as chunks finish, so memory stays flat however
many inputs there are: a bounded number of chunks is in flight, and documents
are parsed inside `nlp.memory_zone()` (see `_Zones`) so spaCy's string store
does not grow with every new name. Inputs that cannot be read or extracted
are reported (path and one-line reason) and the run goes on. With
`resume=True`, inputs whose record OUT already holds (same record id: hash of
source and content) are skipped. See `writers` for the formats and the crash
points used by tests.
"""

from __future__ import annotations

import gc
import json
import logging
import os
import signal
import time
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator, Sequence
from contextlib import ExitStack
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import IO, Any, Literal, Protocol, overload

from .options import Options
from .readers import Failed, Source, SourceError, UrlReader, discover, is_url, iter_sources
from .records import Article
from .writers import Format, JsonlWriter, OutputError, Writer, format_of, open_writer

log = logging.getLogger(__name__)

CHUNK = 32
"""Documents per chunk: one `nlp.pipe` batch, one task for a worker."""
SMALL_BATCH = 256
"""Batches with fewer documents run in this process: starting workers costs more."""
IN_FLIGHT_PER_WORKER = 3
"""Chunks queued per worker: enough to keep it busy, few enough to keep memory flat."""


class BatchError(Exception):
    """The run could not go on (a worker process died); the message says what to do."""


class Progress(Protocol):
    """Where the runner reports progress (the CLI draws a bar; the library never prints)."""

    def start(self, total: int | None) -> None:
        """The run begins; `total` is the number of inputs when known."""

    def advance(self, done: int, failed: int) -> None:
        """`done` more inputs were handled, `failed` of them failed."""

    def stop(self) -> None:
        """The run ended."""


@dataclass
class Summary:
    """What a batch run did."""

    records: int = 0
    failed: int = 0
    skipped: int = 0
    """Inputs already in OUT (resume)."""
    seconds: float = 0.0
    workers: int = 1
    interrupted: bool = False
    output: str = "stdout"
    errors_to: str | None = None
    failures: list[Failed] = field(default_factory=list)
    """The first few failures, for the summary line."""

    @property
    def rate(self) -> float:
        """Records per second."""
        return self.records / self.seconds if self.seconds > 0 else 0.0

    def line(self) -> str:
        """One line for humans: counts, rate, failures."""
        parts = [f"{self.records} records", f"{self.failed} failed"]
        if self.skipped:
            parts.append(f"{self.skipped} already in {self.output}")
        parts.append(f"{self.seconds:.1f} s ({self.rate:.0f} docs/s, "
                     f"{self.workers} worker{'s' if self.workers > 1 else ''})")
        text = "rilis: " + ", ".join(parts)
        if self.failed and self.errors_to:
            text += f"; failures listed in {self.errors_to}"
        if self.interrupted:
            text += "; INTERRUPTED (run again with --resume to finish)"
        return text


# -- extraction of one chunk (in this process or in a worker) -------------------------------
Item = tuple[str, dict[str, Any]]
Outcome = Article | str  # a record, or why the input failed


@dataclass(frozen=True)
class Serialized:
    """A record as its JSON line, made by the worker process that extracted it.

    Unpickling an `Article` cost the parent ~0.6 ms, as much as a fifth of a core
    beside two workers; the string costs nothing, JSON Lines output writes it as
    it is, and other outputs rebuild the record from it (exactly: `to_json` and
    `model_validate_json` round-trip)."""

    json: str


class _Zones:
    """When this process parses inside a spaCy memory zone, and for how long.

    The first `WARM_DOCS` documents are parsed outside any zone: the words they
    add (the common words of the genre) stay in the vocabulary for good. After
    that, documents are parsed in zones of `ZONE_DOCS` documents, whose new
    strings and lexemes (names, places, numbers) are freed when the zone
    closes, so memory stays flat on long runs. Records hold no spaCy objects,
    so nothing outlives its zone.
    """

    WARM_DOCS = 512
    ZONE_DOCS = 2048

    def __init__(self) -> None:
        self.seen = 0
        self.in_zone = 0
        self.stack: ExitStack | None = None

    def before(self, nlp: Any) -> None:
        """Open a zone if one is due."""
        if self.stack is None and self.seen >= self.WARM_DOCS:
            self.stack = ExitStack()
            self.stack.enter_context(nlp.memory_zone())
            self.in_zone = 0

    def after(self, docs: int) -> None:
        """Count parsed documents; close the zone when it is full."""
        self.seen += docs
        if self.stack is not None:
            self.in_zone += docs
            if self.in_zone >= self.ZONE_DOCS:
                self.close()

    def close(self) -> None:
        """Close the open zone, if any."""
        if self.stack is not None:
            self.stack.close()
            self.stack = None


_zones = _Zones()


@overload
def extract_chunk(items: Sequence[Item], options: Options,
                  serialized: Literal[False] = False) -> list[Outcome]: ...


@overload
def extract_chunk(items: Sequence[Item], options: Options,
                  serialized: Literal[True]) -> list[Serialized | str]: ...


def extract_chunk(items: Sequence[Item], options: Options, serialized: bool = False
                  ) -> Sequence[Outcome | Serialized]:
    """Records of a chunk, in order; a document whose extraction raises becomes its reason.
    `serialized` (in a worker process): records leave as their JSON lines."""
    from .pipeline import extract_items, get_extractor

    nlp = get_extractor(options.patterns_dir).nlp
    _zones.before(nlp)
    try:
        try:
            return [_writable(a, serialized) for a in
                    extract_items(items, options, batch_size=len(items) or 1)]
        except Exception:  # noqa: BLE001 - find the document at fault, keep the others
            log.debug("chunk failed; extracting its documents one by one", exc_info=True)
        outcomes: list[Outcome | Serialized] = []
        for item in items:
            try:
                outcomes.extend(_writable(a, serialized) for a in extract_items([item], options))
            except Exception as exc:  # noqa: BLE001 - reported, the batch goes on
                outcomes.append(f"extraction failed: {type(exc).__name__}: {exc}")
        return outcomes
    finally:
        _zones.after(len(items))


def _writable(article: Article, serialized: bool = False) -> Outcome | Serialized:
    """The record (as its JSON line when `serialized`), or why it cannot be written (e.g. a
    lone surrogate from metadata)."""
    try:
        line = article.to_json()
        line.encode("utf-8")
    except (ValueError, UnicodeError) as exc:
        return f"record cannot be written as UTF-8 JSON: {exc}"
    return Serialized(line) if serialized else article


_FREEZE_START_UP = False
"""Set by the command line's entry point (`process_runs_batches`), never by the library."""


def process_runs_batches() -> None:
    """Declare this process a batch runner only (the `rilis` command, not a library
    caller): its start-up objects are frozen once the pipeline is built."""
    global _FREEZE_START_UP
    _FREEZE_START_UP = True


def build_pipeline(options: Options, freeze: bool = False) -> None:
    """Import spaCy and build the pipeline (once per process) with the cyclic garbage
    collector paused: start-up makes ~10⁶ long-lived objects, and collections while they
    are made only re-scan them (~10% of the cold start of one file).

    `freeze`, for a process that only runs the batch (the command line, its workers):
    move everything made so far out of the collector's sight (`gc.freeze`), so that the
    full collections of a long batch no longer walk it (~5% of its time). Not for a
    library caller, whose own objects would be frozen too."""
    from .pipeline import get_extractor

    paused = gc.isenabled()
    gc.disable()
    try:
        get_extractor(options.patterns_dir)
    finally:
        if paused:
            if freeze:
                gc.freeze()
            gc.enable()


def _init_worker(options: Options) -> None:
    """Worker start: Ctrl-C is the parent's to handle; build the pipeline once."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    build_pipeline(options, freeze=True)


# -- the stream of inputs ----------------------------------------------------------------
def record_id(source: Source) -> str:
    """The id the record of a source will have (the resume key)."""
    from .pipeline import article_id

    return article_id(source.metadata.get("source"), source.text)


def _chunks(sources: Iterable[Source | Failed], size: int
            ) -> Iterator[list[Source | Failed]]:
    """Consecutive chunks of at most `size` sources."""
    iterator = iter(sources)
    while chunk := list(islice(iterator, size)):
        yield chunk


def default_workers() -> int:
    """The cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def _results(chunks: Iterator[list[Source | Failed]], options: Options, workers: int
             ) -> Generator[tuple[list[Source | Failed], Sequence[Outcome | Serialized]],
                            None, None]:
    """Each chunk with the outcomes of its sources, in input order."""

    def items(chunk: list[Source | Failed]) -> list[Item]:
        return [(s.text, s.metadata) for s in chunk if isinstance(s, Source)]

    if workers <= 1:
        for chunk in chunks:
            yield chunk, extract_chunk(items(chunk), options)
        return
    import multiprocessing
    from concurrent.futures import Future, ProcessPoolExecutor

    # fork: workers inherit the imported modules; no thread runs yet in this process
    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    pool = ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context(method),
                               initializer=_init_worker, initargs=(options,))
    from concurrent.futures.process import BrokenProcessPool

    pending: deque[tuple[list[Source | Failed], Future[list[Serialized | str]]]] = deque()
    current: list[Source | Failed] = []
    finished = False
    try:
        for chunk in chunks:
            pending.append((chunk, pool.submit(extract_chunk, items(chunk), options, True)))
            while len(pending) >= workers * IN_FLIGHT_PER_WORKER:
                current, future = pending.popleft()
                yield current, future.result()
        while pending:
            current, future = pending.popleft()
            yield current, future.result()
        finished = True
    except BrokenProcessPool:
        first = current[0].path if current else "?"
        raise BatchError(f"a worker process died on the chunk starting at {first} "
                         "(out of memory?); what was written is kept: run again with "
                         "--resume, or with --workers 1 to find the input") from None
    finally:
        if not finished:
            # interrupted (Ctrl-C, a kill of the group) or closed early: the chunks in
            # flight are not wanted (what was written is kept, --resume does the rest), so
            # the workers are stopped, not waited for; waiting could hang when the signal
            # caught the pool's own bookkeeping half-way
            for process in list((getattr(pool, "_processes", None) or {}).values()):
                process.terminate()
        pool.shutdown(wait=finished, cancel_futures=True)


def _write(writer: Writer, records: Sequence[Article | Serialized]) -> None:
    """Records to the output: JSON lines as they came from the workers when it takes
    lines, else as `Article`s."""
    if isinstance(writer, JsonlWriter):
        writer.write_lines([r.json if isinstance(r, Serialized) else r.to_json()
                            for r in records])
        return
    writer.write([Article.model_validate_json(r.json) if isinstance(r, Serialized) else r
                  for r in records])


class _Errors:
    """The errors output: one JSON line per failed input, opened on first use."""

    def __init__(self, target: Path | IO[str], append: bool) -> None:
        self.target, self.append = target, append
        self.stream: IO[str] | None = None if isinstance(target, Path) else target
        if isinstance(target, Path) and not append and target.exists():
            target.unlink()  # a stale list from an earlier run would mislead

    def add(self, failure: Failed) -> None:
        """Report one failed input."""
        if self.stream is None:
            assert isinstance(self.target, Path)
            self.stream = self.target.open("a" if self.append else "w", encoding="utf-8")
        self.stream.write(json.dumps({"path": failure.path, "reason": failure.reason},
                                     ensure_ascii=False) + "\n")
        self.stream.flush()

    def close(self) -> None:
        """Close the file (stderr stays open)."""
        if self.stream is not None and isinstance(self.target, Path):
            self.stream.close()


def default_errors_path(out: Path | None) -> Path | None:
    """`<OUT>.errors.jsonl` beside OUT; None (stderr) when OUT is stdout."""
    return None if out is None else out.with_name(out.name + ".errors.jsonl")


def run_batch(paths: Sequence[str | Path], out: Path | None, options: Options, *,
              workers: int | None = None, resume: bool = False,
              errors: Path | IO[str] | None = None, fmt: Format | str | None = None,
              glob: str | None = None, progress: Progress | None = None,
              on_interrupt: Callable[[Summary], None] | None = None,
              read_url: UrlReader | None = None) -> Summary:
    """Extract every input under `paths` into OUT; return what was done.

    Args:
        paths: files and directories (recursed, in sorted order).
        out: the output file (JSON Lines, Parquet) or directory (CSV); None is stdout.
        options: extraction options.
        workers: processes (1: this process). None uses the cores, except for
            batches under `SMALL_BATCH` documents, which run in this process.
        resume: skip inputs whose record OUT holds; repair a truncated tail first.
        errors: where failed inputs are listed (a path, or an open stream);
            None means `<OUT>.errors.jsonl`, or stderr when OUT is stdout.
        fmt: `jsonl`, `csv` or `parquet`; None guesses from OUT's extension.
        glob: file-name pattern for files found inside directories.
        progress: receives progress reports.
        on_interrupt: called with the summary so far when Ctrl-C stops the run
            (the KeyboardInterrupt is then re-raised).
        read_url: reads http(s) inputs and dataset URL lines (`fetch.url_reader()`).

    Raises:
        SourceError: a top-level path does not exist.
        OutputError: OUT cannot be written or resumed (wrong format, stdout resume).
        PatternError: the pattern files are malformed.
        BatchError: a worker process died (what was written is kept: resume).
    """
    import sys

    for raw in paths:
        if not is_url(raw) and not Path(raw).exists():
            raise SourceError(f"{raw}: no such file or directory")
    started = time.perf_counter()
    form = format_of(out, fmt)
    build_pipeline(options, freeze=_FREEZE_START_UP)  # bad patterns: fail before touching OUT
    writer = open_writer(out, form, resume=resume)
    target = errors if errors is not None else (default_errors_path(out) or sys.stderr)
    sink = _Errors(target, append=resume)
    summary = Summary(output=str(out) if out else "stdout",
                      errors_to=str(target) if isinstance(target, Path) else None)

    def fail(failure: Failed) -> None:
        summary.failed += 1
        if len(summary.failures) < 5:
            summary.failures.append(failure)
        sink.add(failure)

    def wanted() -> Iterator[Source | Failed]:
        for source in iter_sources(paths, glob, read_url=read_url):
            if resume and isinstance(source, Source) and record_id(source) in writer.done:
                summary.skipped += 1
                if progress is not None:
                    progress.advance(1, 0)
                continue
            yield source

    if progress is not None:
        progress.start(_count_inputs(paths, glob))
    stream = wanted()
    head = list(islice(stream, SMALL_BATCH))
    if workers is None:  # the cores, unless the batch is too small to pay for them
        workers = default_workers() if len(head) >= SMALL_BATCH else 1
    summary.workers = count = max(1, workers)
    results = _results(_chunks(_chain(head, stream), CHUNK), options, count)
    try:
        for chunk, outcomes in results:
            articles: list[Article | Serialized] = []
            extracted = iter(outcomes)
            failed = 0
            for source in chunk:
                if isinstance(source, Failed):
                    fail(source)
                    failed += 1
                    continue
                outcome = next(extracted)
                if isinstance(outcome, str):
                    fail(Failed(path=source.path, reason=f"{source.path}: {outcome}"))
                    failed += 1
                else:
                    articles.append(outcome)
            if articles:
                try:
                    _write(writer, articles)
                except OSError as exc:
                    raise OutputError(f"{summary.output}: cannot write ({exc})") from None
            summary.records += len(articles)
            if progress is not None:
                progress.advance(len(chunk), failed)
    except KeyboardInterrupt:
        summary.interrupted = True
        summary.seconds = time.perf_counter() - started
        if on_interrupt is not None:
            on_interrupt(summary)
        raise
    finally:
        results.close()  # stops the workers
        _zones.close()
        if progress is not None:
            progress.stop()
        sink.close()
        if not summary.interrupted:
            writer.close()
    summary.seconds = time.perf_counter() - started
    return summary


def _chain(head: list[Source | Failed], rest: Iterator[Source | Failed]
           ) -> Iterator[Source | Failed]:
    """The peeked head, then the rest of the stream."""
    yield from head
    yield from rest


def _count_inputs(paths: Sequence[str | Path], glob: str | None) -> int | None:
    """How many input files there are (for the progress bar's ETA), or None."""
    try:
        urls = [p for p in paths if is_url(p)]
        return len(urls) + sum(1 for _ in discover([p for p in paths if not is_url(p)], glob))
    except (OSError, SourceError):
        return None
