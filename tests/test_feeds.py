"""Feeds and sitemaps: only entries not seen before are fetched; the seen-state is kept in DIR."""

from __future__ import annotations

import gzip
import json
import tracemalloc
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from extractor.cli import app
from extractor.feeds import SEEN_FILE, FeedError, fetch_feed, read_entries
from extractor.fetch import Fetcher, FetchError, FetchOptions

from .localweb import LocalWeb, Reply, StubResolver, connections_only_to, local_web, page

RSS = "application/rss+xml"
XML = "application/xml"


@pytest.fixture
def web() -> Iterator[LocalWeb]:
    with local_web() as server:
        yield server


def make_fetcher(web: LocalWeb, **options: object) -> Fetcher:
    """A fetcher on the fake clock that may reach the local server."""
    settings = {"allow_private": True, **options}
    return Fetcher(FetchOptions(**settings),  # type: ignore[arg-type]
                   clock=web.clock, sleep=web.clock.sleep,
                   resolver=StubResolver({"news.test": ["127.0.0.1"]}), now=web.clock.wall)


def rss(web: LocalWeb, *paths: str) -> bytes:
    """An RSS 2.0 feed whose items link to `paths` on the server."""
    items = "".join(f"<item><title>Berita {p}</title><link>{web.url(p)}</link>"
                    f"<guid>{web.url(p)}</guid><pubDate>Mon, 04 Aug 2025 10:00:00 +0800</pubDate>"
                    f"</item>" for p in paths)
    return (f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>'
            f"<title>Humas Lapas</title><link>{web.url('/')}</link>{items}</channel>"
            "</rss>").encode()


def serve_pages(web: LocalWeb, *paths: str) -> None:
    for path in paths:
        web.route(path, Reply(body=page(f"Halaman {path}")))


def test_rss_entries_are_saved_once(web: LocalWeb, tmp_path: Path) -> None:
    serve_pages(web, "/b/1", "/b/2", "/b/3")
    web.route("/feed", Reply(body=rss(web, "/b/1", "/b/2", "/b/3"), content_type=RSS))
    with make_fetcher(web) as fetcher:
        first = fetch_feed(web.url("/feed"), tmp_path, fetcher)
        assert [p.read_bytes() for p in first.saved] == [page(f"Halaman /b/{n}") for n in (1, 2, 3)]
        assert first.failed == [] and first.already_seen == 0
        web.log.clear()
        second = fetch_feed(web.url("/feed"), tmp_path, fetcher)
    assert second.saved == [] and second.already_seen == 3
    assert web.paths() == ["/feed"]  # nothing but the feed itself
    seen = json.loads((tmp_path / SEEN_FILE).read_text())
    assert sorted(seen["entries"]) == [web.url(f"/b/{n}") for n in (1, 2, 3)]
    assert seen["entries"][web.url("/b/1")]["saved"] == first.saved[0].name


def test_a_new_entry_is_the_only_one_fetched(web: LocalWeb, tmp_path: Path) -> None:
    serve_pages(web, "/b/1", "/b/2")
    web.route("/feed", Reply(body=rss(web, "/b/1"), content_type=RSS),
              Reply(body=rss(web, "/b/2", "/b/1"), content_type=RSS))
    with make_fetcher(web) as fetcher:
        fetch_feed(web.url("/feed"), tmp_path, fetcher)
    web.log.clear()
    with make_fetcher(web) as fetcher:  # a later run: a new fetcher, the same directory
        result = fetch_feed(web.url("/feed"), tmp_path, fetcher)
    assert [p.read_bytes() for p in result.saved] == [page("Halaman /b/2")]
    assert web.paths() == ["/robots.txt", "/feed", "/b/2"]


def test_atom_links_are_resolved_against_the_feed(web: LocalWeb, tmp_path: Path) -> None:
    serve_pages(web, "/berita/satu", "/berita/dua")
    atom = f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:base="{web.url('/berita/')}">
  <title>Humas</title><id>urn:humas</id><updated>2025-08-06T00:00:00Z</updated>
  <entry><title>Satu</title><id>urn:1</id><updated>2025-08-06T00:00:00Z</updated>
    <link rel="alternate" type="text/html" href="satu"/></entry>
  <entry><title>Dua</title><id>urn:2</id><updated>2025-08-05T00:00:00Z</updated>
    <link rel="enclosure" href="{web.url('/foto.jpg')}"/>
    <link rel="alternate" href="{web.url('/berita/dua')}"/></entry>
