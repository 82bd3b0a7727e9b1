"""A self-contained visual HTML report of extracted records.

Two steps, so that any input only needs a loader:

1. A loader turns stored records into `ReportData`, plain in-memory rows.
   `load_jsonl(path)` reads `rilis extract` output; a loader for the SQLite
   store (`--db`) only has to return the same `ReportData`, most simply by
   rebuilding `Article` records and calling `build_report_data`.
2. `render_html(data)` writes one HTML file with the styles, the script and
   the data inline: it makes no request outside itself. The data is one JSON
   block (`<script type="application/json">`); charts, the table and each
   article's highlighted text are drawn by the inline script from it.

The shape of `ReportData` (each table becomes `{"columns": [...], "rows": [...]}`
in the JSON block, columns named as the dataclass fields, in order):

- `articles`: one `ArticleRow` per record: id, title, source, outlet, published,
  date (the event date, else the publication date), cluster, text (None when
  the records were written without `--include-text`), and `items`: every
  extracted value as `Item(label, value, spans)` with spans as (start, end)
  offsets into `text`.
- `partnerships`: `PartnershipRow`s, one per facility × partner × activity
  (agreement or engagement) of an article, like the batch writers'
  `partnerships` table. An article with no partner or no activity still gets
  rows, with None where it has nothing, so every article is reachable.
- `facilities`: one `FacilityRow` per facility name, with the province read
  from the gazetteer (`patterns/regions.jsonl`) or "unknown".

The JSON block also carries `version`, `title`, `input` and `vocabulary` (the
records' engagement types, agreement types and statuses, and partner kinds,
in order: the script colours by them).
"""

from __future__ import annotations

import sqlite3

import dataclasses
import html
import json
import logging
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any, get_args

from pydantic import ValidationError

from .records import AgreementStatus, AgreementType, Article, DateItem, EngagementType, PartnerKind
from .vocabulary import RegionEntry, default_directory, parse_lines

log = logging.getLogger(__name__)

__all__ = [
    "ArticleRow", "FacilityRow", "Gazetteer", "Item", "PartnershipRow", "ReportData",
    "ReportInputError", "article_row", "build_report_data", "embed_json", "load_jsonl",
    "partnership_rows", "payload", "render_html", "write_report",
]

UNKNOWN_PROVINCE = "unknown"
DATA_ELEMENT_ID = "rilis-data"
PAYLOAD_VERSION = 1


class ReportInputError(ValueError):
    """Records that cannot be read; the message names the input, the line and the reason."""


@dataclass(frozen=True, slots=True)
class Item:
    """One extracted value of an article, with the text ranges it was read from."""

    label: str
    """facility, official, partner, date, engagement or agreement"""
    value: str
    """The value as one readable line (`mou · signed`, `Ali Imran — Kepala Lapas …`)."""
    spans: tuple[tuple[int, int], ...] = ()


@dataclass(frozen=True, slots=True)
class ArticleRow:
    """One article as the report shows it."""

    id: str
    title: str | None
    source: str | None
    outlet: str | None
    published: str | None
    date: str | None
    """The event date, else the publication date, else the first date stated."""
    cluster: str | None
    text: str | None
    items: tuple[Item, ...] = ()


@dataclass(frozen=True, slots=True)
class PartnershipRow:
    """One facility × partner × activity of an article."""

    article_id: str
    facility: str | None
    partner: str | None
    partner_kind: str | None
    activity: str | None
    """`agreement`, `engagement` or None (the article reports no activity)."""
    type: str | None
    status: str | None
    """Agreement status; None for engagements."""
    date: str | None
    source: str | None


@dataclass(frozen=True, slots=True)
class FacilityRow:
    """A facility and where it is."""

    name: str
    kind: str
    place: str | None
    province: str
    """Province name from the gazetteer, or `unknown`."""


@dataclass(slots=True)
class ReportData:
    """Everything the report shows, as plain rows (see the module docstring)."""

    articles: list[ArticleRow] = field(default_factory=list)
    partnerships: list[PartnershipRow] = field(default_factory=list)
    facilities: list[FacilityRow] = field(default_factory=list)
    input: str = ""
    """What was read (a path), shown in the report's header."""


# ---------------------------------------------------------------- provinces

_PREFIX = re.compile(r"^(?:kota administrasi|kota|kabupaten|kab\.?)\s+", re.IGNORECASE)
_NOT_ALNUM = re.compile(r"[^0-9a-z]+")
# Levels tried in order: a regency or city name is what a facility place usually
# is; a district name is tried last, as many repeat across provinces.
_LEVELS = (("kabupaten", "kota"), ("provinsi",), ("kecamatan",))


def _key(name: str) -> str:
    """Compare places without case, prefixes, spaces or punctuation (`Tanjung Pandan`)."""
    return _NOT_ALNUM.sub("", _PREFIX.sub("", name.strip()).lower())


