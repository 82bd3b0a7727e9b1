"""The batch runner and its writers: formats, order, workers, resume, errors."""

from __future__ import annotations

import csv
import gc
import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

import extractor
from extractor import batch
from extractor.batch import run_batch
from extractor.cli import app
from extractor.readers import SourceError, iter_sources
from extractor.records import Article
from extractor.tables import TABLES, TABLES_BY_NAME
from extractor.writers import OutputError, article_from_row, format_of, repair_jsonl

from .conftest import CORPUS, FIXED

runner = CliRunner()


@pytest.fixture(scope="module")
def articles_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seed articles and every third dev article (with their metadata) copied into one
    directory: some hundreds of varied articles, however large the dev split grows (each
    test below runs the whole batch on them, some twice)."""
    root = tmp_path_factory.mktemp("articles")
    for split, every in (("seeds", 1), ("dev", 3)):
        for path in sorted((CORPUS / split).glob("*.txt"))[::every]:
            shutil.copy(path, root / path.name)
            meta = path.with_name(path.stem + ".meta.json")
            if meta.exists():
                shutil.copy(meta, root / meta.name)
    return root


@pytest.fixture(scope="module")
def expected(articles_dir: Path) -> list[Article]:
    """What the public API extracts from those articles, one by one, in order."""
    return [extractor.extract(s.text, metadata=s.metadata, options=FIXED)
            for s in iter_sources([articles_dir])]


def _jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_jsonl_output_equals_the_api_in_input_order(tmp_path: Path, articles_dir: Path,
                                                    expected: list[Article]) -> None:
    out = tmp_path / "out.jsonl"
    summary = run_batch([articles_dir], out, FIXED, workers=1)
    assert (summary.records, summary.failed, summary.skipped) == (len(expected), 0, 0)
    assert _jsonl(out) == [json.loads(a.to_json()) for a in expected]


def test_only_a_batch_process_freezes_its_start_up_objects(
        tmp_path: Path, articles_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    frozen = gc.get_freeze_count()
    run_batch([articles_dir], tmp_path / "library.jsonl", FIXED, workers=1)
    assert gc.get_freeze_count() == frozen and gc.isenabled()  # a library caller's: untouched
    monkeypatch.setattr(batch, "_FREEZE_START_UP", False)
    batch.process_runs_batches()  # as `rilis` does
    try:
        batch.build_pipeline(FIXED, freeze=batch._FREEZE_START_UP)
        assert gc.get_freeze_count() > frozen and gc.isenabled()
    finally:
        gc.unfreeze()


def test_two_workers_write_the_same_records_in_the_same_order(
        tmp_path: Path, articles_dir: Path, expected: list[Article],
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(batch, "CHUNK", 5)  # many chunks in flight, finishing out of order
    out = tmp_path / "out.jsonl"
    summary = run_batch([articles_dir], out, FIXED, workers=2)
    assert summary.workers == 2
    assert [r["id"] for r in _jsonl(out)] == [a.id for a in expected]
    assert _jsonl(out) == [json.loads(a.to_json()) for a in expected]


def test_small_batch_runs_in_process_by_default(tmp_path: Path) -> None:
    summary = run_batch([CORPUS / "seeds"], tmp_path / "o.jsonl", FIXED)
    assert summary.workers == 1 and summary.records == 2


def test_csv_tables_hold_every_item_keyed_by_article(tmp_path: Path, articles_dir: Path,
                                                     expected: list[Article]) -> None:
    out = tmp_path / "tables"
    run_batch([articles_dir], out, FIXED, workers=1, fmt="csv")
    assert sorted(p.name for p in out.iterdir()) == sorted(f"{t.name}.csv" for t in TABLES)

    def read(name: str) -> list[dict[str, str]]:
        with (out / f"{name}.csv").open(encoding="utf-8", newline="") as handle:
            return list(csv.DictReader(handle))

    assert [r["article_id"] for r in read("articles")] == [a.id for a in expected]
    for name, family in (("facilities", "facilities"), ("officials", "officials"),
                         ("partners", "partners"), ("dates", "dates"),
                         ("engagements", "engagements"), ("agreements", "agreements")):
        rows = read(name)
        assert len(rows) == sum(len(getattr(a, family)) for a in expected), name
        assert list(rows[0]) == list(TABLES_BY_NAME[name].columns)
    officials = read("officials")
    first = next(a for a in expected if a.officials).officials[0]
    row = next(r for r in officials if r["name"] == first.name)
    assert json.loads(row["spans"]) == [[s.start, s.end] for s in first.spans]
    pairs = read("partnerships")
    assert len(pairs) == sum(len(a.facilities) * len(a.partners) *
                             (len(a.engagements) + len(a.agreements)) for a in expected)
    assert {r["status"] for r in pairs if r["type"] in ("mou", "pks", "kerja_sama")} - {""}
    assert all(r["status"] == "" for r in pairs if r["type"] not in ("mou", "pks", "kerja_sama"))


def test_partnerships_rows_of_the_seed_article() -> None:
    article = extractor.extract((CORPUS / "seeds" / "000_a8fa3e6ec7d6f82c.txt").read_text(),
                                source="000.txt", options=FIXED)
    rows = list(TABLES_BY_NAME["partnerships"].rows(article))
    assert rows == [
        (article.id, "Lapas Kelas IIB Maros", "Pemerintah Kabupaten Maros", "audiensi", None,
         "2025-08-04", "000.txt"),
        (article.id, "Lapas Kelas IIB Maros", "Pemerintah Kabupaten Maros", "mou", "planned",
         "2025-08-04", "000.txt"),
    ]


@pytest.mark.parametrize("workers", [1, 2])  # 2: records come back from workers as JSON
def test_parquet_holds_whole_records(tmp_path: Path, articles_dir: Path,
                                     expected: list[Article],
                                     monkeypatch: pytest.MonkeyPatch, workers: int) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    monkeypatch.setattr("extractor.writers.PARQUET_PART_RECORDS", 7)  # several parts merged
    out = tmp_path / "out.parquet"
    run_batch([articles_dir], out, FIXED, workers=workers)
    rows = pq.read_table(out).to_pylist()
    assert [article_from_row(r) for r in rows] == expected
    assert not any(p.name.startswith(".out.parquet") for p in tmp_path.iterdir())


@pytest.mark.parametrize(("out", "fmt", "expected_format"), [
    ("x.jsonl", None, "jsonl"), ("x.parquet", None, "parquet"), ("x.csv", None, "csv"),
    ("x", None, "jsonl"), ("x.out", "csv", "csv"), (None, None, "jsonl"),
])
def test_format_from_option_or_extension(out: str | None, fmt: str | None,
                                         expected_format: str) -> None:
    assert format_of(Path(out) if out else None, fmt) == expected_format


def test_unknown_format_is_refused() -> None:
    with pytest.raises(OutputError, match="unknown format"):
        format_of(None, "xlsx")


def test_resume_skips_what_is_there_and_finishes_the_rest(tmp_path: Path, articles_dir: Path,
                                                          expected: list[Article]) -> None:
    out = tmp_path / "out.jsonl"
    run_batch([articles_dir], out, FIXED, workers=1)
    lines = out.read_text(encoding="utf-8").splitlines(keepends=True)
    # as a crash leaves it: 20 records and half a line
    out.write_text("".join(lines[:20]) + lines[20][:50], encoding="utf-8")
    summary = run_batch([articles_dir], out, FIXED, workers=1, resume=True)
    assert (summary.skipped, summary.records) == (20, len(expected) - 20)
    assert _jsonl(out) == [json.loads(a.to_json()) for a in expected]
    again = run_batch([articles_dir], out, FIXED, workers=1, resume=True)
    assert (again.skipped, again.records) == (len(expected), 0)


def test_repair_refuses_a_file_that_is_not_records(tmp_path: Path) -> None:
    out = tmp_path / "notes.jsonl"
    out.write_text('{"a": 1}\n', encoding="utf-8")
    with pytest.raises(OutputError, match="notes.jsonl:1"):
        repair_jsonl(out)


def test_resume_of_csv_drops_rows_of_an_unfinished_article(tmp_path: Path,
                                                           articles_dir: Path) -> None:
    out = tmp_path / "tables"
    run_batch([articles_dir], out, FIXED, workers=1, fmt="csv")
    complete = {p.name: p.read_bytes() for p in out.iterdir()}
    articles = (out / "articles.csv").read_bytes().splitlines(keepends=True)
    last_id = articles[-1].split(b",")[0]
    (out / "articles.csv").write_bytes(b"".join(articles[:-1]) + articles[-1][:10])
    facilities = out / "facilities.csv"
    with facilities.open("ab") as handle:  # a crash mid-row of another table
        handle.write(last_id + b',"Lapas Kel')
    summary = run_batch([articles_dir], out, FIXED, workers=1, fmt="csv", resume=True)
    assert summary.skipped == len(articles) - 2 and summary.records == 1
    assert {p.name: p.read_bytes() for p in out.iterdir()} == complete


def test_failed_inputs_go_to_the_errors_file_and_the_run_goes_on(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    shutil.copy(CORPUS / "seeds" / "000_a8fa3e6ec7d6f82c.txt", src / "a.txt")
    (src / "b.txt").write_bytes(b"\xff\xfe\x00bad latin \xe9")
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["extract", str(src), "-o", str(out)])
    assert result.exit_code == 1
    assert len(_jsonl(out)) == 1
    [error] = _jsonl(tmp_path / "out.jsonl.errors.jsonl")
    assert error["path"].endswith("b.txt") and "binary" in error["reason"]
    assert "1 records, 1 failed" in result.output


def test_an_extraction_error_fails_only_its_document(tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    from extractor import pipeline

    real = pipeline._build

    def fragile(ex, raw, *args, **kwargs):  # type: ignore[no-untyped-def]
        if "BOOM" in raw:
            raise RuntimeError("boom")
        return real(ex, raw, *args, **kwargs)

    monkeypatch.setattr(pipeline, "_build", fragile)
    for name, text in (("a.txt", "Lapas Kelas IIB Maros."), ("b.txt", "BOOM"),
                       ("c.txt", "Rutan Kelas IIB Sinjai.")):
        (tmp_path / name).write_text(text, encoding="utf-8")
    errors = tmp_path / "errors.jsonl"
    summary = run_batch([tmp_path], tmp_path / "out.jsonl", FIXED, workers=1, errors=errors,
                        glob="*.txt")
    assert (summary.records, summary.failed) == (2, 1)
    [error] = _jsonl(errors)
    assert error["path"].endswith("b.txt") and "RuntimeError: boom" in error["reason"]


def test_a_record_that_cannot_be_written_fails_only_its_input(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Lapas Kelas IIB Maros.", encoding="utf-8")
    (tmp_path / "a.meta.json").write_text('{"title": "x\\ud800y"}', encoding="utf-8")
    (tmp_path / "b.txt").write_text("Rutan Kelas IIB Sinjai.", encoding="utf-8")
    out, errors = tmp_path / "out.jsonl", tmp_path / "errors.jsonl"
    summary = run_batch([tmp_path], out, FIXED, workers=1, errors=errors)
    assert (summary.records, summary.failed) == (1, 1)
    assert _jsonl(out)[0]["source"].endswith("b.txt")
    [error] = _jsonl(errors)
    assert error["path"].endswith("a.txt") and "UTF-8" in error["reason"]


def test_glob_selects_files_inside_directories(tmp_path: Path) -> None:
    (tmp_path / "keep-1.txt").write_text("Lapas Kelas IIB Maros.", encoding="utf-8")
    (tmp_path / "skip.txt").write_text("Rutan Kelas IIB Sinjai.", encoding="utf-8")
    (tmp_path / "keep-2.text").write_text("Rutan Kelas IIB Sinjai.", encoding="utf-8")
    found = [Path(s.path).name for s in iter_sources([tmp_path], glob="keep-*")]
    assert found == ["keep-1.txt", "keep-2.text"]
    assert [Path(s.path).name for s in iter_sources([tmp_path])] == ["keep-1.txt", "skip.txt"]


def test_missing_input_and_bad_output_are_usage_errors(tmp_path: Path) -> None:
    with pytest.raises(SourceError, match="no such file"):
        run_batch([tmp_path / "nope"], None, FIXED)
    result = runner.invoke(app, ["extract", str(CORPUS / "seeds"), "--resume"])
    assert result.exit_code == 2 and "stdout cannot be resumed" in result.output
    result = runner.invoke(app, ["extract", str(CORPUS / "seeds"), "--format", "csv"])
    assert result.exit_code == 2 and "needs -o OUT" in result.output


def test_quiet_prints_no_summary(tmp_path: Path) -> None:
    result = runner.invoke(app, ["extract", str(CORPUS / "seeds"), "-o",
                                 str(tmp_path / "o.jsonl"), "--quiet"])
    assert result.exit_code == 0 and result.output == ""


_REAL_EXTRACT_CHUNK = batch.extract_chunk


def _dying_chunk(items, options, serialized=False):  # type: ignore[no-untyped-def]
    """A worker that dies on the seed article (module level: workers import it)."""
    import os

    if any("Chaidir" in text for text, _ in items):
        os._exit(9)  # as the kernel's OOM killer would
    return _REAL_EXTRACT_CHUNK(items, options, serialized)


def test_a_dead_worker_stops_the_run_with_a_clear_error(tmp_path: Path, articles_dir: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(batch, "extract_chunk", _dying_chunk)
    monkeypatch.setattr(batch, "CHUNK", 4)
    out = tmp_path / "out.jsonl"
    with pytest.raises(batch.BatchError, match="worker process died.*--resume"):
        run_batch([articles_dir], out, FIXED, workers=2)
    monkeypatch.undo()
    summary = run_batch([articles_dir], out, FIXED, workers=1, resume=True)
    assert summary.records + summary.skipped == len(list(articles_dir.glob("*.txt")))
    assert summary.records > 0


def test_an_output_in_a_missing_folder_is_a_usage_error(tmp_path: Path) -> None:
    result = runner.invoke(app, ["extract", str(CORPUS / "seeds"), "-o",
                                 str(tmp_path / "missing" / "out.jsonl")])
    assert result.exit_code == 2
    assert "does not exist" in result.output


def test_progress_counts_every_input_including_failures_and_skips(tmp_path: Path) -> None:
    from extractor.progress import TerminalProgress

    src = tmp_path / "in"
    src.mkdir()
    for name in ("a.txt", "b.txt", "c.txt"):
        (src / name).write_text("Lapas Kelas IIB Maros.", encoding="utf-8")
    (src / "d.txt").write_bytes(b"\xff\xfe\x00bad")
    out = tmp_path / "out.jsonl"
    run_batch([src], out, FIXED, workers=1)
    progress = TerminalProgress()
    summary = run_batch([src], out, FIXED, workers=1, resume=True, progress=progress)
    task = progress.bar.tasks[0]
    assert (task.total, task.completed) == (4, 4)
    assert (summary.skipped, summary.failed, progress.failed) == (3, 1, 1)


def test_cli_batch_options_end_to_end(tmp_path: Path, articles_dir: Path) -> None:
    pytest.importorskip("pyarrow")
    errors = tmp_path / "failed.jsonl"
    out = tmp_path / "records.parquet"
    result = runner.invoke(app, ["extract", str(articles_dir), "-o", str(out), "--glob", "d1-0*",
                                 "--workers", "2", "--errors", str(errors)])
    assert result.exit_code == 0, result.output
    import pyarrow.parquet as pq

    sources = pq.read_table(out, columns=["source"]).column("source").to_pylist()
    expected = sorted(str(p) for p in articles_dir.glob("d1-0*") if p.suffix == ".txt")
    assert sources == expected and len(sources) == 3
    assert "3 records, 0 failed" in result.output and "2 workers" in result.output
    assert not errors.exists()
