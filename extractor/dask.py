"""The same extraction on a Dask cluster: `batch.run_batch`'s records, past one machine.

Needs the `dask` extra (`pip install 'rilis[dask]'`); nothing here imports
dask at module level, so `import extractor` works without it. (This module is
`extractor.dask`; with absolute imports, `import dask` below is the real Dask.)

    >>> from extractor.dask import run_dask
    >>> run_dask(["s3://bucket/releases/"], "s3://bucket/records", Options())

How a run goes:

1. The client lists the inputs through fsspec (`list_inputs`): local paths,
   `s3://`, `gs://` … for users who install those backends. Directories are
   walked with the local engine's rules (`.txt`/`.html`, a page with a `.txt`
   twin read once, `--glob`).
2. The list is cut into partitions of `partition_size` inputs; one task
   reads and extracts one partition (`extract_bag`). Each worker process
   builds the pipeline once (`pipeline.get_extractor` is a per-process cache)
   and reuses it for every partition it runs.
3. One task per partition writes `OUT/part-NNNNN.parquet` (or `.jsonl`),
   same records and Arrow schema as the local engine, and the partition's
   failed inputs to `<OUT>.errors/part-NNNNN.jsonl`. A part is written under
   a temporary name and renamed (object stores put whole objects), under a
   name fixed by the partition: a task retried after a worker died rewrites
   its own part, so no record is lost or written twice.

4. With `--dedup`, `cluster_parts` runs the local clustering rule on the
   cluster: profiles, LSH bands and structural blocks on the workers
   (`Bag.foldby`), pair decisions on the workers, the union-find join on the
   client (it needs every decision for its veto), merged events per cluster on
   the workers. The clusters equal the local engine's (tested).
"""

from __future__ import annotations

import dataclasses
import io
import json
import logging
import os
import posixpath
import time
import uuid
from collections.abc import Iterable, Iterator, Sequence
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import Any, Literal

from .batch import CHUNK, Outcome, Summary, extract_chunk
from .options import Options
from .readers import (
    DATASET_SUFFIXES,
    HTML_SUFFIXES,
    Failed,
    Source,
    SourceError,
    _dataset_line,
    _wanted,
    decode_text,
    is_url,
    iter_sources,
)
from .records import Article
from .writers import OutputError, _arrow_row, arrow_schema

log = logging.getLogger(__name__)

DaskFormat = Literal["jsonl", "parquet"]
PARTITION_INPUTS = 4 * CHUNK
"""Inputs per partition: large enough that a task outweighs its scheduling cost."""
_WEB = ("http://", "https://")


class DaskUnavailable(Exception):
    """The dask extra is not installed; the message says how to install it."""


def require_dask() -> None:
    """Raise `DaskUnavailable` unless dask.bag, distributed and fsspec import."""
    try:
        import dask.bag  # noqa: F401
        import distributed  # noqa: F401
        import fsspec  # noqa: F401
    except ImportError as exc:
        raise DaskUnavailable(f"the dask engine needs the dask extra ({exc.name or exc} is "
                              "missing): pip install 'rilis[dask]'") from None


# -- listing and reading inputs (fsspec) ---------------------------------------------------
def _is_local(fs: Any) -> bool:
    """An fsspec filesystem of this machine's files (paths stay plain paths)."""
    from fsspec.implementations.local import LocalFileSystem

    return isinstance(fs, LocalFileSystem)


