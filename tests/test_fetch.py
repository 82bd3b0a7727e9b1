"""Fetching: safety refusals, limits, politeness from the request log, saving, the CLI.

Everything is served by the local server on 127.0.0.1 (tests/localweb.py);
politeness is read from its log, stamped with a fake clock that moves only
when the fetcher sleeps. Refusals run with no server at all and a socket
guard that fails the test if any connection is attempted.
"""

from __future__ import annotations

import gzip
import ipaddress
import json
import re
import ssl
import tracemalloc
import zlib
from collections.abc import Iterator
from functools import cache
from pathlib import Path

import pytest
import trustme
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from extractor import __version__
from extractor.cli import app
from extractor.fetch import (
    ROBOTS_RETRY,
    Fetched,
    Fetcher,
    FetchError,
    FetchOptions,
    RefusedError,
    address_refusal,
    fetch_and_save,
    literal_address,
    name_for,
    retry_after_seconds,
    save,
)

from .localweb import (
    EPOCH,
    HTML,
    LocalWeb,
    Reply,
    StubResolver,
    connections_only_to,
    local_web,
    page,
)

NAMES = {"news.test": ["127.0.0.1"], "other.test": ["127.0.0.1"]}
# Names the refusal tests resolve: each would lead somewhere rilis must not go.
UNSAFE_NAMES = {
    "intranet.test": ["10.1.2.3"],
    "metadata.test": ["169.254.169.254"],
    "loopback6.test": ["::1"],
    "mixed.test": ["93.184.216.34", "127.0.0.1"],  # one public address does not excuse the other
}
runner = CliRunner()


@pytest.fixture
def web() -> Iterator[LocalWeb]:
    with local_web() as server:
        yield server


def make_fetcher(web: LocalWeb, resolver: StubResolver | None = None, **options: object) -> Fetcher:
    """A fetcher on the fake clock that may reach the local server."""
    settings = {"allow_private": True, **options}
    return Fetcher(FetchOptions(**settings),  # type: ignore[arg-type]
                   clock=web.clock, sleep=web.clock.sleep,
                   resolver=resolver or StubResolver(NAMES), now=web.clock.wall)


# --- refused before any connection -------------------------------------------------

REFUSED = [
    ("file:///etc/passwd", "scheme 'file'"),
    ("ftp://example.org/berita.html", "scheme 'ftp'"),
    ("data:text/html,<p>halo</p>", "scheme 'data'"),
    ("javascript:alert(1)", "scheme 'javascript'"),
    ("http://127.1/", "127.1 is 127.0.0.1, a loopback"),
    ("http://0x7f000001/", "0x7f000001 is 127.0.0.1, a loopback"),
    ("http://2130706433/", "2130706433 is 127.0.0.1, a loopback"),
    ("http://[::ffff:127.0.0.1]/", "IPv6 form of 127.0.0.1, a loopback"),
    ("http://[::1]:8080/", "::1 is a loopback"),
    ("http://[2002:7f00:1::]/", "IPv6 form of 127.0.0.1"),
    ("http://169.254.169.254/latest/meta-data/", "169.254.169.254 is a link-local"),
    ("http://10.0.0.8/", "10.0.0.8 is a private"),
    ("http://0.0.0.0/", "unspecified"),
    ("http://224.0.0.1/", "multicast"),
    ("http://100.64.0.1/", "not a global"),
    ("http://intranet.test/", "intranet.test resolves to 10.1.2.3, a private"),
    ("http://metadata.test/", "resolves to 169.254.169.254, a link-local"),
    ("http://loopback6.test/", "resolves to ::1, a loopback"),
    ("http://mixed.test/", "resolves to 127.0.0.1, a loopback"),
]


@pytest.mark.parametrize(("url", "reason"), REFUSED, ids=[u for u, _ in REFUSED])
def test_unsafe_urls_are_refused_without_connecting(url: str, reason: str) -> None:
    resolver = StubResolver(UNSAFE_NAMES)
    with connections_only_to(set()) as attempts, Fetcher(resolver=resolver) as fetcher:
        with pytest.raises(RefusedError) as raised:
            fetcher.fetch(url)
    assert reason in raised.value.reason
    assert raised.value.reason.startswith("refused")
    assert attempts == []
    # Numeric hosts are read here, never handed to the resolver.
    host = url.split("/")[2] if "//" in url else None
    assert resolver.asked == ([host] if host in UNSAFE_NAMES else [])


