"""Fetching pages politely and safely; saving them with a JSON sidecar.

One `Fetcher` holds the politeness state of a run (robots.txt per origin, the
time of the last request per host) and applies the safety rules itself rather
than trusting the HTTP client's defaults:

- only `http` and `https`, for the first URL and after every redirect
  (redirects are followed here, at most `max_redirects`);
- every host is resolved here and refused when any of its addresses is
  private, loopback, link-local, multicast, reserved or unspecified, unless
  `allow_private` (numeric hosts such as `127.1` or `0x7f000001` are read the
  way the OS reads them, with `inet_aton`; IPv4 inside IPv6 is checked too);
- the connection goes to an address that was checked: the transport's network
  backend asks the same guard for the addresses and connects to one of them,
  so there is no second DNS lookup an attacker could rebind;
- no proxy from the environment (the check would apply to the proxy, not to
  the page);
- bodies are streamed and cut off past `max_bytes`, before and after undoing
  gzip/deflate (decompression bombs); a whole exchange (connect, TLS, headers,
  body) ends by `max_time` seconds.

Politeness: a user agent naming rilis, robots.txt (RFC 9309, read by protego)
fetched once per origin, at least `1/rate` seconds (or the robots.txt
crawl-delay) between requests to a host, retries with exponential backoff on
timeouts, connection errors, 429 and 5xx, with `Retry-After` honoured up to
`max_wait`. The clock, sleep, wall clock and resolver are injectable, so tests
check politeness from a server's request log without sleeping.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import email.utils
import hashlib
import ipaddress
import json
import logging
import os
import re
import secrets
import socket
import time
import unicodedata
import zlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote, urlsplit

from . import __version__

if TYPE_CHECKING:
    import ssl

    import httpx

    from .readers import Source

log = logging.getLogger(__name__)

# Where a site owner who sees rilis in their logs can read what it is.
PROJECT_URL = "https://pypi.org/project/rilis/"
USER_AGENT = f"rilis/{__version__} (+{PROJECT_URL})"

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
Resolver = Callable[[str, int], Iterable[str]]

HTML_TYPES = ("text/html", "application/xhtml+xml")
HTML_ACCEPT = "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5"
REDIRECT_STATUSES = (301, 302, 303, 307, 308)
# RFC 9309 asks crawlers to parse at least 500 KiB of robots.txt, and to keep
# a copy no longer than a day; a robots.txt that could not be read is asked
# again sooner, so one timeout does not close a site to a long monitoring run.
ROBOTS_MAX_BYTES = 512 * 1024
ROBOTS_TTL = 24 * 3600.0
ROBOTS_RETRY = 600.0
# Resolved addresses are reused this long (seconds): one lookup serves the
# robots.txt request, the page and the connection, and the connection goes to
# what was checked.
DNS_TTL = 60.0


@dataclass(frozen=True, slots=True)
class FetchOptions:
    """How to fetch: limits, politeness and safety; every default is defined here."""

    allow_private: bool = False
    """Allow hosts with private, loopback, link-local … addresses (tests, intranets)."""
    allowed_networks: tuple[str, ...] = ()
    """Networks (CIDR) allowed although private, e.g. an intranet mirror `10.8.0.0/16`."""
    respect_robots: bool = True
    """Fetch robots.txt once per origin and obey it."""
    rate: float = 1.0
    """Requests per second to one host, at most (robots.txt crawl-delay may lower it)."""
    timeout: float = 20.0
    """Seconds to connect, and to wait for each read or write."""
    max_time: float = 60.0
    """Seconds one response may take from request to last byte."""
    max_bytes: int = 10 * 1024 * 1024
    """Largest body accepted, as sent and after undoing gzip/deflate."""
    max_redirects: int = 5
    retries: int = 3
    """Retries after a timeout, a connection error, 429 or 5xx (none after other 4xx)."""
    backoff: float = 1.0
    """Seconds before the first retry; doubled for each further one."""
    max_wait: float = 120.0
    """Longest single wait (backoff, Retry-After, crawl-delay); a longer Retry-After gives up."""
    user_agent: str = USER_AGENT


@dataclass(frozen=True)
class Fetched:
    """One fetched response: what was asked, where it ended, and the body."""

    url: str
    """The URL asked for."""
    final_url: str
    """The URL of the response, after redirects."""
    status: int
    content: bytes
    """The body, with any Content-Encoding undone."""
    headers: dict[str, str]
    """Response headers, names lower-cased, repeated ones joined with ', '."""
    fetched_at: dt.datetime
    """When the response arrived (aware, UTC)."""
    sha256: str
    """Hex digest of `content`."""

    @property
    def ok(self) -> bool:
        """The status is 2xx."""
        return 200 <= self.status < 300

    @property
    def content_type(self) -> str:
        """The Content-Type header as sent ('' if none)."""
        return self.headers.get("content-type", "")

    def is_html(self) -> bool:
        """Declared HTML, or undeclared and starting like an HTML document."""
        declared = self.content_type.split(";")[0].strip().lower()
        if declared:
            return declared in HTML_TYPES
        head = self.content[:1024].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
        return head.startswith((b"<!doctype html", b"<html"))


class FetchError(Exception):
    """A URL that could not be fetched: the URL and a one-line reason."""

    def __init__(self, url: str, reason: str, *, permanent: bool = True) -> None:
        super().__init__(f"{url}: {reason}")
        self.url = url
        self.reason = reason
        self.permanent = permanent
        """False when trying again later may succeed (timeouts, 5xx, 429)."""


class RefusedError(FetchError):
    """A URL refused for safety, before any connection to it."""


class _Refusal(Exception):
    """An address or scheme the guard refuses; becomes a `RefusedError` with its URL."""


class _BodyError(Exception):
    """A response body over a limit, too slow, or in an unknown encoding."""

    def __init__(self, reason: str, *, transient: bool = False) -> None:
        super().__init__(reason)
        self.transient = transient


# --- addresses -------------------------------------------------------------------


def literal_address(host: str) -> IPAddress | None:
    """The address a numeric host names, read as the OS would, or None for a name.

    `inet_aton` is what `getaddrinfo` applies to IPv4 numbers, so `127.1`,
    `0x7f000001`, `2130706433` and `0177.0.0.1` all mean 127.0.0.1 here too.
    """
    bare = host[1:-1] if host.startswith("[") and host.endswith("]") else host
    try:
        return ipaddress.ip_address(bare)
    except ValueError:
        pass
    if not bare or any(c.isspace() for c in bare):
        return None
    try:
        return ipaddress.IPv4Address(socket.inet_aton(bare))
    except (OSError, ValueError):
        return None


def _embedded_ipv4(ip: ipaddress.IPv6Address) -> ipaddress.IPv4Address | None:
    """The IPv4 address an IPv6 address carries (mapped, 6to4, NAT64, Teredo), if any."""
    if ip.ipv4_mapped:
        return ip.ipv4_mapped
    if ip.sixtofour:
        return ip.sixtofour
    if ip.teredo:
        return ip.teredo[1]
    if ip in _NAT64 or (ip in _IPV4_COMPATIBLE and int(ip) > 1):  # not :: or ::1
        return ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
    return None


_NAT64 = ipaddress.IPv6Network("64:ff9b::/96")
_IPV4_COMPATIBLE = ipaddress.IPv6Network("::/96")
_KINDS = (("is_loopback", "loopback"), ("is_link_local", "link-local"),
          ("is_multicast", "multicast"), ("is_unspecified", "unspecified"),
          ("is_reserved", "reserved"), ("is_private", "private"))


def address_refusal(ip: IPAddress) -> str | None:
    """Why a connection to `ip` is refused ("a loopback address" …), or None if public."""
    if isinstance(ip, ipaddress.IPv6Address):
        inner = _embedded_ipv4(ip)
        if inner is not None:
            reason = address_refusal(inner)
            if reason:
                return f"an IPv6 form of {inner}, {reason}"
    for attribute, kind in _KINDS:
        if getattr(ip, attribute):
            return f"{'an' if kind[0] in 'aeiou' else 'a'} {kind} address"
    if not ip.is_global:
        return "not a global address"
    return None


def system_resolver(host: str, port: int) -> list[str]:
    """The host's addresses from the OS resolver (getaddrinfo)."""
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return list(dict.fromkeys(str(info[4][0]) for info in infos))


