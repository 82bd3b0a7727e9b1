"""The Dask engine: the local engine's records on a 2-worker cluster, retries, no dask needed."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

import extractor
from extractor.batch import run_batch
from extractor.cli import app
from extractor.records import Article
from extractor.writers import article_from_row

from .conftest import CORPUS, FIXED

distributed = pytest.importorskip("distributed")
pq = pytest.importorskip("pyarrow.parquet")

from extractor import dask as rilis_dask  # noqa: E402  (after the skips)

runner = CliRunner()
PARTITION = 16  # small partitions: many tasks on two workers
# Two articles of every corpus batch (~360): the engines are compared on varied articles; every
# record of the whole corpus is checked elsewhere (test_identity, the eval gate), and the whole
# corpus here took 40 s of the suite's five minutes.
SAMPLE = "*-0[13]-*"


@pytest.fixture(scope="module")
def client() -> Iterator[object]:
    """A local cluster of two single-threaded worker processes, as CI runs it."""
    cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                       dashboard_address=None)
    with distributed.Client(cluster) as c:
        yield c
    cluster.close()


@pytest.fixture(scope="module")
def local_records(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Article]:
    """The local engine's records of the corpus sample, by id."""
    out = tmp_path_factory.mktemp("local") / "records.jsonl"
    summary = run_batch([str(CORPUS)], out, FIXED, workers=1, glob=SAMPLE)
    assert summary.failed == 0
    records = [Article.model_validate_json(line) for line in out.read_text().splitlines()]
    return {r.id: r for r in records}


def read_parts(out: Path) -> list[Article]:
    """Every record of a Dask output directory (Parquet or JSON Lines parts)."""
    records: list[Article] = []
    for part in sorted(out.glob("part-*")):
        if part.suffix == ".parquet":
            records += [article_from_row(row) for row in pq.read_table(part).to_pylist()]
        else:
            records += [Article.model_validate_json(line)
                        for line in part.read_text().splitlines()]
    return records


def test_records_equal_the_local_engine_and_one_pipeline_per_worker(
        tmp_path: Path, client: object, local_records: dict[str, Article]) -> None:
    out = tmp_path / "records.parquet"
    summary = rilis_dask.run_dask([str(CORPUS)], out, FIXED, client=client, glob=SAMPLE,
                                  partition_size=PARTITION)
    records = read_parts(out)
    parts = sorted(p.name for p in out.glob("part-*.parquet"))
    assert len(parts) > 4  # more partitions than workers…
    assert summary.records == len(records) == len(local_records) and summary.failed == 0
    assert {r.id: r for r in records} == local_records  # record for record, ordering aside
    # …yet each worker process built the pipeline once (get_extractor's cache misses)
    builds = client.run(lambda: extractor.pipeline.get_extractor.cache_info().misses)
    assert sorted(builds.values()) == [1, 1]
    schema = pq.read_schema(out / parts[0])
    assert schema.equals(extractor.writers.arrow_schema(), check_metadata=False)


def test_jsonl_parts_and_the_errors_dataset(tmp_path: Path, client: object) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    for path in sorted((CORPUS / "seeds").glob("*.txt")):
        (inputs / path.name).write_bytes(path.read_bytes())
    (inputs / "scan.txt").write_bytes(b"%PDF-1.7 not an article")
    out = tmp_path / "out"
    summary = rilis_dask.run_dask([str(inputs)], out, FIXED, client=client, fmt="jsonl",
                                  partition_size=1)
    records = read_parts(out)
    assert summary.records == len(records) == 2 and summary.failed == 1
    assert {r.source for r in records} == {str(p) for p in sorted(inputs.glob("*.txt"))
                                           if p.name != "scan.txt"}
    errors = [json.loads(line) for part in sorted(Path(f"{out}.errors").glob("part-*.jsonl"))
              for line in part.read_text().splitlines()]
    assert errors == [{"path": str(inputs / "scan.txt"),
                       "reason": f"{inputs / 'scan.txt'}: binary file (a PDF document), "
                                 "not text"}]
    # a second run into the same OUT replaces the parts, it does not add to them
    rilis_dask.run_dask([str(inputs)], out, FIXED, client=client, fmt="jsonl",
                        partition_size=2)
    assert len(read_parts(out)) == 2


def test_inputs_on_another_filesystem_are_listed_and_read_through_fsspec() -> None:
    import fsspec

    fs = fsspec.filesystem("memory")
    text = (CORPUS / "seeds").glob("*.txt").__next__().read_text(encoding="utf-8")
    fs.pipe({"/releases/a.txt": text.encode(), "/releases/a.html": b"<html>twin</html>",
             "/releases/a.meta.json": b'{"title": "Judul"}', "/releases/notes.md": b"x"})
    inputs = rilis_dask.list_inputs(["memory://releases"])
    assert inputs == ["memory:///releases/a.txt"]  # the .txt twin is read, not the page
    [record] = rilis_dask.extract_partition(inputs, FIXED)
    assert record == extractor.extract(text, source="memory:///releases/a.txt",
                                       metadata={"title": "Judul"}, options=FIXED)


