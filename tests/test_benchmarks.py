"""A tiny run of the benchmark script, so it does not rot (the real runs: benchmarks/)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from .conftest import ROOT


def test_benchmark_script_runs_and_reports_every_measure(tmp_path: Path) -> None:
    out = tmp_path / "results.json"
    subprocess.run([sys.executable, str(ROOT / "benchmarks" / "run.py"), "-n", "20",
                    "--naive-n", "5", "--cold-runs", "1", "--json", str(out)],
                   check=True, capture_output=True, timeout=600)
    results = json.loads(out.read_text())
    assert set(results["docs_per_s"]) == {
        "a_tokenize_only", "b_naive", "c_rilis_1_process_cpu", "c_rilis_1_process_wall",
        "d_rilis_2_workers_wall", "d_rilis_2_workers_cpu"}
    assert all(rate > 0 for rate in results["docs_per_s"].values())
    assert set(results["stage_ms_per_doc"]) == {"read", "clean", "nlp", "resolve", "dates",
                                                "write"}
    assert results["c_and_d_outputs_identical"] is True
    assert set(results["ratios"]) == {"c/a", "c/b", "d/c", "cold/spacy"}
