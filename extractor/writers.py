"""Output writers of the batch runner: JSON Lines, CSV tables, Parquet.

Each writer appends whole chunks of records and flushes after each, so a run
killed at any point leaves at most one truncated line (JSON Lines, CSV) or one
unfinished temporary part (Parquet). With `resume=True` a writer first repairs
that damage and reports the ids of the records already written, which the
runner then skips.

Crash points for the interruption tests (never set in normal use):
`RILIS_CRASH_AT=<point>:<n>[:<signal>]` makes the writer kill its own process
group (or only itself, when it does not lead its group) with SIGKILL, or with
the signal named (`INT`, `TERM`):

- `write:<n>` — while writing the n-th record of this run: the bytes of the
  records before it and half of its own line are written and flushed, then
  the process dies (a truncated last line);
- `after:<n>` — right after the n-th record is written and flushed (for
  Parquet: once the part holding it is complete).
"""

from __future__ import annotations

import csv
import io
import json
import logging
import os
import re
import signal
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, Literal, Protocol

from .records import Article
from .tables import TABLES

log = logging.getLogger(__name__)

Format = Literal["jsonl", "csv", "parquet"]
FORMATS: tuple[Format, ...] = ("jsonl", "csv", "parquet")
CRASH_ENV = "RILIS_CRASH_AT"
# Parquet parts hold this many records (small row groups make slow files); the
# environment variable RILIS_PARQUET_PART_RECORDS overrides it (tests use small parts).
PARQUET_PART_RECORDS = 2000


class OutputError(Exception):
    """OUT cannot be written or resumed; the message names it and says why."""


# -- crash points ---------------------------------------------------------------------------
@dataclass(frozen=True)
class CrashPoint:
    """A deterministic crash injected through `RILIS_CRASH_AT` (tests only)."""

    point: Literal["write", "after"]
    record: int
    signal: int = signal.SIGKILL

    @classmethod
    def from_env(cls) -> CrashPoint | None:
        """The crash point of the environment, if any; a malformed value is an error."""
        raw = os.environ.get(CRASH_ENV)
        if not raw:
            return None
        match = re.fullmatch(r"(write|after):(\d+)(?::(KILL|INT|TERM))?", raw)
        if match is None:
            raise OutputError(f"{CRASH_ENV}={raw!r}: expected write:N or after:N[:KILL|INT|TERM]")
        sig = getattr(signal, "SIG" + (match.group(3) or "KILL"))
        return cls(match.group(1), int(match.group(2)), sig)  # type: ignore[arg-type]

    def die(self) -> None:
        """Send the signal to the process group this process leads, else to itself."""
        log.warning("%s: crashing on purpose at %s:%d", CRASH_ENV, self.point, self.record)
        if os.getpgrp() == os.getpid():
            os.killpg(os.getpgrp(), self.signal)
        else:
            os.kill(os.getpid(), self.signal)
        signal.pause()  # SIGINT: the KeyboardInterrupt is raised here


