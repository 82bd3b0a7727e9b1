"""Evaluation gate: per-field F1 floors that may only go up, pinned to each corpus's hash.

`eval_floors.json` holds, per split, the corpus hash and the floors. When a
split's files change, the hash changes and this test fails until the floors
are re-pinned deliberately (run with RILIS_UPDATE_FLOORS=1 and explain the gold
change in corpus/README.md). Floors are never lowered by that update.
"""

from __future__ import annotations

import json
import os

import pytest

from extractor.evaluate import evaluate

from .conftest import CORPUS, FIXED, ROOT

FLOORS = ROOT / "tests" / "eval_floors.json"
SPLITS = ["seeds", "dev", "test"]


@pytest.mark.parametrize("split", SPLITS)
def test_f1_floors(split: str) -> None:
    report = evaluate(CORPUS / split, FIXED)
    pinned = json.loads(FLOORS.read_text())
    entry = pinned.get(split)
    current = {name: round(c.f1, 4) for name, c in report.fields.items()}
    if os.environ.get("RILIS_UPDATE_FLOORS"):
        old = entry["floors"] if entry else {}
        pinned[split] = {"corpus_hash": report.corpus_hash,
                         "floors": {k: max(v, old.get(k, 0.0)) if entry and
                                    entry["corpus_hash"] == report.corpus_hash else v
                                    for k, v in current.items()}}
        FLOORS.write_text(json.dumps(pinned, indent=2, sort_keys=True) + "\n")
        entry = pinned[split]
    assert entry is not None, f"no floors pinned for {split}"
    assert entry["corpus_hash"] == report.corpus_hash, (
        f"{split} changed (hash {report.corpus_hash}): re-pin the floors and say why in "
        "corpus/README.md")
    below = {k: (current[k], floor) for k, floor in entry["floors"].items() if current[k] < floor}
    assert not below, f"F1 below its floor (current, floor): {below}"