def list_inputs(paths_or_urls: Iterable[str | Path], glob: str | None = None) -> list[str]:
    """Every input under the given paths or URLs, listed through fsspec, in sorted order.

    Local files come back as absolute paths (the `source` of their records),
    other filesystems as URLs with their protocol; http(s) URLs are pages,
    kept as they are. A missing top-level input raises `SourceError`.
    """
    from fsspec.core import url_to_fs

    found: list[str] = []
    for raw in map(str, paths_or_urls):
        if raw.startswith(_WEB):
            found.append(raw)
            continue
        fs, root = url_to_fs(raw)
        if not fs.exists(root):
            raise SourceError(f"{raw}: no such file or directory")
        name_of = (lambda p: p) if _is_local(fs) else fs.unstrip_protocol
        if not fs.isdir(root):
            found.append(name_of(root))
            continue
        files = sorted(fs.find(root))
        present = set(files)
        for path in files:
            stem, suffix = posixpath.splitext(path)
            if not _wanted(posixpath.basename(path), glob):
                continue
            if suffix.lower() in HTML_SUFFIXES and stem + ".txt" in present:
                continue  # a corpus twin: the article is read from its .txt
            found.append(name_of(path))
    return found


def _read_remote(url: str) -> list[Source | Failed]:
    """The articles of one input on a remote fsspec filesystem (text, page or dataset).

    A `<stem>.meta.json` beside an article is read as locally; `.fetch.json`
    records are read only from local files.
    """
    from fsspec.core import url_to_fs

    from .html import source_from_html

    fs, path = url_to_fs(url)
    stem, suffix = posixpath.splitext(path)
    try:
        data = fs.cat_file(path)
        if suffix.lower() in DATASET_SUFFIXES:
            return [_dataset_line(url, number, line, None)  # type: ignore[arg-type]
                    for number, line in enumerate(data.splitlines(keepends=True), start=1)
                    if line.strip()]
        meta: dict[str, Any] = {}
        if fs.exists(stem + ".meta.json"):
            meta = json.loads(fs.cat_file(stem + ".meta.json"))
            if not isinstance(meta, dict):
                raise SourceError(f"{url}: its .meta.json must be a JSON object")
        meta.setdefault("source", url)
        if suffix.lower() in HTML_SUFFIXES:
            return [source_from_html(data, path=url, metadata=meta)]
        import hashlib

        return [Source(path=url, text=decode_text(data, what=url), metadata=meta,
                       content_hash=hashlib.sha256(data).hexdigest())]
    except SourceError as exc:
        return [Failed(url, str(exc))]
    except (OSError, ValueError) as exc:
        return [Failed(url, f"{url}: cannot read ({exc})")]


def read_input(raw: str, *, allow_private: bool = False) -> list[Source | Failed]:
    """The articles of one listed input, read as the local engine reads it."""
    if raw.startswith(_WEB):
        from .fetch import url_reader

        return list(iter_sources([raw], read_url=url_reader(allow_private=allow_private)))
    if is_url(raw) and not raw.startswith("file://"):
        return _read_remote(raw)
    local = raw.removeprefix("file://")
    if not Path(local).exists():
        return [Failed(local, f"{local}: no such file on this worker (is the input on a "
                              "shared filesystem?)")]
    return list(iter_sources([local]))


# -- one partition -------------------------------------------------------------------------
def extract_partition(inputs: Sequence[str], options: Options, allow_private: bool = False
                      ) -> list[Article | Failed]:
    """Read and extract some inputs: a record or a `Failed` per article, in input order.

    Runs on a worker; the pipeline is the worker process's (built on its
    first partition, by `pipeline.get_extractor`'s cache).
    """
    sources = [s for raw in inputs for s in read_input(raw, allow_private=allow_private)]
    readable = [s for s in sources if isinstance(s, Source)]
    outcomes: list[Outcome] = []
    for start in range(0, len(readable), CHUNK):
        outcomes.extend(extract_chunk([(s.text, s.metadata)
                                       for s in readable[start:start + CHUNK]], options))
    extracted = iter(outcomes)
    results: list[Article | Failed] = []
    for source in sources:
        if isinstance(source, Failed):
            results.append(source)
            continue
        outcome = next(extracted)
        results.append(outcome if isinstance(outcome, Article)
                       else Failed(source.path, f"{source.path}: {outcome}"))
    return results