def _write_lines(stream: IO[str], lines: Sequence[str], first: int,
                 crash: CrashPoint | None) -> None:
    """Write lines (records first, first+1, …) and flush, honouring a crash point."""
    if crash is not None and first <= crash.record < first + len(lines):
        cut = crash.record - first
        if crash.point == "write":
            stream.write("".join(lines[:cut]) + lines[cut][: len(lines[cut]) // 2])
            stream.flush()
            crash.die()
        stream.write("".join(lines[: cut + 1]))
        stream.flush()
        crash.die()
    stream.write("".join(lines))
    stream.flush()


class Writer(Protocol):
    """What the batch runner needs of an output."""

    done: set[str]
    """Ids of the records OUT already held when the writer was opened (resume)."""

    def write(self, articles: Sequence[Article]) -> None:
        """Append records and make them durable against a crash of this process."""

    def close(self) -> None:
        """Finish the output."""


# -- JSON Lines ---------------------------------------------------------------------------
_ID_PREFIX = re.compile(rb'^\{"schema_version":"[^"]*","id":"([^"]+)"')


def _complete_lines(path: Path) -> Iterator[tuple[int, bytes]]:
    """(end offset, line) of each newline-terminated line; stops before a truncated tail."""
    offset = 0
    with path.open("rb") as handle:
        for line in handle:
            if not line.endswith(b"\n"):
                return
            offset += len(line)
            yield offset, line


def repair_jsonl(path: Path) -> set[str]:
    """Ids of the records of a JSON Lines output; a truncated last line is cut off."""
    ids: set[str] = set()
    good_end = 0
    for number, (end, line) in enumerate(_complete_lines(path), start=1):
        match = _ID_PREFIX.match(line)
        if match is not None:
            ids.add(match.group(1).decode())
        else:
            try:
                ids.add(json.loads(line)["id"])
            except (ValueError, KeyError, TypeError):
                raise OutputError(f"{path}:{number}: not a rilis record; cannot resume "
                                  "into this file") from None
        good_end = end
    if path.stat().st_size > good_end:
        log.warning("%s: removed a truncated last line (%d bytes) left by an interrupted run",
                    path, path.stat().st_size - good_end)
        with path.open("rb+") as handle:
            handle.truncate(good_end)
    return ids


class JsonlWriter:
    """One JSON line per record, to a file or to stdout."""

    def __init__(self, path: Path | None, *, resume: bool, crash: CrashPoint | None) -> None:
        self.path, self.crash, self.count = path, crash, 0
        self.done = set()
        if path is None:
            self.stream: IO[str] = sys.stdout
            return
        if resume and path.exists():
            self.done = repair_jsonl(path)
        self.stream = path.open("a" if resume else "w", encoding="utf-8", newline="\n")

    def write(self, articles: Sequence[Article]) -> None:
        """Append the records' JSON lines."""
        self.write_lines([a.to_json() for a in articles])

    def write_lines(self, records: Sequence[str]) -> None:
        """Append records already written out as JSON (`Article.to_json`)."""
        lines = [record + "\n" for record in records]
        _write_lines(self.stream, lines, self.count + 1, self.crash)
        self.count += len(lines)

    def close(self) -> None:
        """Close the file (stdout stays open)."""
        if self.path is not None:
            self.stream.close()


# -- CSV ----------------------------------------------------------------------------------
def _csv_text(rows: Sequence[Sequence[Any]]) -> str:
    """Rows as CSV text: CRLF line ends (RFC 4180), so a cell holding CR or LF is quoted."""
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\r\n").writerows(rows)
    return buffer.getvalue()


def _csv_rows(path: Path) -> tuple[list[str], list[list[str]], int]:
    """(header, rows, byte offset after the last complete row) of a CSV file.

    A row is complete when the CSV parser closed it at a line end; a tail cut
    mid-row (even inside a quoted field) is not.
    """
    data = path.read_bytes().decode("utf-8", "replace")
    lines = [line + "\n" for line in data.split("\n")]
    lines[-1] = lines[-1][:-1]  # what follows the last line end (empty when none)
    consumed, last = 0, ""

    def feed() -> Iterator[str]:
        nonlocal consumed, last
        for line in lines:
            if line:
                consumed += len(line)
                last = line
                yield line

    header: list[str] = []
    rows: list[list[str]] = []
    good = 0
    try:
        for row in csv.reader(feed(), strict=True):
            if not last.endswith("\n"):
                break
            if header:
                rows.append(row)
            else:
                header = row
            good = consumed
    except csv.Error:
        pass
    return header, rows, len(data[:good].encode("utf-8"))


class CsvWriter:
    """One CSV file per table (`tables.TABLES`) in the directory OUT.

    The rows of a chunk are written to every other table first and to
    `articles.csv` last: an article counts as written once its row there is,
    and rows of other tables whose article is not in `articles.csv` (left by
    a crash) are dropped when resuming.
    """

    def __init__(self, directory: Path, *, resume: bool, crash: CrashPoint | None) -> None:
        if directory.exists() and not directory.is_dir():
            raise OutputError(f"{directory}: CSV output is a directory, and this is a file")
        directory.mkdir(parents=True, exist_ok=True)
        self.crash, self.count = crash, 0
        self.done = set()
        self.tables = [t for t in TABLES if t.name != "articles"] + [TABLES[0]]
        if resume:
            self.done = self._repair(directory)
        self.streams = {}
        for table in self.tables:
            path = directory / f"{table.name}.csv"
            fresh = not resume or not path.exists() or path.stat().st_size == 0
            stream = path.open("w" if fresh else "a", encoding="utf-8", newline="")
            if fresh:
                stream.write(_csv_text([table.columns]))
                stream.flush()
            self.streams[table.name] = stream

    def _repair(self, directory: Path) -> set[str]:
        """Ids in `articles.csv`; other tables cut to those articles, truncated tails removed."""
        ids: set[str] = set()
        for table in reversed(self.tables):  # articles first: it says what was written
            path = directory / f"{table.name}.csv"
            if not path.exists():
                continue
            header, rows, good = _csv_rows(path)
            if header and tuple(header) != table.columns:
                raise OutputError(f"{path}: columns {header} are not those of table "
                                  f"{table.name!r}; cannot resume into this directory")
            if table.name == "articles":
                ids = {row[0] for row in rows if row}
                if path.stat().st_size > good:
                    log.warning("%s: removed a truncated last row", path)
                    with path.open("rb+") as handle:
                        handle.truncate(good)
                continue
            kept = [row for row in rows if row and row[0] in ids]
            if len(kept) != len(rows) or path.stat().st_size > good:
                log.warning("%s: dropped %d rows of articles never completed", path,
                            len(rows) - len(kept))
                tmp = path.with_suffix(".csv.tmp")
                tmp.write_bytes(_csv_text([table.columns, *kept]).encode("utf-8"))
                os.replace(tmp, path)
        return ids

    def write(self, articles: Sequence[Article]) -> None:
        """Append the rows of every table, `articles.csv` last."""
        for table in self.tables[:-1]:
            text = _csv_text([row for a in articles for row in table.rows(a)])
            if text:
                self.streams[table.name].write(text)
                self.streams[table.name].flush()
        head = self.tables[-1]
        lines = [_csv_text(list(head.rows(a))) for a in articles]
        _write_lines(self.streams[head.name], lines, self.count + 1, self.crash)
        self.count += len(lines)

    def close(self) -> None:
        """Close every file."""
        for stream in self.streams.values():
            stream.close()


# -- Parquet ------------------------------------------------------------------------------
def arrow_type(annotation: Any) -> Any:
    """The Arrow type of a record field's annotation (nested models become structs)."""
    import types
    import typing

    import pyarrow as pa
    from pydantic import BaseModel

    origin = typing.get_origin(annotation)
    if origin in (typing.Union, types.UnionType):
        inner = [a for a in typing.get_args(annotation) if a is not type(None)]
        return arrow_type(inner[0])
    if origin is typing.Literal:
        return pa.string()
    if origin is list:
        return pa.list_(arrow_type(typing.get_args(annotation)[0]))
    if origin is dict:  # `source_fields`: values kept as JSON text, one type per column
        return pa.map_(pa.string(), pa.string())
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return pa.struct([pa.field(field.alias or name, arrow_type(field.annotation))
                          for name, field in annotation.model_fields.items()])
    simple = {str: pa.string(), int: pa.int64(), bool: pa.bool_(), float: pa.float64()}
    if annotation in simple:
        return simple[annotation]
    raise TypeError(f"no Arrow type for {annotation!r}")


def arrow_schema() -> Any:
    """The Arrow schema of `Article`: one row per article, nested lists and structs."""
    import pyarrow as pa

    return pa.schema(list(arrow_type(Article).fields))  # type: ignore[union-attr]


def _arrow_row(article: Article) -> dict[str, Any]:
    """An article as a Parquet row: each dataset field's value as JSON text (a map of
    strings, so one column holds values of any type; `article_from_row` reads it back)."""
    row = article.model_dump(by_alias=True)
    row["source_fields"] = [(k, json.dumps(v, ensure_ascii=False))
                            for k, v in (row.get("source_fields") or {}).items()]
    return row


def article_from_row(row: dict[str, Any]) -> Article:
    """The `Article` of a Parquet row written by `ParquetWriter`."""
    fields = row.get("source_fields") or []
    return Article.model_validate({**row, "source_fields": {k: json.loads(v) for k, v in fields}})


class ParquetWriter:
    """One Parquet file, one row per article with the record's nested lists.

    During a run, records go to complete part files in `.<OUT>.parts/`
    (each written to a temporary name, then renamed); `close` merges OUT and
    the parts into a new OUT and renames it into place. A crash loses at most
    the part being written; resuming keeps OUT and every complete part.
    """

    def __init__(self, path: Path, *, resume: bool, crash: CrashPoint | None) -> None:
        try:
            import pyarrow  # noqa: F401
        except ImportError:
            raise OutputError("Parquet output needs pyarrow: pip install 'rilis[parquet]'"
                              ) from None
        self.path, self.crash, self.count = path, crash, 0
        self.parts = path.with_name(f".{path.name}.parts")
        self.schema = arrow_schema()
        self.part_records = int(os.environ.get("RILIS_PARQUET_PART_RECORDS") or
                                PARQUET_PART_RECORDS)
        self.buffer: list[dict[str, Any]] = []
        self.done = set()
        if resume:
            self.done = self._repair()
        else:
            self._clear_parts()
        self.parts.mkdir(parents=True, exist_ok=True)
        self.next_part = 1 + max((int(p.stem.split("-")[1]) for p in self._part_files()),
                                 default=0)

    def _part_files(self) -> list[Path]:
        """The complete parts, in order."""
        return sorted(self.parts.glob("part-*.parquet")) if self.parts.is_dir() else []

    def _clear_parts(self) -> None:
        """Remove parts of an earlier run."""
        if self.parts.is_dir():
            for part in self.parts.iterdir():
                part.unlink()

    def _repair(self) -> set[str]:
        """Ids in OUT and its complete parts; parts already merged into OUT are removed."""
        import pyarrow.parquet as pq

        ids: set[str] = set()
        if self.path.exists():
            ids = set(pq.read_table(self.path, columns=["id"]).column("id").to_pylist())
        if self.parts.is_dir():
            for tmp in self.parts.glob("*.tmp"):
                tmp.unlink()
        for part in self._part_files():
            part_ids = set(pq.read_table(part, columns=["id"]).column("id").to_pylist())
            if part_ids <= ids:
                part.unlink()  # merged before the crash; only its removal was lost
            else:
                ids |= part_ids
        return ids

    def write(self, articles: Sequence[Article]) -> None:
        """Buffer the records; write a part once enough are buffered."""
        self.buffer.extend(_arrow_row(a) for a in articles)
        if len(self.buffer) >= self.part_records:
            self._flush()

    def _flush(self) -> None:
        """Write the buffered records as one complete part."""
        import pyarrow as pa
        import pyarrow.parquet as pq

        if not self.buffer:
            return
        first, self.count = self.count + 1, self.count + len(self.buffer)
        part = self.parts / f"part-{self.next_part:06d}.parquet"
        tmp = part.with_suffix(".tmp")
        pq.write_table(pa.Table.from_pylist(self.buffer, schema=self.schema), tmp)
        self.buffer = []
        crash = self.crash
        if crash is not None and first <= crash.record <= self.count:
            if crash.point == "write":
                crash.die()  # the part stays a temporary file: it never happened
            os.replace(tmp, part)
            crash.die()
        os.replace(tmp, part)
        self.next_part += 1

    def close(self) -> None:
        """Merge OUT and the parts into a new OUT, atomically."""
        import pyarrow.parquet as pq

        self._flush()
        sources = ([self.path] if self.path.exists() else []) + self._part_files()
        tmp = self.path.with_name(f".{self.path.name}.tmp")
        with pq.ParquetWriter(tmp, self.schema) as out:
            for source in sources:
                for batch in pq.ParquetFile(source).iter_batches():
                    out.write_batch(batch)
        os.replace(tmp, self.path)
        self._clear_parts()
        self.parts.rmdir()


def format_of(out: Path | None, fmt: str | None) -> Format:
    """The output format: `--format`, else OUT's extension (`.parquet`, `.csv`), else JSON Lines."""
    if fmt is not None:
        if fmt not in FORMATS:
            raise OutputError(f"unknown format {fmt!r} (known: {', '.join(FORMATS)})")
        return fmt  # type: ignore[return-value]
    if out is None:
        return "jsonl"
    if out.suffix.lower() in (".parquet", ".pq"):
        return "parquet"
    if out.suffix.lower() == ".csv" or out.is_dir():
        return "csv"
    return "jsonl"


def open_writer(out: Path | None, fmt: Format, *, resume: bool) -> Writer:
    """The writer of a format; resuming repairs OUT and reads what it holds."""
    crash = CrashPoint.from_env()
    if out is None:
        if fmt != "jsonl":
            raise OutputError(f"{fmt} output needs -o OUT (only JSON Lines goes to stdout)")
        if resume:
            raise OutputError("--resume needs -o OUT: stdout cannot be resumed")
        return JsonlWriter(None, resume=False, crash=crash)
    if fmt != "csv" and out.is_dir():
        raise OutputError(f"{out}: is a directory ({fmt} output is a file)")
    if fmt != "csv" and not out.parent.is_dir():
        raise OutputError(f"{out}: its folder {out.parent} does not exist")
    try:
        if fmt == "csv":
            return CsvWriter(out, resume=resume, crash=crash)
        if fmt == "parquet":
            return ParquetWriter(out, resume=resume, crash=crash)
        return JsonlWriter(out, resume=resume, crash=crash)
    except OSError as exc:
        raise OutputError(f"{out}: cannot be written ({exc.strerror or exc})") from None