class _AddressGuard:
    """Resolves hosts and hands out only the addresses the policy allows."""

    def __init__(self, options: FetchOptions, resolver: Resolver,
                 clock: Callable[[], float]) -> None:
        self._allow_private = options.allow_private
        self._allowed = [ipaddress.ip_network(n, strict=False) for n in options.allowed_networks]
        self._resolver = resolver
        self._clock = clock
        self._cache: dict[str, tuple[float, list[IPAddress]]] = {}

    def addresses(self, host: str, port: int) -> list[str]:
        """Checked addresses to connect to for `host`; raises `_Refusal` if any is refused."""
        ips = self._resolve(host, port)
        if not self._allow_private:
            for ip in ips:
                if any(ip in network for network in self._allowed):
                    continue
                reason = address_refusal(ip)
                if reason:
                    raise _Refusal(_refusal_message(host, ip, reason))
        return [str(ip) for ip in ips]

    def _resolve(self, host: str, port: int) -> list[IPAddress]:
        """The host's addresses: the literal itself, or the resolver's answer (cached)."""
        literal = literal_address(host)
        if literal is not None:
            return [literal]
        cached = self._cache.get(host)
        if cached and cached[0] > self._clock():
            return cached[1]
        try:
            answers = list(self._resolver(host, port))
        except OSError as exc:
            raise _Unresolved(f"cannot resolve {host} ({exc})") from None
        ips: list[IPAddress] = []
        for answer in answers:
            ip = ipaddress.ip_address(answer.split("%", 1)[0])
            ips.append(ip)
        if not ips:
            raise _Unresolved(f"cannot resolve {host} (no addresses)")
        self._cache[host] = (self._clock() + DNS_TTL, ips)
        return ips