def _partition_task(part: list[list[str]], options: Options, allow_private: bool
                    ) -> list[Article | Failed]:
    """`extract_partition` over a bag partition (one list of inputs)."""
    return [r for inputs in part for r in extract_partition(inputs, options, allow_private)]


def extract_bag(paths_or_urls: Iterable[str | Path], options: Options | None = None, *,
                glob: str | None = None, partition_size: int = PARTITION_INPUTS,
                allow_private: bool = False) -> Any:
    """A lazy Dask bag of the records (`Article`) and failed inputs (`Failed`) of the inputs.

    Args:
        paths_or_urls: files, directories or URLs (any fsspec protocol; http(s)
            pages are fetched with rilis's polite fetcher).
        options: extraction options; defaults to `Options()`.
        glob: file-name pattern for files found inside directories.
        partition_size: inputs per partition (one task each).
        allow_private: let http(s) inputs reach private or loopback addresses.

    Listing happens now, on the client; reading and extraction when the bag
    is computed, on the workers. Raises `SourceError` when an input is
    missing or nothing is found, `DaskUnavailable` without the dask extra.
    """
    require_dask()
    import dask.bag as db

    inputs = list_inputs(paths_or_urls, glob)
    if not inputs:
        raise SourceError("no inputs found under " + ", ".join(map(str, paths_or_urls)))
    parts = [inputs[i:i + partition_size] for i in range(0, len(inputs), partition_size)]
    return db.from_sequence(parts, partition_size=1).map_partitions(
        _partition_task, options or Options(), allow_private)


# -- writing partitions --------------------------------------------------------------------
def _put(fs: Any, path: str, data: bytes) -> None:
    """Write a whole file: locally under a temporary name, then renamed into place."""
    if not _is_local(fs):
        fs.pipe_file(path, data)  # an object store puts whole objects
        return
    tmp = posixpath.join(posixpath.dirname(path),
                         f".{posixpath.basename(path)}.{uuid.uuid4().hex}.tmp")
    with open(tmp, "wb") as handle:
        handle.write(data)
    os.replace(tmp, path)


def _parquet_bytes(articles: Sequence[Article]) -> bytes:
    """Records as one Parquet file, with the local engine's schema and rows."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    table = pa.Table.from_pylist([_arrow_row(a) for a in articles], schema=arrow_schema())
    buffer = io.BytesIO()
    pq.write_table(table, buffer)
    return buffer.getvalue()


def write_partition(results: list[Article | Failed], index: int, out: str, errors: str,
                    fmt: DaskFormat) -> dict[str, Any]:
    """Write one partition's records and failures; return its counts and first failures."""
    from fsspec.core import url_to_fs

    articles = [r for r in results if isinstance(r, Article)]
    failures = [r for r in results if isinstance(r, Failed)]
    fs, root = url_to_fs(out)
    name = f"part-{index:05d}.{fmt}"
    if fmt == "parquet":
        data = _parquet_bytes(articles)
    else:
        data = "".join(a.to_json() + "\n" for a in articles).encode("utf-8")
    _put(fs, posixpath.join(root, name), data)
    if failures:
        err_fs, err_root = url_to_fs(errors)
        lines = "".join(json.dumps({"path": f.path, "reason": f.reason}, ensure_ascii=False)
                        + "\n" for f in failures)
        _put(err_fs, posixpath.join(err_root, f"part-{index:05d}.jsonl"), lines.encode("utf-8"))
    return {"records": len(articles), "failed": len(failures), "failures": failures[:5]}


def write_events(events: list[dict[str, Any]], index: int, url: str) -> int:
    """Write one partition of merged events as JSON Lines; return how many."""
    from fsspec.core import url_to_fs

    fs, root = url_to_fs(url)
    lines = "".join(json.dumps(e, ensure_ascii=False, default=str) + "\n" for e in events)
    _put(fs, posixpath.join(root, f"part-{index:05d}.jsonl"), lines.encode("utf-8"))
    return len(events)


