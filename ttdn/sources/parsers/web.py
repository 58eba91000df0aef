"""Web article pages: main text and metadata with trafilatura."""

from __future__ import annotations

from urllib.parse import urlsplit

import trafilatura

from ttdn.articles.services import ArticleInput

from ..encodings import decode
from . import ParseError
from .common import parse_date

MIN_TEXT_CHARS = 40


def extract_page(
    content: bytes, *, url: str, declared_charset: str | None = None, metadata: dict | None = None
) -> ArticleInput:
    if not content.strip():
        raise ParseError("empty page")
    text = decode(content, declared_charset).text
    if "<" not in text[:4096]:
        raise ParseError("not an HTML document")
    try:
        doc = trafilatura.bare_extraction(text, url=url or None, with_metadata=True, include_comments=False)
    except Exception as exc:  # trafilatura/lxml raise many types on hostile markup
        raise ParseError(f"HTML extraction failed: {type(exc).__name__}: {exc}")
    if doc is None:
        raise ParseError("no main text found in page")
    data = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
    body = (data.get("text") or "").strip()
    title = (data.get("title") or "").strip()
    if not title or len(body) < MIN_TEXT_CHARS:
        raise ParseError(f"page has no extractable article (title: {bool(title)}, text: {len(body)} characters)")
    published, raw_date = parse_date(data.get("date"))
    host = urlsplit(url).hostname or data.get("hostname") or ""
    return ArticleInput(
        title=title,
        url=url,
        text=body,
        summary=(data.get("description") or "")[:2000],
        language=(data.get("language") or "")[:8],
        author=(data.get("author") or "")[:255],
        published_at=published,
        published_at_raw=raw_date,
        outlet_name=data.get("sitename") or "",
        outlet_domain=host,
        metadata={
            **(metadata or {}),
            "extractor": "trafilatura",
            "categories": data.get("categories") or [],
            "tags": data.get("tags") or [],
        },
    )
