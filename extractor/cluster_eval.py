"""Scoring event clustering on a syndication folder (`corpus/syndication/*/`).

A folder holds articles (`.txt` + `.meta.json`) and `clusters.json`, the
truth: `events.<id>.members` maps each article's stem to its kind
(`original`, `copy`, `edited`, `paraphrase`, `independent`). Scores are
pairwise: a pair of articles is predicted together when the clustering puts
them in one cluster, truly together when they belong to one event.

- **overall**: precision and recall over all pairs of the folder;
- **copies**: the same, over the pairs among originals and their near-verbatim
  copies only (the clustering still runs on the whole folder);
- recall per pair kind (`original–copy`, …, `republication–republication`).

The stems name the events, so they are used here, to score, and never by the
rule: `cluster` sees only the records (text, fields, metadata).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path
from typing import Any

from .cluster import DEFAULT_OPTIONS, ClusterOptions, cluster, jaccard, shingles
from .options import Options
from .records import Article

COPY_KINDS = frozenset({"original", "copy"})
Pair = tuple[str, str]


class TruthError(ValueError):
    """`clusters.json` is missing or malformed; the message names it and says why."""


@dataclass(frozen=True)
class Truth:
    """The events of a folder: stem → event id and stem → kind."""

    event: dict[str, str]
    kind: dict[str, str]
    hard_negatives: list[tuple[str, str]]


def load_truth(directory: Path) -> Truth:
    """Read `clusters.json` of a syndication folder."""
    path = directory / "clusters.json"
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        event, kind = {}, {}
        for event_id, spec in raw["events"].items():
            for stem, member_kind in spec["members"].items():
                event[stem], kind[stem] = event_id, member_kind
        negatives = [(a, b) for a, b, *_ in raw.get("hard_negatives", [])]
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise TruthError(f"{path}: not a clusters file ({exc})") from None
    return Truth(event, kind, negatives)


@dataclass(frozen=True)
class Score:
    """Pairwise precision and recall over one population of pairs."""

    true_pairs: int
    predicted_pairs: int
    correct: int

    @property
    def precision(self) -> float:
        """Correct predicted pairs over predicted pairs (1 when none are predicted)."""
        return self.correct / self.predicted_pairs if self.predicted_pairs else 1.0

    @property
    def recall(self) -> float:
        """Correct predicted pairs over true pairs (1 when there are none)."""
        return self.correct / self.true_pairs if self.true_pairs else 1.0

    def as_dict(self) -> dict[str, Any]:
        """Counts and rates, rounded for reports."""
        return {"precision": round(self.precision, 4), "recall": round(self.recall, 4),
                "true_pairs": self.true_pairs, "predicted_pairs": self.predicted_pairs,
                "correct": self.correct}


def _pairs(labels: dict[str, str], stems: Iterable[str]) -> set[Pair]:
    """The pairs of stems that share a label."""
    return {(a, b) for a, b in combinations(sorted(stems), 2) if labels[a] == labels[b]}


def _pair_kind(truth: Truth, a: str, b: str) -> str:
    """`original–<kind>` when one member is the original, else `republication–republication`."""
    kinds = sorted((truth.kind[a], truth.kind[b]), key=lambda k: k != "original")
    if kinds[0] == "original":
        return f"original–{kinds[1]}"
    return "republication–republication"


@dataclass
class Report:
    """Scores of one clustering of a folder."""

    name: str
    overall: Score
    copies: Score
    recall_by_kind: dict[str, float]
    false_pairs: list[Pair] = field(default_factory=list)
    missed_pairs: list[Pair] = field(default_factory=list)
    hard_negatives_merged: list[Pair] = field(default_factory=list)

    def as_dict(self, errors: bool = False) -> dict[str, Any]:
        """The report as JSON-ready data (pair lists only with `errors`)."""
        out: dict[str, Any] = {
            "name": self.name, "overall": self.overall.as_dict(), "copies": self.copies.as_dict(),
            "recall_by_kind": {k: round(v, 4) for k, v in self.recall_by_kind.items()},
            "hard_negatives_merged": [list(p) for p in self.hard_negatives_merged]}
        if errors:
            out["false_pairs"] = [list(p) for p in self.false_pairs]
            out["missed_pairs"] = [list(p) for p in self.missed_pairs]
        return out


def score(name: str, truth: Truth, predicted: dict[str, str]) -> Report:
    """Pairwise scores of predicted labels (stem → cluster) against the truth."""
    stems = [s for s in predicted if s in truth.event]
    true_all, pred_all = _pairs(truth.event, stems), _pairs(predicted, stems)
    copy_stems = [s for s in stems if truth.kind[s] in COPY_KINDS]
    true_copies, pred_copies = _pairs(truth.event, copy_stems), _pairs(predicted, copy_stems)
    by_kind: dict[str, list[bool]] = {}
    for a, b in sorted(true_all):
        by_kind.setdefault(_pair_kind(truth, a, b), []).append((a, b) in pred_all)
    negatives = {(truth.event[a], truth.event[b]) for a, b in pred_all - true_all}
    return Report(
        name=name,
        overall=Score(len(true_all), len(pred_all), len(true_all & pred_all)),
        copies=Score(len(true_copies), len(pred_copies), len(true_copies & pred_copies)),
        recall_by_kind={k: sum(v) / len(v) for k, v in sorted(by_kind.items())},
        false_pairs=sorted(pred_all - true_all), missed_pairs=sorted(true_all - pred_all),
        hard_negatives_merged=[(a, b) for a, b in truth.hard_negatives
                               if (a, b) in negatives or (b, a) in negatives])


def read_folder(directory: Path, options: Options | None = None) -> list[Article]:
    """Extract every article of a folder, with its cleaned text (the rule reads it)."""
    from . import extract_many
    from .readers import Source, iter_sources

    opts = Options(include_text=True, patterns_dir=options.patterns_dir if options else None)
    sources = (s for s in iter_sources([directory]) if isinstance(s, Source))
    return list(extract_many(((s.text, s.metadata) for s in sources), options=opts))


def _stem(article: Article) -> str:
    """The file stem of a record read from a folder (the scorer's key, never the rule's)."""
    return Path(article.source or "").stem


def text_only(articles: Sequence[Article], threshold: float,
              options: ClusterOptions = DEFAULT_OPTIONS) -> list[str]:
    """The baseline: clusters of pairs whose shingle Jaccard reaches `threshold`, alone."""
    sets = [shingles(a.text, options.shingle_words) for a in articles]
    parent = list(range(len(articles)))

    def find(i: int) -> int:
        while parent[i] != i:
            i = parent[i]
        return i

    for i, j in combinations(range(len(articles)), 2):
        if jaccard(sets[i], sets[j]) >= threshold:
            parent[max(find(i), find(j))] = min(find(i), find(j))
    return [str(find(i)) for i in range(len(articles))]


def evaluate_folder(directory: Path, options: ClusterOptions = DEFAULT_OPTIONS,
                    articles: Sequence[Article] | None = None) -> list[Report]:
    """The rule's report, then the text-only baselines at the rule's two text thresholds."""
    truth = load_truth(directory)
    records = list(articles) if articles is not None else read_folder(directory)
    stems = [_stem(a) for a in records]
    runs: list[tuple[str, Callable[[], list[str]]]] = [
        ("rule", lambda: cluster(records, options).of()),
        (f"text only, Jaccard ≥ {options.shared_text}",
         lambda: text_only(records, options.shared_text, options)),
        (f"text only, Jaccard ≥ {options.copy_similarity}",
         lambda: text_only(records, options.copy_similarity, options)),
    ]
    return [score(name, truth, dict(zip(stems, labels(), strict=True))) for name, labels in runs]
