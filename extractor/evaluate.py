"""Evaluation: extracted records against gold annotations, field by field.

Matching and averaging are documented in `corpus/README.md`: items match on a
normalised key, one to one; counts are summed over documents (micro-average);
secondary fields are scored as accuracy over matched items.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from .options import Options
from .records import (
    AgreementStatus, AgreementType, Article, DateRole, EngagementType, FacilityKind, PartnerKind,
)
from .vocabulary import PatternSet, load_patterns

FIELDS = ("facilities", "officials", "partners", "dates", "engagements", "agreements")
_ISO_OR_ANY_YEAR = r"^(?:\d{4}|XXXX)-\d{2}-\d{2}$"


class GoldError(ValueError):
    """A gold file is malformed; the message names the file and the problem."""


class _Gold(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)


class GoldFacility(_Gold):
    name: str
    kind: FacilityKind
    class_: str | None = Field(alias="class")
    place: str | None


class GoldOfficial(_Gold):
    name: str
    position: str | None
    acting: Literal["Plt.", "Plh.", "Pj."] | None
    titles: list[str]


class GoldPartner(_Gold):
    name: str
    acronym: str | None
    kind: PartnerKind


class GoldDate(_Gold):
    value: str = Field(pattern=_ISO_OR_ANY_YEAR)
    role: DateRole


class GoldEngagement(_Gold):
    type: EngagementType


class GoldAgreement(_Gold):
    type: AgreementType
    status: AgreementStatus


class Gold(_Gold):
    """One gold file."""

    facilities: list[GoldFacility]
    officials: list[GoldOfficial]
    partners: list[GoldPartner]
    dates: list[GoldDate]
    engagements: list[GoldEngagement]
    agreements: list[GoldAgreement]
    notes: str | None = None


def load_gold(path: Path) -> Gold:
    """Read and validate a gold file; raise GoldError naming it and the problem."""
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise GoldError(f"{path}: not valid JSON (line {exc.lineno}: {exc.msg})") from None
    except OSError as exc:
        raise GoldError(f"{path}: cannot read ({exc})") from None
    try:
        return Gold.model_validate(raw)
    except ValidationError as exc:
        problems = "; ".join(f"{'.'.join(str(p) for p in e['loc']) or 'file'}: {e['msg']}"
                             for e in exc.errors()[:5])
        raise GoldError(f"{path}: {problems}") from None


# -- normalisation -------------------------------------------------------------

@dataclass(frozen=True)
class Normalizer:
    """Case, punctuation, titles and abbreviations folded away before comparing."""

    titles: re.Pattern[str]
    abbreviations: re.Pattern[str]
    expansions: dict[str, str]

    def __call__(self, value: str | None) -> str:
        """The comparison form of a name or position."""
        if not value:
            return ""
        text = f" {value} "
        text = self.titles.sub(" ", text)
        text = self.abbreviations.sub(lambda m: " " + self.expansions[m.group(1).lower()] + " ",
                                      text)
        text = text.casefold()
        text = re.sub(r"\bkelas\s*([1-4])\s*([ab])?\b",
                      lambda m: "kelas " + "i" * int(m.group(1)) + (m.group(2) or ""), text)
        text = re.sub(r"[^\w\s]", " ", text)
        text = re.sub(r"\bkelas (i{1,3}) ([ab])\b", r"kelas \1\2", text)
        words = text.split()
        deduped = [w for i, w in enumerate(words) if i == 0 or w != words[i - 1]]
        return " ".join(deduped)


@lru_cache(maxsize=4)
def normalizer(patterns: PatternSet) -> Normalizer:
    """The normaliser of one pattern set (titles and abbreviations from patterns/)."""
    titles = sorted({e.text for e in patterns.get("TITLE") if e.kind not in ("honorific", "corps")
                     or e.text.endswith(".")}, key=len, reverse=True)
    title_re = re.compile(r"(?<![\w.])(?:" + "|".join(re.escape(t) for t in titles) +
                          r")(?![\w])")
    abbrs = {e.text.lower(): e.expansion for e in patterns.get("ABBREVIATION")}
    abbr_re = re.compile(r"(?<![\w.])(" + "|".join(
        re.escape(a) for a in sorted(abbrs, key=len, reverse=True)) + r")(?![\w])",
        re.IGNORECASE)
    return Normalizer(title_re, abbr_re, abbrs)


# -- scoring --------------------------------------------------------------------

@dataclass
class Counts:
    """True positives, false positives and false negatives of one field."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        """TP / (TP + FP); 1.0 when nothing was predicted and nothing was due."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else float(self.fn == 0)

    @property
    def recall(self) -> float:
        """TP / (TP + FN); 1.0 when nothing was due."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Accuracy:
    """Correct over compared, for a secondary field on matched items."""

    correct: int = 0
    total: int = 0

    @property
    def value(self) -> float:
        """The accuracy; 1.0 when nothing was compared."""
        return self.correct / self.total if self.total else 1.0


@dataclass
class Report:
    """Scores over a corpus, and every miss and false positive."""

    documents: int = 0
    fields: dict[str, Counts] = field(default_factory=lambda: {f: Counts() for f in FIELDS})
    secondary: dict[str, Accuracy] = field(default_factory=dict)
    errors: list[dict[str, Any]] = field(default_factory=list)
    corpus_hash: str = ""

    def as_dict(self) -> dict[str, Any]:
        """A JSON-ready summary."""
        return {
            "documents": self.documents, "corpus_hash": self.corpus_hash,
            "fields": {name: {"precision": round(c.precision, 4), "recall": round(c.recall, 4),
                              "f1": round(c.f1, 4), "tp": c.tp, "fp": c.fp, "fn": c.fn}
                       for name, c in self.fields.items()},
            "secondary": {name: {"accuracy": round(a.value, 4), "correct": a.correct,
                                 "total": a.total} for name, a in self.secondary.items()},
        }


def _words_within(short: str, long: str) -> bool:
    """`short`'s words are a contiguous run of `long`'s."""
    a, b = short.split(), long.split()
    return bool(a) and any(b[i:i + len(a)] == a for i in range(len(b) - len(a) + 1))


def _match(gold: list[Any], pred: list[Any], same: Callable[[Any, Any], bool]
           ) -> tuple[list[tuple[Any, Any]], list[Any], list[Any]]:
    """One-to-one matching: each gold item takes the first unused prediction it equals."""
    pairs, used = [], set()
    unmatched_gold = []
    for g in gold:
        hit = next((i for i, p in enumerate(pred) if i not in used and same(g, p)), None)
        if hit is None:
            unmatched_gold.append(g)
        else:
            used.add(hit)
            pairs.append((g, pred[hit]))
    return pairs, unmatched_gold, [p for i, p in enumerate(pred) if i not in used]


class Scorer:
    """Compares one article with its gold and adds to a report."""

    def __init__(self, patterns: PatternSet) -> None:
        """Build the normaliser of a pattern set."""
        self.norm = normalizer(patterns)

    def evaluated(self, article: Article) -> dict[str, list[Any]]:
        """The values of an article that scoring compares, normalised as it compares them.

        Two articles with equal values score the same against any gold file
        (the HTML twin of an article against its text).
        """
        n = self.norm
        return {
            "facilities": sorted((n(f.name), f.kind, f.class_ or None, n(f.place))
                                 for f in article.facilities),
            "officials": sorted((n(o.name), n(o.position), o.acting or "",
                                 sorted(n(t) for t in o.titles)) for o in article.officials),
            "partners": sorted((n(p.name), n(p.acronym), p.kind) for p in article.partners),
            "dates": sorted((d.value, d.role) for d in article.dates if d.role != "publication"),
            "engagements": sorted(e.type for e in article.engagements),
            "agreements": sorted((a.type, a.status) for a in article.agreements),
        }

    def _acc(self, report: Report, name: str, ok: bool, doc_id: str = "",
             gold: Any = None, got: Any = None) -> None:
        acc = report.secondary.setdefault(name, Accuracy())
        acc.total += 1
        acc.correct += int(ok)
        if not ok and doc_id:
            report.errors.append({"doc": doc_id, "field": name, "error": "wrong value",
                                  "value": f"gold {gold!r}, got {got!r}"})

    def score(self, report: Report, doc_id: str, gold: Gold, article: Article) -> None:
        """Add one document's comparison to the report."""
        n = self.norm
        report.documents += 1

        def record(field_name: str, pairs: list[Any], missed: list[Any], extra: list[Any],
                   show: Callable[[Any], Any]) -> None:
            counts = report.fields[field_name]
            counts.tp += len(pairs)
            counts.fn += len(missed)
            counts.fp += len(extra)
            for item in missed:
                report.errors.append({"doc": doc_id, "field": field_name, "error": "missed",
                                      "value": show(item)})
            for item in extra:
                report.errors.append({"doc": doc_id, "field": field_name,
                                      "error": "false positive", "value": show(item)})

        pairs, missed, extra = _match(gold.facilities, article.facilities,
                                      lambda g, p: n(g.name) == n(p.name))
        record("facilities", pairs, missed, extra, lambda x: x.name)
        for g, p in pairs:
            self._acc(report, "facility.kind", g.kind == p.kind, doc_id, g.kind, p.kind)
            self._acc(report, "facility.class", (g.class_ or None) == (p.class_ or None),
                      doc_id, g.class_, p.class_)
            self._acc(report, "facility.place", n(g.place) == n(p.place), doc_id, g.place, p.place)

        def same_person(g: GoldOfficial, p: Any) -> bool:
            a, b = n(g.name), n(p.name)
            return a == b or _words_within(a, b) or _words_within(b, a)

        exact, missed_o, extra_o = _match(gold.officials, article.officials,
                                          lambda g, p: n(g.name) == n(p.name))
        loose, missed_o, extra_o = _match(missed_o, extra_o, same_person)
        record("officials", exact + loose, missed_o, extra_o, lambda x: x.name)
        for g, p in exact + loose:
            self._acc(report, "official.position", n(g.position) == n(p.position), doc_id,
                      g.position, p.position)
            self._acc(report, "official.acting", g.acting == p.acting, doc_id, g.acting, p.acting)
            self._acc(report, "official.titles",
                      {n(t) for t in g.titles} == {n(t) for t in p.titles}, doc_id,
                      g.titles, p.titles)

        def same_partner(g: GoldPartner, p: Any) -> bool:
            names = {n(g.name), n(g.acronym)} - {""}
            return bool(names & ({n(p.name), n(p.acronym)} - {""}))

        pairs, missed, extra = _match(gold.partners, article.partners, same_partner)
        record("partners", pairs, missed, extra, lambda x: x.name)
        for g, p in pairs:
            self._acc(report, "partner.kind", g.kind == p.kind, doc_id, g.kind, p.kind)

        def same_date(g: GoldDate, p: Any) -> bool:
            return g.value == p.value or (g.value.startswith("XXXX") and
                                          g.value[4:] == p.value[4:])

        pred_dates = [d for d in article.dates if d.role != "publication"]
        gold_dates = [d for d in gold.dates if d.role != "publication"]
        pairs, missed, extra = _match(gold_dates, pred_dates, same_date)
        record("dates", pairs, missed, extra, lambda x: f"{x.value} ({x.role})")
        for g, p in pairs:
            self._acc(report, "date.role", g.role == p.role, doc_id, f"{g.value} {g.role}", p.role)

        pairs, missed, extra = _match(gold.engagements, article.engagements,
                                      lambda g, p: g.type == p.type)
        record("engagements", pairs, missed, extra, lambda x: x.type)
        pairs, missed, extra = _match(gold.agreements, article.agreements,
                                      lambda g, p: (g.type, g.status) == (p.type, p.status))
        record("agreements", pairs, missed, extra, lambda x: f"{x.type}/{x.status}")


