"""Flat tables of records: one definition of each, shared by every tabular output.

The CSV writer, the Parquet writer's companions and any store (SQLite) build
their rows here, so a column exists, is named and is computed in one place.
Every table is keyed by `article_id` (`Article.id`). List-valued cells
(titles, mentions, spans, pattern ids, warnings) are JSON arrays in a string,
so that no format has to guess a separator; spans are `[[start, end], ...]`
offsets in the cleaned text.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from .records import Article, Evidence

Cell = str | int | bool | None
Row = tuple[Cell, ...]


@dataclass(frozen=True)
class Table:
    """A flat table: its name, its columns and how one article becomes rows."""

    name: str
    columns: tuple[str, ...]
    rows: Callable[[Article], Iterator[Row]]
    doc: str


def _json(values: Sequence[Any]) -> str:
    """A list cell as a compact JSON array (non-ASCII kept readable)."""
    return json.dumps(list(values), ensure_ascii=False, separators=(",", ":"))


def _evidence(item: Evidence) -> Row:
    """The `pattern_ids` and `spans` cells of an extracted item."""
    return _json(item.pattern_ids), _json([[s.start, s.end] for s in item.spans])


EVIDENCE = ("pattern_ids", "spans")


def _articles(a: Article) -> Iterator[Row]:
    """One row per article."""
    d = a.dateline
    yield (a.id, a.source, a.title, a.published, d.text if d else None, d.place if d else None,
           d.outlet if d else None, d.province if d else None, a.text_hash, a.schema_version,
           a.cluster, _json(a.warnings), len(a.removed))


def _facilities(a: Article) -> Iterator[Row]:
    """One row per facility (issuing unit)."""
    for f in a.facilities:
        yield (a.id, f.name, f.kind, f.class_, f.place, _json(f.mentions), *_evidence(f))


def _officials(a: Article) -> Iterator[Row]:
    """One row per official."""
    for o in a.officials:
        yield (a.id, o.name, _json(o.titles), o.position, o.acting, o.organization,
               *_evidence(o))


def _partners(a: Article) -> Iterator[Row]:
    """One row per partner organisation."""
    for p in a.partners:
        yield (a.id, p.name, p.acronym, p.kind, p.region, *_evidence(p))


def _dates(a: Article) -> Iterator[Row]:
    """One row per dated value."""
    for d in a.dates:
        yield (a.id, d.value, d.text, d.role, d.year_inferred, *_evidence(d))


def _engagements(a: Article) -> Iterator[Row]:
    """One row per activity kind."""
    for e in a.engagements:
        yield (a.id, e.type, *_evidence(e))


def _agreements(a: Article) -> Iterator[Row]:
    """One row per agreement."""
    for g in a.agreements:
        yield (a.id, g.type, g.status, _json(g.parties), g.scope, *_evidence(g))


def event_date(article: Article) -> str | None:
    """The first date of role `event`, if the article states one."""
    return next((d.value for d in article.dates if d.role == "event"), None)


def _partnerships(a: Article) -> Iterator[Row]:
    """Facility × partner × (engagement or agreement); status is null for engagements."""
    date = event_date(a)
    relations = [(e.type, None) for e in a.engagements] + \
                [(g.type, g.status) for g in a.agreements]
    for facility in a.facilities:
        for partner in a.partners:
            for kind, status in relations:
                yield (a.id, facility.name, partner.name, kind, status, date, a.source)


TABLES: tuple[Table, ...] = (
    Table("articles", ("article_id", "source", "title", "published", "dateline",
                       "dateline_place", "dateline_outlet", "dateline_province", "text_hash",
                       "schema_version", "cluster", "warnings", "removed_count"),
          _articles, "one row per article"),
    Table("facilities", ("article_id", "name", "kind", "class", "place", "mentions", *EVIDENCE),
          _facilities, "issuing units (correctional facilities or kind `other`)"),
    Table("officials", ("article_id", "name", "titles", "position", "acting", "organization",
                        *EVIDENCE), _officials, "named officials"),
    Table("partners", ("article_id", "name", "acronym", "kind", "region", *EVIDENCE),
          _partners, "counterpart organisations"),
    Table("dates", ("article_id", "value", "text", "role", "year_inferred", *EVIDENCE),
          _dates, "dates with roles"),
    Table("engagements", ("article_id", "type", *EVIDENCE), _engagements, "activity kinds"),
    Table("agreements", ("article_id", "type", "status", "parties", "scope", *EVIDENCE),
          _agreements, "agreements with status"),
    Table("partnerships", ("article_id", "facility", "partner", "type", "status", "date",
                           "source"), _partnerships,
          "facility × partner × engagement/agreement; status null for engagements, "
          "date = the article's first event date"),
)
TABLES_BY_NAME = {t.name: t for t in TABLES}


def rows(table: Table, article: Article) -> list[Row]:
    """The rows of one table for one article."""
    return list(table.rows(article))
