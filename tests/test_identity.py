"""The genre tokenizer changes no record: identity with spaCy's stock tokenizer."""

from __future__ import annotations

import pytest

from benchmarks import identity
from extractor import nlp as nlp_module
from extractor import pipeline
from extractor.nlp import build_nlp, genre_special_cases
from extractor.vocabulary import load_patterns


def test_records_are_identical_to_the_stock_tokenizer_ones() -> None:
    # a third of the corpus and 120 varied articles; the whole corpus is the slow test below,
    # the full run (-n 3000) is in benchmarks/RESULTS.md
    count, diffs = identity.compare(n=120, every=3)
    assert count > 120 + 400
    assert diffs == []


@pytest.mark.slow
def test_records_are_identical_on_the_whole_corpus() -> None:
    count, diffs = identity.compare(n=600)
    assert count > 600 + 1500
    assert diffs == []


def test_the_check_sees_a_tokenizer_that_changes_records(monkeypatch: pytest.MonkeyPatch
                                                         ) -> None:
    # (records do not depend on the special cases at all: the resolvers read titles on
    # characters; they do depend on punctuation being split off, so drop that)
    genre = nlp_module.genre_tokenizer

    def unsplit(nlp, patterns):  # type: ignore[no-untyped-def]
        tokenizer = genre(nlp, patterns)
        tokenizer.suffix_search = None
        return tokenizer

    monkeypatch.setattr(nlp_module, "genre_tokenizer", unsplit)
    build_nlp.cache_clear()
    pipeline.get_extractor.cache_clear()
    try:
        # a tenth of the corpus shows it as well as the whole (the full check is the test above)
        count, diffs = identity.compare(n=0, every=10)
    finally:
        monkeypatch.undo()
        build_nlp.cache_clear()
        pipeline.get_extractor.cache_clear()
    assert len(diffs) > count // 2
    assert any("facilities" in fields for _, fields in diffs)


def test_special_cases_come_from_the_pattern_files() -> None:
    cases = genre_special_cases(load_patterns())
    assert {"S.H.", "M.H.", "Plt.", "H.", "Hj."} <= set(cases)
    assert all(word.endswith(".") for word in cases)
    tokens = [t.text for t in build_nlp()("Kalapas H. Ali, S.H., M.H. membuka anak-anak")]
    assert tokens[:6] == ["Kalapas", "H.", "Ali", ",", "S.H.", ","]
    assert len(build_nlp().tokenizer.rules) < 1000  # not spaCy's ~16,000 Indonesian cases
