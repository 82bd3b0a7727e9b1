"""Dates: found on characters, parsed from regex groups, years inferred.

The tokenizer splits `Senin(8/3)` as `Senin(8 / 3 )`, so dates are found with
character-level expressions built from `patterns/dates.jsonl`, never with
dateparser's `search_dates` over the whole text (it takes regulation numbers,
durations and bare weekdays for dates). dateparser is used, through one
wrapper built once, only for free-form dates in metadata.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from .shortcuts import first_char_guard
from .vocabulary import PatternSet, alternation

log = logging.getLogger(__name__)

# How far from the article's own date a written weekday may move a date without a year.
UPCOMING_REACH_DAYS = 31
WEEKDAY_REACH_DAYS = 183
# How far back a missing year is searched for a weekday match: weekday and
# day-month repeat in a 5-, 6- or 11-year cycle, so 11 years always finds one.
YEAR_SEARCH_SPAN = 11


@dataclass(frozen=True)
class DateMention:
    """One date (or range) found in the text, before roles are assigned."""

    start: int
    end: int
    text: str
    values: tuple[dt.date, ...]
    year_inferred: bool
    pattern_id: str
    weekday_mismatch: bool = False
    loose: bool = False
    """Written with neither a year nor a weekday: only the reference places it."""


class _Shape:
    """A date expression `(?:PREFIX)?BODY`, scanned for body first.

    The prefix (a weekday and separators) is optional and made of letters that
    start most Indonesian words, so scanning the whole expression tried the
    weekday alternation at most positions of the text. The body starts with a
    digit or `(`, which no prefix consumes. So the leftmost match of the whole
    expression is found by scanning for the body alone (from where the last
    match ended) and then searching, in the run of prefix characters right
    before the body, for the leftmost prefix that ends exactly where the body
    begins: the same start, the same groups (the prefix's weekday is the first
    alternative that reaches the body, as in the whole expression), the same end.
    """

    def __init__(self, prefix: str, body: str, prefix_chars: str) -> None:
        self.expression = f"(?:{prefix})?{body}"
        """The whole expression this finds the matches of (tests compare)."""
        # no guard: a body begins with `(` or `\d`, which `re` itself scans for fastest
        self.body = re.compile(body, re.IGNORECASE)
        self.prefix = first_char_guard(re.compile(rf"(?:{prefix})\Z", re.IGNORECASE))
        # matched on the reversed text: the prefix characters right before a position
        self.prefix_run = re.compile(rf"[{prefix_chars}]*", re.IGNORECASE)

    def finditer(self, text: str, reversed_text: str
                 ) -> Iterator[tuple[int, int, str | None, re.Match[str]]]:
        """(start, end, weekday or None, body match) of each match, left to right."""
        pos = 0
        while (body := self.body.search(text, pos)) is not None:
            at = body.start()
            run = self.prefix_run.match(reversed_text, len(text) - at)
            lowest = max(pos, len(text) - run.end())  # type: ignore[union-attr]  # `*`: always
            prefix = self.prefix.search(text, lowest, at) if lowest < at else None
            start, weekday = (prefix.start(), prefix.group("wd")) if prefix else (at, None)
            yield start, body.end(), weekday, body
            pos = body.end()


@dataclass(frozen=True)
class _Grammar:
    """Compiled date expressions and the vocabularies they map through."""

    bracketed: _Shape
    written: _Shape
    numeric: _Shape
    numeric_range: _Shape
    relative: re.Pattern[str]
    months: dict[str, int]
    weekdays: dict[str, int]
    relative_offsets: dict[str, int]
    weekday_range_end: re.Pattern[str]
    not_a_day_before: frozenset[str]
    """Words right before a relative day word that make it no day: a span's end (`hingga
    hari ini`) or a count (`selama 12 hari ini`, `beberapa hari ini`), with the numbers."""




@lru_cache(maxsize=8)
def _grammar(patterns: PatternSet) -> _Grammar:
    """Build the date expressions of one pattern set."""
    months = {e.text.lower(): e.value for e in patterns.get("MONTH")}
    weekdays = {e.text.lower(): e.value for e in patterns.get("WEEKDAY")}
    relative = {e.text.lower(): e.value for e in patterns.get("RELATIVE")}
    month = alternation(list(months))
    weekday = alternation(list(weekdays))
    joiner = alternation([w for w in patterns.words("RANGE") if w not in "-–—"])
    year = r"(?:19|20)\d{2}"
    # a day: no word character or slash right before it, but the slash after a Hijri year
    # (`9 Ramadan 1447 H/27 Februari 2026`); the lookbehinds come after the first digit (the
    # same test) so that the expression begins with `\d`
    day = r"(?P<d>\d(?<!\w\d)(?<!(?<!H)/\d)\d?)"
    short_prefix = rf"(?P<wd>{weekday})\s*,?\s*"
    # every character a prefix can consume (letters of its words, spaces, punctuation):
    # the prefix search is confined to a run of them (more characters would only cost time)
    prefix_chars = re.escape("".join(sorted(set("".join(weekdays) + "tanggaltgl.,(")))) + r"\s"
    bracketed = _Shape(
        short_prefix,
        rf"\(\s*(?P<d>\d{{1,2}})(?:(?:\s*[-–—]\s*|\s+(?:{joiner})\s+)(?P<d2>\d{{1,2}}))?"
        rf"\s*[/.-]\s*(?P<m>\d{{1,2}})"
        rf"(?:\s*[/.-]\s*(?P<y>{year}|\d{{2}}))?\s*\)", prefix_chars)
    written = _Shape(
        rf"(?P<wd>{weekday})\s*,?\s*(?:\(\s*)?(?:tanggal\s+|tgl\.?\s+)?",
        rf"{day}(?:\s*(?P<m1>{month})\.?(?:\s+(?P<y1>{year}))?)?"
        rf"(?:\s*(?:[-–—]|\s(?:{joiner})\s)\s*(?P<d2>\d{{1,2}}))?"
        rf"\s+(?P<m>{month})\b\.?(?:\s*,?\s*(?P<y>{year}))?", prefix_chars)
    numeric = _Shape(
        short_prefix,
        rf"{day}\s*(?P<sep>[/-])\s*(?P<m>\d{{1,2}})"
        rf"\s*(?P=sep)\s*(?P<y>{year})(?![\d/])", prefix_chars)
    # "23 s.d. 25/6": a range of days of a numeric month, without brackets, joined by words
    # (with a dash, "1-2/3" is as likely a fraction)
    numeric_range = _Shape(
        short_prefix,
        rf"{day}\s+(?:{joiner})\s+(?P<d2>\d{{1,2}})\s*/\s*(?P<m>\d{{1,2}})"
        rf"(?:\s*/\s*(?P<y>{year}))?(?![\d/])", prefix_chars)
    # same matches, found faster: positions no date can start at are skipped at once
    relative_re = first_char_guard(
        re.compile(rf"\b(?P<rel>{alternation(list(relative))})\b", re.IGNORECASE))
    # a weekday and a dash or `dan` right before another weekday: "Rabu–Kamis (26–27/2)",
    # "Kamis dan Jumat (6-7/11)"
    weekday_range_end = re.compile(rf"(?:{weekday})(?:\s*[-–—]\s*|\s+(?:dan|&)\s+)$",
                                   re.IGNORECASE)
    not_a_day_before = frozenset(w.lower() for w in (*patterns.words("RELATIVE_SPAN"),
                                                     *patterns.words("NUMBER_WORD")))
    return _Grammar(bracketed, written, numeric, numeric_range, relative_re, months, weekdays,
                    relative, weekday_range_end, not_a_day_before)


def _year(raw: str | None) -> int | None:
    """A 4-digit or 2-digit year as an int."""
    if raw is None:
        return None
    value = int(raw)
    return value + 2000 if value < 100 else value


def infer_year(day: int, month: int, weekday: int | None, reference: dt.date,
               future: bool = False, anchored: bool = True) -> tuple[dt.date | None, bool]:
    """The date of day/month nearest the reference whose weekday matches.

    An anchored reference (the article's own date) admits candidates within a
    year of it; an unanchored one (today, for want of anything better) is
    searched back until the weekday matches. Returns the date (None when
    day/month exists in no year searched) and whether the written weekday
    contradicted every candidate.
    """
    span = 1 if anchored else YEAR_SEARCH_SPAN
    years = [reference.year + 1, *range(reference.year, reference.year - span - 1, -1)]
    candidates = []
    for year in years:
        try:
            candidates.append(dt.date(year, month, day))
        except ValueError:
            continue  # 29 February outside leap years
    if not candidates:
        return None, False

    def allowed(d: dt.date) -> bool:
        # a day a few weeks after the article's own date is one coming, not last year's
        return future or d <= reference or (
            anchored and (d - reference).days <= UPCOMING_REACH_DAYS)

    pool = [d for d in candidates if allowed(d)] or candidates
    nearest = min(pool, key=lambda d: abs((d - reference).days))
    if weekday is not None and nearest.weekday() == weekday:
        return nearest, False
    if weekday is not None:
        matching = [d for d in candidates if d.weekday() == weekday]
        # a weekday chooses among dates near the article's own, never a year away from it:
        # `Senin (9/9)` published on 10 September 2025 is 9 September 2025, a Tuesday
        near = [d for d in matching if abs((d - reference).days) <= WEEKDAY_REACH_DAYS]
        pool = [d for d in near if allowed(d)] or near
        if not anchored:
            pool = pool or [d for d in matching if allowed(d)]
        if pool:
            return min(pool, key=lambda d: abs((d - reference).days)), False
    return nearest, weekday is not None


def _make(day: int, month: int, year: int | None, weekday: int | None, reference: dt.date,
          future: bool, anchored: bool = True) -> tuple[dt.date | None, bool, bool]:
    """(date, year_inferred, weekday_mismatch) of one day/month[/year]."""
    if year is not None:
        try:
            value = dt.date(year, month, day)
        except ValueError:
            return None, False, False
        return value, False, weekday is not None and value.weekday() != weekday
    value, mismatch = infer_year(day, month, weekday, reference, future, anchored)
    return value, True, mismatch


def find_dates(text: str, patterns: PatternSet, reference: dt.date,
               future_at: Any = None, anchored: bool = True) -> list[DateMention]:
    """Every date and range in the text, left to right, without overlaps.

    `future_at(offset)` tells whether the sentence at a character offset
    speaks of the future (then a missing year may fall after the reference).
    Without an anchored reference (today, for want of the article's date), dates
    written with neither year nor weekday (`26 Juni lalu`) are placed against the
    first date the text itself fixes (`Kamis (21/8)`, a year or a weekday): the
    article's time, as near as the text tells it.
    """
    found = _find_dates(text, patterns, reference, future_at, anchored)
    if anchored or not any(m.loose for m in found):
        return found
    fixed = next((m for m in found if not m.loose), None)
    if fixed is None:
        return found
    again = {m.start: m for m in _find_dates(text, patterns, fixed.values[0], future_at, True)}
    return [again.get(m.start, m) if m.loose else m for m in found]


def _find_dates(text: str, patterns: PatternSet, reference: dt.date,
                future_at: Any, anchored: bool) -> list[DateMention]:
    """`find_dates` against one reference."""
    g = _grammar(patterns)
    found: list[DateMention] = []

    def make(day: int, month: int, year: int | None, weekday: int | None,
             is_future: bool) -> tuple[dt.date | None, bool, bool]:
        return _make(day, month, year, weekday, reference, is_future, anchored)

    # characters inside a date already found (a mask, not a list of ranges: checking
    # a match against every earlier one was quadratic on text full of dates)
    taken = bytearray(len(text))

    def free(start: int, end: int) -> bool:
        return taken.find(1, start, end) == -1  # date matches are never empty

    def take(start: int, end: int) -> None:
        taken[start:end] = b"\x01" * (end - start)

    def future(offset: int) -> bool:
        return bool(future_at(offset)) if future_at else False

    def weekday_of(written: str | None) -> int | None:
        return g.weekdays.get(written.lower()) if written else None

    reversed_text = text[::-1]  # for the shapes' prefix search
    for start, end, weekday, match in g.written.finditer(text, reversed_text):
        if not free(start, end):
            continue
        wd = weekday_of(weekday)
        month = g.months[match.group("m").lower().rstrip(".")]
        year = _year(match.group("y"))
        day = int(match.group("d"))
        values: list[dt.date] = []
        inferred = mismatch = False
        if match.group("d2"):
            first_month = g.months[match.group("m1").lower()] if match.group("m1") else month
            first_year = _year(match.group("y1")) or year
            first, inf1, mis1 = make(day, first_month, first_year, wd, future(start))
            if first is not None and first_year is None and year is None:
                year = first.year
            last_year = year or (first.year if first else None)
            last, inf2, _ = make(int(match.group("d2")), month, last_year, None, future(start))
            if first is None or last is None or last < first:
                continue
            values, inferred, mismatch = [first, last], inf1 or inf2, mis1
        else:
            if match.group("m1"):
                continue  # "4 Agustus Mei" is no date
            value, inferred, mismatch = make(day, month, year, wd, future(start))
            if value is None:
                continue
            values = [value]
        loose = wd is None and match.group("y") is None and match.group("y1") is None
        found.append(DateMention(start, end, text[start:end], tuple(values),
                                 inferred, "date.written", mismatch, loose))
        take(start, end)

    for shape, pattern_id in ((g.bracketed, "date.bracketed"),
                              (g.numeric_range, "date.numeric_range"), (g.numeric, "date.numeric")):
        for start, end, weekday, match in shape.finditer(text, reversed_text):
            if not free(start, end):
                continue
            wd = weekday_of(weekday)
            year = _year(match.group("y"))
            if year is None and wd is None and pattern_id == "date.bracketed":
                continue  # a bare "(8/3)" is as likely a ratio or a count as a date
            month, day = int(match.group("m")), int(match.group("d"))
            last_day = int(match.group("d2")) if "d2" in match.re.groupindex and \
                match.group("d2") else None
            if last_day is not None and g.weekday_range_end.search(text, max(0, start - 16), start):
                # "Rabu–Kamis (26–27/2)": the weekday nearest the brackets is the last day's
                last, inferred, mismatch = make(last_day, month, year, wd, future(start))
                value = make(day, month, last.year, None, False)[0] if last else None
            else:
                value, inferred, mismatch = make(day, month, year, wd, future(start))
                last = make(last_day, month, value.year, None, False)[0] \
                    if value and last_day is not None else None
            if value is None or (last_day is not None and (last is None or last < value)):
                continue
            days = (value,) if last is None else (value, last)
            found.append(DateMention(start, end, text[start:end], days,
                                     inferred, pattern_id, mismatch, year is None and wd is None))
            take(start, end)
    return sorted(found, key=lambda m: m.start)


def find_relative(text: str, patterns: PatternSet, published: dt.date) -> list[DateMention]:
    """Relative day words (`kemarin`, `hari ini`) resolved against the publication date."""
    g = _grammar(patterns)
    out = []
    for match in g.relative.finditer(text):
        before = text[max(0, match.start() - 40):match.start()].split()
        if match.group(0)[:1].isupper() and before and before[-1][:1].isupper() and \
                before[-1][-1:].isalnum():
            continue  # `MALUKU HARI INI`, `Sumut Hari Ini`: a name written with capitals
        if before and (before[-1].isdigit() or before[-1].lower() in g.not_a_day_before):
            continue  # `hingga hari ini` (up to now), `selama 12 hari ini` (these twelve days)
        value = published + dt.timedelta(days=g.relative_offsets[match.group("rel").lower()])
        out.append(DateMention(match.start(), match.end(), match.group(0), (value,), True,
                               "date.relative"))
    return out


@lru_cache(maxsize=1)
def _dateparser() -> Any:
    """The one dateparser parser, built once with explicit settings."""
    from dateparser.date import DateDataParser

    return DateDataParser(languages=["id", "en"], settings={
        "DATE_ORDER": "DMY", "PREFER_DATES_FROM": "past", "RETURN_AS_TIMEZONE_AWARE": False,
    })


def parse_date(value: str) -> dt.date | None:
    """Parse one free-form date string (ISO first, then dateparser)."""
    value = value.strip()
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        pass
    data = _dateparser().get_date_data(value)
    return data.date_obj.date() if data and data.date_obj else None
