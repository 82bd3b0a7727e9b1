"""Feeds and sitemaps: read entry URLs, fetch the ones not seen before, remember them.

RSS and Atom are read by feedparser (from bytes we fetched: it never touches
the network or the disk itself); sitemaps (`<urlset>`, and `<sitemapindex>`
one level deep, plain or gzipped) by lxml with entities and network off. The
seen-state is `DIR/.rilis-seen.json`, rewritten atomically, so a second run on
the same feed fetches nothing new.
"""

from __future__ import annotations

import io
import json
import logging
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urljoin, urlsplit, urlunsplit

from .fetch import Fetcher, FetchError, fetch_and_save, write_atomic

log = logging.getLogger(__name__)

SEEN_FILE = ".rilis-seen.json"
FEED_ACCEPT = ("application/rss+xml, application/atom+xml, application/xml;q=0.9, "
               "text/xml;q=0.9, */*;q=0.5")
# The seen-state is rewritten after this many new entries (and at the end), so
# an interrupted run loses little and a 50,000-URL sitemap is not rewritten 50,000 times.
SAVE_EVERY = 20
_SITEMAP_ROOTS = ("urlset", "sitemapindex")


class FeedError(FetchError):
    """A feed or sitemap that was fetched but cannot be read."""


@dataclass
class FeedResult:
    """What one run over a feed did."""

    feed_url: str
    saved: list[Path] = field(default_factory=list)
    """Pages saved by this run, in feed order."""
    failed: list[FetchError] = field(default_factory=list)
    """Entries (or child sitemaps) that could not be fetched, with reasons."""
    already_seen: int = 0
    """Entries skipped because an earlier run handled them."""


class SeenState:
    """The entries of a save directory already handled: `DIR/.rilis-seen.json`.

    An entry is recorded when its page was saved, or when it failed for a
    reason another try will not change (404, refused, not HTML, robots.txt);
    timeouts, 429 and 5xx are tried again by the next run.
    """

    def __init__(self, path: Path, entries: dict[str, dict[str, Any]]) -> None:
        self.path = path
        self.entries = entries
        self.unsaved = 0

    @classmethod
    def load(cls, directory: Path) -> SeenState:
        """The directory's seen-state (empty if none); `FeedError` if the file is damaged."""
        path = directory / SEEN_FILE
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return cls(path, {})
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise FeedError(str(path), f"unreadable seen-state ({exc})") from None
        entries = data.get("entries") if isinstance(data, dict) else None
        if not isinstance(entries, dict):
            raise FeedError(str(path), "seen-state has no 'entries' object")
        return cls(path, entries)

    def __contains__(self, url: str) -> bool:
        return entry_key(url) in self.entries

    def mark(self, url: str, *, at: str, saved: Path | None = None,
             error: str | None = None) -> None:
        """Record an entry as handled: saved under a name, or failed for good."""
        record: dict[str, Any] = {"at": at}
        if saved is not None:
            record["saved"] = saved.name
        if error is not None:
            record["error"] = error
        self.entries[entry_key(url)] = record
        self.unsaved += 1
        if self.unsaved >= SAVE_EVERY:
            self.write()

    def write(self) -> None:
        """Rewrite the file atomically."""
        text = json.dumps({"version": 1, "entries": self.entries}, ensure_ascii=False,
                          indent=1, sort_keys=True)
        write_atomic(self.path, (text + "\n").encode("utf-8"))
        self.unsaved = 0


def entry_key(url: str) -> str:
    """The key an entry is remembered by: its URL without the fragment."""
    parts = urlsplit(url.strip())
    return urlunsplit(parts._replace(fragment=""))


# `<!ENTITY` in every encoding an XML parser may detect from the BOM or declaration.
_ENTITY_DECLARATIONS = tuple("<!ENTITY".encode(encoding) for encoding in (
    "utf-8", "utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"))


def declares_entities(content: bytes) -> bool:
    """Whether an XML document declares entities: no feed or sitemap needs them, and the
    parsers would expand them (expat only stops an entity bomb after some 80 MB and 20 s)."""
    return any(marker in content for marker in _ENTITY_DECLARATIONS)


def _gunzip(content: bytes, limit: int) -> bytes:
    """A gzipped sitemap's XML, refusing more than `limit` bytes."""
    inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        out = inflater.decompress(content, limit + 1)
    except zlib.error as exc:
        raise ValueError(f"corrupt gzip ({exc})") from None
    if len(out) > limit:
        raise ValueError(f"decompressed sitemap larger than {limit} bytes")
    return out


def _sitemap(content: bytes) -> tuple[str, list[str]] | None:
    """('urlset' | 'sitemapindex', locations) for a sitemap, None for anything else."""
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False,
                             huge_tree=False, recover=False)
    try:
        root = etree.fromstring(content, parser)
    except etree.XMLSyntaxError:
        return None
    kind = etree.QName(root).localname if isinstance(root.tag, str) else ""
    if kind not in _SITEMAP_ROOTS:
        return None
    locations = [el.text.strip() for el in root.iter()
                 if isinstance(el.tag, str) and etree.QName(el).localname == "loc"
                 and el.text and el.text.strip()]
    return kind, locations