@pytest.mark.parametrize("url", ["http://0177.0.0.1/", "http://exa mple.test/", "http://:80/"])
def test_malformed_urls_fail_without_connecting(url: str) -> None:
    with connections_only_to(set()) as attempts, Fetcher(resolver=StubResolver({})) as fetcher, \
            pytest.raises(FetchError, match="invalid URL"):
        fetcher.fetch(url)
    assert attempts == []


def test_names_that_do_not_resolve_fail_without_connecting() -> None:
    with connections_only_to(set()) as attempts, \
            Fetcher(resolver=StubResolver({})) as fetcher, pytest.raises(FetchError) as raised:
        fetcher.fetch("http://nowhere.test/")
    assert "cannot resolve nowhere.test" in raised.value.reason
    assert not raised.value.permanent and attempts == []


@pytest.mark.parametrize(("host", "address"), [
    ("127.0.0.1", "127.0.0.1"), ("127.1", "127.0.0.1"), ("0x7f000001", "127.0.0.1"),
    ("2130706433", "127.0.0.1"), ("0177.0.0.1", "127.0.0.1"), ("0x7f.1", "127.0.0.1"),
    ("1.2.3", "1.2.0.3"), ("[::ffff:127.0.0.1]", "::ffff:7f00:1"), ("::1", "::1"),
    ("news.test", None), ("cafe.be", None), ("deadbeef", None), ("127.0.0.1.", None),
])
def test_numeric_hosts_are_read_as_the_os_reads_them(host: str, address: str | None) -> None:
    found = literal_address(host)
    assert (str(found) if found else None) == address


@pytest.mark.parametrize("address", ["93.184.216.34", "8.8.8.8", "2606:4700:4700::1111",
                                     "2a00:1450:4001:82a::200e"])
def test_public_addresses_pass_the_check(address: str) -> None:
    assert address_refusal(ipaddress.ip_address(address)) is None


REDIRECT_TARGETS = [
    "file:///etc/passwd", "ftp://news.test/x", "data:text/html,x", "http://169.254.169.254/",
    "http://127.2/", "http://0x7f000002/", "http://[::ffff:127.0.0.2]/", "http://intranet.test/",
    "//metadata.test/latest",
]


@pytest.mark.parametrize("target", REDIRECT_TARGETS)
def test_redirects_to_unsafe_places_are_refused(web: LocalWeb, target: str) -> None:
    # Only the test server's own address is allowed; private addresses stay refused.
    web.route("/go", Reply(302, headers={"Location": target}))
    resolver = StubResolver(UNSAFE_NAMES)
    with connections_only_to({("127.0.0.1", web.port)}) as attempts, \
            make_fetcher(web, resolver, allow_private=False,
                         allowed_networks=("127.0.0.1/32",)) as fetcher:
        with pytest.raises(RefusedError) as raised:
            fetcher.fetch(web.url("/go"))
    assert "refused (redirect)" in raised.value.reason or "(redirect to" in raised.value.reason
    assert web.paths() == ["/robots.txt", "/go"]
    assert set(attempts) == {("127.0.0.1", web.port)}


def test_the_address_checked_is_the_address_connected(web: LocalWeb) -> None:
    # A name that answers a private address only on the second lookup (DNS rebinding)
    # gets the checked address: one lookup, reused for the connection.
    class Rebinding(StubResolver):
        def __call__(self, host: str, port: int) -> list[str]:
            self.asked.append(host)
            return ["127.0.0.1"] if len(self.asked) == 1 else ["10.9.9.9"]

    web.route("/a", Reply(body=page("A")))
    resolver = Rebinding({})
    with connections_only_to({("127.0.0.1", web.port)}), \
            make_fetcher(web, resolver, allow_private=False,
                         allowed_networks=("127.0.0.1/32",)) as fetcher:
        assert fetcher.fetch(web.url("/a", "news.test")).ok
    assert resolver.asked == ["news.test"]


