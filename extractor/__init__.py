"""rilis: typed, source-grounded records from Indonesian institutional press releases.

    >>> import extractor
    >>> article = extractor.extract("BONE–Kepala Lapas Kelas IIA Watampone, Ashari, ...")

`extract` reads one text, `extract_many` a stream of texts or (text, metadata)
pairs; both return `Article` records (see `extractor.records`).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from .options import Options, as_date
from .records import SCHEMA_VERSION, Article
from .vocabulary import PatternError

__all__ = ["Article", "Options", "PatternError", "SCHEMA_VERSION", "extract", "extract_many"]
__version__ = "0.1.0"


def extract(text: str, *, source: str | None = None, metadata: Mapping[str, Any] | None = None,
            reference_date: dt.date | str | None = None,
            options: Options | None = None) -> Article:
    """Extract one article's record from its text.

    Args:
        text: the article as fetched (plain text; noise is cleaned away).
        source: where it came from (path or URL), kept in the record and its id.
        metadata: what a fetcher knows: `url`, `published` (ISO or free-form
            date), `title`. The publication date anchors years and relative words.
        reference_date: overrides the date missing years are inferred against (a date or
            `YYYY-MM-DD`).
        options: extraction options; defaults to `Options()`.
    """
    from .pipeline import extract_items

    opts = options or Options()
    reference = as_date(reference_date, "reference_date")
    if reference is not None:
        opts = dataclasses.replace(opts, reference_date=reference)
    meta = dict(metadata or {})
    if source is not None:
        meta["source"] = source
    return next(extract_items([(text, meta)], opts))


def extract_many(items: Iterable[str | tuple[str, Mapping[str, Any]]], *,
                 options: Options | None = None) -> Iterator[Article]:
    """Extract records from many texts or (text, metadata) pairs, lazily and in order.

    Uses spaCy's `nlp.pipe` in batches; metadata may carry `source`, `url`,
    `published` and `title`.
    """
    from .pipeline import extract_items

    return extract_items(items, options or Options())
