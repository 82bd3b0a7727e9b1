"""Reading sources: discovering input files, decoding them, and their sidecars.

Inputs are `.txt` articles, saved HTML pages (`.html`, `.htm`; see
`extractor.html`) and JSON Lines datasets (`.jsonl`, one article per line).
Beside an article, `<stem>.meta.json` holds what is known about it and
`<stem>.fetch.json` (written by `rilis fetch`) where and when it was fetched.
"""

from __future__ import annotations

import codecs
import datetime as dt
import fnmatch
import hashlib
import json
import re
import logging
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

TEXT_SUFFIXES = (".txt",)
HTML_SUFFIXES = (".html", ".htm")
# Read when named as inputs, never picked up from a directory: an output file
# of `rilis extract -o records.jsonl` is JSON Lines too.
DATASET_SUFFIXES = (".jsonl",)
# Files beside the articles that are not articles themselves.
SIDECAR_SUFFIXES = (".gold.json", ".meta.json", ".fetch.json")
# Keys of a dataset line (and of a `.meta.json`) that the pipeline reads.
META_KEYS = ("url", "published", "title", "outlet", "author")

# Leading bytes of formats that are never text, for a clear error message.
_BINARY_SIGNATURES = (
    (b"%PDF-", "a PDF document"), (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"), (b"GIF87a", "a GIF image"), (b"GIF89a", "a GIF image"),
    (b"PK\x03\x04", "a ZIP archive (or an office document)"), (b"\x1f\x8b", "a gzip archive"),
    (b"\xd0\xcf\x11\xe0", "an old office document"), (b"RIFF", "a RIFF media file"),
)
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
         (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
         (codecs.BOM_UTF16_BE, "utf-16"))
# How much of a decoded text the plausibility checks look at.
_SAMPLE_CHARS = 20_000
# rilis reads Indonesian, written in Latin script: a decoding (other than valid
# UTF-8) whose letters are mostly not Latin is a wrong guess, e.g. the bytes of
# a Latin text read as UTF-16.
_MIN_LATIN_SHARE = 0.5
# Control characters beyond this share of a text (tab and line breaks aside)
# mean binary data.
_MAX_CONTROL_SHARE = 0.01


class SourceError(Exception):
    """An input that cannot be read; the message names it and says why."""


@dataclass(frozen=True)
class Failed:
    """An input that could not be read: where it is and a one-line reason."""

    path: str
    reason: str


@dataclass
class Source:
    """One input document: its raw text and what is known about it."""

    path: str
    text: str
    metadata: dict[str, Any] = field(default_factory=dict)
    content_hash: str = ""
    """sha256 of the raw bytes read (resume and dedup key with `path`)."""


# -- decoding -------------------------------------------------------------------

def _is_latin(char: str) -> bool:
    """A letter of the Latin script (Basic Latin to Latin Extended Additional)."""
    code = ord(char)
    return code < 0x250 or 0x1E00 <= code <= 0x1EFF


# Unicode category Cc without the whitespace controls: one pass in C, not a Python loop
_CONTROLS = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]")


def _implausible(text: str, *, latin: bool) -> str | None:
    """Why a decoded text is not text (binary data, wrong script), or None."""
    sample = text[:_SAMPLE_CHARS]
    if "\x00" in sample:
        return "NUL bytes"
    controls = len(_CONTROLS.findall(sample))
    if controls > _MAX_CONTROL_SHARE * max(len(sample), 1):
        return "control characters"
    if latin and not sample.isascii():  # ASCII letters are all Latin
        letters = [c for c in sample if c.isalpha()]
        if letters and sum(map(_is_latin, letters)) < _MIN_LATIN_SHARE * len(letters):
            return "letters not in Latin script"
    return None


def _codec(label: str) -> str | None:
    """Python's codec for a charset label; None when unknown.

    ISO-8859-1 and ASCII labels mean Windows-1252, as in browsers (the WHATWG
    Encoding Standard): servers declare them for cp1252 pages with curly quotes.
    """
    try:
        name = codecs.lookup(label.strip().strip("\"'")).name
    except LookupError:
        return None
    return "cp1252" if name in ("iso8859-1", "ascii") else name