def _refusal_message(host: str, ip: IPAddress, reason: str) -> str:
    """Say how the host came to a refused address: as written, as a numeric form, or by name."""
    if literal_address(host) is None:
        return f"refused: {host} resolves to {ip}, {reason}"
    bare = host.strip("[]")
    try:
        written_plainly = ipaddress.ip_address(bare) == ip
    except ValueError:
        written_plainly = False
    return f"refused: {bare} is {reason}" if written_plainly else \
        f"refused: {bare} is {ip}, {reason}"


class _Unresolved(Exception):
    """A host name the resolver could not answer."""


class _Overtime(Exception):
    """The response deadline passed during a read or write."""


class _Deadline:
    """The moment the response being read must be complete by (None between requests)."""

    def __init__(self) -> None:
        self.at: float | None = None

    def passed(self) -> bool:
        """Whether the deadline is set and gone."""
        return self.at is not None and time.monotonic() >= self.at

    def clip(self, timeout: float | None) -> float | None:
        """A socket timeout that ends no later than the deadline; `_BodyError` once it passed."""
        if self.at is None:
            return timeout
        remaining = self.at - time.monotonic()
        if remaining <= 0:
            raise _Overtime
        return remaining if timeout is None else min(timeout, remaining)


class _DeadlineStream:
    """A network stream whose every read and write ends by the deadline.

    Per-read timeouts alone let a server that sends a byte just before each
    timeout hold a response open for days, in the headers as in the body.
    """

    def __init__(self, inner: Any, deadline: _Deadline) -> None:
        self._inner = inner
        self._deadline = deadline

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        """Read, waiting no later than the deadline."""
        return self._inner.read(max_bytes, self._deadline.clip(timeout))  # type: ignore[no-any-return]

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        """Write, waiting no later than the deadline."""
        self._inner.write(buffer, self._deadline.clip(timeout))

    def close(self) -> None:
        """Close the socket."""
        self._inner.close()

    def start_tls(self, ssl_context: Any, server_hostname: str | None = None,
                  timeout: float | None = None) -> _DeadlineStream:
        """The TLS handshake, within the deadline too."""
        return _DeadlineStream(self._inner.start_tls(ssl_context, server_hostname,
                                                     self._deadline.clip(timeout)),
                               self._deadline)

    def get_extra_info(self, info: str) -> Any:
        """Socket details httpcore asks for (e.g. whether the connection is still readable)."""
        return self._inner.get_extra_info(info)


