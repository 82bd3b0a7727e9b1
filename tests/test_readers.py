"""Readers: which files are inputs, how text is decoded, sidecars, JSON Lines datasets."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

import extractor
from extractor.cli import app
from extractor.readers import (
    Failed,
    Source,
    SourceError,
    decode_text,
    discover,
    iter_sources,
    read_source,
)

from .conftest import CORPUS, FIXED

ARTICLE = ("Lapas Kelas IIB Maros menggelar audiensi bersama Pemerintah Kabupaten Maros "
           "pada 4 Agustus. “Kami siap bekerja sama,” ujar Kepala Lapas – Café.")
PAGE = ("<html><head><title>Lapas Maros</title></head><body><article>"
        f"<p>{ARTICLE}</p><p>Kegiatan berlangsung di aula lapas dan diikuti para pejabat.</p>"
        "</article></body></html>")


def _sources(*paths: Path | str) -> list[Source | Failed]:
    return list(iter_sources(paths))


# -- which files are inputs ---------------------------------------------------------

def test_a_directory_reads_text_and_pages_but_not_the_html_twin_of_a_text(
        tmp_path: Path) -> None:
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "a.html").write_text(PAGE, encoding="utf-8")  # twin of a.txt
    (tmp_path / "c.html").write_text(PAGE, encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "d.HTM").write_text(PAGE, encoding="utf-8")
    for name in ("a.meta.json", "a.gold.json", "c.fetch.json", "data.jsonl", "notes.md"):
        (tmp_path / name).write_text("{}", encoding="utf-8")
    assert [p.relative_to(tmp_path).as_posix() for p in discover([tmp_path])] == [
        "a.txt", "b.txt", "c.html", "sub/d.HTM"]


def test_a_page_named_explicitly_is_read_even_with_a_text_twin(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("teks", encoding="utf-8")
    (tmp_path / "a.html").write_text(PAGE, encoding="utf-8")
    [source] = _sources(tmp_path / "a.html")
    assert isinstance(source, Source)
    assert source.text.startswith("Lapas Kelas IIB Maros") and source.metadata["title"] == (
        "Lapas Maros")


def test_the_corpus_is_read_once_per_article() -> None:
    paths = list(discover([CORPUS / "dev"]))
    assert paths and all(p.suffix == ".txt" for p in paths)
    assert len(paths) == len(list((CORPUS / "dev").glob("*.gold.json")))


def test_a_missing_path_is_a_usage_error(tmp_path: Path) -> None:
    with pytest.raises(SourceError, match="no such file"):
        _sources(tmp_path / "nope")


# -- decoding text files ---------------------------------------------------------

@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be",
                                      "utf-32", "cp1252"])
def test_a_text_file_is_decoded_whatever_its_encoding(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(ARTICLE.encode(encoding))
    source = read_source(path)
    assert source.text == ARTICLE
    assert source.content_hash == hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize("text", ["Café", "Rapat di Aula – Lapas.", "“Siap,” ujarnya.",
                                  "Naïve résumé — ‘kutipan’ … selesai"])
def test_short_windows_1252_texts_are_not_misread_as_another_code_page(text: str) -> None:
    # charset-normalizer alone reads these as cp1250, cp1125 or cp037
    assert decode_text(text.encode("cp1252"), what="x") == text


def test_a_declared_charset_decodes_what_utf_8_does_not() -> None:
    text = "Łódź — Lapas"
    assert decode_text(text.encode("cp1250"), what="x", declared=["windows-1250"]) == text
    assert decode_text(text.encode("cp1250"), what="x") != text  # detection alone guesses


def test_latin_1_declared_means_windows_1252_as_in_browsers() -> None:
    data = "“Kutipan” – selesai".encode("cp1252")
    assert decode_text(data, what="x", declared=["ISO-8859-1"]) == "“Kutipan” – selesai"


def test_valid_utf_8_wins_over_a_wrong_declaration() -> None:
    assert decode_text("Café “x”".encode(), what="x", declared=["iso-8859-1"]) == "Café “x”"


def test_an_unknown_declared_charset_is_ignored() -> None:
    assert decode_text("Café".encode(), what="x", declared=["x-no-such-charset"]) == "Café"


@pytest.mark.parametrize(("data", "reason"), [
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "PNG image"),
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF document"),
    (b"PK\x03\x04\x14\x00\x06\x00", "ZIP archive"),
    (b"abc\x00\x01\x02\x03 def" * 20, "NUL bytes"),
    (bytes(range(256)) * 4, "NUL bytes"),
    (b"\xff\xfe\x00bad latin \xe9", "NUL bytes"),  # a UTF-16 mark over bytes that are not
])
def test_a_binary_file_is_failed_with_a_clear_reason(tmp_path: Path, data: bytes,
                                                     reason: str) -> None:
    (tmp_path / "a.txt").write_bytes(data)
    (tmp_path / "b.txt").write_text(ARTICLE, encoding="utf-8")
    failed, ok = _sources(tmp_path)
    assert isinstance(failed, Failed) and isinstance(ok, Source)
    assert failed.path == str(tmp_path / "a.txt")
    assert reason in failed.reason and str(tmp_path / "a.txt") in failed.reason
    assert "\n" not in failed.reason


def test_a_utf_16_mark_over_8_bit_text_does_not_make_it_chinese() -> None:
    # read as UTF-16, the byte pairs of "Lapas" are CJK ideographs: not an Indonesian text
    text = decode_text(b"\xff\xfe" + b"Lapas Maros bersama Pemkab Maros. " * 3, what="x")
    assert "Lapas Maros bersama Pemkab Maros." in text


# -- sidecars --------------------------------------------------------------------

def _fetch_record(path: Path, **values: object) -> None:
    record = {"url": "https://portal.example/a", "final_url": "https://portal.example/2025/a",
              "fetched_at": "2020-08-06T03:00:00Z", "status": 200,
              "sha256": hashlib.sha256(path.read_bytes()).hexdigest(),
              "content_type": "text/html; charset=utf-8"}
    record.update(values)
    path.with_name(path.stem + ".fetch.json").write_text(json.dumps(record), encoding="utf-8")


def test_the_fetch_record_gives_url_source_and_fetch_time(tmp_path: Path) -> None:
    page = tmp_path / "a.html"
    page.write_text(PAGE, encoding="utf-8")
    _fetch_record(page)
    source = read_source(page)
    assert source.metadata["url"] == source.metadata["source"] == "https://portal.example/2025/a"
    assert source.metadata["fetched_at"] == "2020-08-06T03:00:00Z"
    assert source.path == str(page)


def test_the_url_asked_for_is_used_when_there_was_no_redirect(tmp_path: Path) -> None:
    page = tmp_path / "a.html"
    page.write_text(PAGE, encoding="utf-8")
    _fetch_record(page, final_url=None)
    assert read_source(page).metadata["source"] == "https://portal.example/a"


def test_meta_json_wins_over_the_fetch_record(tmp_path: Path) -> None:
    page = tmp_path / "a.html"
    page.write_text(PAGE, encoding="utf-8")
    _fetch_record(page)
    (tmp_path / "a.meta.json").write_text('{"url": "https://x.example/y", "title": "T"}',
                                          encoding="utf-8")
    meta = read_source(page).metadata
    assert (meta["url"], meta["title"], meta["source"]) == (
        "https://x.example/y", "T", "https://portal.example/2025/a")


def test_the_content_type_charset_decodes_the_page(tmp_path: Path) -> None:
    page = tmp_path / "a.html"
    page.write_bytes(PAGE.replace("Café", "Łódź").encode("cp1250"))
    _fetch_record(page, content_type="text/html; charset=windows-1250")
    assert "Łódź" in read_source(page).text


def test_a_page_saved_from_an_error_response_is_failed(tmp_path: Path) -> None:
    page = tmp_path / "a.html"
    page.write_text(PAGE, encoding="utf-8")
    _fetch_record(page, status=404)
    [failed] = _sources(tmp_path)
    assert isinstance(failed, Failed) and "HTTP 404" in failed.reason


@pytest.mark.parametrize(("record", "problem"), [
    ("[1, 2]", "must be a JSON object"),
    ("{not json", "unreadable fetch record"),
    ('{"status": "200"}', "status must be a int"),
    ('{"fetched_at": "yesterday"}', "not an ISO date-time"),
])
def test_a_malformed_fetch_record_is_failed_naming_it(tmp_path: Path, record: str,
                                                      problem: str) -> None:
    (tmp_path / "a.html").write_text(PAGE, encoding="utf-8")
    (tmp_path / "a.fetch.json").write_text(record, encoding="utf-8")
    [failed] = _sources(tmp_path)
    assert isinstance(failed, Failed)
    assert "a.fetch.json" in failed.reason and problem in failed.reason


def test_the_fetch_date_anchors_missing_years(tmp_path: Path) -> None:
    text = tmp_path / "a.txt"
    text.write_text("Lapas Kelas IIB Maros menggelar rapat pada 4 Agustus di aula.",
                    encoding="utf-8")
    _fetch_record(text)
    source = read_source(text)
    article = extractor.extract(source.text, metadata=source.metadata, options=FIXED)
    assert [d.value for d in article.dates] == ["2020-08-04"]
    assert not any("reference date" in w for w in article.warnings)
    without = extractor.extract(source.text, options=FIXED)
    assert [d.value for d in without.dates] != ["2020-08-04"]


# -- datasets --------------------------------------------------------------------

def _dataset(tmp_path: Path, *lines: str) -> Path:
    path = tmp_path / "data.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_dataset_lines_with_text_or_html_keep_their_fields(tmp_path: Path) -> None:
    path = _dataset(
        tmp_path,
        json.dumps({"id": "a1", "text": ARTICLE, "published": "2025-08-06", "rank": 3,
                    "tags": ["lapas", "maros"], "ok": True}),
        "",
        json.dumps({"html": PAGE, "url": "https://portal.example/b", "score": 0.5, "note": None}),
    )
    first, second = _sources(path)
    assert isinstance(first, Source) and isinstance(second, Source)
    assert first.path == first.metadata["source"] == f"{path}#a1"
    assert first.text == ARTICLE and first.metadata["published"] == "2025-08-06"
    assert first.metadata["source_fields"] == {"id": "a1", "published": "2025-08-06", "rank": 3,
                                               "tags": '["lapas", "maros"]', "ok": True}
    assert second.path == f"{path}#L3"
    assert second.text.startswith("Lapas Kelas IIB Maros") and "<p>" not in second.text
    assert second.metadata["url"] == "https://portal.example/b"
    assert second.metadata["title"] == "Lapas Maros"
    assert second.metadata["source_fields"] == {"url": "https://portal.example/b", "score": 0.5,
                                                "note": None}


def test_a_bad_dataset_line_is_failed_and_the_file_goes_on(tmp_path: Path) -> None:
    path = _dataset(
        tmp_path,
        '{"id": 1, "text": "Lapas Maros menggelar rapat."}',
        '{"id": 2, "text": ',
        '["not", "an", "object"]',
        '{"id": 4, "title": "no text"}',
        '{"id": 5, "url": "https://portal.example/c"}',
        '{"id": 6, "text": 42}',
        '{"id": 7, "html": "<html><body><nav><a href=\\"/\\">Beranda</a></nav></body></html>"}',
        '{"id": 8, "text": "Rutan Sinjai menggelar rapat."}',
    )
    results = _sources(path)
    assert [type(r).__name__ for r in results] == ["Source"] + ["Failed"] * 6 + ["Source"]
    reasons = {r.path: r.reason for r in results if isinstance(r, Failed)}
    assert list(reasons) == [f"{path}#L{n}" for n in range(2, 8)]
    assert "not valid JSON" in reasons[f"{path}#L2"]
    assert "not a JSON object" in reasons[f"{path}#L3"]
    assert "no text, html or url" in reasons[f"{path}#L4"]
    assert "URL lines need rilis fetch" in reasons[f"{path}#L5"]
    assert "text must be a string" in reasons[f"{path}#L6"]
    assert "no article text" in reasons[f"{path}#L7"]
    assert all(r.startswith(f"{path}#L") for r in reasons.values())


def test_url_lines_are_read_by_the_url_reader_when_one_is_given(tmp_path: Path) -> None:
    asked: list[str] = []

    def read_url(url: str) -> Source:
        asked.append(url)
        if url.endswith("/gone"):
            raise SourceError(f"{url}: HTTP 404")
        return Source(path=url, text=ARTICLE, content_hash="h",
                      metadata={"url": url, "source": url, "title": "From the page",
                                "published": "2025-08-06"})

    path = _dataset(tmp_path,
                    '{"id": "u1", "url": "https://portal.example/a", "title": "From the line"}',
                    '{"id": "u2", "url": "https://portal.example/gone"}')
    found, failed = iter_sources([path], read_url=read_url)
    assert asked == ["https://portal.example/a", "https://portal.example/gone"]
    assert isinstance(found, Source) and isinstance(failed, Failed)
    assert found.path == found.metadata["source"] == f"{path}#u1"
    assert (found.metadata["title"], found.metadata["published"]) == ("From the line",
                                                                      "2025-08-06")
    assert found.metadata["source_fields"] == {"id": "u1", "url": "https://portal.example/a",
                                               "title": "From the line"}
    assert failed.path == f"{path}#L2" and "HTTP 404" in failed.reason


def test_extract_on_a_dataset_writes_source_and_fields(tmp_path: Path) -> None:
    path = _dataset(tmp_path,
                    json.dumps({"id": "r-7", "text": ARTICLE, "outlet": "Portal"}),
                    "{broken")
    result = CliRunner().invoke(app, ["extract", str(path), "--reference-date", "2025-08-06"])
    assert result.exit_code == 1
    [record] = [json.loads(line) for line in result.stdout.splitlines()]
    assert record["source"] == f"{path}#r-7"
    assert record["source_fields"] == {"id": "r-7", "outlet": "Portal"}
    assert record["facilities"][0]["name"] == "Lapas Kelas IIB Maros"
    [error] = [json.loads(line) for line in result.stderr.splitlines() if line.startswith("{")]
    assert error["path"] == f"{path}#L2"


def test_a_text_file_record_has_no_source_fields() -> None:
    source = read_source(CORPUS / "seeds" / "000_a8fa3e6ec7d6f82c.txt")
    article = extractor.extract(source.text, metadata=source.metadata, options=FIXED)
    assert article.source_fields == {}
