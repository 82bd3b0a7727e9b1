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

    def __post_init__(self) -> None:
        # refused here, not deep in the year inference of the first article without a year
        for name in ("reference_date", "today"):
            object.__setattr__(self, name, as_date(getattr(self, name), name))


def as_date(value: object, name: str) -> dt.date | None:
    """A date option's value: a date, an ISO string (`"2025-12-31"`) read as its date, or
    None; anything else is a clear error."""
    if value is None or isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            raise ValueError(f"{name} must be a date or YYYY-MM-DD, not {value!r}") from None
    raise TypeError(f"{name} must be a date or YYYY-MM-DD, not {type(value).__name__}")
