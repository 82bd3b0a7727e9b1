"""Exact shortcuts: the tokenizer's affix functions and ftfy's plain lines answer as before."""

from __future__ import annotations

import random

import ftfy
import pytest
import spacy
from hypothesis import given, settings
from hypothesis import strategies as st

from extractor.clean import fix_text
from extractor.shortcuts import fast_infix_finditer, fast_prefix_search, fast_suffix_search

from .conftest import CORPUS

# characters the affix rules care about, letters, digits and whitespace
ALPHABET = list("aAzZ.…,;:()[]{}<>\"'“”‘’«»-–—/\\$%#&*+=?!¿0123456789\n\t ²°€£") + \
    ["Rp", "US$", "<a href=x>", "<b/>", "</a>", "..", "km", "-nya", "-ku"]


@pytest.fixture(scope="module")
def stock():  # type: ignore[no-untyped-def]
    """spaCy's Indonesian tokenizer, as it comes."""
    return spacy.blank("id").tokenizer


def _strings() -> list[str]:
    rng = random.Random(5)
    words = {w for p in sorted(CORPUS.glob("*/*.txt")) for w in p.read_text("utf-8").split(" ")}
    words.update("".join(rng.choice(ALPHABET) for _ in range(rng.randint(0, 8)))
                 for _ in range(20000))
    # spaCy strips affixes step by step: every tail and head of a word is asked too
    return sorted({w[i:j] for w in words for i in range(min(len(w), 4))
                   for j in (len(w), len(w) - 1)})


def test_shortcuts_give_the_same_matches(stock) -> None:  # type: ignore[no-untyped-def]
    prefix = fast_prefix_search(stock.prefix_search)
    suffix = fast_suffix_search(stock.suffix_search)
    infix = fast_infix_finditer(stock.infix_finditer)
    assert prefix is not stock.prefix_search and suffix is not stock.suffix_search
    assert infix is not stock.infix_finditer

    def span(match):  # type: ignore[no-untyped-def]
        return None if match is None else match.span()

    for text in _strings():
        assert span(prefix(text)) == span(stock.prefix_search(text)), text
        assert span(suffix(text)) == span(stock.suffix_search(text)), text
        assert [m.span() for m in infix(text)] == \
            [m.span() for m in stock.infix_finditer(text)], text


def test_an_expression_too_complex_to_read_is_used_as_it_is() -> None:
    import re

    anything = re.compile(r"^x|.y").search  # an unanchored branch may start anywhere
    assert fast_prefix_search(anything) is anything
    optional = re.compile(r"a?$").search  # may match empty: no shortcut
    assert fast_suffix_search(optional) is optional


FTFY_FRAGMENTS = ["plain words ", "&amp; ", "&lt;b&gt;", "<p>", "caf\u00c3\u00a9 ",
                  "\u00e2\u20ac\u0153", "\r\n", "\n", "\t", "\x1b[31m", "\u2028", "“kutip”",
                  "ﬁ", "ＬＯＵＤ", "\x85", " ", "–", "—", "‘", "’", "…", "Ã", "Â", "€", "œ"]


@settings(max_examples=2000, deadline=None)
@given(st.lists(st.sampled_from(FTFY_FRAGMENTS), max_size=30).map("".join) | st.text(max_size=200))
def test_fix_text_is_ftfy(text: str) -> None:
    assert fix_text(text) == ftfy.fix_text(text, uncurl_quotes=False)


@settings(max_examples=2000, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("aZ0 .,;:-()'\"\t\n<>/=?!‘’“”–—…")), max_size=80))
def test_typographic_punctuation_is_left_to_plain_lines(text: str) -> None:
    # the characters `clean._PLAIN_LINE` lets past ftfy: ftfy returns such text unchanged
    assert ftfy.fix_text(text, uncurl_quotes=False) == text
    assert fix_text(text) == text


def test_fix_text_is_ftfy_on_the_corpus() -> None:
    for path in sorted(CORPUS.glob("*/*.txt")) + sorted(CORPUS.glob("*/*.html")):
        text = path.read_text(encoding="utf-8")
        assert fix_text(text) == ftfy.fix_text(text, uncurl_quotes=False), path.name