# --- fetching, redirects, limits ------------------------------------------------------


def test_fetch_returns_the_page_and_its_provenance(web: LocalWeb) -> None:
    body = page("Lapas Maros terima audiensi")
    web.route("/berita/1", Reply(body=body))
    with make_fetcher(web) as fetcher:
        got = fetcher.fetch(web.url("/berita/1", "news.test"))
    assert (got.status, got.content, got.final_url) == (200, body, got.url)
    assert got.is_html() and got.content_type == HTML
    assert got.fetched_at.tzinfo is not None and got.fetched_at >= EPOCH
    assert re.fullmatch(r"[0-9a-f]{64}", got.sha256)
    request = web.log[-1]
    assert request.host == "news.test"
    assert request.headers["User-Agent"] == f"rilis/{__version__} (+https://pypi.org/project/rilis/)"


def test_redirects_are_followed_and_the_final_url_kept(web: LocalWeb) -> None:
    web.route("/lama", Reply(301, headers={"Location": "/baru"}))
    web.route("/baru", Reply(302, headers={"Location": web.url("/akhir", "other.test")}))
    web.route("/akhir", Reply(body=page("Akhir")), host="other.test")
    with make_fetcher(web) as fetcher:
        got = fetcher.fetch(web.url("/lama", "news.test"))
    assert got.final_url == web.url("/akhir", "other.test")
    assert got.url == web.url("/lama", "news.test")
    # robots.txt is read for the second origin too.
    assert [(e.host, e.path) for e in web.log] == [
        ("news.test", "/robots.txt"), ("news.test", "/lama"), ("news.test", "/baru"),
        ("other.test", "/robots.txt"), ("other.test", "/akhir")]


def test_redirect_loops_stop(web: LocalWeb) -> None:
    web.route("/loop", Reply(302, headers={"Location": "/loop"}))
    with make_fetcher(web, max_redirects=3) as fetcher, pytest.raises(FetchError) as raised:
        fetcher.fetch(web.url("/loop"))
    assert raised.value.reason == "more than 3 redirects"
    assert web.paths().count("/loop") == 4


@pytest.mark.parametrize("chunked", [False, True], ids=["content-length", "chunked"])
def test_oversize_bodies_are_cut_off(web: LocalWeb, chunked: bool) -> None:
    web.route("/besar", Reply(body=b"<html>" + b"x" * 300_000, chunked=chunked, chunk=16_384))
    with make_fetcher(web, max_bytes=100_000) as fetcher, pytest.raises(FetchError) as raised:
        fetcher.fetch(web.url("/besar"))
    assert "body larger than 100000 bytes" in raised.value.reason
    assert web.paths().count("/besar") == 1  # not retried


@cache
def bomb(encoding: str) -> bytes:
    """64 MiB of zeros, compressed to a few dozen KiB."""
    zeros = bytes(64 * 1024 * 1024)
    return gzip.compress(zeros, 9) if encoding == "gzip" else zlib.compress(zeros, 9)


@pytest.mark.parametrize("encoding", ["gzip", "deflate"])
def test_decompression_bombs_stop_at_the_limit_without_inflating(web: LocalWeb,
                                                                 encoding: str) -> None:
    body = bomb(encoding)
    assert len(body) < 1_000_000
    web.route("/bom", Reply(body=body, headers={"Content-Encoding": encoding}))
    with make_fetcher(web, max_bytes=1_000_000) as fetcher, pytest.raises(FetchError) as raised:
        tracemalloc.start()
        try:
            fetcher.fetch(web.url("/bom"))
        finally:
            peak = tracemalloc.get_traced_memory()[1]
            tracemalloc.stop()
    assert "decoded body larger than 1000000 bytes" in raised.value.reason
    assert peak < 16 * 1024 * 1024  # the 64 MiB never existed


