# ruff: noqa: E501 - fixtures are long literal documents
"""RSS/Atom sources end to end against a local server: formats, conditional GET, hostile feeds."""

from __future__ import annotations

import time

import pytest

from ttdn.articles.models import Article
from ttdn.sources.encodings import encode_tcvn3
from ttdn.sources.models import IngestRun, QuarantinedItem, RawDocument, Source
from ttdn.sources.services import create_source, health, ingest_source

from .conftest import Route

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]  # storage paths differ by backend

RSS20 = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Báo Mẫu</title><link>https://baomau.example.vn/</link><language>vi</language>
<item><title>Hà Nội đón khách quốc tế</title><link>https://baomau.example.vn/ha-noi-don-khach?utm_source=rss</link>
<description>&lt;p&gt;Lượng khách &lt;b&gt;tăng&lt;/b&gt; mạnh.&lt;/p&gt;&lt;script&gt;alert(1)&lt;/script&gt;</description>
<pubDate>Sat, 01 Nov 2026 08:00:00 +0700</pubDate><author>toasoan@baomau.example.vn (Tòa soạn)</author></item>
<item><title>Biển Đông: hội thảo quốc tế</title><link>https://baomau.example.vn/bien-dong</link>
<description>Các học giả thảo luận.</description><pubDate>Fri, 31 Oct 2026 10:00:00 +0700</pubDate></item>
</channel></rss>"""

RSS091 = """<?xml version="1.0"?><rss version="0.91"><channel><title>Old</title><link>https://old.example.com/</link>
<description>d</description><language>en</language>
<item><title>Vietnam coffee exports rise</title><link>https://old.example.com/coffee</link><description>Exports grew.</description></item>
</channel></rss>"""

RSS10 = """<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel rdf:about="https://rdf.example.fr/"><title>RDF FR</title><link>https://rdf.example.fr/</link><description>x</description></channel>
<item rdf:about="https://rdf.example.fr/a"><title>Le Vietnam et la France signent un accord</title><link>https://rdf.example.fr/a</link>
<description>Accord culturel.</description><dc:date>2026-10-20T09:00:00+02:00</dc:date><dc:language>fr</dc:language></item>
</rdf:RDF>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="ja"><title>Atom JP</title><link href="https://atom.example.jp/"/>
<id>urn:x</id><updated>2026-10-10T00:00:00Z</updated>
<entry><title>ベトナムの観光</title><link href="https://atom.example.jp/e1"/><id>urn:e1</id>
<updated>2026-10-10T00:00:00Z</updated><published>2026-10-09T12:00:00+09:00</published>
<content type="html">&lt;p&gt;ダナンの観光客が増加。&lt;/p&gt;</content></entry></feed>"""

BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<rss version="2.0"><channel><title>&lol9;</title><item><title>&lol9;</title><link>https://x.example/</link></item></channel></rss>"""


def _feed_source(server, path, body, **route):
    server.routes[path] = Route(body=body if isinstance(body, bytes) else body.encode("utf-8"), **route)
    return create_source(None, name=f"Feed {path}", kind=Source.Kind.RSS, url=server.url(path))


def test_rss20_items_become_articles(allow_private, http_server):
    source = _feed_source(http_server, "/rss", RSS20, headers={"Content-Type": "application/rss+xml; charset=utf-8"})
    result = ingest_source(source)
    assert result.status == "done" and result.counters.created == 2
    article = Article.objects.get(title="Hà Nội đón khách quốc tế")
    assert article.canonical_url == "https://baomau.example.vn/ha-noi-don-khach"
    assert "alert" not in article.text and "tăng" in article.text
    assert article.language == "vi" and article.outlet.domain == "baomau.example.vn"
    assert article.published_at.isoformat() == "2026-11-01T01:00:00+00:00"
    raw = RawDocument.objects.get(source=source)
    assert bytes(raw.content) == RSS20.encode("utf-8") and raw.http_status == 200
    assert raw.headers["content-type"].startswith("application/rss+xml")
    source.refresh_from_db()
    assert source.items_total == 2 and source.last_success_at and not source.last_error
    assert health(source).code == "ok"


@pytest.mark.parametrize(
    ("body", "title", "language"),
    [
        (RSS091, "Vietnam coffee exports rise", "en"),
        (RSS10, "Le Vietnam et la France signent un accord", "fr"),
        (ATOM, "ベトナムの観光", "ja"),
    ],
)
def test_other_feed_formats(allow_private, http_server, body, title, language):
    source = _feed_source(http_server, "/f", body)
    assert ingest_source(source).counters.created == 1
    article = Article.objects.get()
    assert article.title == title and article.language == language


