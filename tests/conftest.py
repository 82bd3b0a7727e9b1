"""Shared fixtures: the production pipeline builder and a fixed clock."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

import extractor
from extractor.nlp import build_nlp
from extractor.options import Options
from extractor.vocabulary import load_patterns

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
# The day the corpus was annotated: articles nothing else dates are read as of then.
CORPUS_TODAY = dt.date(2026, 11, 22)
FIXED = Options(today=CORPUS_TODAY)


@pytest.fixture(scope="session")
def nlp():  # type: ignore[no-untyped-def]
    """The pipeline production runs."""
    return build_nlp()


@pytest.fixture(scope="session")
def patterns():  # type: ignore[no-untyped-def]
    """The shipped patterns."""
    return load_patterns()


def run(text: str, **meta: str) -> extractor.Article:
    """Extract with the fixed clock and optional metadata."""
    return extractor.extract(text, metadata=meta or None, options=FIXED)