</feed>""".encode()
    web.route("/atom.xml", Reply(body=atom, content_type="application/atom+xml"))
    with make_fetcher(web) as fetcher:
        assert read_entries(web.url("/atom.xml"), fetcher) == [web.url("/berita/satu"),
                                                               web.url("/berita/dua")]
        result = fetch_feed(web.url("/atom.xml"), tmp_path, fetcher)
    assert len(result.saved) == 2 and result.failed == []


def sitemap(web: LocalWeb, *paths: str) -> bytes:
    locs = "".join(f"<url><loc> {web.url(p)} </loc><lastmod>2025-08-06</lastmod></url>"
                   for p in paths)
    return (f'<?xml version="1.0" encoding="UTF-8"?><urlset '
            f'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{locs}</urlset>').encode()


def sitemap_index(web: LocalWeb, *paths: str) -> bytes:
    locs = "".join(f"<sitemap><loc>{web.url(p)}</loc></sitemap>" for p in paths)
    return (f'<?xml version="1.0" encoding="UTF-8"?><sitemapindex '
            f'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{locs}</sitemapindex>').encode()


def test_sitemap_index_is_read_one_level_deep(web: LocalWeb, tmp_path: Path) -> None:
    serve_pages(web, "/p/1", "/p/2", "/p/3", "/p/deep")
    web.route("/sitemap.xml", Reply(body=sitemap_index(web, "/sm-1.xml", "/sm-2.xml.gz",
                                                       "/sm-hilang.xml", "/sm-index.xml"),
                                    content_type=XML))
    web.route("/sm-1.xml", Reply(body=sitemap(web, "/p/1", "/p/2"), content_type=XML))
    web.route("/sm-2.xml.gz", Reply(body=gzip.compress(sitemap(web, "/p/2", "/p/3")),
                                    content_type="application/x-gzip"))
    web.route("/sm-index.xml", Reply(body=sitemap_index(web, "/sm-deep.xml"), content_type=XML))
    web.route("/sm-deep.xml", Reply(body=sitemap(web, "/p/deep"), content_type=XML))
    failures: list[FetchError] = []
    with make_fetcher(web) as fetcher:
        result = fetch_feed(web.url("/sitemap.xml"), tmp_path, fetcher, on_failure=failures.append)
    assert sorted(p.read_bytes() for p in result.saved) == [page(f"Halaman /p/{n}")
                                                            for n in (1, 2, 3)]
    assert [(f.url, f.reason) for f in failures] == [(web.url("/sm-hilang.xml"), "HTTP 404")]
    assert "/sm-deep.xml" not in web.paths() and "/p/deep" not in web.paths()


def test_failed_entries_are_retried_only_when_trying_again_may_help(web: LocalWeb,
                                                                    tmp_path: Path) -> None:
    web.route("/b/sibuk", Reply(503, page("sibuk")), Reply(body=page("Sibuk lalu OK")))
    web.route("/feed", Reply(body=rss(web, "/b/hilang", "/b/sibuk"), content_type=RSS))
    with make_fetcher(web, retries=0) as fetcher:
        first = fetch_feed(web.url("/feed"), tmp_path, fetcher)
        assert [(f.url, f.reason) for f in first.failed] == [
            (web.url("/b/hilang"), "HTTP 404"), (web.url("/b/sibuk"), "HTTP 503")]
        web.log.clear()
        second = fetch_feed(web.url("/feed"), tmp_path, fetcher)
    assert [p.read_bytes() for p in second.saved] == [page("Sibuk lalu OK")]
    assert web.paths() == ["/feed", "/b/sibuk"]  # the 404 is remembered, the 503 tried again
    entries = json.loads((tmp_path / SEEN_FILE).read_text())["entries"]
    assert entries[web.url("/b/hilang")]["error"] == "HTTP 404"


def test_unsafe_entry_links_are_refused_and_the_rest_saved(web: LocalWeb, tmp_path: Path) -> None:
    serve_pages(web, "/b/1")
    items = ("<item><link>file:///etc/passwd</link></item>"
             "<item><link>http://169.254.169.254/latest/meta-data/</link></item>"
             f"<item><link>{web.url('/b/1')}</link></item>")
    feed = f'<rss version="2.0"><channel><title>x</title>{items}</channel></rss>'.encode()
    web.route("/feed", Reply(body=feed, content_type=RSS))
    with connections_only_to({("127.0.0.1", web.port)}) as attempts, \
            make_fetcher(web, allow_private=False, allowed_networks=("127.0.0.1/32",)) as fetcher:
        result = fetch_feed(web.url("/feed"), tmp_path, fetcher)
    assert len(result.saved) == 1
    assert [f.reason.split(":")[0] for f in result.failed] == ["refused", "refused"]
    assert set(attempts) == {("127.0.0.1", web.port)}


def test_a_page_that_is_not_a_feed_is_an_error(web: LocalWeb, tmp_path: Path) -> None:
    web.route("/bukan-feed", Reply(body=page("Bukan feed")))
    with make_fetcher(web) as fetcher, pytest.raises(FeedError, match="not an RSS/Atom feed"):
        fetch_feed(web.url("/bukan-feed"), tmp_path, fetcher)


@pytest.mark.parametrize("root", ["urlset", "rss"])
@pytest.mark.parametrize("encoding", ["utf-8", "utf-16"])
def test_entity_bombs_are_refused_before_parsing(web: LocalWeb, root: str, encoding: str) -> None:
    laughs = "".join(f'<!ENTITY l{n} "{f"&l{n - 1};" * 10}">' for n in range(1, 10))
    inner = ("<url><loc>http://news.test/&l9;</loc></url>" if root == "urlset" else
             "<channel><title>x</title><item><link>http://news.test/&l9;</link></item></channel>")
    bomb = (f'<?xml version="1.0" encoding="{encoding}"?>'
            f'<!DOCTYPE {root} [<!ENTITY l0 "ha">{laughs}]><{root}>{inner}</{root}>')
    web.route("/bom.xml", Reply(body=bomb.encode(encoding), content_type=XML))
    with make_fetcher(web) as fetcher, pytest.raises(FeedError, match="declares XML entities"):
        tracemalloc.start()
        try:
            read_entries(web.url("/bom.xml"), fetcher)
        finally:
            peak = tracemalloc.get_traced_memory()[1]
            tracemalloc.stop()
    assert peak < 5 * 1024 * 1024  # expanded, it would be 2 GB of "ha"


def test_gzipped_sitemap_bombs_are_refused(web: LocalWeb) -> None:
    body = gzip.compress(b"<urlset>" + b" " * 5_000_000 + b"</urlset>")
    web.route("/sm.xml.gz", Reply(body=body, content_type="application/x-gzip"))
    with make_fetcher(web, max_bytes=1_000_000) as fetcher, \
            pytest.raises(FeedError, match="decompressed sitemap larger than 1000000 bytes"):
        read_entries(web.url("/sm.xml.gz"), fetcher)


def test_a_damaged_seen_state_is_reported_not_reset(web: LocalWeb, tmp_path: Path) -> None:
    (tmp_path / SEEN_FILE).write_text("{not json")
    with make_fetcher(web) as fetcher, pytest.raises(FeedError, match="unreadable seen-state"):
        fetch_feed(web.url("/feed"), tmp_path, fetcher)
    assert web.log == []


def test_cli_feed_runs_twice_and_fetches_nothing_new(web: LocalWeb, tmp_path: Path) -> None:
    serve_pages(web, "/b/1", "/b/2")
    web.route("/feed", Reply(body=rss(web, "/b/1", "/b/2"), content_type=RSS))
    args = ["fetch", "--feed", web.url("/feed"), "--save", str(tmp_path), "--allow-private",
            "--rate", "1000"]
    first = CliRunner().invoke(app, args)
    assert first.exit_code == 0, first.stderr
    assert len(first.stdout.splitlines()) == 2
    web.log.clear()
    second = CliRunner().invoke(app, args)
    assert second.exit_code == 0 and second.stdout == ""
    assert web.paths() == ["/robots.txt", "/feed"]
    assert len(list(tmp_path.glob("*.html"))) == 2 and len(list(tmp_path.glob("*.fetch.json"))) == 2