def test_compressed_pages_are_decoded(web: LocalWeb) -> None:
    body = page("Gzip")
    web.route("/gz", Reply(body=gzip.compress(body), headers={"Content-Encoding": "gzip"}))
    web.route("/raw-deflate", Reply(body=zlib.compress(body)[2:-4],
                                    headers={"Content-Encoding": "deflate"}))
    with make_fetcher(web) as fetcher:
        assert fetcher.fetch(web.url("/gz")).content == body
        assert fetcher.fetch(web.url("/raw-deflate")).content == body
    assert web.log[-1].headers["Accept-Encoding"] == "gzip, deflate"


def test_slow_responses_time_out_and_are_retried(web: LocalWeb) -> None:
    web.route("/lambat", Reply(body=page("Lambat"), delay=1.0))
    with make_fetcher(web, timeout=0.2, retries=1) as fetcher, pytest.raises(FetchError) as raised:
        fetcher.fetch(web.url("/lambat"))
    assert "timeout" in raised.value.reason and "after 2 attempts" in raised.value.reason
    assert not raised.value.permanent
    assert web.paths() == ["/robots.txt", "/lambat", "/lambat"]
    # One rate-limit wait after robots.txt, then the backoff (which covers the rate limit).
    assert web.clock.sleeps == [1.0, 1.0]


def test_slow_headers_are_cut_at_max_time_too(web: LocalWeb) -> None:
    # Per-read timeouts alone would wait 5 s here; the deadline covers the whole exchange.
    web.route("/lambat", Reply(body=page("Lambat"), delay=1.0))
    with make_fetcher(web, timeout=5.0, max_time=0.3) as fetcher, \
            pytest.raises(FetchError) as raised:
        fetcher.fetch(web.url("/lambat"))
    assert raised.value.reason == "response took longer than 0.3 s"
    assert not raised.value.permanent
    assert web.paths().count("/lambat") == 1  # not retried within the run


def test_a_response_that_drags_on_is_cut_at_max_time(web: LocalWeb) -> None:
    web.route("/tetes", Reply(body=b"<html>" + b"x" * 2000, chunk=100, drip=0.05))
    with make_fetcher(web, max_time=0.3) as fetcher, pytest.raises(FetchError) as raised:
        fetcher.fetch(web.url("/tetes"))
    assert "took longer than 0.3 s" in raised.value.reason
    assert web.paths().count("/tetes") == 1


def test_https_is_verified_against_the_host_name_not_the_address() -> None:
    # The socket goes to the checked address; the certificate must still match the name.
    ca = trustme.CA()
    server_tls = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ca.issue_cert("news.test").configure_cert(server_tls)
    client_tls = ssl.create_default_context()
    ca.configure_trust(client_tls)
    with local_web(server_tls) as web:
        web.route("/a", Reply(body=page("Aman")))
        with Fetcher(FetchOptions(allow_private=True, respect_robots=False), clock=web.clock,
                     sleep=web.clock.sleep, resolver=StubResolver(NAMES),
                     ssl_context=client_tls) as fetcher:
            assert fetcher.fetch(web.url("/a", "news.test")).content == page("Aman")
            with pytest.raises(FetchError) as raised:
                fetcher.fetch(web.url("/a", "other.test"))
    assert raised.value.reason.startswith("TLS certificate refused (Hostname mismatch")
    assert raised.value.permanent
    assert web.paths("news.test") == ["/a"]
    assert web.paths("other.test") == []  # the handshake failed: no request was sent
    assert web.clock.sleeps == []  # and it was not retried: the same certificate would come back


# --- politeness, read from the request log --------------------------------------------


def test_requests_to_one_host_are_spaced_by_the_rate(web: LocalWeb) -> None:
    for n in range(3):
        web.route(f"/{n}", Reply(body=page(str(n))))
    with make_fetcher(web, rate=0.5) as fetcher:
        for n in range(3):
            fetcher.fetch(web.url(f"/{n}", "news.test"))
    assert web.paths() == ["/robots.txt", "/0", "/1", "/2"]
    assert web.gaps() == [2.0, 2.0, 2.0]