def _feed_links(content: bytes, base_url: str) -> list[str] | None:
    """Entry links of an RSS or Atom document, None if it is neither."""
    import feedparser

    # A file-like object: given bytes or str, feedparser may open them as a path or URL.
    parsed = feedparser.parse(io.BytesIO(content), response_headers={"content-location": base_url})
    if not parsed.entries and (parsed.bozo or not parsed.version):
        return None
    links = []
    for entry in parsed.entries:
        link = entry.get("link") or next(
            (item.get("href") for item in entry.get("links", []) if item.get("href")), None)
        if link:
            links.append(urljoin(base_url, link.strip()))
    return links


def read_entries(feed_url: str, fetcher: Fetcher,
                 on_failure: Callable[[FetchError], None] | None = None) -> list[str]:
    """The entry URLs of a feed or sitemap, in document order, without repeats.

    A sitemap index is followed one level deep; a child that cannot be fetched
    is passed to `on_failure` and the others are read. The feed itself not
    fetching or not parsing raises `FetchError`/`FeedError`.
    """
    kind, urls = _read_one(feed_url, fetcher)
    if kind == "sitemapindex":
        children, urls = urls, []
        for child in children:
            try:
                child_kind, child_urls = _read_one(child, fetcher)
            except FetchError as exc:
                if on_failure:
                    on_failure(exc)
                continue
            if child_kind != "urlset":
                log.warning("%s: nested %s ignored (sitemap indexes are read one level deep)",
                            child, child_kind)
                continue
            urls.extend(child_urls)
    return list(dict.fromkeys(urls))


def _read_one(url: str, fetcher: Fetcher) -> tuple[str, list[str]]:
    """Fetch one feed or sitemap: its kind ('feed', 'urlset', 'sitemapindex') and URLs."""
    fetched = fetcher.fetch(url, accept=FEED_ACCEPT)
    if not fetched.ok:
        transient = fetched.status == 429 or fetched.status >= 500
        raise FetchError(url, f"HTTP {fetched.status}", permanent=not transient)
    content = fetched.content
    if content[:2] == b"\x1f\x8b":  # sitemap.xml.gz, served as a file, not Content-Encoding
        try:
            content = _gunzip(content, fetcher.options.max_bytes)
        except ValueError as exc:
            raise FeedError(url, str(exc)) from None
    if declares_entities(content):
        raise FeedError(url, "refused: the document declares XML entities (an entity bomb?)")
    sitemap = _sitemap(content)
    if sitemap is not None:
        kind, locations = sitemap
        return kind, [urljoin(fetched.final_url, loc) for loc in locations]
    links = _feed_links(content, fetched.final_url)
    if links is None:
        raise FeedError(url, "not an RSS/Atom feed or a sitemap "
                             f"(content-type {fetched.content_type or 'missing'!r})")
    return "feed", links


def fetch_feed(feed_url: str, save_dir: str | Path, fetcher: Fetcher, *,
               on_saved: Callable[[Path], None] | None = None,
               on_failure: Callable[[FetchError], None] | None = None) -> FeedResult:
    """Fetch and save the entries of a feed or sitemap that `save_dir` has not seen.

    Args:
        feed_url: an RSS/Atom feed, a sitemap or a sitemap index.
        save_dir: where pages go (`save`'s layout) and where the seen-state lives.
        fetcher: the shared `Fetcher` (politeness state, safety options).
        on_saved, on_failure: called as each entry is saved or fails, for progress.

    Raises `FetchError` when the feed itself cannot be fetched or read; entry
    failures are collected in the result and the run goes on.
    """
    directory = Path(save_dir)
    directory.mkdir(parents=True, exist_ok=True)
    seen = SeenState.load(directory)
    result = FeedResult(feed_url=feed_url)

    def failed(exc: FetchError) -> None:
        result.failed.append(exc)
        if on_failure:
            on_failure(exc)

    entries = read_entries(feed_url, fetcher, on_failure=failed)
    try:
        for url in entries:
            if url in seen:
                result.already_seen += 1
                continue
            try:
                page = fetch_and_save(fetcher, url, directory)
            except FetchError as exc:
                failed(exc)
                if exc.permanent:
                    seen.mark(url, at=fetcher.now().isoformat(), error=exc.reason)
                continue
            result.saved.append(page)
            seen.mark(url, at=fetcher.now().isoformat(), saved=page)
            if on_saved:
                on_saved(page)
    finally:
        if seen.unsaved:
            seen.write()
    log.info("%s: %d saved, %d failed, %d seen before", feed_url, len(result.saved),
             len(result.failed), result.already_seen)
    return result
