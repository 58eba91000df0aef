# ruff: noqa: E501 - fixtures are long literal documents
"""Fetching: SSRF guard, size cap, redirects checked hop by hop, User-Agent, conditional GET, robots.txt."""

from __future__ import annotations

import socket

import pytest

from ttdn.sources import fetch as fetching
from ttdn.sources.fetch import BlockedDestination, FetchError, TooLarge, check_destination, fetch

from .conftest import Route


def test_guard_refuses_loopback_when_private_fetch_is_off(settings, http_server):
    settings.TTDN_ALLOW_PRIVATE_FETCH = False
    http_server.routes["/feed"] = Route(body=b"hello")
    with pytest.raises(BlockedDestination, match="127.0.0.1"):
        fetch(http_server.url("/feed"))
    assert http_server.requests == []  # refused before any connection
    with pytest.raises(BlockedDestination):
        fetch(http_server.url("/feed").replace("127.0.0.1", "localhost"))


@pytest.mark.parametrize(
    "url",
    [
        "http://10.0.0.1/",
        "http://192.168.1.1/x",
        "http://169.254.169.254/latest/meta-data/",  # cloud metadata (link-local)
        "http://[::1]/",
        "http://[::ffff:127.0.0.1]/",
        "http://224.0.0.1/",
        "http://0.0.0.0/",
        "http://100.64.0.1/",
        "http://240.0.0.1/",
    ],
)
def test_guard_refuses_internal_addresses(settings, url):
    settings.TTDN_ALLOW_PRIVATE_FETCH = False
    with pytest.raises(BlockedDestination):
        check_destination(url)


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://example.com/x", "gopher://x/", "/relative"])
def test_guard_refuses_other_schemes(settings, url):
    settings.TTDN_ALLOW_PRIVATE_FETCH = True
    with pytest.raises(BlockedDestination, match="http"):
        check_destination(url)


def test_fetch_sends_user_agent_and_returns_body(allow_private, http_server):
    http_server.routes["/a"] = Route(body=b"payload", headers={"Content-Type": "text/plain; charset=windows-1258"})
    result = fetch(http_server.url("/a"))
    assert result.status == 200 and result.content == b"payload"
    assert result.charset == "windows-1258"
    assert http_server.requests[0][1]["user-agent"] == allow_private.TTDN_USER_AGENT


def test_over_cap_download_is_refused_with_a_clear_error(allow_private, http_server):
    allow_private.TTDN_FETCH_MAX_BYTES = 1000
    http_server.routes["/big"] = Route(body=b"x" * 5000)
    with pytest.raises(TooLarge, match="exceeds the 1,000-byte limit"):
        fetch(http_server.url("/big"))
    # A server that lies about (or omits) Content-Length is cut off while streaming.
    http_server.routes["/liar"] = Route(body=b"y" * 5000, headers={"Content-Length": "10"})
    result = fetch(http_server.url("/liar"))
    assert len(result.content) <= 1000


def test_redirects_are_followed_and_each_hop_is_checked(allow_private, http_server):
    http_server.routes["/r1"] = Route(status=302, headers={"Location": "/r2"})
    http_server.routes["/r2"] = Route(status=301, headers={"Location": http_server.url("/final")})
    http_server.routes["/final"] = Route(body=b"done")
    result = fetch(http_server.url("/r1"))
    assert result.content == b"done" and result.url.endswith("/final") and len(result.redirects) == 2
    # A public-looking start that redirects into the private network is refused at the hop.
    http_server.routes["/evil"] = Route(status=302, headers={"Location": "http://169.254.169.254/latest/"})
    allow_private.TTDN_ALLOW_PRIVATE_FETCH = False
    with pytest.raises(BlockedDestination):
        fetching.check_destination("http://169.254.169.254/latest/")


def test_redirect_to_internal_address_refused_mid_chain(settings, http_server, monkeypatch):
    # The test server itself is on loopback, so let the first hop through and check the second.
    settings.TTDN_ALLOW_PRIVATE_FETCH = False
    checked: list[str] = []
    real_check = fetching.check_destination

    def check(url: str) -> None:
        checked.append(url)
        if url.startswith(http_server.base):
            return
        real_check(url)

    monkeypatch.setattr(fetching, "check_destination", check)
    http_server.routes["/evil"] = Route(status=302, headers={"Location": "http://10.1.2.3/admin"})
    with pytest.raises(BlockedDestination, match="10.1.2.3"):
        fetch(http_server.url("/evil"))
    assert checked == [http_server.url("/evil"), "http://10.1.2.3/admin"]