def test_other_hosts_do_not_wait_for_each_other(web: LocalWeb) -> None:
    web.route("/a", Reply(body=page("A")))
    with make_fetcher(web) as fetcher:
        fetcher.fetch(web.url("/a", "news.test"))
        fetcher.fetch(web.url("/a", "other.test"))
    log = [(e.host, e.path, e.at - web.log[0].at) for e in web.log]
    assert log == [("news.test", "/robots.txt", 0.0), ("news.test", "/a", 1.0),
                   ("other.test", "/robots.txt", 1.0), ("other.test", "/a", 2.0)]


def test_robots_txt_is_read_once_per_origin_and_obeyed(web: LocalWeb) -> None:
    web.route("/robots.txt", Reply(body=b"User-agent: *\nDisallow: /rahasia\n",
                                   content_type="text/plain"))
    web.route("/terbuka", Reply(body=page("Terbuka")))
    web.route("/rahasia/1", Reply(body=page("Rahasia")))
    with make_fetcher(web) as fetcher:
        fetcher.fetch(web.url("/terbuka"))
        fetcher.fetch(web.url("/terbuka"))
        with pytest.raises(FetchError) as raised:
            fetcher.fetch(web.url("/rahasia/1"))
    assert raised.value.reason == "disallowed by robots.txt" and raised.value.permanent
    assert web.paths() == ["/robots.txt", "/terbuka", "/terbuka"]


def test_robots_groups_match_the_rilis_user_agent(web: LocalWeb) -> None:
    web.route("/robots.txt", Reply(body=b"User-agent: rilis\nDisallow: /\n\n"
                                        b"User-agent: *\nAllow: /\n", content_type="text/plain"))
    with make_fetcher(web) as fetcher, pytest.raises(FetchError, match="robots.txt"):
        fetcher.fetch(web.url("/apa-saja"))
    assert web.paths() == ["/robots.txt"]


def test_ignore_robots_skips_robots_txt(web: LocalWeb) -> None:
    web.route("/robots.txt", Reply(body=b"User-agent: *\nDisallow: /\n", content_type="text/plain"))
    web.route("/a", Reply(body=page("A")))
    with make_fetcher(web, respect_robots=False) as fetcher:
        assert fetcher.fetch(web.url("/a")).ok
    assert web.paths() == ["/a"]


@pytest.mark.parametrize(("robots", "allowed"), [
    (Reply(404, page("no")), True),
    (Reply(403, page("no")), True),
    (Reply(503, page("down")), False),
    (Reply(hang_up=True), False),
], ids=["404-allows", "403-allows", "503-disallows", "unreachable-disallows"])
def test_robots_txt_errors_follow_rfc_9309(web: LocalWeb, robots: Reply, allowed: bool) -> None:
    web.route("/robots.txt", robots)
    web.route("/a", Reply(body=page("A")))
    with make_fetcher(web, retries=0) as fetcher:
        if allowed:
            assert fetcher.fetch(web.url("/a")).ok
        else:
            with pytest.raises(FetchError, match="treated as disallow all"):
                fetcher.fetch(web.url("/a"))
    assert ("/a" in web.paths()) is allowed


def test_an_unreachable_robots_txt_is_asked_again_later(web: LocalWeb) -> None:
    web.route("/robots.txt", Reply(503, page("down")), Reply(404, page("none")))
    web.route("/a", Reply(body=page("A")))
    with make_fetcher(web, retries=0) as fetcher:
        with pytest.raises(FetchError, match="HTTP 503; treated as disallow all"):
            fetcher.fetch(web.url("/a"))
        with pytest.raises(FetchError, match="HTTP 503"):
            fetcher.fetch(web.url("/a"))  # still the cached answer
        web.clock.sleep(ROBOTS_RETRY)
        assert fetcher.fetch(web.url("/a")).ok
    assert web.paths() == ["/robots.txt", "/robots.txt", "/a"]


def test_crawl_delay_spaces_requests(web: LocalWeb) -> None:
    web.route("/robots.txt", Reply(body=b"User-agent: *\nCrawl-delay: 5\n",
                                   content_type="text/plain"))
    web.route("/a", Reply(body=page("A")))
    with make_fetcher(web) as fetcher:
        fetcher.fetch(web.url("/a"))
        fetcher.fetch(web.url("/a"))
    assert web.gaps() == [5.0, 5.0]