def _detect(data: bytes) -> list[str]:
    """Encodings charset-normalizer proposes for some bytes, Windows-1252 first on a tie.

    Detection cannot tell the single-byte Latin code pages apart on the few
    accented letters and curly quotes of an Indonesian text (it reads a short
    cp1252 text as cp1250 or cp1125); non-UTF-8 Indonesian files are, in
    practice, Windows-1252. So cp1252 wins unless it reads as gibberish where
    the detected encoding does not.
    """
    from charset_normalizer import from_bytes
    from charset_normalizer.md import mess_ratio

    best = from_bytes(data).best()
    guesses = [best.encoding] if best is not None else []
    try:
        windows = data.decode("cp1252")
    except UnicodeDecodeError:
        return guesses
    if best is None or mess_ratio(windows) <= best.chaos:
        return ["cp1252", *guesses]
    return [*guesses, "cp1252"]


def decode_text(data: bytes, *, what: str, declared: Sequence[str] = ()) -> str:
    """Decode the bytes of a text or page, or raise SourceError saying why not.

    Tried in order, the first that decodes to plausible text wins: a byte-order
    mark; UTF-8 (bytes that are valid UTF-8 are UTF-8 in practice, whatever a
    server declares); the declared charsets; charset-normalizer's detection.
    """
    for signature, kind in _BINARY_SIGNATURES:
        if data.startswith(signature):
            raise SourceError(f"{what}: binary file ({kind}), not text")
    candidates: list[tuple[str, str, bool]] = []  # (codec, how it was chosen, Latin check)
    for bom, codec in _BOMS:
        if data.startswith(bom):
            candidates.append((codec, "byte-order mark", codec != "utf-8-sig"))
            break
    candidates.append(("utf-8", "UTF-8", False))
    for label in declared:
        known = _codec(label)
        if known is None:
            log.info("%s: unknown declared charset %r ignored", what, label)
        else:
            candidates.append((known, f"declared {label}", True))
    tried: dict[str, str | None] = {}  # codec → why it failed
    detected = False
    while candidates:
        codec, how, latin = candidates.pop(0)
        if codec not in tried:
            try:
                text = data.decode(codec)
            except (UnicodeDecodeError, LookupError):
                tried[codec] = "does not decode"
            else:
                tried[codec] = _implausible(text, latin=latin)
                if tried[codec] is None:
                    if how != "UTF-8":
                        log.debug("%s: decoded as %s (%s)", what, codec, how)
                    return text.lstrip("\ufeff")
        if not candidates and not detected:
            detected = True
            candidates = [(c, "detected", True) for c in _detect(data)]
    binary = "NUL bytes" if b"\x00" in data else next(
        (p for p in tried.values() if p == "control characters"), None)
    if binary:
        raise SourceError(f"{what}: binary data ({binary}), not text")
    raise SourceError(f"{what}: cannot be decoded as text (tried {', '.join(tried)})")


# -- sidecars -------------------------------------------------------------------

def stem_of(path: Path) -> Path:
    """The article stem: `dir/x.txt` → `dir/x`."""
    return path.with_suffix("")


def _sidecar(path: Path, suffix: str) -> Path:
    """`dir/x.txt` → `dir/x<suffix>`."""
    stem = stem_of(path)
    return stem.with_name(stem.name + suffix)


def _read_json_object(path: Path, what: str) -> dict[str, Any]:
    """A JSON object from a sidecar file; SourceError naming it otherwise."""
    try:
        value = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise SourceError(f"{path}: unreadable {what} ({exc})") from None
    if not isinstance(value, dict):
        raise SourceError(f"{path}: {what} must be a JSON object")
    return value


def read_meta(path: Path) -> dict[str, Any]:
    """The `<stem>.meta.json` beside an article, or {}."""
    meta_path = _sidecar(path, ".meta.json")
    return _read_json_object(meta_path, "metadata") if meta_path.exists() else {}


@dataclass(frozen=True)
class FetchRecord:
    """The `<stem>.fetch.json` that `rilis fetch` writes beside a saved page."""

    url: str | None = None
    final_url: str | None = None
    fetched_at: str | None = None
    """ISO date-time of the fetch."""
    status: int | None = None
    sha256: str | None = None
    content_type: str | None = None

    @property
    def where(self) -> str | None:
        """The page's address: the URL after redirects, else the one asked for."""
        return self.final_url or self.url