def test_conditional_get_and_rerun_create_nothing_new(allow_private, http_server):
    source = _feed_source(http_server, "/rss", RSS20, etag='"abc"')
    assert ingest_source(source).counters.created == 2
    source.refresh_from_db()
    assert source.etag == '"abc"'
    second = ingest_source(source)
    assert second.status == "not_modified" and second.counters.not_modified == 1
    assert http_server.requests[-1][1]["if-none-match"] == '"abc"'
    # Without validators, the same bytes are recognised and not parsed again.
    source.etag = ""
    source.save()
    http_server.routes["/rss"].etag = ""
    third = ingest_source(source)
    assert third.counters.created == 0
    assert Article.objects.count() == 2 and RawDocument.objects.count() == 1


def test_billion_laughs_is_refused_quickly_and_quarantined(allow_private, http_server):
    source = _feed_source(http_server, "/lol", BILLION_LAUGHS)
    started = time.monotonic()
    result = ingest_source(source)
    assert time.monotonic() - started < 5
    assert result.status == "quarantined"
    item = QuarantinedItem.objects.get(source=source)
    assert "unsafe XML" in item.reason
    assert bytes(item.raw.content) == BILLION_LAUGHS and item.raw.status == RawDocument.Status.QUARANTINED
    source.refresh_from_db()
    assert "unsafe XML" in source.last_error and health(source).code == "error"
    assert Article.objects.count() == 0


def test_truncated_feed_keeps_complete_items_and_warns(allow_private, http_server):
    cut = RSS20.encode("utf-8")[: RSS20.encode("utf-8").index(b"<item><title>Bi")]
    source = _feed_source(http_server, "/cut", cut)
    result = ingest_source(source)
    assert result.counters.created == 1
    assert "not well-formed" in RawDocument.objects.get().error


def test_truncated_before_any_item_is_quarantined(allow_private, http_server):
    source = _feed_source(http_server, "/cut", RSS20.encode("utf-8")[:120])
    result = ingest_source(source)
    assert result.status == "quarantined"
    assert QuarantinedItem.objects.filter(source=source).exists()


@pytest.mark.parametrize(
    "body", [b"", b"\x89PNG\r\n\x1a\n\x00\x00binary\xff\xfe", b"<html><body>Not a feed</body></html>"]
)
def test_garbage_empty_and_non_feeds_are_quarantined(allow_private, http_server, body):
    source = _feed_source(http_server, "/bad", body)
    result = ingest_source(source)
    assert result.status == "quarantined"
    assert QuarantinedItem.objects.get(source=source).reason
    assert IngestRun.objects.get(source=source).status == IngestRun.Status.DONE


def test_feed_with_wrong_declared_charset(allow_private, http_server):
    body = (
        b'<?xml version="1.0"?><rss version="2.0"><channel><title>Legacy</title><link>https://legacy.example.vn/</link>'
        b"<item><title>"
        + encode_tcvn3("Thông tin đối ngoại Việt Nam năm nay")
        + b"</title><link>https://legacy.example.vn/1</link>"
        b"<description>"
        + encode_tcvn3("Những hoạt động của tỉnh Quảng Ngãi")
        + b"</description></item></channel></rss>"
    )
    source = _feed_source(http_server, "/legacy", body, headers={"Content-Type": "application/rss+xml; charset=utf-8"})
    assert ingest_source(source).counters.created == 1
    assert Article.objects.get().title == "Thông tin đối ngoại Việt Nam năm nay"


def test_over_cap_feed_is_an_error_on_the_source(allow_private, http_server):
    allow_private.TTDN_FETCH_MAX_BYTES = 200
    source = _feed_source(http_server, "/rss", RSS20)
    result = ingest_source(source)
    assert result.status == "failed" and "limit" in result.message
    source.refresh_from_db()
    assert "limit" in source.last_error and source.last_success_at is None
    assert IngestRun.objects.get(source=source).status == IngestRun.Status.FAILED


def test_http_error_status_is_recorded(allow_private, http_server):
    source = create_source(None, name="Gone", kind=Source.Kind.RSS, url=http_server.url("/missing"))
    result = ingest_source(source)
    assert result.status == "failed" and "HTTP 404" in result.message


def test_blocked_destination_is_recorded_on_source(settings, http_server):
    settings.TTDN_ALLOW_PRIVATE_FETCH = False
    source = _feed_source(http_server, "/rss", RSS20)
    result = ingest_source(source)
    assert result.status == "failed" and "private" in result.message
    assert http_server.requests == []
