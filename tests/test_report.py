"""The HTML report without a browser: rows from records, provinces, the file itself."""

from __future__ import annotations

import json
from html.parser import HTMLParser
from pathlib import Path

import pytest
from typer.testing import CliRunner

from extractor.cli import app
from extractor.records import Agreement, Article, DateItem, Engagement, Facility, Partner
from extractor.report import (
    DATA_ELEMENT_ID,
    UNKNOWN_PROVINCE,
    Gazetteer,
    ReportInputError,
    build_report_data,
    load_jsonl,
    partnership_rows,
    payload,
    render_html,
)

from .conftest import CORPUS
from .report_samples import (
    HOSTILE_TITLE,
    IMG_ONERROR,
    SCRIPT_BREAKOUT,
    hostile_article,
    textless_article,
)

runner = CliRunner()


class Page(HTMLParser):
    """What a browser's parser would see: tags, every src/href, script contents."""

    def __init__(self, document: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.links: list[tuple[str, str, str]] = []
        self.scripts: list[tuple[dict[str, str | None], str]] = []
        self.title = ""
        self._open: str | None = None
        self._attrs: dict[str, str | None] = {}
        self.feed(document)
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        for name, value in attrs:
            if name in {"src", "href", "srcset", "action", "poster", "data"}:
                self.links.append((tag, name, value or ""))
        if tag in {"script", "title"}:
            self._open, self._attrs = tag, dict(attrs)
            if tag == "script":
                self.scripts.append((self._attrs, ""))

    def handle_endtag(self, tag: str) -> None:
        self._open = None

    def handle_data(self, data: str) -> None:
        if self._open == "script":
            attrs, text = self.scripts[-1]
            self.scripts[-1] = (attrs, text + data)
        elif self._open == "title":
            self.title += data

    def data_block(self) -> object:
        [text] = [text for attrs, text in self.scripts if attrs.get("id") == DATA_ELEMENT_ID]
        return json.loads(text)


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.load()


def _article(**fields: object) -> Article:
    return Article.model_validate({"id": "a1", "text_hash": "h", **fields})


# ---------------------------------------------------------------- provinces

@pytest.mark.parametrize(("place", "hints", "province"), [
    pytest.param("Maros", (), "Sulawesi Selatan", id="regency"),
    pytest.param("Kota Pekanbaru", (), "Riau", id="city-with-prefix"),
    pytest.param("Tanjung Pandan", (), "Kepulauan Bangka Belitung", id="district-spaced"),
    pytest.param("Bandung", (), "Jawa Barat", id="regency-and-city-same-province"),
    pytest.param("Padang", (), "Sumatera Barat", id="city-over-district-elsewhere"),
    pytest.param("Banjar", (), UNKNOWN_PROVINCE, id="two-provinces-no-hint"),
    pytest.param("Banjar", ("Kalimantan Selatan",), "Kalimantan Selatan", id="hint-settles"),
    pytest.param("Banjar", ("Bali",), UNKNOWN_PROVINCE, id="hint-outside-candidates"),
    pytest.param("Watampone", (), UNKNOWN_PROVINCE, id="not-in-gazetteer"),
    pytest.param("Watampone", (None, "MAROS"), "Sulawesi Selatan", id="dateline-place-stands-in"),
    pytest.param(None, (), UNKNOWN_PROVINCE, id="no-place"),
])
def test_province_of_a_place(gazetteer: Gazetteer, place: str | None,
                             hints: tuple[str | None, ...], province: str) -> None:
    assert gazetteer.province(place, *hints) == province


# ---------------------------------------------------------------- rows

def test_partnerships_are_facility_by_partner_by_activity() -> None:
    article = _article(
        source="a.txt", published="2025-08-06",
        facilities=[Facility(name="Lapas Kelas IIB Maros", kind="lapas", place="Maros")],
        partners=[Partner(name="Pemerintah Kabupaten Maros", kind="pemda"),
                  Partner(name="Dinas Sosial Kabupaten Maros", kind="dinas")],
        dates=[DateItem(value="2025-08-06", text="Rabu", role="statement"),
               DateItem(value="2025-08-04", text="Senin", role="event")],
        agreements=[Agreement(type="mou", status="planned")],
        engagements=[Engagement(type="audiensi")])
    rows = partnership_rows(article, "2025-08-04")
    assert {(r.partner, r.activity, r.type, r.status) for r in rows} == {
        ("Pemerintah Kabupaten Maros", "agreement", "mou", "planned"),
        ("Pemerintah Kabupaten Maros", "engagement", "audiensi", None),
        ("Dinas Sosial Kabupaten Maros", "agreement", "mou", "planned"),
        ("Dinas Sosial Kabupaten Maros", "engagement", "audiensi", None)}
    assert {(r.facility, r.date, r.source, r.article_id) for r in rows} == {
        ("Lapas Kelas IIB Maros", "2025-08-04", "a.txt", "a1")}


def test_an_article_without_partnership_still_has_a_row() -> None:
    [row] = partnership_rows(_article(), None)
    assert (row.article_id, row.facility, row.partner, row.activity) == ("a1", None, None, None)


@pytest.mark.parametrize(("dates", "published", "expected"), [
    pytest.param([("2025-08-06", "statement"), ("2025-08-04", "event")], "2025-08-07",
                 "2025-08-04", id="event-first"),
    pytest.param([("2025-08-06", "statement")], "2025-08-07", "2025-08-07", id="then-published"),
    pytest.param([("2025-08-06", "statement"), ("2025-08-01", "other")], None, "2025-08-01",
                 id="then-earliest-stated"),
    pytest.param([], None, None, id="none"),
])
def test_article_date(dates: list[tuple[str, str]], published: str | None,
                      expected: str | None, gazetteer: Gazetteer) -> None:
    article = _article(published=published, dates=[
        DateItem(value=v, text=v, role=role) for v, role in dates])  # type: ignore[arg-type]
    [row] = build_report_data([article], gazetteer=gazetteer).articles
    assert row.date == expected


def test_items_keep_every_span_with_a_label(gazetteer: Gazetteer) -> None:
    article = hostile_article()
    [row] = build_report_data([article], gazetteer=gazetteer).articles
    assert row.text == article.text
    spans = {(label, start, end) for label, _, spans in
             ((i.label, i.value, i.spans) for i in row.items) for start, end in spans}
    expected = {(label, s.start, s.end) for label, family in (
        ("facility", article.facilities), ("partner", article.partners),
        ("date", article.dates), ("agreement", article.agreements),
        ("engagement", article.engagements)) for item in family for s in item.spans}
    assert spans == expected and len(expected) == 5


def test_facilities_get_a_province_once(gazetteer: Gazetteer) -> None:
    data = build_report_data([textless_article(), textless_article()], gazetteer=gazetteer)
    assert [(f.name, f.province) for f in data.facilities] == [
        ("Rutan Kelas IIB Maros", "Sulawesi Selatan")]


# ---------------------------------------------------------------- the file

@pytest.fixture(scope="module")
def hostile_page(gazetteer: Gazetteer) -> tuple[str, object]:
    data = build_report_data([hostile_article(), textless_article()], input="x.jsonl",
                             gazetteer=gazetteer)
    return render_html(data, title=HOSTILE_TITLE), payload(data, HOSTILE_TITLE)


def test_nothing_points_outside_the_file(hostile_page: tuple[str, object]) -> None:
    document, _ = hostile_page
    page = Page(document)
    assert page.links, "the page has in-page links (the tabs)"
    outside = [link for link in page.links
               if link[2] and not link[2].startswith(("#", "data:"))]
    assert outside == []
    lowered = document.lower()
    assert "@import" not in lowered and "url(" not in lowered


def test_the_data_block_round_trips(hostile_page: tuple[str, object]) -> None:
    document, expected = hostile_page
    assert Page(document).data_block() == expected


def test_hostile_text_stays_text(hostile_page: tuple[str, object]) -> None:
    document, expected = hostile_page
    page = Page(document)
    # the two scripts of the template and nothing else; no image, however the text tries
    assert page.tags.count("script") == 2 and "img" not in page.tags and "b" not in page.tags
    assert SCRIPT_BREAKOUT not in document and IMG_ONERROR not in document
    assert page.title == HOSTILE_TITLE
    article = page.data_block()["articles"]["rows"][0]  # type: ignore[index]
    assert SCRIPT_BREAKOUT in article[7] and IMG_ONERROR in article[7]


def test_a_closing_tag_in_an_asset_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    import extractor.report as report

    real = report._asset
    monkeypatch.setattr(report, "_asset",
                        lambda name: real(name) + ("</script>" if name == "report.js" else ""))
    with pytest.raises(ValueError, match="report.js"):
        report.render_html(report.ReportData())


# ---------------------------------------------------------------- loading and the command

def test_report_command_on_extracted_seeds(tmp_path: Path) -> None:
    records, html = tmp_path / "seeds.jsonl", tmp_path / "report.html"
    result = runner.invoke(app, ["extract", str(CORPUS / "seeds"), "--include-text",
                                 "--reference-date", "2026-11-22", "-o", str(records)])
    assert result.exit_code == 0, result.output
    result = runner.invoke(app, ["report", str(records), "-o", str(html)])
    assert result.exit_code == 0, result.output
    assert "2 articles" in result.stdout
    data = Page(html.read_text(encoding="utf-8")).data_block()
    ids = [json.loads(line)["id"] for line in records.read_text().splitlines()]
    assert [row[0] for row in data["articles"]["rows"]] == ids  # type: ignore[index]
    texts = [row[7] for row in data["articles"]["rows"]]  # type: ignore[index]
    assert all(text and text.strip() for text in texts)


def test_malformed_record_names_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text(hostile_article().to_json() + "\n" + '{"id": "x"}\n', encoding="utf-8")
    with pytest.raises(ReportInputError, match=r"bad\.jsonl:2: not a rilis record \(text_hash"):
        load_jsonl(path)
    result = runner.invoke(app, ["report", str(path), "-o", str(tmp_path / "r.html")])
    assert result.exit_code == 1
    assert "bad.jsonl:2" in result.output and len(result.output.strip().splitlines()) == 1
    assert not (tmp_path / "r.html").exists()


def test_not_json_names_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text("\n{not json\n", encoding="utf-8")
    with pytest.raises(ReportInputError, match=r"bad\.jsonl:2: not a rilis record"):
        load_jsonl(path)


def test_report_reads_a_store(tmp_path: Path) -> None:
    db = tmp_path / "rilis.sqlite"
    stored = CliRunner().invoke(app, [
        "extract", str(CORPUS / "seeds"), "--db", str(db), "--dedup", "-o",
        str(tmp_path / "out.jsonl"), "--include-text", "--quiet"])
    assert stored.exit_code == 0, stored.output
    out = tmp_path / "report.html"
    result = CliRunner().invoke(app, ["report", "--db", str(db), "-o", str(out)])
    assert result.exit_code == 0, result.output
    page = out.read_text(encoding="utf-8")
    assert "Lapas Kelas IIB Maros" in page and "Chaidir" in page
    assert "2 articles" in result.output


def test_report_wants_one_input(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["report", "-o", str(tmp_path / "r.html")])
    assert result.exit_code == 2
    missing = CliRunner().invoke(app, ["report", "--db", str(tmp_path / "none.sqlite")])
    assert missing.exit_code == 1 and "no such store" in missing.output