class _GuardedBackend:
    """An httpcore network backend that connects only to addresses the guard allowed.

    httpcore calls `connect_tcp` with the URL's host; the guard resolves and
    checks it, and the socket goes to one of those very addresses; its streams
    keep to the response deadline. (Duck-typed httpcore.NetworkBackend and
    NetworkStream, so this module imports httpcore only when it is used.)
    """

    def __init__(self, guard: _AddressGuard, deadline: _Deadline) -> None:
        import httpcore

        self._guard = guard
        self._deadline = deadline
        self._inner = httpcore.SyncBackend()

    def connect_tcp(self, host: str, port: int, timeout: float | None = None,
                    local_address: str | None = None,
                    socket_options: Iterable[Any] | None = None) -> Any:
        """Connect to the first checked address of `host` that answers."""
        import httpcore

        error: Exception | None = None
        for address in self._guard.addresses(host, port):
            try:
                stream = self._inner.connect_tcp(address, port,
                                                 timeout=self._deadline.clip(timeout),
                                                 local_address=local_address,
                                                 socket_options=socket_options)
                return _DeadlineStream(stream, self._deadline)
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as exc:
                error = exc
        assert error is not None  # addresses() never returns an empty list
        raise error

    def connect_unix_socket(self, path: str, timeout: float | None = None,
                            socket_options: Iterable[Any] | None = None) -> Any:
        """Never used: rilis connects over TCP only."""
        raise _Refusal("refused: unix sockets are not fetched")

    def sleep(self, seconds: float) -> None:
        """httpcore's own waits (unused: the pool does no retries)."""
        self._inner.sleep(seconds)


# --- bodies ----------------------------------------------------------------------


class _Decoder:
    """Undoes a Content-Encoding chunk by chunk, refusing more than `limit` decoded bytes."""

    def __init__(self, content_encoding: str, limit: int) -> None:
        codings = [c.strip().lower() for c in content_encoding.split(",")]
        codings = [c for c in codings if c and c != "identity"]
        if len(codings) > 1:
            raise _BodyError(f"unsupported content-encoding {content_encoding!r}")
        self._coding = codings[0] if codings else None
        if self._coding in ("gzip", "x-gzip"):
            self._z: Any = zlib.decompressobj(16 + zlib.MAX_WBITS)
        elif self._coding == "deflate":
            # Meant to be zlib-wrapped; some servers send raw deflate (tried on error).
            self._z = zlib.decompressobj()
        elif self._coding is None:
            self._z = None
        else:
            raise _BodyError(f"unsupported content-encoding {self._coding!r}")
        self._limit = limit
        self._size = 0
        self._parts: list[bytes] = []
        self._started = False

    def feed(self, data: bytes) -> None:
        """Decode one chunk; `_BodyError` once the decoded size passes the limit."""
        if self._z is None:
            out = data
        else:
            room = self._limit - self._size + 1  # one byte more shows the overflow
            try:
                out = self._z.decompress(data, room)
            except zlib.error:
                if self._coding != "deflate" or self._started:
                    raise _BodyError(f"corrupt {self._coding} body") from None
                self._z = zlib.decompressobj(-zlib.MAX_WBITS)
                try:
                    out = self._z.decompress(data, room)
                except zlib.error:
                    raise _BodyError("corrupt deflate body") from None
        self._started = True
        self._size += len(out)
        if self._size > self._limit:
            raise _BodyError(f"decoded body larger than {self._limit} bytes"
                             if self._z is not None else
                             f"body larger than {self._limit} bytes")
        self._parts.append(out)

    def finish(self) -> bytes:
        """The decoded body."""
        if self._z is not None:
            tail = self._z.flush()
            self._size += len(tail)
            if self._size > self._limit:
                raise _BodyError(f"decoded body larger than {self._limit} bytes")
            self._parts.append(tail)
        return b"".join(self._parts)


@dataclass
class _Response:
    """One HTTP response as read (before redirects are followed)."""

    status: int
    headers: dict[str, str]
    content: bytes


def _header_dict(raw: Iterable[tuple[bytes, bytes]]) -> dict[str, str]:
    """Headers as a dict: names lower-cased, repeated ones joined with ', '."""
    headers: dict[str, str] = {}
    for name, value in raw:
        key = name.decode("latin-1").lower()
        text = value.decode("latin-1")
        headers[key] = f"{headers[key]}, {text}" if key in headers else text
    return headers


def retry_after_seconds(value: str, now: dt.datetime) -> float | None:
    """Seconds a Retry-After header asks to wait (delta-seconds or HTTP-date), or None."""
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.timezone.utc)
    return max(0.0, (when - now).total_seconds())