def test_flaky_server_is_retried_with_backoff_and_retry_after(web: LocalWeb) -> None:
    web.route("/labil", Reply(500, page("error")),
              Reply(503, page("sibuk"), headers={"Retry-After": "7"}),
              Reply(body=page("OK")))
    with make_fetcher(web, respect_robots=False, backoff=1.0) as fetcher:
        got = fetcher.fetch(web.url("/labil"))
    assert got.status == 200
    times = [e.at - web.log[0].at for e in web.log]
    assert times == [0.0, 1.0, 8.0]  # backoff 1 s, then Retry-After 7 s (more than 2 s backoff)


def test_connection_errors_are_retried(web: LocalWeb) -> None:
    web.route("/putus", Reply(hang_up=True), Reply(body=page("OK")))
    with make_fetcher(web, respect_robots=False) as fetcher:
        assert fetcher.fetch(web.url("/putus")).ok
    assert web.paths() == ["/putus", "/putus"]


def test_retries_give_up_with_the_last_status(web: LocalWeb) -> None:
    web.route("/rusak", Reply(502, page("bad gateway")))
    with make_fetcher(web, respect_robots=False, retries=2) as fetcher:
        assert fetcher.fetch(web.url("/rusak")).status == 502
    assert web.paths() == ["/rusak"] * 3
    assert web.clock.sleeps == [1.0, 2.0]


def test_client_errors_are_not_retried(web: LocalWeb) -> None:
    with make_fetcher(web, respect_robots=False) as fetcher, \
            pytest.raises(FetchError) as raised:
        fetch_and_save(fetcher, web.url("/hilang"), "unused")
    assert raised.value.reason == "HTTP 404" and raised.value.permanent
    assert web.paths() == ["/hilang"]


def test_a_retry_after_beyond_the_cap_gives_up_at_once(web: LocalWeb) -> None:
    web.route("/batas", Reply(429, page("slow down"), headers={"Retry-After": "3600"}))
    with make_fetcher(web, respect_robots=False, max_wait=120) as fetcher, \
            pytest.raises(FetchError) as raised:
        fetch_and_save(fetcher, web.url("/batas"), "unused")
    assert raised.value.reason == "HTTP 429" and not raised.value.permanent
    assert web.paths() == ["/batas"] and web.clock.sleeps == []


def test_retry_after_dates_count_from_now() -> None:
    assert retry_after_seconds("Thu, 01 Jan 2026 00:00:10 GMT", EPOCH) == 10.0
    assert retry_after_seconds("120", EPOCH) == 120.0
    assert retry_after_seconds("soon", EPOCH) is None


# --- saving ---------------------------------------------------------------------------

HOSTILE_URLS = [
    "http://news.test/../../../etc/passwd",
    "http://news.test/%2e%2e/%2e%2e/etc/passwd",
    "http://news.test/..%2f..%2fetc%2fpasswd",
    "http://news.test/a\\..\\..\\b",
    "http://news.test/" + "sangat-panjang/" * 400,
    "http://news.test/berita/%E2%80%AEtxt.exe",
    "http://news.test/",
    "http://news.test/?p=1",
    "http://news.test/?p=2",
]


def test_saved_names_stay_inside_the_directory(tmp_path: Path) -> None:
    names = set()
    for url in HOSTILE_URLS:
        fetched = Fetched(url=url, final_url=url, status=200, content=b"<html></html>",
                          headers={"content-type": HTML}, fetched_at=EPOCH, sha256="0" * 64)
        path = save(fetched, tmp_path)
        assert path.parent == tmp_path and path.exists()
        assert re.fullmatch(r"[a-z0-9-]{1,80}-[0-9a-f]{10}\.html", path.name), path.name
        names.add(path.name)
    assert len(names) == len(HOSTILE_URLS)  # the hash keeps ?p=1 and ?p=2 apart
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        [n for n in names] + [n.replace(".html", ".fetch.json") for n in names])


