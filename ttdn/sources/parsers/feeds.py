"""RSS 0.9x/1.0/2.0 and Atom, via feedparser on bytes we fetched ourselves (feedparser never fetches)."""

from __future__ import annotations

from urllib.parse import urlsplit

import feedparser

from ttdn.articles.services import ArticleInput

from ..encodings import decode
from . import ParseError
from .common import check_xml_safe, html_to_text, parse_date


def parse_feed(content: bytes, *, url: str = "", declared_charset: str | None = None) -> tuple[list[ArticleInput], str]:
    """Items of a feed, and a warning ('' if none). Raises ParseError when nothing usable is there."""
    if not content.strip():
        raise ParseError("empty feed")
    warning = check_xml_safe(content) or ""
    decoded = decode(content, declared_charset)
    parsed = feedparser.parse(
        decoded.text.encode("utf-8"), response_headers={"content-type": "application/xml; charset=utf-8"}
    )
    version = parsed.get("version") or ""
    if not parsed.entries:
        if version and not parsed.get("bozo") and not warning:
            return [], "feed has no items"
        reason = warning or (
            f"not a feed: {parsed.get('bozo_exception')}" if parsed.get("bozo") else "feed has no items"
        )
        raise ParseError(reason if version or warning else f"not an RSS/Atom document ({reason})")
    feed = parsed.feed
    feed_lang = (feed.get("language") or "").split("-")[0].lower()
    feed_title = feed.get("title", "")
    feed_link = feed.get("link", "") or url
    items = []
    for entry in parsed.entries:
        link = entry.get("link", "")
        body_html = ""
        if entry.get("content"):
            body_html = entry.content[0].get("value", "")
        summary_html = entry.get("summary", "")
        published, raw_date = parse_date(entry.get("published_parsed") or entry.get("updated_parsed"))
        raw_date = entry.get("published") or entry.get("updated") or raw_date
        items.append(
            ArticleInput(
                title=html_to_text(entry.get("title", "")),
                url=link,
                text=html_to_text(body_html or summary_html),
                html=body_html,
                summary=html_to_text(summary_html)[:2000],
                language=(entry.get("language") or feed_lang or "")[:8],
                author=entry.get("author", "")[:255],
                published_at=published,
                published_at_raw=raw_date[:100],
                outlet_name=feed_title,
                outlet_domain=(urlsplit(feed_link).hostname or urlsplit(link).hostname or ""),
                metadata={
                    "feed_version": version,
                    "guid": entry.get("id", ""),
                    "tags": [t.get("term") for t in entry.get("tags", [])][:20],
                },
            )
        )
    if parsed.get("bozo") and not warning:
        warning = f"feed parsed leniently: {parsed.get('bozo_exception')}"
    return items, warning