def _prepare_output(url: str) -> None:
    """Make the output directory; remove the parts of an earlier run (they would mislead)."""
    from fsspec.core import url_to_fs

    fs, root = url_to_fs(url)
    if fs.exists(root) and not fs.isdir(root):
        raise OutputError(f"{url}: the dask engine writes a directory of parts, and this "
                          "is a file")
    try:
        fs.makedirs(root, exist_ok=True)
        stale = fs.glob(posixpath.join(root, "part-*")) + fs.glob(posixpath.join(root, ".part-*"))
        if stale:
            fs.rm(stale)
    except OSError as exc:
        raise OutputError(f"{url}: cannot write ({exc})") from None


def default_errors_url(out: str) -> str:
    """`<OUT>.errors` beside OUT: a directory of JSON Lines parts."""
    return out.rstrip("/") + ".errors"


# -- the run -------------------------------------------------------------------------------
@contextmanager
def connect(scheduler: str | None = None, workers: int | None = None) -> Iterator[Any]:
    """A client of the cluster at `scheduler`, or of a new local cluster of `workers` processes.

    A local cluster runs one single-threaded worker process per core (spaCy
    holds the GIL), and is closed with its client.
    """
    require_dask()
    from distributed import Client, LocalCluster

    if scheduler is not None:
        with Client(scheduler) as client:
            yield client
        return
    from .batch import default_workers

    with LocalCluster(n_workers=workers or default_workers(), threads_per_worker=1,
                      processes=True, dashboard_address=None) as cluster, \
            Client(cluster) as client:
        yield client


def run_dask(paths_or_urls: Sequence[str | Path], out: str | Path, options: Options, *,
             fmt: DaskFormat = "parquet", scheduler: str | None = None,
             workers: int | None = None, client: Any = None, errors: str | Path | None = None,
             glob: str | None = None, partition_size: int = PARTITION_INPUTS,
             allow_private: bool = False, dedup: bool = False) -> Summary:
    """Extract every input on a Dask cluster into a directory of parts; return what was done.

    Args:
        paths_or_urls: files, directories or URLs (see `extract_bag`).
        out: the output directory (local path or fsspec URL), which every
            worker must be able to write: `OUT/part-NNNNN.parquet` or `.jsonl`.
        options: extraction options.
        fmt: `parquet` (the local engine's Arrow schema) or `jsonl`.
        scheduler: address of a running scheduler (`tcp://host:8786`); None
            starts a local cluster of `workers` processes.
        workers: processes of the local cluster (default: the cores).
        client: an existing `distributed.Client` to use (then `scheduler` and
            `workers` are ignored, and the client is left open).
        errors: directory of the failed-input parts (default: `<OUT>.errors`).
        glob: file-name pattern for files found inside directories.
        partition_size: inputs per task.
        allow_private: let http(s) inputs reach private or loopback addresses.
        dedup: cluster the records into events (`cluster_parts`): records get their
            `cluster` id and the merged events go to `<OUT>.events/part-NNNNN.jsonl`.

    Raises:
        DaskUnavailable: the dask extra is not installed.
        SourceError: an input does not exist, or none is found.
        OutputError: OUT cannot be written.
        PatternError: the pattern files are malformed.
    """
    require_dask()
    import dask

    from .vocabulary import load_patterns

    if fmt not in ("parquet", "jsonl"):
        raise OutputError(f"the dask engine writes parquet or jsonl, not {fmt!r}")
    started = time.perf_counter()
    load_patterns(options.patterns_dir)  # malformed patterns: fail before touching OUT
    out_url = str(out)
    errors_url = str(errors) if errors is not None else default_errors_url(out_url)
    extract_options = dataclasses.replace(options, include_text=True) if dedup else options
    bag = extract_bag(paths_or_urls, extract_options, glob=glob, partition_size=partition_size,
                      allow_private=allow_private)
    _prepare_output(out_url)
    _prepare_output(errors_url)
    events_url = out_url.rstrip("/") + ".events"
    if dedup:
        _prepare_output(events_url)
    with ExitStack() as stack:
        if client is None:
            client = stack.enter_context(connect(scheduler, workers))
        parts = bag.to_delayed()
        event_parts: list[Any] = []
        if dedup:
            parts = client.persist(parts)
            parts, event_parts = cluster_parts(parts, client, keep_text=options.include_text)
        writes = [dask.delayed(write_partition)(part, index, out_url, errors_url, fmt)
                  for index, part in enumerate(parts)]
        writes += [dask.delayed(write_events)(part, index, events_url)
                   for index, part in enumerate(event_parts)]
        counts = client.gather(client.compute(writes))[:len(parts)]
        summary = Summary(workers=len(client.scheduler_info()["workers"]), output=out_url,
                          errors_to=errors_url)
    for part in counts:
        summary.records += part["records"]
        summary.failed += part["failed"]
        summary.failures.extend(part["failures"][: 5 - len(summary.failures)])
    summary.seconds = time.perf_counter() - started
    return summary