def gold_files(directory: Path) -> list[Path]:
    """Gold files of a corpus directory (recursively), sorted."""
    return sorted(directory.rglob("*.gold.json"))


def corpus_hash(paths: Iterable[Path]) -> str:
    """A hash of the texts, gold and meta files of a corpus."""
    digest = hashlib.sha256()
    for path in sorted(paths):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def evaluate(directory: str | Path, options: Options | None = None, html: bool = False
             ) -> Report:
    """Score the extractor over every `<stem>.txt` with a `<stem>.gold.json` in a directory.

    With `html`, score the HTML twins instead: each `<stem>.html` beside a gold
    file, read as a saved page, with the gold and `.meta.json` of its stem.
    """
    from . import extract_many
    from .readers import SourceError, read_source

    root = Path(directory)
    if not root.is_dir():
        raise GoldError(f"{root}: not a directory")
    opts = options or Options()
    golds = gold_files(root)
    if not golds:
        raise GoldError(f"{root}: no *.gold.json files")
    paths, loaded = [], []
    files: list[Path] = []
    for gold_path in golds:
        stem = gold_path.name[: -len(".gold.json")]
        text_path = gold_path.with_name(stem + (".html" if html else ".txt"))
        if not text_path.exists():
            if html:
                continue
            raise GoldError(f"{gold_path}: no article {text_path.name} beside it")
        gold = load_gold(gold_path)
        files += [gold_path, text_path]
        meta_path = gold_path.with_name(stem + ".meta.json")
        if meta_path.exists():
            files.append(meta_path)
        paths.append(text_path)
        loaded.append((stem, gold))
    if not paths:
        raise GoldError(f"{root}: no HTML twins (<stem>.html beside a <stem>.gold.json)")
    report = Report(corpus_hash=corpus_hash(files))
    scorer = Scorer(load_patterns(opts.patterns_dir))

    def sources() -> Iterator[tuple[str, dict[str, Any]]]:
        for path in paths:
            try:
                source = read_source(path)
            except SourceError as exc:
                raise GoldError(str(exc)) from None
            yield source.text, source.metadata

    stream = extract_many(sources(), options=opts)
    for (stem, gold), article in zip(loaded, stream):
        scorer.score(report, stem, gold, article)
    return report
