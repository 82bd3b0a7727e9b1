"""Golden tests: each article's extraction against its gold file, one test per document."""

from __future__ import annotations

from pathlib import Path

import pytest

import extractor
from extractor.evaluate import Report, Scorer, gold_files, load_gold
from extractor.readers import read_source
from extractor.vocabulary import load_patterns

from .conftest import CORPUS, FIXED

SEEDS = gold_files(CORPUS / "seeds")
ALL = gold_files(CORPUS)


def _article(gold_path: Path) -> extractor.Article:
    stem = gold_path.name[: -len(".gold.json")]
    source = read_source(gold_path.with_name(stem + ".txt"))
    return extractor.extract(source.text, metadata=source.metadata, options=FIXED)


@pytest.mark.parametrize("gold_path", SEEDS, ids=[p.name.split(".")[0] for p in SEEDS])
def test_seed_matches_gold_exactly(gold_path: Path) -> None:
    report = Report()
    Scorer(load_patterns()).score(report, gold_path.name, load_gold(gold_path),
                                  _article(gold_path))
    assert report.errors == []
    assert all(a.value == 1.0 for a in report.secondary.values()), report.secondary


def test_seed_000_values() -> None:
    article = _article(CORPUS / "seeds" / "000_a8fa3e6ec7d6f82c.gold.json")
    assert [f.name for f in article.facilities] == ["Lapas Kelas IIB Maros"]
    assert [(o.name, o.position, o.titles) for o in article.officials] == [
        ("Ali Imran", "Kepala Lapas Kelas IIB Maros", []),
        ("A.S. Chaidir Syam", "Bupati Maros", ["H."])]
    assert [(p.name, p.acronym) for p in article.partners] == [
        ("Pemerintah Kabupaten Maros", "Pemkab Maros")]
    assert [(d.value, d.role) for d in article.dates] == [
        ("2025-08-04", "event"), ("2025-08-06", "statement")]
    assert [e.type for e in article.engagements] == ["audiensi"]
    assert [(a.type, a.status) for a in article.agreements] == [("mou", "planned")]
    names = " ".join(o.name for o in article.officials)
    assert "Ahmad" not in names and "Humas" not in names
    assert all("Giatja" not in p.name for p in article.partners)


def test_seed_003_values() -> None:
    article = _article(CORPUS / "seeds" / "003_ea9713ddadc955d7.gold.json")
    assert [(o.name, o.position, o.acting) for o in article.officials] == [
        ("Ashari", "Plt. Kepala Lapas Kelas IIA Watampone", "Plt.")]
    assert [(p.name, p.acronym) for p in article.partners] == [
        ("Balai Latihan Kerja Kabupaten Bone", "BLK Kabupaten Bone")]
    [date] = article.dates
    assert (date.value, date.year_inferred) == ("2025-12-04", True)
    assert [(a.type, a.status) for a in article.agreements] == [("kerja_sama", "planned")]


@pytest.mark.parametrize("gold_path", ALL, ids=[p.name.split(".")[0] for p in ALL])
def test_every_span_points_at_its_text(gold_path: Path) -> None:
    stem = gold_path.name[: -len(".gold.json")]
    source = read_source(gold_path.with_name(stem + ".txt"))
    article = extractor.extract(source.text, metadata=source.metadata,
                                options=extractor.Options(include_text=True, today=FIXED.today))
    text = article.text or ""
    items = [*article.facilities, *article.officials, *article.partners, *article.dates,
             *article.engagements, *article.agreements]
    for item in items:
        assert item.pattern_ids, item
        for span in item.spans:
            assert text[span.start:span.end] == span.text
        if not (getattr(item, "role", None) == "publication"):
            assert item.spans, item
