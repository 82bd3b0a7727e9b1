"""Monitoring: fetch new feed entries, store and cluster them, announce new partnerships.

One run (`rilis monitor FEEDS.txt --db rilis.sqlite`, e.g. from cron):

1. each feed's entries not seen before are saved to the save folder
   (`extractor.feeds.fetch_feed`, whose seen-state lives there);
2. every saved page whose URL the store does not hold yet is extracted
   (so a page saved by a run that stopped early is not lost) and stored;
3. the store is clustered again, so new articles join the events already
   stored (a republication of a known release is no news);
4. the partnerships of the stored events are compared with those announced
   by earlier runs; the new ones are returned (and remembered), one
   `Announcement` each. A republication adds nothing; a new event, or a new
   agreement reported for a known event, does.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .cluster import event_partnerships
from .fetch import Fetcher, FetchError
from .options import Options
from .store import Store, recluster

log = logging.getLogger(__name__)


class MonitorError(Exception):
    """The feed list cannot be read; the message names it and says why."""


def read_feed_list(path: Path) -> list[str]:
    """Feed URLs, one a line; blank lines and `#` comments ignored."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise MonitorError(f"{path}: cannot read the feed list ({exc})") from None
    feeds = [line.split("#", 1)[0].strip() for line in lines]
    return [feed for feed in feeds if feed]


@dataclass(frozen=True)
class Announcement:
    """A partnership of an event: facility, partner, activity or agreement, and where."""

    facility: str
    partner: str
    type: str
    status: str | None
    date: str | None
    url: str | None
    cluster: str

    def key(self) -> str:
        """What makes it new: the same partnership of the same day is announced once."""
        return json.dumps([self.facility, self.partner, self.type, self.status, self.date],
                          ensure_ascii=False)

    def line(self) -> str:
        """One tab-separated line: facility, partner, type, status, date, URL."""
        return "\t".join(value or "-" for value in (
            self.facility, self.partner, self.type, self.status, self.date, self.url))

    def fields(self) -> dict[str, Any]:
        """As a dict (the store's announcement columns)."""
        return {"facility": self.facility, "partner": self.partner, "type": self.type,
                "status": self.status, "date": self.date, "url": self.url,
                "cluster": self.cluster}


def announcements(event: dict[str, Any]) -> list[Announcement]:
    """The partnerships of a merged event as announcements (`cluster.event_partnerships`)."""
    return [Announcement(p["facility"], p["partner"], p["type"], p["status"], p["date"],
                         p["url"], p["cluster"]) for p in event_partnerships(event)]


def _stored_urls(store: Store) -> set[str]:
    """Sources and URLs of the stored articles."""
    rows = store.conn.execute("SELECT source, url FROM sources").fetchall()
    return {value for row in rows for value in row if value}


def pending_pages(save_dir: Path, stored: set[str]) -> Iterator[Path]:
    """Saved pages (with a fetch record) whose URL the store does not hold, in name order."""
    from .readers import SourceError, read_fetch_record

    for page in sorted(save_dir.glob("*.html")):
        try:
            fetched = read_fetch_record(page)
        except SourceError as exc:
            log.warning("%s", exc)
            continue
        if fetched is not None and fetched.where not in stored:
            yield page


@dataclass
class MonitorResult:
    """What one monitoring run did."""

    run: int
    saved: list[Path] = field(default_factory=list)
    stored: list[str] = field(default_factory=list)
    """Ids of the articles stored for the first time."""
    new: list[Announcement] = field(default_factory=list)


Failure = Callable[[str, str], None]
"""Called with (what, reason) for a feed, entry or page that failed; the run goes on."""


def run_monitor(feeds: Sequence[str], store: Store, save_dir: Path, fetcher: Fetcher,
                options: Options | None = None, on_failure: Failure | None = None
                ) -> MonitorResult:
    """One monitoring run over some feeds (see the module docstring); failures are
    reported through `on_failure` and do not stop the run."""
    from . import extract_many
    from .feeds import fetch_feed
    from .readers import SourceError, read_source

    def failed(what: str, reason: str) -> None:
        log.warning("%s: %s", what, reason)
        if on_failure:
            on_failure(what, reason)

    result = MonitorResult(run=store.start_run("monitor"))
    for feed in feeds:
        try:
            done = fetch_feed(feed, save_dir, fetcher,
                              on_failure=lambda exc: failed(exc.url, exc.reason))
            result.saved += done.saved
        except FetchError as exc:
            failed(exc.url, exc.reason)
    sources = []
    for page in pending_pages(save_dir, _stored_urls(store)):
        try:
            sources.append(read_source(page))
        except SourceError as exc:
            failed(str(page), str(exc))
    base = options or Options()
    extract_options = Options(patterns_dir=base.patterns_dir, include_text=True,
                              max_chars=base.max_chars, today=base.today)
    records = list(extract_many(((s.text, s.metadata) for s in sources),
                                options=extract_options))
    result.stored = store.upsert(records, run=result.run)
    if result.stored or store.unclustered():
        recluster(store)
    # every event, not only those new articles joined: what a run that stopped
    # early stored but did not announce is announced now
    announced = store.announced()
    for event in store.events():
        for item in announcements(event):
            if item.key() not in announced:
                announced.add(item.key())
                result.new.append(item)
    store.record_announcements(((a.key(), a.fields()) for a in result.new), result.run)
    return result