def read_fetch_record(path: Path) -> FetchRecord | None:
    """The `<stem>.fetch.json` beside an article, or None; unknown keys are ignored."""
    fetch_path = _sidecar(path, ".fetch.json")
    if not fetch_path.exists():
        return None
    raw = _read_json_object(fetch_path, "fetch record")
    values: dict[str, Any] = {}
    for name, kind in (("url", str), ("final_url", str), ("fetched_at", str), ("status", int),
                       ("sha256", str), ("content_type", str)):
        value = raw.get(name)
        if value is not None and (not isinstance(value, kind) or isinstance(value, bool)):
            raise SourceError(f"{fetch_path}: {name} must be a {kind.__name__}")
        values[name] = value
    if values["fetched_at"] is not None:
        try:
            dt.datetime.fromisoformat(values["fetched_at"].replace("Z", "+00:00"))
        except ValueError:
            raise SourceError(f"{fetch_path}: fetched_at {values['fetched_at']!r} is not an "
                              "ISO date-time") from None
    return FetchRecord(**values)


# -- files ----------------------------------------------------------------------

def _has_text_twin(path: Path) -> bool:
    """A saved page whose article is also in a `.txt` of the same stem (a corpus twin)."""
    return path.with_suffix(".txt").exists()


def _wanted(name: str, glob: str | None) -> bool:
    """A file name found while recursing: an article suffix, or a match of `glob`."""
    if glob is not None:
        return fnmatch.fnmatch(name, glob) and not name.endswith(SIDECAR_SUFFIXES)
    return os.path.splitext(name)[1].lower() in TEXT_SUFFIXES + HTML_SUFFIXES


def _walk(directory: Path, glob: str | None) -> Iterator[Path]:
    """Wanted files under a directory, in the order of `sorted(directory.rglob("*"))`.

    One directory listing at a time, names only: sorting Path objects for a
    whole tree held ~100 MB for 200,000 files. Symbolic links to directories
    are not followed (as `rglob` does not), so a link loop ends.
    """
    try:
        with os.scandir(directory) as listing:
            dirs = set()
            names = []
            for entry in listing:
                if entry.is_dir(follow_symlinks=False):
                    dirs.add(entry.name)
                    names.append(entry.name)
                elif _wanted(entry.name, glob):
                    names.append(entry.name)
    except OSError as exc:
        log.warning("%s: cannot list (%s)", directory, exc.strerror or exc)
        return
    names.sort()
    for name in names:
        child = directory / name
        if name in dirs:
            yield from _walk(child, glob)
        elif child.is_file():
            yield child


def discover(paths: Iterable[str | Path], glob: str | None = None) -> Iterator[Path]:
    """Article files under the given paths, lazily, directories in sorted order.

    In a directory: `.txt` articles, and `.html`/`.htm` pages that have no `.txt`
    twin of the same stem (a corpus folder holds both; its articles are read
    once). `glob` (e.g. `*.txt`, `2025-*`) replaces the suffix test for files
    found inside directories; paths named directly are always taken.
    """
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for child in _walk(path, glob):
                if child.suffix.lower() in HTML_SUFFIXES and _has_text_twin(child):
                    continue
                yield child
        elif path.exists():
            yield path
        else:
            raise SourceError(f"{path}: no such file or directory")


def read_source(path: Path) -> Source:
    """Read one article file (text or saved page) and its sidecars."""
    from .html import charset_of_content_type, source_from_html

    try:
        data = path.read_bytes()
    except OSError as exc:
        raise SourceError(f"{path}: cannot read ({exc.strerror or exc})") from None
    meta = read_meta(path)
    fetch = read_fetch_record(path)
    declared = None
    if fetch is not None:
        if fetch.status is not None and fetch.status >= 400:
            raise SourceError(f"{path}: saved from an HTTP {fetch.status} response, "
                              "not an article")
        if fetch.sha256 and fetch.sha256 != hashlib.sha256(data).hexdigest():
            log.info("%s: content differs from the fetch record's sha256 (edited after "
                     "fetching?)", path)
        if fetch.where:
            meta.setdefault("url", fetch.where)
            meta.setdefault("source", fetch.where)
        if fetch.fetched_at:
            meta.setdefault("fetched_at", fetch.fetched_at)
        declared = charset_of_content_type(fetch.content_type)
    meta.setdefault("source", str(path))
    if path.suffix.lower() in HTML_SUFFIXES:
        return source_from_html(data, path=str(path), metadata=meta, declared_charset=declared)
    if path.suffix.lower() in DATASET_SUFFIXES:
        raise SourceError(f"{path}: a dataset holds many articles; read it with iter_sources")
    text = decode_text(data, what=str(path), declared=[declared] if declared else [])
    if not text.strip():  # an empty record would pass for an article with nothing in it
        raise SourceError(f"{path}: empty file" if not data else f"{path}: whitespace only, no text")
    return Source(path=str(path), text=text, metadata=meta,
                  content_hash=hashlib.sha256(data).hexdigest())


