"""Deduplicating record files: `rilis dedup` and `rilis extract --dedup`.

Reads records (JSON Lines of `Article`), clusters them into events
(`extractor.cluster`), and writes the records with their `cluster` id beside
one merged event per cluster.
"""

from __future__ import annotations

import json
import logging
import sys
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from pydantic import ValidationError

from .cluster import DEFAULT_OPTIONS, ClusterOptions, dedup
from .records import Article

if TYPE_CHECKING:
    from .writers import Writer

log = logging.getLogger(__name__)


class RecordsError(ValueError):
    """A records file cannot be read; the message names it (and the line) and says why."""


def read_records(path: Path) -> list[Article]:
    """The records of a JSON Lines file written by `rilis extract`."""
    try:
        handle = path.open(encoding="utf-8")
    except OSError as exc:
        raise RecordsError(f"{path}: cannot read ({exc.strerror or exc})") from None
    records = []
    with handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                records.append(Article.model_validate_json(line))
            except ValidationError as exc:
                problem = exc.errors()[0]
                where = ".".join(str(p) for p in problem["loc"])
                raise RecordsError(f"{path}:{number}: not a rilis record "
                                   f"({where + ': ' if where else ''}{problem['msg']})") from None
    return records


def _cleaned_text(source: str, patterns_dir: str | None) -> str | None:
    """The cleaned text of a local source file, as extraction saw it; None if unreadable."""
    from .clean import clean
    from .readers import SourceError, read_source
    from .vocabulary import load_patterns

    path = Path(source)
    if not path.is_file():
        return None
    try:
        raw = read_source(path).text
    except SourceError:
        return None
    return clean(raw, load_patterns(patterns_dir)).text


def with_texts(records: Sequence[Article], patterns_dir: str | None = None) -> list[Article]:
    """Records with their cleaned text: kept when present, else re-read from a local source.

    Text similarity needs the text; `rilis extract` leaves it out unless asked
    (`--include-text`). Records whose source cannot be read are clustered on
    their fields alone.
    """
    out = []
    missing = 0
    for record in records:
        if record.text is None and record.source:
            text = _cleaned_text(record.source, patterns_dir)
            if text is not None:
                record = record.model_copy(update={"text": text})
        missing += record.text is None
        out.append(record)
    if missing:
        log.warning("%d of %d records have no text and no readable source: they are "
                    "clustered on their fields alone", missing, len(records))
    return out


def events_path(output: Path) -> Path:
    """Where merged events go beside a records output: `records.jsonl` →
    `records.events.jsonl`, `records.parquet` → `records.events.jsonl`, a CSV
    directory → `DIR/events.jsonl`."""
    if output.is_dir():
        return output / "events.jsonl"
    stem = output.stem if output.suffix.lower() in (".jsonl", ".parquet", ".pq") else output.name
    return output.with_name(stem + ".events.jsonl")


def _lines(items: Iterable[str], stream: IO[str]) -> None:
    """Write one line per item."""
    for item in items:
        stream.write(item + "\n")


def write_jsonl(path: Path | None, lines: Iterable[str], stdout: IO[str]) -> None:
    """Lines to a file (or to `stdout` when path is None)."""
    if path is None:
        _lines(lines, stdout)
        return
    with path.open("w", encoding="utf-8", newline="\n") as handle:
        _lines(lines, handle)


def event_lines(events: Iterable[dict[str, Any]]) -> Iterator[str]:
    """Merged events as JSON lines."""
    return (json.dumps(e, ensure_ascii=False) for e in events)


def dedup_records(records: Sequence[Article], options: ClusterOptions = DEFAULT_OPTIONS,
                  patterns_dir: str | None = None
                  ) -> tuple[list[Article], list[dict[str, Any]]]:
    """Cluster records; returns them with `cluster` set (texts as given) and the events."""
    labelled, events = dedup(with_texts(records, patterns_dir), options)
    kept = [r.model_copy(update={"cluster": done.cluster})
            for r, done in zip(records, labelled, strict=True)]
    return kept, events


def open_output(out: Path | None, fmt: str | None, *, needed: bool) -> Writer | None:
    """The writer of `rilis extract --dedup/--db`'s records, opened before extracting (a bad
    OUT fails at once, not after the batch); None when only a store was asked for."""
    from .writers import OutputError, format_of, open_writer

    if not needed:
        return None
    try:
        return open_writer(out, format_of(out, fmt), resume=False)
    except OSError as exc:
        raise OutputError(f"{out}: cannot write ({exc.strerror or exc})") from None


def finish_staged(staged: Path, writer: Writer | None, out: Path | None, *, cluster: bool,
                  db: Path | None, events: Path | None, include_text: bool) -> int:
    """The end of `rilis extract --dedup/--db`: records extracted to `staged` (JSON Lines,
    with their texts) are stored, clustered and written; returns the number of events.

    With `db`, the records are upserted into the store and, with `cluster`,
    the whole store is clustered again (new records join the stored events);
    without, the records are clustered among themselves. Records go to
    `writer` (with their texts only if `include_text`); the merged events of
    their clusters go to `events`, else beside OUT (`events_path`).
    """
    from .store import Store, recluster

    records = read_records(staged)
    merged: list[dict[str, Any]] = []
    if db is not None:
        with Store(db) as store:
            store.upsert(records, run=store.start_run("extract"))
            if cluster:
                everything, all_events = recluster(store)
                cluster_of = {a.id: a.cluster for a in everything}
                records = [r.model_copy(update={"cluster": cluster_of[r.id]}) for r in records]
                wanted = {r.cluster for r in records}
                merged = [e for e in all_events if e["cluster"] in wanted]
    elif cluster:
        records, merged = dedup(records)
    if writer is not None:
        try:
            writer.write(records if include_text else
                         [r.model_copy(update={"text": None}) for r in records])
        finally:
            writer.close()
    target = events or (events_path(out) if out is not None else None)
    if cluster and target is not None:
        write_jsonl(target, event_lines(merged), sys.stdout)
    return len(merged)