def _utc_now() -> dt.datetime:
    """The current time, aware, in UTC."""
    return dt.datetime.now(dt.timezone.utc)


# --- the fetcher -----------------------------------------------------------------


class Fetcher:
    """Fetches URLs politely and safely, holding per-host state for a run.

    Args:
        options: limits, politeness and safety settings.
        clock: monotonic seconds for rate limits and caches (injectable for tests).
        sleep: how to wait (injectable: tests advance a fake clock instead).
        resolver: host, port → addresses (default: the OS resolver).
        now: the wall clock for `fetched_at` and Retry-After dates.
        ssl_context: certificates to trust (default: certifi's, as httpx uses).

    Use as a context manager, or call `close()`, to release connections. One
    fetcher serves one thread (its rate limits and deadline are not locked).
    """

    def __init__(self, options: FetchOptions | None = None, *,
                 clock: Callable[[], float] = time.monotonic,
                 sleep: Callable[[float], None] = time.sleep,
                 resolver: Resolver = system_resolver,
                 now: Callable[[], dt.datetime] = _utc_now,
                 ssl_context: ssl.SSLContext | None = None) -> None:
        import httpcore
        import httpx

        self.options = options or FetchOptions()
        if self.options.rate <= 0:
            raise ValueError(f"rate must be positive, not {self.options.rate}")
        self._clock = clock
        self._sleep = sleep
        self.now = now
        self._guard = _AddressGuard(self.options, resolver, clock)
        self._deadline = _Deadline()
        # Env proxies are never read: httpcore's pool only uses what it is given. TLS is
        # verified against the URL's host name, whatever address the backend connected to.
        backend = _GuardedBackend(self._guard, self._deadline)
        self._pool = httpcore.ConnectionPool(
            ssl_context=ssl_context or httpx.create_ssl_context(),
            network_backend=backend,  # type: ignore[arg-type]
            retries=0)
        self._robots: dict[str, tuple[float, Any, str]] = {}  # origin → expiry, rules, note
        self._last_request: dict[str, float] = {}
        self._delay: dict[str, float] = {}

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Close pooled connections."""
        self._pool.close()

    def fetch(self, url: str, *, accept: str = HTML_ACCEPT) -> Fetched:
        """Fetch one URL, following redirects; any final HTTP status is returned.

        Raises `RefusedError` for an unsafe URL or redirect (before connecting),
        `FetchError` for robots.txt disallowing it, timeouts and connection
        errors after the retries, bodies over the limits and redirect loops.
        """
        return self._follow(url, accept=accept, limit=self.options.max_bytes,
                            robots=self.options.respect_robots)

    # -- steps of a fetch ---------------------------------------------------------

    def _follow(self, url: str, *, accept: str, limit: int, robots: bool) -> Fetched:
        """Fetch `url`, checking every hop of its redirect chain."""
        current = self._parse(url, url)
        for hop in range(self.options.max_redirects + 1):
            try:
                self._check_host(current, url)
                if robots:
                    self._check_robots(current, url)
                response = self._request(current, url, accept=accept, limit=limit)
            except FetchError as exc:
                if not hop:
                    raise
                raise type(exc)(url, f"{exc.reason} (redirect to {current})",
                                permanent=exc.permanent) from None
            location = response.headers.get("location")
            if response.status in REDIRECT_STATUSES and location:
                current = self._parse(location, url, base=current)
                log.debug("%s: redirected to %s", url, current)
                continue
            return Fetched(url=url, final_url=str(current), status=response.status,
                           content=response.content, headers=response.headers,
                           fetched_at=self.now(),
                           sha256=hashlib.sha256(response.content).hexdigest())
        raise FetchError(url, f"more than {self.options.max_redirects} redirects")

    def _parse(self, raw: str, url: str, base: httpx.URL | None = None) -> httpx.URL:
        """An absolute http(s) URL without fragment, or a refusal naming the scheme."""
        import httpx

        try:
            parsed = base.join(raw) if base is not None else httpx.URL(raw)
        except (httpx.InvalidURL, TypeError, ValueError) as exc:
            raise FetchError(url, f"invalid URL {raw!r} ({exc})") from None
        if parsed.scheme not in ("http", "https"):
            what = f"scheme {parsed.scheme!r}" if parsed.scheme else "a relative URL"
            via = " (redirect)" if base is not None else ""
            raise RefusedError(url, f"refused{via}: {what} is not http or https")
        host = parsed.raw_host.decode("ascii")
        if not host:
            raise FetchError(url, f"invalid URL {raw!r} (no host)")
        if not _HOST_NAME.fullmatch(host) and literal_address(host) is None:
            raise FetchError(url, f"invalid URL {raw!r} (host {host!r})")
        return parsed.copy_with(fragment=None)

    def _check_host(self, target: httpx.URL, url: str) -> None:
        """Resolve and check the target's host before anything connects to it."""
        try:
            self._guard.addresses(target.raw_host.decode("ascii"), _port(target))
        except _Refusal as exc:
            raise RefusedError(url, str(exc)) from None
        except _Unresolved as exc:
            raise FetchError(url, str(exc), permanent=False) from None

    def _check_robots(self, target: httpx.URL, url: str) -> None:
        """Raise unless the origin's robots.txt lets rilis fetch `target`."""
        origin = f"{target.scheme}://{target.netloc.decode('ascii')}"
        cached = self._robots.get(origin)
        if cached is None or cached[0] <= self._clock():
            rules, note, ttl = self._load_robots(origin)
            self._robots[origin] = (self._clock() + ttl, rules, note)
            delay = rules.crawl_delay(self.options.user_agent)
            if delay:
                self._delay[_host_key(target)] = min(float(delay), self.options.max_wait)
        _expires, rules, note = self._robots[origin]
        if not rules.can_fetch(str(target), self.options.user_agent):
            raise FetchError(url, f"disallowed by robots.txt{note}")

    def _load_robots(self, origin: str) -> tuple[Any, str, float]:
        """The origin's robots.txt rules, a note on how they were got, and how long to keep them.

        RFC 9309: 4xx allows everything; 5xx or unreachable disallows everything,
        and is asked again after `ROBOTS_RETRY` seconds rather than for a whole day.
        """
        from protego import Protego

        disallow_all = Protego.parse("User-agent: *\nDisallow: /\n")
        try:
            fetched = self._follow(f"{origin}/robots.txt", accept="text/plain", robots=False,
                                   limit=min(self.options.max_bytes, ROBOTS_MAX_BYTES))
        except FetchError as exc:
            return (disallow_all, f" (unreachable: {exc.reason}; treated as disallow all)",
                    ROBOTS_RETRY)
        if fetched.ok:
            return Protego.parse(fetched.content.decode("utf-8", errors="replace")), "", ROBOTS_TTL
        if 400 <= fetched.status < 500:
            return Protego.parse(""), "", ROBOTS_TTL
        return (disallow_all, f" (HTTP {fetched.status}; treated as disallow all)",
                ROBOTS_RETRY)

    def _wait_turn(self, target: httpx.URL) -> None:
        """Sleep until this host may be asked again, then mark the request."""
        host = _host_key(target)
        interval = max(1.0 / self.options.rate, self._delay.get(host, 0.0))
        last = self._last_request.get(host)
        if last is not None:
            wait = last + interval - self._clock()
            if wait > 0:
                self._sleep(wait)
        self._last_request[host] = self._clock()

    def _request(self, target: httpx.URL, url: str, *, accept: str, limit: int) -> _Response:
        """One request with retries on timeouts, connection errors, 429 and 5xx."""
        import ssl

        import httpcore

        attempts = self.options.retries + 1
        for attempt in range(attempts):
            self._wait_turn(target)
            wait = min(self.options.backoff * 2 ** attempt, self.options.max_wait)
            try:
                response = self._request_once(target, accept=accept, limit=limit)
            except _Refusal as exc:
                raise RefusedError(url, str(exc)) from None
            except _Unresolved as exc:
                raise FetchError(url, str(exc), permanent=False) from None
            except _BodyError as exc:  # not retried now: the same body would come again
                raise FetchError(url, str(exc), permanent=not exc.transient) from None
            except (httpcore.TimeoutException, httpcore.NetworkError,
                    httpcore.RemoteProtocolError) as exc:
                if isinstance(exc.__context__, ssl.SSLCertVerificationError):
                    # The same certificate would come back: no retry.
                    detail = exc.__context__.verify_message or str(exc.__context__)
                    reason = f"TLS certificate refused ({detail})"
                    raise FetchError(url, reason) from None
                problem = _describe(exc)
                if attempt + 1 == attempts:
                    plural = "s" if attempts > 1 else ""
                    raise FetchError(url, f"{problem} after {attempts} attempt{plural}",
                                     permanent=False) from None
            else:
                if response.status != 429 and response.status < 500:
                    return response
                if attempt + 1 == attempts:
                    return response
                asked = retry_after_seconds(response.headers.get("retry-after", ""), self.now())
                if asked is not None and asked > self.options.max_wait:
                    log.info("%s: HTTP %d asks to wait %.0f s, more than %.0f s: giving up",
                             url, response.status, asked, self.options.max_wait)
                    return response
                wait = max(wait, asked or 0.0)
                problem = f"HTTP {response.status}"
            log.info("%s: %s; retrying in %.1f s", url, problem, wait)
            self._sleep(wait)
        raise AssertionError("unreachable")  # the loop returns or raises

    def _request_once(self, target: httpx.URL, *, accept: str, limit: int) -> _Response:
        """Send one GET and read the body within the size and time limits."""
        import httpcore

        timeout = self.options.timeout
        headers = [(b"Host", target.netloc), (b"User-Agent", self.options.user_agent.encode()),
                   (b"Accept", accept.encode()), (b"Accept-Encoding", b"gzip, deflate")]
        request_url = httpcore.URL(scheme=target.raw_scheme, host=target.raw_host,
                                   port=target.port, target=target.raw_path)
        extensions = {"timeout": {"connect": timeout, "read": timeout, "write": timeout,
                                  "pool": timeout}}
        # Real time, not the injectable clock: it guards against a really slow server.
        self._deadline.at = time.monotonic() + self.options.max_time
        try:
            return self._exchange(request_url, headers, extensions, limit)
        except _Overtime:
            raise _BodyError(self._overtime(), transient=True) from None
        except httpcore.TimeoutException:
            if self._deadline.passed():  # the read timed out because the deadline came
                raise _BodyError(self._overtime(), transient=True) from None
            raise
        finally:
            self._deadline.at = None

    def _overtime(self) -> str:
        """The reason for a response that outran `max_time`."""
        return f"response took longer than {self.options.max_time:g} s"

    def _exchange(self, request_url: Any, headers: list[tuple[bytes, bytes]],
                  extensions: dict[str, Any], limit: int) -> _Response:
        """The request and its response, read within the size limits."""
        with self._pool.stream("GET", request_url, headers=headers,
                               extensions=extensions) as response:
            response_headers = _header_dict(response.headers)
            if response.status in REDIRECT_STATUSES:
                return _Response(response.status, response_headers, b"")
            declared = response_headers.get("content-length", "")
            if declared.isdigit() and int(declared) > limit:
                raise _BodyError(f"body larger than {limit} bytes "
                                 f"(Content-Length {declared})")
            decoder = _Decoder(response_headers.get("content-encoding", ""), limit)
            received = 0
            for chunk in response.iter_stream():
                received += len(chunk)
                if received > limit:
                    raise _BodyError(f"body larger than {limit} bytes")
                decoder.feed(chunk)
            return _Response(response.status, response_headers, decoder.finish())