class Gazetteer:
    """Province of a place, from the Kemendagri region list (`patterns/regions.jsonl`)."""

    def __init__(self, regions: Iterable[RegionEntry]) -> None:
        """Index region names by comparison key; a code's first two digits are its province."""
        self.provinces: dict[str, str] = {}
        self._codes: dict[str, list[tuple[str, str]]] = {}
        for region in regions:
            if region.type == "provinsi":
                self.provinces[region.code] = region.text
            self._codes.setdefault(_key(region.text), []).append((region.type, region.code[:2]))

    @classmethod
    def load(cls, patterns_dir: str | Path | None = None) -> Gazetteer:
        """Read `regions.jsonl` of a patterns directory (default: the shipped one)."""
        path = Path(patterns_dir or default_directory()) / "regions.jsonl"
        with path.open(encoding="utf-8") as handle:
            regions = [e for e in parse_lines(handle, str(path)) if isinstance(e, RegionEntry)]
        return cls(regions)

    def _candidates(self, place: str | None) -> set[str]:
        """Province codes of the most specific level at which the place is named."""
        found = self._codes.get(_key(place)) if place else None
        if not found:
            return set()
        for types in _LEVELS:
            codes = {code for kind, code in found if kind in types}
            if codes:
                return codes
        return set()

    def province(self, place: str | None, *hints: str | None) -> str:
        """The province of a place, or `unknown`.

        Hints (the dateline's province, then its place) settle a name that
        several provinces share, and stand in for a place the list lacks.
        """
        codes = self._candidates(place)
        if len(codes) == 1:
            return self.provinces[codes.pop()]
        for hint in hints:
            hinted = self._candidates(hint)
            if len(hinted) == 1 and (not codes or hinted <= codes):
                return self.provinces[hinted.pop()]
        return UNKNOWN_PROVINCE


# ---------------------------------------------------------------- records → rows

def _spans(evidence: Any) -> tuple[tuple[int, int], ...]:
    """The (start, end) pairs of an item's spans."""
    return tuple((s.start, s.end) for s in evidence.spans)


def _items(article: Article) -> tuple[Item, ...]:
    """Every extracted value of an article, labelled, in record order."""
    items: list[Item] = []
    items += [Item("facility", f.name, _spans(f)) for f in article.facilities]
    items += [Item("partner", f"{p.name} ({p.kind})", _spans(p)) for p in article.partners]
    items += [Item("official", " — ".join(filter(None, [
        " ".join(filter(None, [o.acting, o.name])), o.position])), _spans(o))
        for o in article.officials]
    items += [Item("date", f"{d.value} ({d.role})", _spans(d)) for d in article.dates]
    items += [Item("engagement", e.type, _spans(e)) for e in article.engagements]
    items += [Item("agreement", f"{a.type} · {a.status}", _spans(a)) for a in article.agreements]
    return tuple(items)


def _event_date(dates: Sequence[DateItem], published: str | None) -> str | None:
    """The first event date, else the publication date, else the first date stated."""
    ordered = sorted(d.value for d in dates if d.role == "event")
    ordered += [published[:10]] if published else []
    ordered += sorted(d.value for d in dates)
    return ordered[0] if ordered else None


def article_row(article: Article) -> ArticleRow:
    """The report's view of one record."""
    return ArticleRow(
        id=article.id, title=article.title, source=article.source,
        outlet=article.dateline.outlet if article.dateline else None,
        published=article.published, date=_event_date(article.dates, article.published),
        cluster=article.cluster, text=article.text, items=_items(article))


def partnership_rows(article: Article, date: str | None) -> list[PartnershipRow]:
    """Facility × partner × activity rows of one record (None where it names none)."""
    activities: list[tuple[str | None, str | None, str | None]] = [
        ("agreement", a.type, a.status) for a in article.agreements]
    activities += [("engagement", e.type, None) for e in article.engagements]
    partners: list[tuple[str | None, str | None]] = [(p.name, p.kind) for p in article.partners]
    facilities: list[str | None] = [f.name for f in article.facilities]
    return [PartnershipRow(article.id, facility, partner, kind, activity, type_, status, date,
                           article.source)
            for facility in facilities or [None]
            for partner, kind in partners or [(None, None)]
            for activity, type_, status in activities or [(None, None, None)]]


def build_report_data(articles: Iterable[Article], *, input: str = "",
                      gazetteer: Gazetteer | None = None) -> ReportData:
    """Rows of the report from records: what every loader returns."""
    gazetteer = gazetteer or Gazetteer.load()
    data = ReportData(input=input)
    seen: set[str] = set()
    for article in articles:
        row = article_row(article)
        data.articles.append(row)
        data.partnerships += partnership_rows(article, row.date)
        dateline = article.dateline
        for facility in article.facilities:
            if facility.name in seen:
                continue
            seen.add(facility.name)
            province = gazetteer.province(facility.place,
                                          dateline.province if dateline else None,
                                          dateline.place if dateline else None)
            data.facilities.append(FacilityRow(facility.name, facility.kind, facility.place,
                                               province))
    return data


