"""Saved HTML pages: the corpus twins score like their texts, template text never leaks,
pages decode, template parts are cut and the article kept, metadata is read."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

import extractor
from extractor.cli import app
from extractor.evaluate import Report, Scorer, evaluate, load_gold
from extractor.html import source_from_html
from extractor.readers import SourceError, read_source
from extractor.vocabulary import load_patterns

from .conftest import CORPUS, FIXED

SPLITS = ("seeds", "dev", "test")
TWINS = sorted(p for split in SPLITS for p in (CORPUS / split).glob("*.html"))
BOILERPLATE: dict[str, list[str]] = {
    stem: strings
    for split in SPLITS for path in sorted((CORPUS / split).glob("html_boilerplate*.json"))
    for stem, strings in json.loads(path.read_text(encoding="utf-8")).items()
}
WITH_TEXT = extractor.Options(today=FIXED.today, include_text=True)
# Twins whose evaluated values differ from their text's for a reason outside HTML reading.
KNOWN_DIFFERENCES: dict[str, str] = {}


def _twin_params() -> list[object]:
    return [pytest.param(p, id=p.stem, marks=[pytest.mark.xfail(
        strict=True, reason=KNOWN_DIFFERENCES[p.stem])] if p.stem in KNOWN_DIFFERENCES else [])
        for p in TWINS]


def _article(path: Path) -> extractor.Article:
    source = read_source(path)
    return extractor.extract(source.text, metadata=source.metadata, options=WITH_TEXT)


@pytest.fixture(scope="module")
def scorer() -> Scorer:
    return Scorer(load_patterns())


# -- the corpus twins ------------------------------------------------------------------

def test_every_twin_has_its_text_and_its_template_strings() -> None:
    assert TWINS, "no HTML twins found in the corpus"
    for page in TWINS:
        assert page.with_suffix(".txt").exists(), page
        assert BOILERPLATE.get(page.stem), f"{page.stem}: no html_boilerplate entry"
    assert set(BOILERPLATE) <= {p.stem for p in TWINS}


@pytest.mark.parametrize("page", _twin_params())
def test_a_twin_scores_as_its_text(page: Path, scorer: Scorer) -> None:
    assert scorer.evaluated(_article(page)) == scorer.evaluated(
        _article(page.with_suffix(".txt")))


@pytest.mark.parametrize("page", TWINS, ids=[p.stem for p in TWINS])
def test_no_template_text_reaches_the_cleaned_text(page: Path) -> None:
    text = _article(page).text or ""
    assert len(text) > 500
    assert [s for s in BOILERPLATE[page.stem] if s in text] == []


@pytest.mark.parametrize("split", ["dev", "test"])
def test_evaluate_html_scores_the_twins_as_the_texts_score(split: str, scorer: Scorer) -> None:
    report = evaluate(CORPUS / split, FIXED, html=True)
    pages = [p for p in TWINS if p.parent.name == split]
    expected = Report()
    for page in pages:
        gold = load_gold(page.with_name(page.stem + ".gold.json"))
        scorer.score(expected, page.stem, gold, _article(page.with_suffix(".txt")))
    assert report.documents == len(pages)
    assert report.as_dict()["fields"] == expected.as_dict()["fields"]


def test_evaluate_html_on_the_command_line() -> None:
    result = CliRunner().invoke(app, ["evaluate", str(CORPUS / "dev"), "--html", "--json",
                                      "--today", "2026-11-22"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["documents"] == len([p for p in TWINS if p.parent.name == "dev"])


def test_evaluate_html_without_twins_says_so(tmp_path: Path) -> None:
    (tmp_path / "x.txt").write_text("Lapas Maros menggelar rapat.", encoding="utf-8")
    (tmp_path / "x.gold.json").write_text(json.dumps(
        {k: [] for k in ("facilities", "officials", "partners", "dates", "engagements",
                         "agreements")}), encoding="utf-8")
    result = CliRunner().invoke(app, ["evaluate", str(tmp_path), "--html"])
    assert result.exit_code == 1 and "no HTML twins" in result.output


# -- decoding pages --------------------------------------------------------------------

BODY = ("Lembaga Pemasyarakatan (Lapas) Kelas IIB Maros menggelar audiensi bersama Pemerintah "
        "Kabupaten Maros, Senin (4/8/2025). Kegiatan ini membahas rencana kerja sama "
        "pembinaan kemandirian warga binaan.")
QUOTE = "“Kerja sama ini penting bagi warga binaan,” ujar Kepala Lapas, Andi Rézki."
SIDEBAR = "Harga Cabai Naik Tajam di Pasar Sentral Maros"
FOOTER = "© 2025 Portal Maros. Seluruh hak cipta dilindungi."


def page(article: str, head: str = "", before: str = "", after: str = "") -> str:
    """A portal page around an article: menu, sidebar, footer."""
    return (f"<!DOCTYPE html><html><head>{head}<title>Lapas Maros Audiensi - Portal</title>"
            "</head><body><nav><ul><li><a href='/'>Beranda</a></li><li><a href='/b'>Berita</a>"
            f"</li></ul></nav>{before}{article}{after}<aside class='sidebar'><h3>Terpopuler</h3>"
            f"<ul><li><a href='/1'>{SIDEBAR}</a></li><li><a href='/2'>Banjir Rendam Dua Desa"
            f"</a></li></ul></aside><footer><p>{FOOTER}</p></footer></body></html>")


PLAIN = page(f"<article><p>{BODY}</p><p>{QUOTE}</p></article>")


def _read(content: bytes, metadata: dict[str, object] | None = None,
          declared: str | None = None) -> extractor.readers.Source:
    return source_from_html(content, path="page.html", metadata=dict(metadata or {}),
                            declared_charset=declared)


@pytest.mark.parametrize(("content", "declared"), [
    (PLAIN.encode("utf-8"), None),
    (PLAIN.encode("utf-8-sig"), None),
    (PLAIN.encode("utf-16"), None),
    (PLAIN.encode("cp1252"), None),
    (PLAIN.encode("cp1252"), "iso-8859-1"),
    (PLAIN.replace("<head>", "<head><meta charset='windows-1252'>").encode("cp1252"), None),
    (PLAIN.replace("<head>", "<head><meta http-equiv='Content-Type' "
                   "content='text/html; charset=windows-1252'>").encode("cp1252"), None),
], ids=["utf-8", "utf-8-bom", "utf-16-bom", "cp1252-detected", "latin-1-declared",
        "meta-charset", "meta-http-equiv"])
def test_a_page_is_decoded(content: bytes, declared: str | None) -> None:
    assert QUOTE in _read(content, declared=declared).text


def test_the_declared_charset_decides_between_code_pages() -> None:
    content = PLAIN.replace("Rézki", "Łódź").encode("cp1250")
    assert "Łódź" in _read(content, declared="windows-1250").text
    meta = PLAIN.replace("Rézki", "Łódź").replace("<head>", "<head><meta charset=cp1250>")
    assert "Łódź" in _read(meta.encode("cp1250")).text


@pytest.mark.parametrize(("content", "reason"), [
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(64), "PNG image"),
    (b"<html>\x00\x01\x02\x03\x04" * 50, "NUL bytes"),
    (b"", "not an HTML document"),
    (page("<div><a href='/x'>Berita lain</a></div>").encode(), "no article text"),
])
def test_a_page_that_cannot_be_read_says_why_in_one_line(content: bytes, reason: str) -> None:
    with pytest.raises(SourceError) as error:
        _read(content)
    message = str(error.value)
    assert message.startswith("page.html: ") and reason in message and "\n" not in message


# -- cutting the template, keeping the article -------------------------------------------

def _text(html: str) -> str:
    return _read(html.encode("utf-8")).text


def test_a_layout_table_reads_as_paragraphs_and_a_data_table_stays_a_table() -> None:
    layout = page("<table class='contentpaneopen'><tr><td class='createdate'>Rabu, 24 September "
                  f"2025 10:05</td></tr><tr><td><p>{BODY}</p><p>{QUOTE}</p></td></tr></table>")
    text = _text(layout)
    assert text.endswith(f"{BODY}\n\n{QUOTE}") and "|" not in text  # the date cell: apart
    data = page(f"<p>{BODY}</p><table><tr><td>Peserta</td><td>40 orang</td></tr>"
                f"<tr><td>Instruktur</td><td>3 orang</td></tr></table><p>{QUOTE}</p>")
    assert "|" in _text(data)


def test_menus_sidebars_and_footers_are_cut() -> None:
    text = _text(PLAIN)
    assert text == f"{BODY}\n\n{QUOTE}"


@pytest.mark.parametrize("box", [
    "<div class='related-posts'><h3>Berita Terkait</h3><ul><li>{s}</li><li>Lain lagi</li></ul>"
    "</div>",
    "<div class='jeg_share_button'><span>Bagikan:</span> <span>{s}</span></div>",
    "<div class='newsletter'><p>{s}</p></div>",
    "<div class='post-tags'><span>Tag:</span> {s}</div>",
    "<section id='komentar'><p>{s}</p></section>",
    "<div class='comments-area'><p>{s}</p></div>",
    "<div class='baca-juga'>Baca juga: {s}</div>",
    "<div style='display: none'><p>{s}</p></div>",
    "<div class='sr-only'><p>{s}</p></div>",
    "<div class='cmt'><h3>Tulis Komentar</h3><p>{s}</p><form><textarea></textarea></form></div>",
    "<div id='bawah'>Copyright 2008-2025 Lampung Sepekan. {s}</div>",
    "<blockquote class='twitter-tweet'><p lang='in'>{s} #PolriPresisi</p>&mdash; Humas Polres "
    "(@humaspolres)</blockquote>",
    "<blockquote class='instagram-media'><p>{s}</p><p>Sebuah kiriman dibagikan oleh Humas Rutan"
    "</p></blockquote>",
], ids=["related", "share", "newsletter", "tags", "komentar", "comments", "baca-juga", "hidden",
        "screen-reader-only", "short-comments-class", "indonesian-footer-id", "embedded-tweet",
        "embedded-instagram-post"])
def test_template_parts_named_by_class_or_id_are_cut(box: str) -> None:
    leak = "Ratusan Warga Ikuti Jalan Sehat Antinarkoba di Lapangan Merdeka"
    text = _text(page(f"<article><p>{BODY}</p>{box.format(s=leak)}<p>{QUOTE}</p></article>"))
    assert leak not in text
    assert BODY in text and QUOTE in text


@pytest.mark.parametrize("block", [
    "<p><strong>Baca juga:</strong> <a href='/x'>{s}</a></p>",
    "<ul><li><a href='/x'>{s}</a></li><li><a href='/y'>Polisi Ungkap Sabu</a></li></ul>",
    "<table><tr><td>Berita Terkait</td></tr><tr><td><a href='/x'>{s}</a></td></tr></table>",
    "<div><a href='/x'>{s}</a> <span>2025-01-06</span></div>",
], ids=["read-also-paragraph", "link-list", "link-table", "link-with-date"])
def test_blocks_made_of_links_are_cut(block: str) -> None:
    leak = "Ratusan Warga Ikuti Jalan Sehat Antinarkoba di Lapangan Merdeka"
    text = _text(page(f"<article><p>{BODY}</p>{block.format(s=leak)}<p>{QUOTE}</p></article>"))
    assert leak not in text and BODY in text and QUOTE in text


def test_a_newsletter_box_around_an_email_field_is_cut() -> None:
    signup = ("<div class='box'><p>Dapatkan berita pilihan setiap pagi di kotak masuk Anda.</p>"
              "<input type='email' name='EMAIL'></div>")
    text = _text(page(f"<article><p>{BODY}</p><p>{QUOTE}</p>{signup}</article>"))
    assert "kotak masuk" not in text and BODY in text


def test_a_link_inside_a_sentence_stays() -> None:
    sentence = "Kepala Lapas <b><a href='/p'>Ali Imran</a></b> mengatakan kerja sama ini penting."
    text = _text(page(f"<article><p>{BODY}</p><p>{sentence}</p></article>"))
    assert "Kepala Lapas Ali Imran mengatakan kerja sama ini penting." in text


@pytest.mark.parametrize("wrap", [
    "<article class='post tag-komentar category-berita-terkini has-sidebar'>{a}</article>",
    "<form id='form1' method='post'><div>{a}</div><input type='hidden' name='__VIEWSTATE'></form>",
    "<div class='content-sidebar-wrap'><div class='entry'>{a}</div></div>",
], ids=["wordpress-post-classes", "aspnet-page-form", "genesis-wrapper"])
def test_a_wrapper_of_the_article_is_never_cut_for_its_name(wrap: str) -> None:
    text = _text(page(wrap.format(a=f"<p>{BODY}</p><p>{QUOTE}</p>")))
    assert text == f"{BODY}\n\n{QUOTE}"


@pytest.mark.parametrize("container", [
    "<div class='field field--name-body field--label-hidden'>{a}</div>",
    "<div class='table-responsive entry-content'>{a}</div>",
    "<div class='elementor-widget-theme-post-content'>{a}</div>",
    "<article class='post type-post hentry category-berita-terkini tag-komentar has-sidebar'>"
    "{a}</article>",
], ids=["drupal-label-hidden", "responsive", "elementor-widget", "wordpress-post-classes"])
def test_an_article_container_is_not_cut_for_a_name_that_only_looks_like_a_part(
        container: str) -> None:
    # forty comments: the article holds less than half of the page's text
    comments = "".join(f"<div class='c{n}'><div><p>Komentar nomor {n}: semoga kegiatan pembinaan "
                       "seperti ini terus berlanjut dan bermanfaat bagi warga.</p></div></div>"
                       for n in range(40))
    text = _text(page(container.format(a=f"<p>{BODY}</p><p>{QUOTE}</p>"), after=comments))
    assert BODY in text and QUOTE in text


def test_an_article_of_line_breaks_keeps_its_paragraphs_and_read_also_goes_in_cleaning() -> None:
    html = page(f"<div class='isi'>{BODY}<br><br>{QUOTE}<br><br>Baca juga: "
                f"<a href='/x'>{SIDEBAR}</a><br><br>(Humas)</div>")
    source = _read(html.encode())
    article = extractor.extract(source.text, metadata=source.metadata, options=WITH_TEXT)
    assert article.text == f"{BODY}\n\n{QUOTE}"
    assert {r.reason for r in article.removed} >= {"read-also", "byline"}


# -- metadata ---------------------------------------------------------------------------

HEAD = ("<link rel='canonical' href='https://portal.example/2025/08/06/lapas-maros'>"
        "<meta property='og:title' content='Lapas Maros Audiensi dengan Pemkab'>"
        "<meta property='og:site_name' content='Portal Maros'>"
        "<meta name='author' content='Hendra Lubis'>"
        "<meta property='article:published_time' content='2025-08-06T08:00:00+08:00'>")
COMMENTS = ("<div id='comments'><article class='comment'><footer><span class='comment-author'>"
            "Butet Sinaga</span></footer><p>Mantap, semoga berlanjut.</p></article></div>")


def test_the_page_metadata_is_read() -> None:
    meta = _read(page(f"<article><p>{BODY}</p></article>", head=HEAD, after=COMMENTS)
                 .encode()).metadata
    assert meta == {"title": "Lapas Maros Audiensi dengan Pemkab", "author": "Hendra Lubis",
                    "outlet": "Portal Maros", "published": "2025-08-06",
                    "url": "https://portal.example/2025/08/06/lapas-maros",
                    "canonical_url": "https://portal.example/2025/08/06/lapas-maros",
                    "source": "page.html"}


def test_a_commenter_is_not_the_author() -> None:
    byline = "<p class='byline'>Oleh <a rel='author' class='author' href='/a'>Dedi Kurnia</a></p>"
    meta = _read(page(f"<article>{byline}<p>{BODY}</p></article>", after=COMMENTS)
                 .encode()).metadata
    assert meta.get("author") != "Butet Sinaga"


def test_known_metadata_wins_over_the_page() -> None:
    meta = _read(page(f"<article><p>{BODY}</p></article>", head=HEAD).encode(),
                 {"url": "https://x.example/y", "published": "2025-08-07", "source": "s"}).metadata
    assert (meta["url"], meta["published"], meta["source"]) == (
        "https://x.example/y", "2025-08-07", "s")
    assert meta["canonical_url"] == "https://portal.example/2025/08/06/lapas-maros"


def test_the_date_printed_on_the_page_is_the_fallback_publication_date() -> None:
    dated = "<div class='tanggal'>Rabu, 6 Agustus 2025 10:15 WITA</div>"
    meta = _read(page(f"<article>{dated}<p>{BODY}</p></article>").encode()).metadata
    assert meta["published"] == "2025-08-06"


def test_the_publication_date_of_a_page_anchors_the_record() -> None:
    source = _read(page(f"<article><p>{BODY}</p><p>{QUOTE}</p></article>", head=HEAD).encode())
    article = extractor.extract(source.text, metadata=source.metadata, options=FIXED)
    assert article.published == "2025-08-06"
    assert ("2025-08-06", "publication") in [(d.value, d.role) for d in article.dates]
    assert article.title == "Lapas Maros Audiensi dengan Pemkab"


def test_a_page_of_navigation_only_has_no_article(tmp_path: Path) -> None:
    from extractor.readers import SourceError

    page = b"<html><body><nav>Beranda | Berita | Kontak</nav><p>menu</p></body></html>"
    with pytest.raises(SourceError, match="no article text"):
        source_from_html(page, path="nav.html", metadata={})
