"""Adversarial inputs finish: a hang guard per family, at the default size limit.

No timing assertions (speed lives in `benchmarks/adversarial.py`, numbers in
`docs/robustness.md`): each family only has to finish within 60 s, which the
quadratic cases it was written for (a 200,000-character run of `(` took over an
hour) do not.
"""

from __future__ import annotations

import signal
import sys
from collections.abc import Iterator
from contextlib import contextmanager

import pytest

import extractor
from benchmarks.adversarial import FAMILIES, adversarial_text
from extractor.options import DEFAULT_MAX_CHARS

from .conftest import FIXED

GUARD_SECONDS = 60


@contextmanager
def hang_guard(seconds: int) -> Iterator[None]:
    """Fail (instead of hanging the suite) when the block runs longer than `seconds`."""
    def expired(signum: int, frame: object) -> None:
        raise TimeoutError(f"still running after {seconds} s")
    previous = signal.signal(signal.SIGALRM, expired)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


@pytest.mark.skipif(sys.platform == "win32", reason="SIGALRM")
@pytest.mark.parametrize("family", sorted(FAMILIES))
def test_each_adversarial_family_finishes_at_the_size_limit(family: str) -> None:
    text = adversarial_text(family, DEFAULT_MAX_CHARS)
    with hang_guard(GUARD_SECONDS):
        article = extractor.extract(text, options=FIXED)
    assert article.to_json()


def test_inputs_over_the_size_limit_are_truncated_with_a_warning() -> None:
    sentence = "Kepala Lapas Kelas IIA Maros, Ali Imran, menerima audiensi. "
    limit = 10_000
    text = sentence * (limit // len(sentence) * 3)
    options = extractor.Options(max_chars=limit, include_text=True, today=FIXED.today)
    with hang_guard(GUARD_SECONDS):
        article = extractor.extract(text, options=options)
    assert f"text truncated from {len(text.strip())} to {limit} characters" in article.warnings
    assert article.text is not None and len(article.text) == limit
    assert all(s.end <= limit for o in article.officials for s in o.spans)
    short = extractor.extract(sentence, options=options)
    assert not any(w.startswith("text truncated") for w in short.warnings)


def test_one_token_of_a_megabyte_is_truncated_and_finishes() -> None:
    with hang_guard(GUARD_SECONDS):
        article = extractor.extract("Maros" * 200_000, options=FIXED)
    assert "text truncated from 1000000 to 200000 characters" in article.warnings
