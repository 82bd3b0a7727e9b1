"""The one typed options object; every default is defined here and passed down."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

# spaCy refuses texts longer than nlp.max_length (1,000,000 characters); press
# releases are a few thousand. Longer cleaned texts are truncated here, with a
# warning, so that one runaway file cannot stall or crash a batch.
DEFAULT_MAX_CHARS = 200_000


@dataclass(frozen=True, slots=True)
class Options:
    """How to extract: shared by the API, the CLI and the batch runner."""

    patterns_dir: str | None = None
    """Directory of pattern files; None means the patterns shipped with rilis."""
    reference_date: dt.date | None = None
    """Date against which missing years and relative words are resolved."""
    include_text: bool = False
    """Put the cleaned text into each record."""
    max_chars: int = DEFAULT_MAX_CHARS
    """Cleaned texts longer than this are truncated, with a warning."""
    today: dt.date | None = None
    """The date taken as today when nothing else dates an article (None: the clock)."""