@settings(max_examples=300, deadline=None)
@given(path=st.text(max_size=300), query=st.text(max_size=50))
def test_any_url_gives_a_name_inside_the_directory(path: str, query: str) -> None:
    name = name_for(f"http://news.test/{path}?{query}")
    assert re.fullmatch(r"[a-z0-9-]{1,80}-[0-9a-f]{10}", name)
    assert Path("/out", name + ".fetch.json").parent == Path("/out")


def test_names_are_readable_and_stable() -> None:
    url = "https://news.test/berita/2025/08/06/lapas-maros-audiensi"
    assert name_for(url) == name_for(url)
    assert name_for(url).startswith("news-test-berita-2025-08-06-lapas-maros-audiensi-")


def test_save_writes_the_page_and_the_exact_sidecar(web: LocalWeb, tmp_path: Path) -> None:
    body = page("Sidecar")
    web.route("/s", Reply(301, headers={"Location": "/s2"}))
    web.route("/s2", Reply(body=body, content_type="text/html; charset=iso-8859-1"))
    with make_fetcher(web) as fetcher:
        path = fetch_and_save(fetcher, web.url("/s", "news.test"), tmp_path / "out")
    assert path.read_bytes() == body
    meta = json.loads(path.with_name(path.name[:-5] + ".fetch.json").read_text())
    assert meta == {"url": web.url("/s", "news.test"), "final_url": web.url("/s2", "news.test"),
                    "fetched_at": "2026-01-01T00:00:02+00:00", "status": 200,
                    "sha256": __import__("hashlib").sha256(body).hexdigest(),
                    "content_type": "text/html; charset=iso-8859-1"}
    assert not [p for p in path.parent.iterdir() if p.name.endswith(".part")]


def test_non_html_is_not_saved(web: LocalWeb, tmp_path: Path) -> None:
    web.route("/laporan.pdf", Reply(body=b"%PDF-1.7", content_type="application/pdf"))
    web.route("/tanpa-tipe", Reply(body=b"<!DOCTYPE html><html></html>", content_type=None))
    with make_fetcher(web) as fetcher:
        with pytest.raises(FetchError, match="not HTML"):
            fetch_and_save(fetcher, web.url("/laporan.pdf"), tmp_path)
        assert fetch_and_save(fetcher, web.url("/tanpa-tipe"), tmp_path).exists()
    assert len(list(tmp_path.glob("*.html"))) == 1


# --- the command line -----------------------------------------------------------------


def cli(*args: str) -> object:
    """Run `rilis fetch` fast: the politeness waits are tested above, on the fake clock."""
    return runner.invoke(app, ["fetch", *args, "--rate", "1000", "--retries", "0"])


def test_cli_saves_pages_and_reports_failures(web: LocalWeb, tmp_path: Path) -> None:
    web.route("/a", Reply(body=page("A")))
    web.route("/b.pdf", Reply(body=b"%PDF", content_type="application/pdf"))
    out = tmp_path / "halaman"
    result = cli(web.url("/a"), web.url("/hilang"), web.url("/b.pdf"), "file:///etc/passwd",
                 "--save", str(out), "--allow-private")
    assert result.exit_code == 1  # type: ignore[attr-defined]
    [saved] = result.stdout.splitlines()  # type: ignore[attr-defined]
    assert Path(saved).parent == out and Path(saved).read_bytes() == page("A")
    errors = [json.loads(line) for line in result.stderr.splitlines()]  # type: ignore[attr-defined]
    assert errors == [
        {"url": web.url("/hilang"), "reason": "HTTP 404"},
        {"url": web.url("/b.pdf"), "reason": "not HTML (content-type 'application/pdf')"},
        {"url": "file:///etc/passwd", "reason": "refused: scheme 'file' is not http or https"}]
    assert sorted(p.suffix for p in out.iterdir()) == [".html", ".json"]


def test_cli_exits_0_when_everything_was_fetched(web: LocalWeb, tmp_path: Path) -> None:
    web.route("/a", Reply(body=page("A")))
    web.route("/b", Reply(body=page("B")))
    result = cli(web.url("/a"), web.url("/b"), "--save", str(tmp_path), "--allow-private")
    assert result.exit_code == 0, result.stderr  # type: ignore[attr-defined]
    assert len(result.stdout.splitlines()) == 2  # type: ignore[attr-defined]