# What a resolvable host name is made of (after IDNA encoding).
_HOST_NAME = re.compile(r"[A-Za-z0-9_](?:[A-Za-z0-9_.-]{0,252})")


def _port(target: httpx.URL) -> int:
    """The URL's port, or its scheme's default."""
    return target.port or (443 if target.scheme == "https" else 80)


def _host_key(target: httpx.URL) -> str:
    """The key rate limits are kept under: the host name."""
    return target.raw_host.decode("ascii").lower()


def _describe(exc: Exception) -> str:
    """A short name for a transport error."""
    kind = type(exc).__name__
    words = re.sub(r"(?<!^)(?=[A-Z])", " ", kind).lower()
    detail = str(exc).strip()
    return f"{words} ({detail})" if detail else words


def fetch_url(url: str, *, allow_private: bool = False,
              options: FetchOptions | None = None) -> Fetched:
    """Fetch one URL with a fresh `Fetcher` (for many URLs, share one `Fetcher`).

    Args:
        url: an absolute http(s) URL.
        allow_private: reach hosts with private or loopback addresses.
        options: other settings; `allow_private` overrides theirs when True.
    """
    opts = options or FetchOptions()
    if allow_private:
        opts = dataclasses.replace(opts, allow_private=True)
    with Fetcher(opts) as fetcher:
        return fetcher.fetch(url)


