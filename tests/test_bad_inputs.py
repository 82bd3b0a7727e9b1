"""Bad files in a batch: each is extracted correctly or listed in the errors output with
its path and a one-line reason; the batch goes on; exit code and summary count failures."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from extractor import readers
from extractor.cli import app

GOOD = "MAROS - Kepala Lapas Kelas IIA Maros, Ali Imran, menerima audiensi Bupati Maros.\n"
LATIN = GOOD.replace("menerima", "menérima")
SMART = GOOD + "“Kami siap,” kata Ali Imran.\n"
OFFICIAL, FACILITY = "Ali Imran", "Lapas Kelas IIA Maros"

# file name -> (bytes, None: extracted with the official and facility | reason in the error)
CASES: dict[str, tuple[bytes, str | None]] = {
    "good.txt": (GOOD.encode(), None),
    "empty.txt": (b"", "empty file"),
    "blank.txt": (b" \n\t\r\n  \n", "whitespace only"),
    "nul.txt": (b"Kepala\x00\x00Lapas\x00" * 20, "binary data (NUL bytes)"),
    "photo.txt": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "PNG"),
    "scan.txt": (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj <<>> endobj\n" + bytes(range(256)),
                 "PDF"),
    "cut_utf8.txt": (GOOD.encode() + "é".encode()[:1], None),
    "latin1.txt": (LATIN.encode("latin-1"), None),
    "cp1252.txt": (SMART.encode("cp1252"), None),
    "utf16.txt": (GOOD.encode("utf-16"), None),  # with its byte-order mark
    "no_article.html": (b"<html><head><title>x</title><script>var a = 1;</script></head>"
                        b"<body></body></html>", "no article text"),
    "broken.html": (b"<html><body><div><p>" + GOOD.encode() + b"<p><b>unclosed <i", None),
    "unreadable.txt": (GOOD.encode(), "cannot read"),
}


def test_bad_files_are_extracted_or_reported_and_the_batch_goes_on(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for name, (data, _) in CASES.items():
        (folder / name).write_bytes(data)
    (folder / "loop").symlink_to(folder, target_is_directory=True)  # a directory cycle
    (folder / "sub").mkdir()
    (folder / "sub" / "up").symlink_to(folder, target_is_directory=True)

    # CI runs as root, where file permissions don't bite: simulate the refusal
    real_read = Path.read_bytes

    def read_bytes(self: Path) -> bytes:
        if self.name == "unreadable.txt":
            raise PermissionError(13, "Permission denied", str(self))
        return real_read(self)

    monkeypatch.setattr(readers.Path, "read_bytes", read_bytes)
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(app, ["extract", str(folder), "-o", str(out)])

    failing = {name: reason for name, (_, reason) in CASES.items() if reason}
    records = {Path(r["source"]).name: r
               for r in map(json.loads, out.read_text("utf-8").splitlines())}
    errors = [json.loads(line) for line in
              (tmp_path / "out.jsonl.errors.jsonl").read_text("utf-8").splitlines()]
    assert result.exit_code == 1, result.output
    assert f"{len(CASES) - len(failing)} records, {len(failing)} failed" in result.output

    # every good-enough file once, with what it says (the loop read no file twice)
    assert sorted(records) == sorted(set(CASES) - set(failing))
    for name, record in records.items():
        assert [o["name"] for o in record["officials"]] == [OFFICIAL], name
        assert [f["name"] for f in record["facilities"]] == [FACILITY], name
    # every bad one once, by path, with a one-line reason naming the problem
    assert sorted(Path(e["path"]).name for e in errors) == sorted(failing)
    for error in errors:
        reason = failing[Path(error["path"]).name]
        assert reason in error["reason"] and str(folder) in error["reason"], error
        assert "\n" not in error["reason"]


def test_decoded_text_of_legacy_encodings_is_the_text(tmp_path: Path) -> None:
    for name, text in (("latin1.txt", LATIN), ("cp1252.txt", SMART), ("utf16.txt", GOOD)):
        path = tmp_path / name
        path.write_bytes(CASES[name][0])
        assert readers.read_source(path).text.strip() == text.strip(), name


def test_a_50_mb_file_is_truncated_with_a_warning_and_the_batch_goes_on(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    unit = "Kepala Lapas Kelas IIA Maros, Ali Imran, menerima audiensi. "
    with (folder / "big.txt").open("w", encoding="utf-8") as handle:
        for _ in range(50_000_000 // (len(unit) * 1000) + 1):
            handle.write(unit * 1000)
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(app, ["extract", str(folder), "-o", str(out)])
    assert result.exit_code == 0, result.output
    records = {Path(r["source"]).name: r
               for r in map(json.loads, out.read_text("utf-8").splitlines())}
    assert sorted(records) == ["big.txt", "good.txt"]
    assert any(w.startswith("text truncated from ") and w.endswith(" to 200000 characters")
               for w in records["big.txt"]["warnings"])
    assert [o["name"] for o in records["big.txt"]["officials"]] == [OFFICIAL]