# -- event clustering on the cluster ----------------------------------------------------------
#
# The local rule (`extractor.cluster`) on distributed data, with the same result:
# 1. each partition profiles its records (shingles, MinHash, facilities, event day …) on
#    the workers, with global indexes that follow the input order;
# 2. each profile emits its block keys (LSH bands of its MinHash, and event day × facility
#    or official name, as `cluster.candidate_pairs`); `Bag.foldby` gathers the blocks on the
#    workers and turns them into candidate pairs;
# 3. the pairs are decided by `cluster.decide` on the workers, in chunks, with the profiles
#    broadcast to them;
# 4. the client joins the accepted pairs (`cluster._join`: union-find with the veto, which
#    needs every decision) and names the clusters; the records get their cluster ids and
#    the merged events (`cluster.merge_event`) are built per cluster on the workers.

PAIR_CHUNK = 2000


def _profile_part(part: list[Article | Failed], offset: int, options: Any) -> list[Any]:
    """Profiles of one partition's records: (profile, band keys' MinHash values, id, date)."""
    from datasketch import MinHash

    from extractor.cluster import profile

    out = []
    index = offset
    for item in part:
        if not isinstance(item, Article):
            continue
        found = profile(index, item, options)
        values = None
        if found.shingles:
            minhash = MinHash(num_perm=options.num_perm)
            minhash.update_batch([s.encode("utf-8") for s in found.shingles])
            values = minhash.hashvalues
        out.append((found, values, item.id, item.published))
        index += 1
    return out


def _block_keys(profiled: list[Any], bands: int, rows: int, lsh: bool) -> list[tuple[Any, int]]:
    """The blocks a profile belongs to (`cluster.candidate_pairs`' keys)."""
    keys: list[tuple[Any, int]] = []
    for found, values, _, _ in profiled:
        if lsh and values is not None:
            keys += [(("lsh", band, values[band * rows:(band + 1) * rows].tobytes()), found.index)
                     for band in range(bands)]
        if found.day is not None:
            keys += [((found.day, key), found.index) for key in found.facilities]
            keys += [((found.day, word), found.index)
                     for word in {w for name in found.officials for w in name}]
    return keys


def _block_pairs(block: tuple[Any, frozenset[int]]) -> list[tuple[int, int]]:
    from itertools import combinations

    return list(combinations(sorted(block[1]), 2))


def _decide_chunk(pairs: list[tuple[int, int]], profiles: dict[int, Any], options: Any
                  ) -> list[tuple[tuple[int, int], Any]]:
    from extractor.cluster import decide

    return [((i, j), decide(profiles[i], profiles[j], options)) for i, j in pairs]


