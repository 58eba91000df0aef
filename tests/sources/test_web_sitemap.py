# ruff: noqa: E501 - fixtures are long literal documents
"""Web article pages and sitemaps against a local server, with robots.txt."""

from __future__ import annotations

import gzip

import pytest

from ttdn.articles.models import Article
from ttdn.sources.models import QuarantinedItem, RawDocument, Source
from ttdn.sources.parsers import ParseError
from ttdn.sources.parsers.sitemap import parse_sitemap
from ttdn.sources.services import create_source, ingest_source

from .conftest import Route

pytestmark = pytest.mark.django_db

PAGE = """<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>{title} | Báo Mẫu</title>
<meta property="og:title" content="{title}"><meta name="author" content="Trần Thị B">
<meta property="article:published_time" content="2026-10-15T08:00:00+07:00"></head>
<body><nav><a href="/">Trang chủ</a></nav><article><h1>{title}</h1>
<p>{lead}</p><p>Lãnh đạo địa phương cho biết sẽ tiếp tục mở rộng hợp tác với các đối tác quốc tế trong thời gian tới.</p>
</article><footer>Bản quyền</footer></body></html>"""


def _page(title: str, lead: str) -> bytes:
    return PAGE.format(title=title, lead=lead).encode("utf-8")


def test_web_page_source_extracts_main_text(allow_private, http_server):
    http_server.routes["/bai/1"] = Route(
        body=_page("Khánh Hòa đón tàu du lịch quốc tế", "Cảng Nha Trang đón tàu với hơn hai nghìn khách."),
        headers={"Content-Type": "text/html; charset=utf-8"},
    )
    source = create_source(None, name="Trang", kind=Source.Kind.WEB, url=http_server.url("/bai/1"))
    result = ingest_source(source)
    assert result.counters.created == 1
    article = Article.objects.get()
    assert article.title == "Khánh Hòa đón tàu du lịch quốc tế"
    assert "hai nghìn khách" in article.text and "Bản quyền" not in article.text
    assert article.published_at.date().isoformat() == "2026-10-15"
    assert article.metadata["extractor"] == "trafilatura"
    assert ingest_source(source).counters.created == 0


def test_page_without_article_is_quarantined(allow_private, http_server):
    http_server.routes["/empty"] = Route(body=b"<html><body><p>hi</p></body></html>")
    source = create_source(None, name="Trang rỗng", kind=Source.Kind.WEB, url=http_server.url("/empty"))
    result = ingest_source(source)
    assert result.status == "failed"
    quarantined = QuarantinedItem.objects.get(source=source)
    assert "no extractable article" in quarantined.reason or "no main text" in quarantined.reason
    assert quarantined.raw.status == RawDocument.Status.QUARANTINED


def test_robots_disallowed_page_is_not_fetched(allow_private, http_server):
    http_server.routes["/robots.txt"] = Route(body=b"User-agent: *\nDisallow: /bai/\n")
    http_server.routes["/bai/1"] = Route(body=_page("Không được lấy", "Nội dung"))
    source = create_source(None, name="Cấm", kind=Source.Kind.WEB, url=http_server.url("/bai/1"))
    result = ingest_source(source)
    assert result.status == "failed" and "robots.txt" in result.message
    assert "/bai/1" not in [p for p, _ in http_server.requests]


def _urlset(server, paths: list[tuple[str, str]]) -> bytes:
    urls = "".join(f"<url><loc>{server.url(p)}</loc><lastmod>{m}</lastmod></url>" for p, m in paths)
    return f'<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>'.encode()


def test_sitemap_index_urlset_pages_and_robots(allow_private, http_server):
    s = http_server
    s.routes["/robots.txt"] = Route(body=b"User-agent: *\nDisallow: /private/\n")
    s.routes["/sitemap.xml"] = Route(
        body=f'<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>{s.url("/news.xml.gz")}</loc></sitemap><sitemap><loc>{s.url("/broken.xml")}</loc></sitemap></sitemapindex>'.encode()
    )
    s.routes["/news.xml.gz"] = Route(
        body=gzip.compress(
            _urlset(
                s, [("/a", "2026-10-01"), ("/b", "2026-10-03"), ("/private/c", "2026-10-02"), ("/gone", "2026-09-01")]
            )
        )
    )
    s.routes["/broken.xml"] = Route(body=b"<urlset><url><loc>")
    s.routes["/a"] = Route(
        body=_page("Hội nghị xúc tiến đầu tư tại Hải Phòng", "Nhiều doanh nghiệp Nhật Bản tham dự hội nghị.")
    )
    s.routes["/b"] = Route(
        body=_page("Lễ hội pháo hoa quốc tế Đà Nẵng", "Các đội đến từ nhiều quốc gia tham gia trình diễn.")
    )
    s.routes["/private/c"] = Route(body=_page("Không được lấy", "x"))
    source = create_source(None, name="Sitemap", kind=Source.Kind.SITEMAP, url=s.url("/sitemap.xml"))
    result = ingest_source(source)
    assert result.counters.created == 2
    assert result.counters.quarantined == 2  # robots-disallowed page and the 404 page
    assert "/private/c" not in [p for p, _ in s.requests]
    reasons = " ".join(QuarantinedItem.objects.values_list("reason", flat=True))
    assert "robots.txt" in reasons and "HTTP 404" in reasons and "not well-formed" in reasons
    # Newest first.
    assert [p for p, _ in s.requests if p in ("/a", "/b")] == ["/b", "/a"]
    # A rerun does not fetch the stored pages again.
    before = len(s.requests)
    quarantined = QuarantinedItem.objects.count()
    assert ingest_source(source).counters.created == 0
    assert QuarantinedItem.objects.count() == quarantined  # the same failures are not recorded twice
    assert not {"/a", "/b"} & {p for p, _ in s.requests[before:]}


def test_sitemap_parser_refuses_entities_and_non_sitemaps():
    with pytest.raises(ParseError, match="unsafe"):
        parse_sitemap(b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "b">]><urlset><url><loc>&a;</loc></url></urlset>')
    with pytest.raises(ParseError, match="not a sitemap"):
        parse_sitemap(b"<html></html>")
    with pytest.raises(ParseError, match="empty"):
        parse_sitemap(b"  ")
    with pytest.raises(ParseError, match="gzip"):
        parse_sitemap(b"\x1f\x8b\x08\x00garbage")
    kind, entries = parse_sitemap(
        b'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc> https://x.example/a </loc></url></urlset>'
    )
    assert kind == "urlset" and entries[0].loc == "https://x.example/a"
