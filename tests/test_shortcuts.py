"""The tokenizer's affix shortcuts answer exactly as spaCy's expressions do."""

from __future__ import annotations

import random

import pytest
import spacy

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