def test_missing_input_is_a_usage_error(tmp_path: Path) -> None:
    with pytest.raises(extractor.readers.SourceError, match="no-such: no such file"):
        rilis_dask.list_inputs([str(tmp_path / "no-such")])


def test_without_dask_the_plain_path_works_and_the_dask_engine_says_what_to_install(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("dask", "dask.bag", "distributed"):
        monkeypatch.setitem(sys.modules, name, None)  # import dask → ImportError
    seed = str(sorted((CORPUS / "seeds").glob("*.txt"))[0])
    plain = runner.invoke(app, ["extract", seed, "-q"])
    assert plain.exit_code == 0 and json.loads(plain.output)["source"] == seed
    on_dask = runner.invoke(app, ["extract", seed, "--engine", "dask", "-o",
                                  str(tmp_path / "out")])
    assert on_dask.exit_code == 2
    assert "pip install 'rilis[dask]'" in on_dask.output
    assert not (tmp_path / "out").exists()


def test_importing_the_package_and_its_dask_module_does_not_import_dask() -> None:
    code = ("import sys; import extractor, extractor.cli, extractor.dask; "
            "print(sorted(m for m in sys.modules if m.split('.')[0] in "
            "('dask', 'distributed', 'fsspec')))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True)
    assert done.stdout.strip() == "[]"


def test_a_worker_killed_mid_run_is_retried_without_losing_or_duplicating_records(
        tmp_path: Path, client: object, local_records: dict[str, Article]) -> None:
    out = tmp_path / "records.jsonl"
    result: dict[str, object] = {}

    def run() -> None:
        try:
            result["summary"] = rilis_dask.run_dask([str(CORPUS)], out, FIXED, client=client,
                                                    fmt="jsonl", glob=SAMPLE, partition_size=8)
        except BaseException as exc:  # noqa: BLE001 - reported by the assertion below
            result["error"] = exc

    before = client.run(os.getpid)
    thread = threading.Thread(target=run)
    thread.start()
    while thread.is_alive() and not list(out.glob("part-*")):
        time.sleep(0.05)  # wait until the run is under way: a first part is written
    busy = [worker for worker, keys in client.processing().items() if keys]
    parts_at_kill = len(list(out.glob("part-*")))
    assert busy and thread.is_alive()
    os.kill(before[busy[0]], signal.SIGKILL)
    thread.join(timeout=120)
    assert "error" not in result, result.get("error")
    total_parts = -(-len(local_records) // 8)
    assert parts_at_kill < total_parts  # the kill came mid-run
    records = read_parts(out)
    assert len(records) == len({r.id for r in records}) == len(local_records)
    assert {r.id for r in records} == set(local_records)
    assert before[busy[0]] not in client.run(os.getpid).values()  # a new process replaced it


def test_dedup_on_the_cluster_equals_the_local_clustering(tmp_path: Path, client: object) -> None:
    import dataclasses

    from extractor.cluster import dedup
    from extractor.readers import Source, iter_sources

    folder = CORPUS / "syndication" / "dev"
    out = tmp_path / "out"
    summary = rilis_dask.run_dask([str(folder)], str(out), FIXED, client=client, fmt="jsonl",
                                  partition_size=PARTITION, dedup=True)
    assert summary.failed == 0
    records = [Article.model_validate_json(line) for part in sorted(out.glob("part-*.jsonl"))
               for line in part.read_text(encoding="utf-8").splitlines()]
    events = [json.loads(line) for part in sorted(Path(f"{out}.events").glob("part-*.jsonl"))
              for line in part.read_text(encoding="utf-8").splitlines()]
    sources = [s for s in iter_sources([folder]) if isinstance(s, Source)]
    local = list(extractor.extract_many([(s.text, s.metadata) for s in sources],
                                        options=dataclasses.replace(FIXED, include_text=True)))
    labelled, local_events = dedup(local)
    assert {r.id: r.cluster for r in records} == {r.id: r.cluster for r in labelled}
    assert all(r.text is None for r in records)  # texts read for clustering, not written
    canonical = sorted(json.dumps(e, sort_keys=True, default=str) for e in local_events)
    assert sorted(json.dumps(e, sort_keys=True, default=str) for e in events) == canonical
    assert len(events) == len(json.loads((folder / "clusters.json").read_text())["events"])