def test_cli_refuses_private_hosts_without_allow_private(tmp_path: Path) -> None:
    with connections_only_to(set()) as attempts:
        result = cli("http://127.1/", "http://[::ffff:127.0.0.1]/", "--save", str(tmp_path))
    assert result.exit_code == 1  # type: ignore[attr-defined]
    reasons = [json.loads(line)["reason"] for line in result.stderr.splitlines()]  # type: ignore[attr-defined]
    assert len(reasons) == 2 and all(r.startswith("refused") for r in reasons)
    assert attempts == [] and list(tmp_path.iterdir()) == []


def test_cli_reports_an_unwritable_save_directory(web: LocalWeb, tmp_path: Path) -> None:
    web.route("/a", Reply(body=page("A")))
    blocked = tmp_path / "ada-file"
    blocked.write_text("not a directory")
    result = cli(web.url("/a"), "--save", str(blocked / "pages"), "--allow-private")
    assert result.exit_code == 1  # type: ignore[attr-defined]
    assert "cannot write" in result.stderr  # type: ignore[attr-defined]


def test_cli_usage_errors(tmp_path: Path) -> None:
    assert cli("--save", str(tmp_path)).exit_code == 2  # type: ignore[attr-defined]
    assert cli("http://x.test/").exit_code == 2  # type: ignore[attr-defined]
    bad = cli("http://x.test/", "--save", str(tmp_path), "--allow-network", "intranet")
    assert bad.exit_code == 2  # type: ignore[attr-defined]


def test_the_connection_layer_refuses_even_if_the_early_check_is_skipped() -> None:
    # Defence in depth: the network backend asks the guard again before any socket opens.
    with connections_only_to(set()) as attempts, \
            Fetcher(FetchOptions(respect_robots=False), resolver=StubResolver(UNSAFE_NAMES)) \
            as fetcher:
        fetcher._check_host = lambda *args: None  # type: ignore[method-assign]
        with pytest.raises(RefusedError, match="resolves to 10.1.2.3"):
            fetcher.fetch("http://intranet.test/")
    assert attempts == []


# --- URLs as extraction inputs -------------------------------------------------------------

ARTICLE_PAGE = page(
    "Lapas Maros Audiensi dengan Bupati",
    "MAROS – Kepala Lapas Kelas IIB Maros, Ali Imran, melakukan audiensi dengan Bupati Maros, "
    "H.A.S. Chaidir Syam, Senin (4/8/2025).")


def test_extract_reads_url_inputs_through_the_fetcher(web: LocalWeb) -> None:
    web.route("/robots.txt", Reply(status=404))
    web.route("/berita/1", Reply(body=ARTICLE_PAGE))
    result = runner.invoke(app, ["extract", web.url("/berita/1"), "--allow-private"])
    assert result.exit_code == 0, result.output
    record = json.loads(result.stdout.splitlines()[0])
    assert record["source"] == web.url("/berita/1")
    assert [f["name"] for f in record["facilities"]] == ["Lapas Kelas IIB Maros"]
    assert {o["name"] for o in record["officials"]} == {"Ali Imran", "A.S. Chaidir Syam"}


def test_extract_reports_a_url_it_cannot_read_and_goes_on(web: LocalWeb, tmp_path: Path) -> None:
    web.route("/robots.txt", Reply(status=404))
    web.route("/hilang", Reply(status=404, body=b"not here"))
    article = tmp_path / "a.txt"
    article.write_text("Lapas Kelas IIB Maros menggelar rapat.", encoding="utf-8")
    result = runner.invoke(app, ["extract", web.url("/hilang"), str(article), "--allow-private"])
    assert result.exit_code == 1
    assert [json.loads(line)["facilities"][0]["name"] for line in result.stdout.splitlines()] == [
        "Lapas Kelas IIB Maros"]
    assert "HTTP 404" in result.stderr


def test_url_inputs_to_private_addresses_are_refused_by_default() -> None:
    result = runner.invoke(app, ["extract", "http://127.0.0.1:9/berita/1"])
    assert result.exit_code == 1
    assert "loopback" in result.stderr
