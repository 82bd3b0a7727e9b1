"""No data loss on interruption: kill a batch run's process group, resume, count records.

Each run is a real `rilis extract` in its own session (so it leads its process
group, workers included). It is stopped either at a deterministic crash point
(`RILIS_CRASH_AT`, see `extractor.writers`) or from outside with SIGINT or
SIGKILL sent to the whole group once some records are out. Then `--resume`
must leave exactly one valid record per input: no duplicate, no truncated
line, nothing missing.
"""

from __future__ import annotations

import csv
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from .conftest import CORPUS

INPUTS = 45


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """INPUTS distinct articles: the dev split and seeds, copied under new names."""
    root = tmp_path_factory.mktemp("inputs")
    texts = sorted((CORPUS / "dev").glob("*.txt")) + sorted((CORPUS / "seeds").glob("*.txt"))
    for index, path in enumerate(texts[:INPUTS]):
        shutil.copy(path, root / f"{index:03d}.txt")
    return root


def _command(inputs: Path, out: Path, fmt: str, workers: int, *extra: str) -> list[str]:
    return [sys.executable, "-m", "extractor", "extract", str(inputs), "-o", str(out),
            "--format", fmt, "--workers", str(workers), "--reference-date", "2026-11-22",
            "--quiet", *extra]


def _env(crash: str | None = None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "RILIS_CRASH_AT"}
    if crash:
        env["RILIS_CRASH_AT"] = crash
    return env


def _run(command: list[str], crash: str | None = None) -> int:
    return subprocess.run(command, env=_env(crash), start_new_session=True,
                          capture_output=True, timeout=300).returncode


def _ids(out: Path, fmt: str) -> list[str]:
    """Record ids in OUT, checking every record is whole."""
    if fmt == "jsonl":
        data = out.read_text(encoding="utf-8")
        assert data.endswith("\n")
        return [json.loads(line)["id"] for line in data.splitlines()]
    if fmt == "csv":
        with (out / "articles.csv").open(encoding="utf-8", newline="") as handle:
            ids = [row["article_id"] for row in csv.DictReader(handle)]
        with (out / "facilities.csv").open(encoding="utf-8", newline="") as handle:
            assert {row["article_id"] for row in csv.DictReader(handle)} <= set(ids)
        return ids
    import pyarrow.parquet as pq

    return pq.read_table(out).column("id").to_pylist()


@pytest.fixture(scope="module")
def complete_ids(inputs: Path, tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    """The ids an uninterrupted run writes, in order."""
    out = tmp_path_factory.mktemp("complete") / "out.jsonl"
    assert _run(_command(inputs, out, "jsonl", 1)) == 0
    ids = _ids(out, "jsonl")
    assert len(ids) == len(set(ids)) == INPUTS
    return ids


def _resume_and_check(inputs: Path, out: Path, fmt: str, workers: int,
                      complete_ids: list[str]) -> None:
    assert _run(_command(inputs, out, fmt, workers, "--resume")) == 0
    ids = _ids(out, fmt)
    assert sorted(ids) == sorted(complete_ids)  # each exactly once
    if fmt == "jsonl" and workers == 1:
        assert ids == complete_ids  # in input order, even across the crash


CRASHES = [
    ("jsonl", 1, "write:1"), ("jsonl", 1, "write:17"), ("jsonl", 1, "after:33"),
    ("jsonl", 2, "write:20"), ("jsonl", 1, "write:9:INT"), ("jsonl", 2, "after:12:INT"),
    ("csv", 1, "write:14"), ("csv", 2, "after:40:INT"), ("parquet", 1, "after:5"),
]
SLOW_CRASHES = [
    ("jsonl", 1, "after:45"), ("jsonl", 2, "write:45"), ("csv", 1, "write:1"),
    ("csv", 2, "write:33:INT"), ("csv", 1, "after:21"), ("parquet", 2, "write:30"),
    ("parquet", 1, "write:1:INT"),
]


def _crash_case(inputs: Path, tmp_path: Path, complete_ids: list[str], fmt: str, workers: int,
                crash: str, monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / {"jsonl": "out.jsonl", "csv": "tables", "parquet": "out.parquet"}[fmt]
    # Parquet parts of 10 records, so a crash falls between parts
    monkeypatch.setenv("RILIS_PARQUET_PART_RECORDS", "10")
    code = _run(_command(inputs, out, fmt, workers), crash)
    assert code in (-signal.SIGKILL, 130), code  # killed, or stopped by Ctrl-C
    _resume_and_check(inputs, out, fmt, workers, complete_ids)


@pytest.mark.parametrize(("fmt", "workers", "crash"), CRASHES,
                         ids=[f"{f}-w{w}-{c}" for f, w, c in CRASHES])
def test_crash_point_then_resume(inputs: Path, tmp_path: Path, complete_ids: list[str],
                                 fmt: str, workers: int, crash: str,
                                 monkeypatch: pytest.MonkeyPatch) -> None:
    _crash_case(inputs, tmp_path, complete_ids, fmt, workers, crash, monkeypatch)


@pytest.mark.slow
@pytest.mark.parametrize(("fmt", "workers", "crash"), SLOW_CRASHES,
                         ids=[f"{f}-w{w}-{c}" for f, w, c in SLOW_CRASHES])
def test_more_crash_points_then_resume(inputs: Path, tmp_path: Path, complete_ids: list[str],
                                       fmt: str, workers: int, crash: str,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    _crash_case(inputs, tmp_path, complete_ids, fmt, workers, crash, monkeypatch)


@pytest.mark.parametrize(("sig", "workers", "after"), [
    (signal.SIGKILL, 1, 3), (signal.SIGINT, 1, 10), (signal.SIGKILL, 2, 20),
    (signal.SIGINT, 2, 1),
])
def test_group_killed_from_outside_then_resume(inputs: Path, tmp_path: Path,
                                               complete_ids: list[str], sig: int, workers: int,
                                               after: int) -> None:
    out = tmp_path / "out.jsonl"
    process = subprocess.Popen(_command(inputs, out, "jsonl", workers), env=_env(),
                               start_new_session=True, stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and process.poll() is None:
        if out.exists() and out.read_bytes().count(b"\n") >= after:
            os.killpg(process.pid, sig)
            break
        time.sleep(0.01)
    process.wait(timeout=120)
    _resume_and_check(inputs, out, "jsonl", workers, complete_ids)