# --- saving ----------------------------------------------------------------------

SIDECAR_SUFFIX = ".fetch.json"
_SLUG_MAX = 80


def name_for(url: str) -> str:
    """A file stem for a URL: host, path and query slugified, plus a short hash.

    Only `[a-z0-9-]` survive, so `..`, `/`, `%2e%2e` or a very long path can
    never leave the save directory; the hash keeps distinct URLs apart.
    """
    parts = urlsplit(url)
    readable = unquote(f"{parts.hostname or ''} {parts.path} {parts.query}")
    ascii_text = unicodedata.normalize("NFKD", readable).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")[:_SLUG_MAX].rstrip("-")
    digest = hashlib.sha256(url.encode("utf-8", "surrogatepass")).hexdigest()[:10]
    return f"{slug or 'page'}-{digest}"


def write_atomic(path: Path, data: bytes) -> None:
    """Write a file whole or not at all: a temporary file beside it, then a rename."""
    tmp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.part")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def sidecar(fetched: Fetched) -> dict[str, Any]:
    """The `<name>.fetch.json` record: enough to rebuild a dataset without the network."""
    return {"url": fetched.url, "final_url": fetched.final_url,
            "fetched_at": fetched.fetched_at.isoformat(), "status": fetched.status,
            "sha256": fetched.sha256, "content_type": fetched.content_type}


