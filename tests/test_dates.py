"""Dates: the genre's shapes, year inference, and numbers that are not dates."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extractor.dates import find_dates, find_relative, infer_year, parse_date

REF = dt.date(2025, 12, 31)


def values(text: str, patterns, reference: dt.date = REF) -> list[str]:  # type: ignore[no-untyped-def]
    return [v.isoformat() for m in find_dates(text, patterns, reference) for v in m.values]


@pytest.mark.parametrize("text, expected", [
    ("Senin (4/8/2025)", ["2025-08-04"]),
    ("Kamis (04/12)", ["2025-12-04"]),
    ("Senin(8/12)", ["2025-12-08"]),
    ("Senin (8/12) lalu", ["2025-12-08"]),
    ("4 Agustus 2025", ["2025-08-04"]),
    ("Jumat, 26 Februari 2021", ["2021-02-26"]),
    ("tanggal 26 Pebruari 2021", ["2021-02-26"]),
    ("29-31 Agustus 2025", ["2025-08-29", "2025-08-31"]),
    ("13 Maret s/d 18 April 2019", ["2019-03-13", "2019-04-18"]),
    ("12 Okt 2025", ["2025-10-12"]),
    ("selama tiga hari, 23 s.d. 25/6.", ["2025-06-23", "2025-06-25"]),
    ("Senin (3 s.d. 5/11)", ["2025-11-03", "2025-11-05"]),
    ("pada 10 hingga 12/2/2026", ["2026-02-10", "2026-02-12"]),
    ("pada 3-5/11 lalu", []),
    ("pada 3 Nop 2025 pukul 09.00 WITA", ["2025-11-03"]),
    ("Jum'at (5/12/2025)", ["2025-12-05"]),
    ("Ahad (7/12)", ["2025-12-07"]),
    ("04/08/2025", ["2025-08-04"]),
    ("Rabu–Kamis (26–27/2/2025)", ["2025-02-26", "2025-02-27"]),
    ("Rabu–Kamis (26–27/2)", ["2025-02-26", "2025-02-27"]),
    ("Senin (26-2-2025)", ["2025-02-26"]),
    ("Jumat, 9 Ramadan 1447 H/27 Februari 2026", ["2026-02-27"]),
], ids=["bracket-full", "bracket-no-year", "no-space", "with-lalu", "written", "weekday-written",
        "pebruari", "range", "range-months", "short-month", "range-of-numeric-month",
        "bracketed-range-by-word", "range-of-numeric-month-with-year",
        "dash-is-no-range-unbracketed", "time-zone", "jumat-apostrophe",
        "ahad", "numeric", "bracket-range", "bracket-range-year-from-last-weekday",
        "bracket-dashes-are-no-range", "after-a-hijri-date-and-a-slash"])
def test_shapes(patterns, text: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert values(text, patterns) == expected


@pytest.mark.parametrize("text", [
    "Nomor M.HH-03.PR.01.03 Tahun 2022", "Nomor 38 Tahun 2007", "periode 2021 – 2026",
    "sebanyak 25-30 WBP", "tahun 1447 H", "pada hari Senin", "skor (8/3)", "pukul 09.00 WIB",
    "Nomor 12/27 Februari 2026",
], ids=["regulation", "law", "period", "count", "hijri", "bare-weekday", "bare-fraction", "time",
        "number-then-slash"])
def test_not_dates(patterns, text: str) -> None:  # type: ignore[no-untyped-def]
    assert values(text, patterns) == []


def test_year_from_weekday_across_new_year() -> None:
    # published 2 January 2026 about "Rabu (31/12)": the Wednesday before is 2025
    assert infer_year(31, 12, 2, dt.date(2026, 1, 2)) == (dt.date(2025, 12, 31), False)


def test_the_api_takes_a_reference_date_as_a_date_or_an_iso_string() -> None:
    import extractor
    from extractor.options import Options

    text = "Lapas Kelas IIA Maros menggelar rapat, Senin (3/11)."
    as_date = extractor.extract(text, reference_date=dt.date(2025, 12, 1))
    as_text = extractor.extract(text, reference_date="2025-12-01")
    assert [d.value for d in as_text.dates] == [d.value for d in as_date.dates] == ["2025-11-03"]
    assert Options(today="2026-01-02").today == dt.date(2026, 1, 2)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="reference_date must be a date or YYYY-MM-DD"):
        extractor.extract(text, reference_date="3/11/2025")
    with pytest.raises(TypeError, match="reference_date"):
        extractor.extract(text, reference_date=20251201)  # type: ignore[arg-type]


def test_year_nearest_without_weekday_not_after_reference() -> None:
    assert infer_year(30, 12, None, dt.date(2026, 1, 2)) == (dt.date(2025, 12, 30), False)


def test_future_text_may_pass_the_reference() -> None:
    value, _ = infer_year(10, 1, None, dt.date(2025, 12, 20), future=True)
    assert value == dt.date(2026, 1, 10)


def test_a_day_weeks_after_the_article_is_one_coming() -> None:
    # published 20 December 2025: "25 dan 26 Desember" are this year's, with no word of the
    # future in their sentence; a day months after it is still last year's
    assert infer_year(25, 12, None, dt.date(2025, 12, 20)) == (dt.date(2025, 12, 25), False)
    assert infer_year(10, 1, None, dt.date(2025, 12, 20)) == (dt.date(2026, 1, 10), False)
    assert infer_year(25, 3, None, dt.date(2025, 12, 20)) == (dt.date(2025, 3, 25), False)
    # not against an unanchored reference (today, for want of the article's date)
    assert infer_year(25, 12, None, dt.date(2025, 12, 20), anchored=False)[0] == \
        dt.date(2024, 12, 25)


def test_leap_day() -> None:
    # 29 February falls on a Thursday in 2024
    assert infer_year(29, 2, 3, dt.date(2025, 1, 15)) == (dt.date(2024, 2, 29), False)


def test_weekday_mismatch_is_reported() -> None:
    value, mismatch = infer_year(4, 12, 0, dt.date(2025, 12, 31))  # 4 Dec 2025 is a Thursday
    assert mismatch and value == dt.date(2025, 12, 4)


def test_written_year_stands_against_weekday(patterns) -> None:  # type: ignore[no-untyped-def]
    [mention] = find_dates("Rabu (14/10/2025)", patterns, REF)  # a Tuesday
    assert mention.values == (dt.date(2025, 10, 14),)
    assert mention.weekday_mismatch and not mention.year_inferred


def test_parse_date_for_metadata() -> None:
    assert parse_date("2025-08-06T10:00:00+08:00") == dt.date(2025, 8, 6)
    assert parse_date("Rabu, 6 Agustus 2025") == dt.date(2025, 8, 6)
    assert parse_date("bukan tanggal") is None


# -- the shapes' body-first scan finds what the whole expressions find ---------------------
DATE_FRAGMENTS = ["Senin", "senin", "SABTU", "Jum'at", "Jum’at", "jumaat", "Ahad", "Rabu",
                  "Minggu", "Selasa", "Kamis", "ſabtu", "Kamis", "İ", "ı", " ", "  ", "\n", ",",
                  "(", ")", "/", "-", "–", ".", "tanggal ", "tgl. ", "tgl ", "4", "12", "31",
                  "2025", "25", "Agustus", "Des", "Mei", "s/d", "sampai", "hingga", "a", "x",
                  "Lapas", "pada", "Senin, tanggal ", "Jumat ( tgl. ", "Rabu  ,  ", "Kamis(",
                  "4 Agustus 2025", "(4/8/2025)", "(04/12)", "4/8/2025", "29-31 Agustus",
                  "13 Maret s/d 18 April 2019", "12 Okt", "4-8-2025", "(26–27/2/2025)", "(3-4/12)"]


def _whole(shape, text: str):  # type: ignore[no-untyped-def]
    import re

    # the day as first written: the lookbehind before the digits
    expression = shape.expression.replace(r"(?P<d>\d(?<![\w/]\d)\d?)",
                                          r"(?<![\w/])(?P<d>\d{1,2})")
    return [(m.start(), m.end(), m.group("wd"), {k: v for k, v in m.groupdict().items()
                                                 if k != "wd"})
            for m in re.compile(expression, re.IGNORECASE).finditer(text)]


def _scanned(shape, text: str):  # type: ignore[no-untyped-def]
    return [(start, end, weekday, match.groupdict())
            for start, end, weekday, match in shape.finditer(text, text[::-1])]


@settings(max_examples=1500, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(DATE_FRAGMENTS), max_size=25).map("".join))
def test_scan_is_the_whole_expressions(patterns, text: str) -> None:  # type: ignore[no-untyped-def]
    from extractor.dates import _grammar

    grammar = _grammar(patterns)
    for shape in (grammar.written, grammar.bracketed, grammar.numeric):
        assert _scanned(shape, text) == _whole(shape, text), shape.expression[:40]


def test_scan_is_the_whole_expressions_on_corpus(patterns) -> None:  # type: ignore[no-untyped-def]
    from extractor.dates import _grammar

    from .conftest import CORPUS

    grammar = _grammar(patterns)
    for path in sorted(CORPUS.glob("*/*.txt")):
        text = path.read_text(encoding="utf-8")
        for shape in (grammar.written, grammar.bracketed, grammar.numeric):
            assert _scanned(shape, text) == _whole(shape, text), path.name


def test_a_contradicting_weekday_does_not_move_a_date_a_year_from_its_article() -> None:
    # published 10 September 2025; "Senin (9/9)": 9 September 2025 is a Tuesday, and
    # 9 September 2024 a Monday a year earlier: the numeric date stands (ANNOTATION.md)
    value, mismatch = infer_year(9, 9, 0, dt.date(2025, 9, 10))
    assert (value, mismatch) == (dt.date(2025, 9, 9), True)


@pytest.mark.parametrize("written", ["Kamis dan Jumat (6-7/11)", "Kamis–Jumat (6–7/11)"])
def test_two_weekdays_before_a_range_name_its_first_and_last_days(written: str) -> None:
    import extractor

    article = extractor.extract(f"Rutan Kelas IIB Calang menggelar pelatihan, {written}.",
                                options=extractor.Options(today=dt.date(2026, 11, 22)))
    # 6 November is a Thursday in 2025 (a Friday in 2026)
    assert [d.value for d in article.dates] == ["2025-11-06", "2025-11-07"]


WORD = st.integers(0, 200).map(lambda n: "É" * (n % 3) + "a" * n)


@settings(max_examples=500, deadline=None)
@given(st.lists(WORD, max_size=8).map(" \n".join), st.integers(1, 4), st.data())
def test_the_words_before_a_date_are_those_of_its_whole_sentence(  # type: ignore[no-untyped-def]
        text: str, count: int, data) -> None:
    from extractor.pipeline import _last_words
    end = data.draw(st.integers(0, len(text)))
    start = data.draw(st.integers(0, end))
    assert _last_words(text, start, end, count) == text[start:end].lower().split()[-count:]


def test_dates_without_year_or_weekday_follow_the_first_date_the_text_fixes(patterns) -> None:  # type: ignore[no-untyped-def]
    text = "Sosialisasi digelar Kamis (21/8). Peringatan HANI 26 Juni lalu menjadi momentum."
    today = dt.date(2026, 11, 22)
    found = [v.isoformat() for m in find_dates(text, patterns, today, anchored=False)
             for v in m.values]
    assert found == ["2025-08-21", "2025-06-26"]
    # the article's own date (anchored) places them itself
    assert [v.isoformat() for m in find_dates(text, patterns, dt.date(2024, 9, 1))
            for v in m.values] == ["2024-08-21", "2024-06-26"]


@pytest.mark.parametrize("text, expected", [
    ("Lapas Ambon menggelar rapat hari ini.", ["2026-05-23"]),
    ("Hari ini Lapas Ambon menggelar rapat.", ["2026-05-23"]),
    ("☰ MENU  MALUKU HARI INI\n\nLapas Ambon menggelar rapat.", []),
    ("Dikutip dari Sumut Hari Ini, Lapas Medan menggelar rapat.", []),
    ("Pelatihan selama 20 hari ini merupakan pelaksanaan PKS.", []),
    ("Pelatihan tiga hari ini diikuti 30 warga binaan.", []),
    ("Sebelas klien masih berjualan hingga hari ini.", []),
    ("Kegiatan serupa sampai hari ini sudah berlangsung sebelas kali.", []),
], ids=["in-prose", "opening-a-sentence", "an-outlet-in-capitals", "an-outlet-in-title-case",
        "a-count-of-days", "a-count-in-words", "up-to-now", "sampai"])
def test_a_relative_day_inside_a_name_or_a_span_is_no_date(text: str, expected: list[str],
                                                  patterns) -> None:  # type: ignore[no-untyped-def]
    published = dt.date(2026, 5, 23)
    assert [m.values[0].isoformat() for m in find_relative(text, patterns, published)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Berita Perusahaan | 13 Oktober 2026\n\nPupuk Kujang Bekali Warga Binaan Lapas Karawang\n\n"
     "Karawang, 13 Oktober 2026 – PT Pupuk Kujang membuka pelatihan bagi warga binaan Lapas "
     "Kelas IIA Karawang, Senin (12/10). Pelatihan berlangsung lima hari.",
     [("2026-10-13", "publication"), ("2026-10-12", "event")]),
    # a dateline dated with its weekday, or the lead's only day, dates the event
    ("Serang, Kamis (15/10/2026) – Lapas Kelas IIA Serang menutup pelatihan barista.",
     [("2026-10-15", "event")]),
    ("GORONTALO, 3 Maret 2026 – Lapas Kelas IIA Gorontalo meluncurkan pesantren, Selasa (3/3).",
     [("2026-03-03", "event")]),
], ids=["issue-date-then-event", "weekday-in-the-dateline", "same-day"])
def test_a_press_releases_dateline_dates_its_issue(text: str,
                                                  expected: list[tuple[str, str]]) -> None:
    import extractor

    article = extractor.extract(text, options=extractor.Options(today=dt.date(2026, 11, 22)))
    assert [(d.value, d.role) for d in article.dates] == expected


def test_a_release_issued_the_day_it_reports_dates_its_event() -> None:
    import extractor

    article = extractor.extract(
        "SIARAN PERS\nNomor: HM.01.02-118/X/2025\n\nAmbon, 3 Oktober 2025 – Lembaga "
        "Pemasyarakatan Kelas IIA Ambon hari ini menutup pelatihan pengelasan bersama Politeknik "
        "Negeri Ambon. Pelatihan berlangsung 29 September s.d. 3 Oktober 2025.",
        metadata={"published": "2025-10-03T17:05:00+09:00"},
        options=extractor.Options(today=dt.date(2026, 11, 22)))
    assert [(d.value, d.role) for d in article.dates if d.role != "publication"] == [
        ("2025-10-03", "event"), ("2025-09-29", "event")]
