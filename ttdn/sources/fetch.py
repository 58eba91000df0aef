"""Polite, bounded HTTP fetching for every web-facing source.

Every request: a clear User-Agent, timeouts, a streamed size cap (the body is counted as it arrives,
after decompression, so a gzip bomb is cut off too), redirects followed by hand so that every hop
passes the SSRF guard, conditional GET with the validators stored on the Source, and, for pages
and sitemaps, robots.txt (cached per host).
"""

from __future__ import annotations

import ipaddress
import socket
import time
import urllib.robotparser
from dataclasses import dataclass, field
from datetime import datetime
from threading import Lock
from typing import cast
from urllib.parse import urljoin, urlsplit, urlunsplit

import httpx
from django.conf import settings
from django.utils import timezone

REDIRECT_STATUSES = {301, 302, 303, 307, 308}
ROBOTS_TTL_SECONDS = 3600
ROBOTS_MAX_BYTES = 512 * 1024


class FetchError(Exception):
    """A fetch that did not produce a usable payload; the message is shown to users."""


class BlockedDestination(FetchError):
    pass


class TooLarge(FetchError):
    pass


class RobotsDisallowed(FetchError):
    pass


@dataclass
class FetchResult:
    url: str
    status: int
    headers: dict[str, str]
    content: bytes = b""
    not_modified: bool = False
    fetched_at: datetime = field(default_factory=timezone.now)
    redirects: list[str] = field(default_factory=list)

    @property
    def content_type(self) -> str:
        return self.headers.get("content-type", "")

    @property
    def charset(self) -> str | None:
        for part in self.content_type.split(";")[1:]:
            key, _, value = part.strip().partition("=")
            if key.lower() == "charset" and value:
                return value.strip("\"' ")
        return None