def _label_part(part: list[Article | Failed], offset: int, ids: list[str], keep_text: bool
                ) -> list[Article | Failed]:
    """A partition's records with their cluster ids (and without text unless asked)."""
    out: list[Article | Failed] = []
    index = offset
    for item in part:
        if isinstance(item, Article):
            update: dict[str, Any] = {"cluster": ids[index]}
            if not keep_text:
                update["text"] = None
            item = item.model_copy(update=update)
            index += 1
        out.append(item)
    return out


def _event(group: tuple[str, list[tuple[int, Article]]], options: Any) -> dict[str, Any]:
    from extractor.cluster import merge_event

    cluster_id_, members = group
    return merge_event(cluster_id_, [a for _, a in sorted(members, key=lambda m: m[0])],
                       options)


def cluster_parts(parts: list[Any], client: Any, options: Any = None, *, keep_text: bool
                  ) -> tuple[list[Any], list[Any]]:
    """Cluster the records of delayed partitions (records with texts) on a Dask cluster.

    Returns the labelled partitions (delayed lists of `Article | Failed`, cluster ids
    set) and the delayed merged events (one list per partition of the event bag).
    The clusters equal those of `cluster.dedup` over the same records in input order.
    """
    import dask
    import dask.bag as db
    from datasketch import MinHashLSH

    from extractor.cluster import DEFAULT_OPTIONS, _join, cluster_id

    options = options or DEFAULT_OPTIONS
    counts = client.gather(client.compute(
        [dask.delayed(lambda p: sum(isinstance(r, Article) for r in p))(p) for p in parts]))
    offsets = [sum(counts[:i]) for i in range(len(counts))]
    profiled_parts = [dask.delayed(_profile_part)(p, o, options)
                      for p, o in zip(parts, offsets, strict=True)]
    profiled_parts = client.persist(profiled_parts)
    with_text = sum(client.gather(client.compute(
        [dask.delayed(lambda p: sum(v is not None for _, v, _, _ in p))(p)
         for p in profiled_parts])))
    lsh = MinHashLSH(threshold=options.shared_text, num_perm=options.num_perm)
    keys = db.from_delayed([dask.delayed(_block_keys)(p, lsh.b, lsh.r, with_text > 1)
                            for p in profiled_parts])
    blocks = keys.foldby(lambda kv: kv[0], lambda acc, kv: acc | {kv[1]}, frozenset(),
                         lambda a, b: a | b, frozenset())
    pairs = sorted(set(client.compute(blocks.map(_block_pairs).flatten()).result()))
    profiled = [row for part in client.gather(client.compute(profiled_parts)) for row in part]
    profiles = {found.index: found for found, _, _, _ in profiled}
    shared = client.scatter(profiles, broadcast=True)
    chunks = [pairs[i:i + PAIR_CHUNK] for i in range(0, len(pairs), PAIR_CHUNK)]
    decisions = dict(row for chunk in client.gather(
        client.map(_decide_chunk, chunks, profiles=shared, options=options)) for row in chunk)
    ordered = [profiles[i] for i in range(len(profiles))]
    members = _join(ordered, decisions, options)

    class _Key:  # what `cluster_id` reads of a record
        def __init__(self, article_id: str, published: str | None) -> None:
            self.id, self.published = article_id, published

    keys_of = {found.index: _Key(aid, published) for found, _, aid, published in profiled}
    ids = [""] * len(profiles)
    for group in members:
        name = cluster_id(keys_of[i] for i in group)
        for i in group:
            ids[i] = name
    labelled = [dask.delayed(_label_part)(p, o, ids, True)
                for p, o in zip(parts, offsets, strict=True)]
    indexed = db.from_delayed([dask.delayed(lambda part, o: [
        (o + k, a) for k, a in enumerate(r for r in part if isinstance(r, Article))])(p, o)
        for p, o in zip(labelled, offsets, strict=True)])
    events = indexed.groupby(lambda pair: pair[1].cluster).map(_event, options)
    if not keep_text:
        labelled = [dask.delayed(_label_part)(p, o, ids, False)
                    for p, o in zip(parts, offsets, strict=True)]
    return labelled, events.to_delayed()
