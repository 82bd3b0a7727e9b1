"""The command line: extract, evaluate, schema, errors and exit codes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from typer.testing import CliRunner

from extractor.cli import app
from extractor.fieldref import BEGIN, END, field_reference

from .conftest import CORPUS, ROOT

runner = CliRunner()


def test_extract_prints_one_record_per_seed() -> None:
    result = runner.invoke(app, ["extract", str(CORPUS / "seeds"), "--reference-date",
                                 "2026-11-22"])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(records) == 2
    assert records[0]["facilities"][0]["class"] == "IIB"


def test_extract_writes_output_file_with_text(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["extract", str(CORPUS / "seeds" / "000_a8fa3e6ec7d6f82c.txt"),
                                 "-o", str(out), "--include-text"])
    assert result.exit_code == 0
    [record] = [json.loads(line) for line in out.read_text().splitlines()]
    assert record["text"].startswith("Untuk memperkuat sinergi")


def test_missing_path_is_a_usage_error(tmp_path: Path) -> None:
    result = runner.invoke(app, ["extract", str(tmp_path / "nope.txt")])
    assert result.exit_code == 2
    assert "no such file" in result.output


def test_unreadable_input_is_reported_and_the_batch_goes_on(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Lapas Kelas IIB Maros menggelar rapat.", encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"\xff\xfe\x00bad latin \xe9")
    result = runner.invoke(app, ["extract", str(tmp_path)])
    assert result.exit_code == 1
    assert len([line for line in result.stdout.splitlines() if line.startswith("{\"schema")]) == 1
    assert "b.txt" in result.output


def test_bad_reference_date_is_a_usage_error() -> None:
    result = runner.invoke(app, ["extract", str(CORPUS / "seeds"), "--reference-date", "4/8"])
    assert result.exit_code == 2


def test_evaluate_seeds_scores_one_everywhere() -> None:
    result = runner.invoke(app, ["evaluate", str(CORPUS / "seeds"), "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert {name: f["f1"] for name, f in report["fields"].items()} == {
        name: 1.0 for name in report["fields"]}


def test_evaluate_malformed_gold_names_file_and_problem(tmp_path: Path) -> None:
    (tmp_path / "x.txt").write_text("Lapas Maros menggelar rapat.", encoding="utf-8")
    (tmp_path / "x.gold.json").write_text('{"facilities": [], "officials": []}')
    result = runner.invoke(app, ["evaluate", str(tmp_path)])
    assert result.exit_code == 1
    assert "x.gold.json" in result.output and "partners" in result.output


def test_evaluate_errors_lists_misses(tmp_path: Path) -> None:
    (tmp_path / "x.txt").write_text("Lapas Kelas IIB Maros menggelar rapat.", encoding="utf-8")
    gold = {"facilities": [{"name": "Rutan Kelas IIB Sinjai", "kind": "rutan", "class": "IIB",
                            "place": "Sinjai"}], "officials": [], "partners": [], "dates": [],
            "engagements": [], "agreements": []}
    (tmp_path / "x.gold.json").write_text(json.dumps(gold))
    result = runner.invoke(app, ["evaluate", str(tmp_path), "--errors"])
    assert "missed\tRutan Kelas IIB Sinjai" in result.stdout
    assert "false positive\tLapas Kelas IIB Maros" in result.stdout


def test_schema_is_json_schema() -> None:
    result = runner.invoke(app, ["schema"])
    schema = json.loads(result.stdout)
    assert "facilities" in schema["properties"]


def test_readme_field_reference_matches_the_models() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    start, end = readme.index(BEGIN), readme.index(END) + len(END)
    assert readme[start:end] == field_reference()


def test_python_dash_m_is_the_same_command() -> None:
    result = subprocess.run([sys.executable, "-m", "extractor", "version"],
                            capture_output=True, text=True, check=True)
    assert result.stdout.strip()


def test_coverage_gives_each_single_document_pattern_its_reason(tmp_path: Path) -> None:
    # one article with an organisation and a status word named nowhere else
    (tmp_path / "a.txt").write_text(
        "Lapas Kelas IIA Ambon menjajaki kerja sama dengan Perum Bulog Ambon, Senin (3/11/2025).",
        encoding="utf-8")
    (tmp_path / "b.txt").write_text(
        "Lapas Kelas IIA Ambon menggelar pelatihan, Selasa (4/11/2025).", encoding="utf-8")
    result = runner.invoke(app, ["coverage", str(tmp_path)])
    assert result.exit_code == 0, result.output
    lines = dict((line.split("\t")[0].strip(), line.split("\t")[2])
                 for line in result.output.splitlines() if line.count("\t") == 2)
    assert lines["org.bulog"] == "vocabulary: names one organisation"
    assert lines["agr.kerja_sama"].startswith("rule:")
    assert "fac.lapas" not in lines  # fires in both documents
    assert result.output.rstrip().endswith("rules to check")