def load_jsonl(path: str | Path, *, gazetteer: Gazetteer | None = None) -> ReportData:
    """Read records written by `rilis extract` (JSON Lines) into report rows.

    Raises ReportInputError naming the file and line of a record that is not
    valid JSON or not an `Article`, and for a file that cannot be read.
    """
    path = Path(path)

    def records() -> Iterable[Article]:
        try:
            with path.open(encoding="utf-8") as handle:
                for number, line in enumerate(handle, start=1):
                    if not line.strip():
                        continue
                    try:
                        yield Article.model_validate_json(line)
                    except ValidationError as exc:
                        first = exc.errors()[0]
                        where = ".".join(str(p) for p in first["loc"])
                        reason = first["msg"] if not where else f"{where}: {first['msg']}"
                        raise ReportInputError(f"{path}:{number}: not a rilis record "
                                               f"({reason})") from None
        except (OSError, UnicodeDecodeError) as exc:
            raise ReportInputError(f"{path}: cannot be read ({exc})") from None

    return build_report_data(records(), input=str(path), gazetteer=gazetteer)


def load_db(path: str | Path, *, gazetteer: Gazetteer | None = None) -> ReportData:
    """Read the records of a `--db` store (`extractor.store`) into report rows, with their
    cleaned texts and cluster ids. Raises ReportInputError for a file that is no store."""
    from .store import Store, StoreError

    path = Path(path)
    if not path.is_file():
        raise ReportInputError(f"{path}: no such store")
    try:
        with Store(path) as store:
            return build_report_data(list(store.records(with_text=True)), input=str(path),
                                     gazetteer=gazetteer)
    except (StoreError, sqlite3.DatabaseError) as exc:
        raise ReportInputError(f"{path}: not a rilis store ({exc})") from None


# ---------------------------------------------------------------- rendering

def _table(rows: Sequence[Any], cls: type) -> dict[str, Any]:
    """Rows of one dataclass as columns + rows (lists, in field order)."""
    names = [f.name for f in dataclasses.fields(cls)]
    return {"columns": names,
            "rows": [[_plain(getattr(row, name)) for name in names] for row in rows]}


def _plain(value: Any) -> Any:
    """JSON-ready value: items become [label, value, [[start, end], ...]]."""
    if isinstance(value, tuple):
        return [_plain(v) for v in value]
    if isinstance(value, Item):
        return [value.label, value.value, [list(s) for s in value.spans]]
    return value


def payload(data: ReportData, title: str) -> dict[str, Any]:
    """The JSON object embedded in the report."""
    return {
        "version": PAYLOAD_VERSION,
        "title": title,
        "input": data.input,
        "articles": _table(data.articles, ArticleRow),
        "partnerships": _table(data.partnerships, PartnershipRow),
        "facilities": _table(data.facilities, FacilityRow),
        # the records' vocabularies, in order: the script colours by them
        "vocabulary": {"engagement_types": list(get_args(EngagementType)),
                       "agreement_types": list(get_args(AgreementType)),
                       "agreement_statuses": list(get_args(AgreementStatus)),
                       "partner_kinds": list(get_args(PartnerKind))},
    }


# `<`, `>` and `&` as JSON escapes: no `</script>` or `<!--` can close or
# confuse the data block, whatever the articles say; U+2028/9 for old parsers.
_SCRIPT_UNSAFE = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026",
                  "\u2028": "\\u2028", "\u2029": "\\u2029"}
_SCRIPT_UNSAFE_RE = re.compile("[<>&\u2028\u2029]")


def embed_json(value: Any) -> str:
    """JSON that is safe as the content of a `<script>` element."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return _SCRIPT_UNSAFE_RE.sub(lambda m: _SCRIPT_UNSAFE[m.group()], text)


def _asset(name: str) -> str:
    """A file of `report_assets/`, shipped as package data."""
    return resources.files("extractor").joinpath("report_assets").joinpath(name).read_text("utf-8")


_SLOT = re.compile(r"\{\{(\w+)\}\}")


def render_html(data: ReportData, *, title: str = "rilis report") -> str:
    """The whole report as one self-contained HTML document."""
    style, script = _asset("report.css"), _asset("report.js")
    for name, text, closer in (("report.css", style, "</style"), ("report.js", script, "</script")):
        if closer in text.lower():  # would end the inline element early
            raise ValueError(f"report_assets/{name} contains {closer}")
    values = {"TITLE": html.escape(title), "STYLE": style, "SCRIPT": script,
              "DATA_ID": DATA_ELEMENT_ID, "DATA": embed_json(payload(data, title))}
    # one pass over the template: inserted text is never scanned for slots again
    return _SLOT.sub(lambda m: values[m.group(1)], _asset("report.html"))


def write_report(data: ReportData, output: str | Path, *, title: str = "rilis report") -> int:
    """Write the report; return its size in bytes."""
    document = render_html(data, title=title).encode("utf-8")
    Path(output).write_bytes(document)
    log.debug("wrote %s (%d bytes)", output, len(document))
    return len(document)