def _is_forbidden_ip(ip: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return bool(
        ip.is_private
        or ip.is_loopback
        or ip.is_link_local
        or ip.is_multicast
        or ip.is_reserved
        or ip.is_unspecified
        # 100.64.0.0/10 (carrier-grade NAT) is not "private" in Python's table but is never a public site.
        or (isinstance(ip, ipaddress.IPv4Address) and ip in ipaddress.ip_network("100.64.0.0/10"))
    )


def check_destination(url: str) -> list[str]:
    """Refuse non-HTTP schemes and hosts resolving to internal addresses (unless allowed by settings).

    All addresses the name resolves to are checked, so a name with one public and one private
    record is refused as well. Returns the checked addresses, to which the connection is then
    pinned (an empty list when private destinations are allowed and nothing was resolved).
    """
    try:
        parts = urlsplit(url)
    except ValueError as exc:
        raise BlockedDestination(f"malformed URL {url!r}: {exc}")
    if parts.scheme not in ("http", "https"):
        raise BlockedDestination(f"only http and https URLs are fetched, not {parts.scheme or 'a relative URL'!r}")
    host = parts.hostname
    if not host:
        raise BlockedDestination(f"URL has no host: {url!r}")
    if settings.TTDN_ALLOW_PRIVATE_FETCH:
        return []
    try:
        port = parts.port or (443 if parts.scheme == "https" else 80)
    except ValueError:
        raise BlockedDestination(f"invalid port in {url!r}")
    try:
        infos = socket.getaddrinfo(host, port, proto=socket.IPPROTO_TCP)
    except (socket.gaierror, UnicodeError) as exc:
        raise FetchError(f"cannot resolve {host}: {exc}")
    addresses: list[str] = []
    for info in infos:
        # Host lookups only return AF_INET/AF_INET6 entries, whose sockaddr starts with the address text.
        address = ipaddress.ip_address(cast(str, info[4][0]).split("%")[0])
        if _is_forbidden_ip(address):
            raise BlockedDestination(
                f"{host} resolves to {address}, a private/loopback/link-local/reserved address; "
                "set TTDN_ALLOW_PRIVATE_FETCH=1 to allow internal sources"
            )
        addresses.append(str(address))
    return addresses


def pinned_request(url: str, addresses: list[str] | None) -> tuple[str, dict[str, str], dict[str, str]]:
    """(URL to connect to, extra headers, request extensions) that use the checked address.

    Connecting to the address we checked, instead of letting the HTTP client resolve the name
    again, closes the DNS-rebinding gap (a name that answers a public address to the check and a
    private one to the connection). The Host header and, for HTTPS, the TLS server name (SNI, and
    so certificate verification) still use the real host name.
    """
    if not addresses:
        return url, {}, {}
    parts = urlsplit(url)
    address = addresses[0]
    netloc = f"[{address}]" if ":" in address else address
    if parts.port:
        netloc += f":{parts.port}"
    target = urlunsplit((parts.scheme, netloc, parts.path or "/", parts.query, ""))
    host_header = parts.netloc.rsplit("@", 1)[-1]
    extensions = {"sni_hostname": parts.hostname or ""} if parts.scheme == "https" else {}
    return target, {"Host": host_header}, extensions


def make_client() -> httpx.Client:
    return httpx.Client(
        timeout=httpx.Timeout(settings.TTDN_FETCH_TIMEOUT, connect=min(10.0, settings.TTDN_FETCH_TIMEOUT)),
        follow_redirects=False,
        headers={"User-Agent": settings.TTDN_USER_AGENT},
        trust_env=False,
        # Connections are pinned to a checked address per request; never reuse one for another host.
        limits=httpx.Limits(max_keepalive_connections=0),
    )


def fetch(
    url: str,
    *,
    etag: str = "",
    last_modified: str = "",
    max_bytes: int | None = None,
    respect_robots: bool = False,
    accept: str = "*/*",
    client: httpx.Client | None = None,
) -> FetchResult:
    """GET `url` within the limits; raises FetchError (or a subclass) with a readable reason."""
    limit = max_bytes if max_bytes is not None else settings.TTDN_FETCH_MAX_BYTES
    own_client = client is None
    client = client or make_client()
    headers = {"Accept": accept}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    hops: list[str] = []
    current = url
    try:
        for _ in range(settings.TTDN_FETCH_MAX_REDIRECTS + 1):
            addresses = check_destination(current)
            if respect_robots and not robots_allows(current, client=client):
                raise RobotsDisallowed(f"robots.txt of {urlsplit(current).netloc} disallows {current}")
            target, pin_headers, extensions = pinned_request(current, addresses)
            try:
                with client.stream(
                    "GET", target, headers={**headers, **pin_headers}, extensions=extensions
                ) as response:
                    if response.status_code in REDIRECT_STATUSES:
                        location = response.headers.get("location")
                        if not location:
                            raise FetchError(f"HTTP {response.status_code} redirect without a Location header")
                        hops.append(current)
                        current = urljoin(current, location)
                        continue
                    result_headers = {k.lower(): v for k, v in response.headers.items()}
                    if response.status_code == 304:
                        return FetchResult(current, 304, result_headers, not_modified=True, redirects=hops)
                    declared = response.headers.get("content-length", "")
                    if declared.isdigit() and int(declared) > limit:
                        raise TooLarge(f"response of {int(declared):,} bytes exceeds the {limit:,}-byte limit")
                    body = bytearray()
                    for chunk in response.iter_bytes():
                        body += chunk
                        if len(body) > limit:
                            raise TooLarge(f"response exceeds the {limit:,}-byte limit (stopped reading)")
                    return FetchResult(current, response.status_code, result_headers, bytes(body), redirects=hops)
            except httpx.TimeoutException as exc:
                raise FetchError(f"timed out fetching {current}: {type(exc).__name__}")
            except httpx.HTTPError as exc:
                raise FetchError(f"HTTP error fetching {current}: {type(exc).__name__}: {exc}")
            except (httpx.InvalidURL, httpx.StreamError, UnicodeError, ValueError) as exc:
                raise FetchError(f"cannot fetch {current!r}: {type(exc).__name__}: {exc}")
        raise FetchError(f"more than {settings.TTDN_FETCH_MAX_REDIRECTS} redirects from {url}")
    finally:
        if own_client:
            client.close()


def post(
    url: str,
    body: bytes,
    *,
    headers: dict[str, str] | None = None,
    max_bytes: int = 64 * 1024,
    client: httpx.Client | None = None,
) -> FetchResult:
    """POST `body` (alert webhooks) through the same SSRF guard and address pinning as `fetch`.

    Redirects are not followed (a 3xx comes back as the result); the response body is capped.
    """
    own_client = client is None
    client = client or make_client()
    try:
        addresses = check_destination(url)
        target, pin_headers, extensions = pinned_request(url, addresses)
        try:
            with client.stream(
                "POST", target, content=body, headers={**(headers or {}), **pin_headers}, extensions=extensions
            ) as response:
                result_headers = {k.lower(): v for k, v in response.headers.items()}
                content = bytearray()
                for chunk in response.iter_bytes():
                    content += chunk
                    if len(content) > max_bytes:
                        break
                return FetchResult(url, response.status_code, result_headers, bytes(content[:max_bytes]))
        except httpx.TimeoutException as exc:
            raise FetchError(f"timed out posting to {url}: {type(exc).__name__}")
        except httpx.HTTPError as exc:
            raise FetchError(f"HTTP error posting to {url}: {type(exc).__name__}: {exc}")
        except (httpx.InvalidURL, httpx.StreamError, UnicodeError, ValueError) as exc:
            raise FetchError(f"cannot post to {url!r}: {type(exc).__name__}: {exc}")
    finally:
        if own_client:
            client.close()


# --- robots.txt --------------------------------------------------------------------------------


class _RobotRules(urllib.robotparser.RobotFileParser):
    # Set by RobotFileParser.__init__ and honoured by can_fetch(), but missing from typeshed.
    disallow_all: bool
    allow_all: bool


_robots_cache: dict[str, tuple[float, urllib.robotparser.RobotFileParser]] = {}
_robots_lock = Lock()


def clear_robots_cache() -> None:
    with _robots_lock:
        _robots_cache.clear()


def robots_for(url: str, client: httpx.Client | None = None) -> urllib.robotparser.RobotFileParser:
    parts = urlsplit(url)
    key = f"{parts.scheme}://{parts.netloc}"
    now = time.monotonic()
    with _robots_lock:
        cached = _robots_cache.get(key)
    if cached and cached[0] > now:
        return cached[1]
    parser = _RobotRules(key + "/robots.txt")
    try:
        result = fetch(key + "/robots.txt", max_bytes=ROBOTS_MAX_BYTES, client=client)
        if result.status in (401, 403):
            parser.disallow_all = True
        elif 400 <= result.status < 500:
            parser.allow_all = True  # no robots.txt: everything allowed
        elif result.status >= 500:
            parser.disallow_all = True  # the site is failing: come back later rather than guess
        else:
            parser.parse(result.content.decode("utf-8", errors="replace").splitlines())
    except BlockedDestination:
        raise
    except FetchError:
        parser.disallow_all = True
    with _robots_lock:
        _robots_cache[key] = (now + ROBOTS_TTL_SECONDS, parser)
    return parser


def robots_allows(url: str, client: httpx.Client | None = None) -> bool:
    return robots_for(url, client=client).can_fetch(settings.TTDN_USER_AGENT, url)