# -- datasets -------------------------------------------------------------------

FieldValue = str | int | float | bool | None


def _field_value(value: Any) -> FieldValue:
    """A dataset field as a record keeps it: scalars as they are, the rest as JSON."""
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


UrlReader = Callable[[str], Source]
# An input given as a URL (any scheme: the reader refuses what it does not fetch).
_URL = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")
"""Fetches a URL and reads the page (`extractor.fetch.read_url`); raises SourceError."""


def _dataset_line(path: Path, number: int, line: bytes, read_url: UrlReader | None
                  ) -> Source | Failed:
    """One line of a JSON Lines dataset as a Source, or Failed naming file and line."""
    where = f"{path}#L{number}"
    try:
        item = json.loads(line)
    except json.JSONDecodeError as exc:
        return Failed(where, f"{where}: not valid JSON ({exc.msg}, column {exc.colno})")
    except UnicodeDecodeError:
        return Failed(where, f"{where}: not UTF-8")
    if not isinstance(item, dict):
        return Failed(where, f"{where}: not a JSON object")
    text, page, url = item.get("text"), item.get("html"), item.get("url")
    for name, value in (("text", text), ("html", page), ("url", url)):
        if value is not None and not isinstance(value, str):
            return Failed(where, f"{where}: {name} must be a string")
    line_id = item.get("id")
    source = f"{path}#{line_id}" if line_id not in (None, "") else where
    meta: dict[str, Any] = {key: item[key] for key in META_KEYS if item.get(key) is not None}
    meta["source"] = source
    meta["source_fields"] = {key: _field_value(value) for key, value in item.items()
                             if key not in ("text", "html")}
    digest = hashlib.sha256(line).hexdigest()
    if text and text.strip():
        return Source(path=source, text=text, metadata=meta, content_hash=digest)
    try:
        if page and page.strip():
            from .html import source_from_html

            found = source_from_html(page.encode("utf-8"), path=where, metadata=meta,
                                     declared_charset="utf-8")
            found.content_hash = digest
        elif url and url.strip() and read_url is not None:
            found = read_url(url)
            found.metadata = {**found.metadata, **meta}  # the line's fields win, as a .meta.json
        elif url and url.strip():
            return Failed(where, f"{where}: URL lines need rilis fetch: fetching from a "
                                 "dataset is not built yet; fetch the pages with "
                                 "`rilis fetch URL --save DIR` and extract DIR")
        else:
            return Failed(where, f"{where}: no text, html or url")
    except SourceError as exc:
        return Failed(where, f"{where}: {exc}" if not str(exc).startswith(where) else str(exc))
    found.path = source
    return found


def iter_dataset(path: Path, *, read_url: UrlReader | None = None
                 ) -> Iterator[Source | Failed]:
    """The articles of a JSON Lines dataset, lazily; a bad line is Failed, the file goes on.

    A line with only a `url` is read with `read_url` when one is given.
    """
    try:
        handle = path.open("rb")
    except OSError as exc:
        yield Failed(str(path), f"{path}: cannot read ({exc.strerror or exc})")
        return
    with handle:
        for number, line in enumerate(handle, start=1):
            if line.strip():
                yield _dataset_line(path, number, line, read_url)


def is_url(raw: str | Path) -> bool:
    """An input given as a URL (`https://…`; other schemes too, for the reader to refuse)."""
    return isinstance(raw, str) and _URL.match(raw) is not None


def iter_sources(paths: Iterable[str | Path], glob: str | None = None, *,
                 read_url: UrlReader | None = None) -> Iterator[Source | Failed]:
    """Every input under `paths`, read lazily and in order; unreadable ones as `Failed`.

    A dataset (`.jsonl`) yields one item per line; its URL lines are read with
    `read_url` when one is given (fetching is not the readers' job), else
    reported. A missing top-level path raises `SourceError` (a usage error,
    not a bad input). `glob` filters the file names found inside directories
    (see `discover`).
    """
    for raw in paths:
        if is_url(raw):
            if read_url is None:
                yield Failed(path=raw, reason=f"{raw}: URL input needs a URL reader")
                continue
            try:
                yield read_url(raw)
            except SourceError as exc:
                yield Failed(path=raw, reason=str(exc))
            continue
        for path in discover([raw], glob):
            if path.suffix.lower() in DATASET_SUFFIXES:
                yield from iter_dataset(path, read_url=read_url)
                continue
            try:
                yield read_source(path)
            except SourceError as exc:
                yield Failed(path=str(path), reason=str(exc))