def save(fetched: Fetched, directory: str | Path) -> Path:
    """Write `<name>.html` (the body as received) and `<name>.fetch.json` into `directory`.

    The name comes from `name_for(fetched.url)`; the page is written first, so
    a sidecar always describes a complete page. Returns the page's path.
    """
    root = Path(directory)
    root.mkdir(parents=True, exist_ok=True)
    stem = name_for(fetched.url)
    page = root / f"{stem}.html"
    if page.resolve().parent != root.resolve():  # cannot happen with a slug; checked anyway
        raise ValueError(f"{fetched.url}: file name {stem!r} leaves {root}")
    write_atomic(page, fetched.content)
    meta = json.dumps(sidecar(fetched), ensure_ascii=False, indent=2) + "\n"
    write_atomic(root / f"{stem}{SIDECAR_SUFFIX}", meta.encode("utf-8"))
    return page


def fetch_and_save(fetcher: Fetcher, url: str, directory: str | Path) -> Path:
    """Fetch an HTML page and save it; `FetchError` for failures, non-2xx and non-HTML."""
    fetched = fetcher.fetch(url)
    if not fetched.ok:
        transient = fetched.status == 429 or fetched.status >= 500
        raise FetchError(url, f"HTTP {fetched.status}", permanent=not transient)
    if not fetched.is_html():
        raise FetchError(url, f"not HTML (content-type {fetched.content_type or 'missing'!r})")
    return save(fetched, directory)


def url_reader(fetcher: Fetcher | None = None, *, allow_private: bool = False
               ) -> Callable[[str], Source]:
    """A `readers.UrlReader`: fetch a page and read it like a saved one.

    The fetcher is made on first use (and shared: robots.txt cache, rate limits).
    Failures become `SourceError`s naming the URL, so a batch reports them and goes on.
    """
    from .html import charset_of_content_type, source_from_html
    from .readers import SourceError

    shared: list[Fetcher] = [fetcher] if fetcher is not None else []

    def read_url(url: str) -> Source:
        if not shared:
            shared.append(Fetcher(FetchOptions(allow_private=allow_private)))
        try:
            page = shared[0].fetch(url)
        except FetchError as exc:
            raise SourceError(f"{url}: {exc.reason}") from None
        if not page.ok:
            raise SourceError(f"{url}: HTTP {page.status}")
        if not page.is_html():
            raise SourceError(f"{url}: not an HTML page ({page.content_type or 'no type'})")
        meta = {"url": page.final_url, "source": page.final_url,
                "fetched_at": page.fetched_at.isoformat()}
        return source_from_html(page.content, path=page.final_url, metadata=meta,
                                declared_charset=charset_of_content_type(page.content_type))

    return read_url
