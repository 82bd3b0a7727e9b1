"""rilis monitor on a local web: new partnerships once, republications are no news."""

from __future__ import annotations

import html
import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from extractor.cli import app
from extractor.monitor import read_feed_list

from .conftest import CORPUS
from .localweb import LocalWeb, Reply, local_web

DEV = CORPUS / "syndication" / "dev"
RSS = "application/rss+xml"


@pytest.fixture
def web() -> Iterator[LocalWeb]:
    with local_web() as server:
        yield server


def article_page(stem: str) -> bytes:
    """A portal page holding a dev-folder article, dated as its metadata says."""
    meta = json.loads((DEV / f"{stem}.meta.json").read_text(encoding="utf-8"))
    paragraphs = (DEV / f"{stem}.txt").read_text(encoding="utf-8").split("\n\n")
    body = "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs if p.strip())
    title = html.escape(meta["title"])
    return (f'<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>{title}'
            f'</title><meta property="article:published_time" content="{meta["published"]}">'
            f'<meta property="og:site_name" content="{html.escape(meta["outlet"])}"></head>'
            f"<body><article><h1>{title}</h1>{body}</article></body></html>").encode()


def publish(web: LocalWeb, *stems: str) -> None:
    """Serve the articles and a feed listing them."""
    for stem in stems:
        web.route(f"/b/{stem}", Reply(body=article_page(stem)))
    items = "".join(f"<item><title>{s}</title><link>{web.url(f'/b/{s}')}</link></item>"
                    for s in stems)
    web.route("/feed", Reply(body=(f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0">'
                                   f"<channel><title>x</title>{items}</channel></rss>").encode(),
                             content_type=RSS))


def run(feeds: Path, db: Path, save: Path):  # type: ignore[no-untyped-def]
    """One `rilis monitor` run, as cron would start it."""
    return CliRunner().invoke(app, ["monitor", str(feeds), "--db", str(db), "--save", str(save),
                                    "--allow-private", "--rate", "1000"])


def test_first_run_prints_what_it_stored_second_run_nothing(web: LocalWeb,
                                                            tmp_path: Path) -> None:
    # a PKS planned at LPKA Kutoarjo (the release and a portal's copy), an MoU to be drawn up at
    # Bapas Palu ("sepakat untuk menyusun nota kesepahaman … Draf … akan dibahas")
    publish(web, "sd-e07-1-lpkakutoarjo", "sd-e07-2-purworejonews", "sd-e16-1-bapaspalu")
    feeds, db, save = tmp_path / "feeds.txt", tmp_path / "rilis.sqlite", tmp_path / "pages"
    feeds.write_text(f"# humas\n{web.url('/feed')}\n\n")

    first = run(feeds, db, save)
    assert first.exit_code == 0, first.output
    lines = [line.split("\t") for line in first.stdout.splitlines()]
    assert ["LPKA Kelas I Kutoarjo", "Universitas Muhammadiyah Purworejo", "pks", "planned",
            "2025-07-09", web.url("/b/sd-e07-1-lpkakutoarjo")] in lines
    assert ["Bapas Kelas II Palu", "Dinas Sosial Kota Palu", "mou", "planned", "2024-08-21",
            web.url("/b/sd-e16-1-bapaspalu")] in lines
    assert all(len(line) == 6 for line in lines)
    assert len(lines) == len({tuple(line[:5]) for line in lines})  # the copy adds no line
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT count(*) FROM articles").fetchone() == (3,)
    assert conn.execute("SELECT count(*) FROM clusters").fetchone() == (2,)
    assert conn.execute("SELECT count(*) FROM announcements").fetchone() == (len(lines),)

    second = run(feeds, db, save)
    assert second.exit_code == 0 and second.stdout == ""
    assert conn.execute("SELECT count(*) FROM articles").fetchone() == (3,)
    assert conn.execute("SELECT count(*) FROM runs").fetchone() == (2,)


def test_a_republication_is_no_news_a_new_event_is(web: LocalWeb, tmp_path: Path) -> None:
    publish(web, "sd-e07-1-lpkakutoarjo")
    feeds, db, save = tmp_path / "feeds.txt", tmp_path / "rilis.sqlite", tmp_path / "pages"
    feeds.write_text(web.url("/feed") + "\n")
    assert run(feeds, db, save).stdout
    publish(web, "sd-e07-1-lpkakutoarjo", "sd-e07-3-kedunews")  # an edited copy
    again = run(feeds, db, save)
    assert again.exit_code == 0 and again.stdout == ""
    publish(web, "sd-e07-1-lpkakutoarjo", "sd-e07-3-kedunews", "sd-e08-1-lpkakutoarjo")
    signing = run(feeds, db, save).stdout.splitlines()
    assert signing and all("2025-07-30" in line for line in signing)
    assert any("\tpks\tsigned\t" in line for line in signing)


def test_failures_are_reported_and_the_run_goes_on(web: LocalWeb, tmp_path: Path) -> None:
    publish(web, "sd-e16-1-bapaspalu")
    feeds, db, save = tmp_path / "feeds.txt", tmp_path / "rilis.sqlite", tmp_path / "pages"
    feeds.write_text(f"{web.url('/missing-feed')}\n{web.url('/feed')}\n")
    result = run(feeds, db, save)
    assert result.exit_code == 0
    assert "Bapas Kelas II Palu" in result.stdout
    failure = json.loads(result.stderr.splitlines()[0])
    assert failure["url"] == web.url("/missing-feed") and "404" in failure["reason"]


def test_a_page_saved_but_not_stored_is_stored_by_the_next_run(web: LocalWeb,
                                                               tmp_path: Path) -> None:
    publish(web, "sd-e16-1-bapaspalu")
    feeds, db, save = tmp_path / "feeds.txt", tmp_path / "rilis.sqlite", tmp_path / "pages"
    feeds.write_text(web.url("/feed") + "\n")
    fetched = CliRunner().invoke(app, ["fetch", "--feed", web.url("/feed"), "--save", str(save),
                                       "--allow-private", "--rate", "1000"])
    assert fetched.exit_code == 0  # saved and seen, as if a monitor run had stopped there
    result = run(feeds, db, save)
    assert "Bapas Kelas II Palu" in result.stdout


def test_the_feed_list_skips_comments_and_blanks(tmp_path: Path) -> None:
    path = tmp_path / "feeds.txt"
    path.write_text("# portals\nhttps://a.example/feed  # humas\n\n  https://b.example/rss\n")
    assert read_feed_list(path) == ["https://a.example/feed", "https://b.example/rss"]


def test_an_unusable_store_is_a_usage_error(tmp_path: Path) -> None:
    feeds, db = tmp_path / "feeds.txt", tmp_path / "rilis.sqlite"
    feeds.write_text("")
    db.write_text("not a database" * 100)
    result = CliRunner().invoke(app, ["monitor", str(feeds), "--db", str(db)])
    assert result.exit_code == 2 and str(db) in result.output
