"""The rule component finds what spaCy's two SpanRulers found, in the same order."""

from __future__ import annotations

import spacy

from benchmarks.corpus import varied_articles
from benchmarks.run import span_ruler_pipeline
from extractor.mentions import spans
from extractor.nlp import MATCHES_KEY, RuleMatcher, build_nlp, rule_patterns
from extractor.vocabulary import load_patterns

from .conftest import CORPUS


def _texts() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*/*.txt"))]
    return texts + [a.text for a in varied_articles(60)]


def test_matches_are_the_span_rulers_spans_in_their_order() -> None:
    rulers, ours = span_ruler_pipeline(), build_nlp(stock_tokenizer=True)
    strings = ours.vocab.strings
    compared = 0
    for text in _texts():
        doc = rulers(text)
        expected = [(s.start, s.end, s.label_, s.id_) for s in doc.spans["rilis"]]
        got = [(start, end, strings[label], strings[id_])
               for start, end, label, id_ in ours(text).user_data[MATCHES_KEY]]
        assert got == expected
        compared += len(got)
    assert compared > 1000


def test_kept_spans_are_those_the_span_group_gave() -> None:
    rulers, ours = span_ruler_pipeline(), build_nlp(stock_tokenizer=True)
    labels = {p["label"] for p in rule_patterns(load_patterns(), True)}
    for text in _texts()[:40]:
        by_ruler, by_us = rulers(text), ours(text)
        by_ruler.user_data[MATCHES_KEY] = [  # the span group, as the component would leave it
            (s.start, s.end, s.label, s.id) for s in by_ruler.spans["rilis"]]
        for label in labels:
            assert [(s.start, s.end, s.id_) for s in spans(by_us, label)] == \
                [(s.start, s.end, s.id_) for s in spans(by_ruler, label)]


def test_token_patterns_are_matched_too(patterns) -> None:  # type: ignore[no-untyped-def]
    from extractor.vocabulary import PatternSet

    entry = patterns.get("ORG")[0].model_copy(
        update={"pattern": [{"LOWER": "dinas"}, {"TEXT": "Sosial"}], "id": "org.test-token"})
    nlp = spacy.blank("id")
    matcher = RuleMatcher(nlp, PatternSet(directory="test", by_label={"ORG": [entry]}))
    doc = matcher(nlp("Kepala DINAS Sosial dan dinas sosial"))
    strings = nlp.vocab.strings
    assert [(s, e, strings[label], strings[i]) for s, e, label, i in doc.user_data[MATCHES_KEY]] \
        == [(1, 3, "ORG", "org.test-token")]
