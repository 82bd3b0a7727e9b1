"""Property tests over the public API: never raises, spans hold, deterministic."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

import extractor

from .conftest import FIXED

FRAGMENTS = st.sampled_from([
    "H.A.S. ", "H. ", "Hj. ", "S.Sos", ", S.H., M.H.", "Plt. ", "Kalapas ", "Kepala ", "Lapas ",
    "Kelas IIB ", "Rutan ", "Maros", "(4/8/2025)", "Senin(8/3)", " (04/12)", "BONE–", "â€œ", "â€",
    "(", ")", "\n", "\n\n\n", "ujar ", "Ali Imran", "MoU ", "belum ada ", "kerja sama ",
    "\u200f", "\x00", "\ud800", "Baca juga: ", "13 Maret s/d 18 April 2019", "4/4/4/4",
])
TEXTS = st.one_of(st.text(max_size=300), st.lists(FRAGMENTS, max_size=40).map("".join))


def _check(article: extractor.Article) -> None:
    text = article.text or ""
    article.to_json().encode("utf-8")
    for family in (article.facilities, article.officials, article.partners, article.dates,
                   article.engagements, article.agreements):
        for item in family:
            for span in item.spans:
                assert text[span.start:span.end] == span.text


@settings(max_examples=150, deadline=None)
@given(TEXTS)
def test_extract_never_raises_and_spans_hold(text: str) -> None:
    options = extractor.Options(include_text=True, today=FIXED.today)
    first = extractor.extract(text, options=options)
    _check(first)
    assert extractor.extract(text, options=options) == first


@settings(max_examples=30, deadline=None)
@given(st.lists(TEXTS, max_size=4))
def test_extract_many_equals_extract_in_order(texts: list[str]) -> None:
    many = list(extractor.extract_many(texts, options=FIXED))
    assert many == [extractor.extract(t, options=FIXED) for t in texts]
