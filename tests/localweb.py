"""A local web for fetch tests: a threaded HTTP server on 127.0.0.1 with a request log.

Every request is logged with its host, path, headers and the time of the
injected `FakeClock`, so politeness (rate limits, robots.txt, backoff) is read
from the log without anyone sleeping. Names such as `news.test` reach the
server through `StubResolver`; no other address is ever contacted.
"""

from __future__ import annotations

import datetime as dt
import socket
import ssl
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

HTML = "text/html; charset=utf-8"
# The wall clock when the fake monotonic clock reads START.
EPOCH = dt.datetime(2026, 1, 1, tzinfo=dt.timezone.utc)
START = 1000.0


def page(title: str, body: str = "") -> bytes:
    """A small but realistic news page."""
    return (f"<!DOCTYPE html><html lang=\"id\"><head><meta charset=\"utf-8\"><title>{title}</title>"
            f"</head><body><nav>Beranda | Berita</nav><article><h1>{title}</h1>"
            f"<p>{body or 'Kepala Lapas Kelas IIB Maros menerima kunjungan kerja.'}</p>"
            f"</article><footer>Hak cipta</footer></body></html>").encode()


@dataclass
class Reply:
    """What the server answers to one request."""

    status: int = 200
    body: bytes = b""
    content_type: str | None = HTML
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    """Real seconds before the status line (for timeouts)."""
    drip: float = 0.0
    """Real seconds between body chunks of `chunk` bytes (for the total-time limit)."""
    chunk: int = 1024
    chunked: bool = False
    """Transfer-Encoding: chunked, no Content-Length."""
    hang_up: bool = False
    """Close the connection without answering (a connection error)."""


@dataclass
class Logged:
    """One request as the server saw it."""

    host: str
    path: str
    headers: dict[str, str]
    at: float
    """The fake clock's time when it arrived."""


class FakeClock:
    """A monotonic clock that moves only when something sleeps on it."""

    def __init__(self) -> None:
        self.now = START
        self.sleeps: list[float] = []

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        """Advance instead of waiting."""
        self.sleeps.append(seconds)
        self.now += seconds

    def wall(self) -> dt.datetime:
        """The wall clock that goes with it."""
        return EPOCH + dt.timedelta(seconds=self.now - START)


class StubResolver:
    """Answers for made-up names; any other name fails as unknown (no real DNS)."""

    def __init__(self, names: dict[str, list[str]]) -> None:
        self.names = names
        self.asked: list[str] = []

    def __call__(self, host: str, port: int) -> list[str]:
        self.asked.append(host)
        if host not in self.names:
            raise socket.gaierror(socket.EAI_NONAME, f"unknown test name {host}")
        return self.names[host]


class LocalWeb:
    """The server: routes by host and path, and the log of what it was asked."""

    def __init__(self, clock: FakeClock, tls: ssl.SSLContext | None = None) -> None:
        self.clock = clock
        self.scheme = "https" if tls else "http"
        self.log: list[Logged] = []
        self._routes: dict[str, list[Reply]] = {}
        self._lock = threading.Lock()
        self._server = _QuietServer(("127.0.0.1", 0), _Handler)
        self._server.daemon_threads = True
        self._server.block_on_close = False
        self._server.web = self  # type: ignore[attr-defined]
        if tls:
            self._server.socket = tls.wrap_socket(self._server.socket, server_side=True)
        self.port = self._server.server_address[1]
        self._thread = threading.Thread(target=self._server.serve_forever, args=(0.02,),
                                        daemon=True)

    def route(self, path: str, *replies: Reply, host: str | None = None) -> None:
        """Answer `path` (on `host`, or any) with the replies in turn; the last one repeats."""
        self._routes[f"{host or ''}{path}"] = list(replies)

    def url(self, path: str, host: str = "127.0.0.1") -> str:
        """The URL of `path` on this server under a host name or address."""
        return f"{self.scheme}://{host}:{self.port}{path}"

    def gaps(self) -> list[float]:
        """Fake-clock seconds between consecutive requests."""
        times = [entry.at for entry in self.log]
        return [later - earlier for earlier, later in zip(times, times[1:], strict=False)]

    def paths(self, host: str | None = None) -> list[str]:
        """Paths requested so far, in order (of one host, if given)."""
        return [entry.path for entry in self.log if host is None or entry.host == host]

    def reply_for(self, host: str, path: str) -> Reply:
        """The next reply for a request."""
        with self._lock:
            replies = self._routes.get(f"{host}{path}") or self._routes.get(path)
            if not replies:
                return Reply(404, page("Tidak ditemukan"))
            return replies.pop(0) if len(replies) > 1 else replies[0]

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()


class _QuietServer(ThreadingHTTPServer):
    """Clients that hang up early (a limit was hit) are expected, not errors to print."""

    def handle_error(self, request: Any, client_address: Any) -> None:
        """Ignore: the test sees what happened from the client side."""


class _Handler(BaseHTTPRequestHandler):
    """Logs each request and plays its `Reply`."""

    protocol_version = "HTTP/1.1"

    def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
        web: LocalWeb = self.server.web  # type: ignore[attr-defined]
        host = (self.headers.get("Host") or "").rsplit(":", 1)[0]
        web.log.append(Logged(host, self.path, dict(self.headers.items()), web.clock()))
        reply = web.reply_for(host, self.path)
        if reply.hang_up:
            self.close_connection = True
            return
        if reply.delay:
            time.sleep(reply.delay)
        self.send_response(reply.status)
        if reply.content_type:
            self.send_header("Content-Type", reply.content_type)
        for name, value in reply.headers.items():
            self.send_header(name, value)
        if reply.chunked:
            self.send_header("Transfer-Encoding", "chunked")
        else:
            self.send_header("Content-Length", str(len(reply.body)))
        self.end_headers()
        try:
            for start in range(0, len(reply.body), reply.chunk):
                piece = reply.body[start:start + reply.chunk]
                if reply.chunked:
                    piece = b"%x\r\n%s\r\n" % (len(piece), piece)
                self.wfile.write(piece)
                if reply.drip:
                    time.sleep(reply.drip)
            if reply.chunked:
                self.wfile.write(b"0\r\n\r\n")
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True  # the client gave up (a limit was hit): fine

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
        """Quiet: the test log is `LocalWeb.log`."""


@contextmanager
def local_web(tls: ssl.SSLContext | None = None) -> Iterator[LocalWeb]:
    """A started server (HTTPS with `tls`) with a fresh fake clock; stopped afterwards."""
    web = LocalWeb(FakeClock(), tls)
    web.start()
    try:
        yield web
    finally:
        web.stop()


@contextmanager
def connections_only_to(allowed: set[tuple[str, int]]) -> Iterator[list[tuple[str, int]]]:
    """Record every TCP connection attempt; any outside `allowed` fails before the socket opens."""
    attempts: list[tuple[str, int]] = []
    real: Callable[..., socket.socket] = socket.create_connection

    def guarded(address: tuple[str, int], *args: Any, **kwargs: Any) -> socket.socket:
        attempts.append((address[0], address[1]))
        if (address[0], address[1]) not in allowed:
            raise AssertionError(f"connection attempted to {address}")
        return real(address, *args, **kwargs)

    socket.create_connection = guarded  # type: ignore[assignment]
    try:
        yield attempts
    finally:
        socket.create_connection = real  # type: ignore[assignment]