def test_redirect_limit(allow_private, http_server):
    allow_private.TTDN_FETCH_MAX_REDIRECTS = 3
    for i in range(10):
        http_server.routes[f"/loop{i}"] = Route(status=302, headers={"Location": f"/loop{i + 1}"})
    with pytest.raises(FetchError, match="more than 3 redirects"):
        fetch(http_server.url("/loop0"))
    assert len(http_server.requests) == 4


def test_conditional_get_sends_validators_and_understands_304(allow_private, http_server):
    http_server.routes["/feed"] = Route(body=b"<rss/>", etag='"v1"')
    first = fetch(http_server.url("/feed"))
    assert first.headers["etag"] == '"v1"'
    second = fetch(http_server.url("/feed"), etag='"v1"', last_modified="Sat, 01 Nov 2026 00:00:00 GMT")
    assert second.not_modified and second.status == 304 and second.content == b""
    assert http_server.requests[1][1]["if-none-match"] == '"v1"'
    assert http_server.requests[1][1]["if-modified-since"] == "Sat, 01 Nov 2026 00:00:00 GMT"


def test_robots_txt_is_honoured_and_cached(allow_private, http_server):
    http_server.routes["/robots.txt"] = Route(body=b"User-agent: *\nDisallow: /private/\n")
    http_server.routes["/private/page"] = Route(body=b"secret")
    http_server.routes["/public/page"] = Route(body=b"ok")
    with pytest.raises(fetching.RobotsDisallowed):
        fetch(http_server.url("/private/page"), respect_robots=True)
    assert fetch(http_server.url("/public/page"), respect_robots=True).content == b"ok"
    paths = [p for p, _ in http_server.requests]
    assert paths.count("/robots.txt") == 1  # cached per host
    assert "/private/page" not in paths


def test_robots_rules_for_our_agent(allow_private, http_server):
    http_server.routes["/robots.txt"] = Route(
        body=b"User-agent: ttdn-monitor\nDisallow: /\n\nUser-agent: *\nAllow: /\n"
    )
    http_server.routes["/x"] = Route(body=b"x")
    assert fetching.robots_allows(http_server.url("/x")) is False


def test_missing_robots_allows_everything(allow_private, http_server):
    http_server.routes["/x"] = Route(body=b"x")
    assert fetch(http_server.url("/x"), respect_robots=True).content == b"x"


def test_connection_errors_become_fetch_errors(allow_private):
    with pytest.raises(FetchError):
        fetch("http://127.0.0.1:9/nothing-listens-here")


def test_connection_is_pinned_to_the_checked_address(settings, http_server, monkeypatch):
    """DNS rebinding: the name is resolved once, by the guard, and the connection uses that answer."""
    settings.TTDN_ALLOW_PRIVATE_FETCH = False
    port = int(http_server.base.rsplit(":", 1)[1])
    lookups: list[str] = []
    real_getaddrinfo = socket.getaddrinfo

    def rebinding_dns(host, *args, **kwargs):
        if host == "rebind.example":
            lookups.append(host)
            # The first answer passes the check; a second lookup would get an internal address.
            address = "127.0.0.1" if len(lookups) == 1 else "10.255.255.1"
            return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (address, port))]
        return real_getaddrinfo(host, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", rebinding_dns)
    # Treat the test server's loopback address as "public" for this test only.
    monkeypatch.setattr(fetching, "_is_forbidden_ip", lambda ip: str(ip) == "10.255.255.1")
    http_server.routes["/x"] = Route(body=b"pinned")
    result = fetch(f"http://rebind.example:{port}/x")
    assert result.content == b"pinned"
    assert lookups == ["rebind.example"]
    assert http_server.requests[0][1]["host"] == f"rebind.example:{port}"
    assert result.url == f"http://rebind.example:{port}/x"


def test_pinned_request_keeps_host_and_tls_name():
    target, headers, extensions = fetching.pinned_request("https://news.example.com:8443/a/b?q=1", ["93.184.216.34"])
    assert target == "https://93.184.216.34:8443/a/b?q=1"
    assert headers == {"Host": "news.example.com:8443"} and extensions == {"sni_hostname": "news.example.com"}
    target, headers, _ = fetching.pinned_request("http://v6.example/", ["2001:db8::1"])
    assert target == "http://[2001:db8::1]/" and headers == {"Host": "v6.example"}
    assert fetching.pinned_request("http://x.example/", []) == ("http://x.example/", {}, {})


@pytest.mark.parametrize(
    "url", ["http://exa mple.com/", "http://xn--a.example/", "http://example.com:99999/", "http://[::1/"]
)
def test_malformed_urls_are_fetch_errors(settings, url):
    settings.TTDN_ALLOW_PRIVATE_FETCH = False
    with pytest.raises(FetchError):
        fetch(url)
