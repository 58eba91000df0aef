"""Bulk records (JSONL objects, CSV rows, pushed items) to ArticleInput, per the schema in docs/INGESTION.md."""

from __future__ import annotations

from typing import Any

from ttdn.articles.services import ArticleInput

from . import ParseError
from .common import html_to_text, parse_date

# Known fields; every other key goes to metadata so nothing the exporter sent is lost.
FIELDS = (
    "title", "url", "text", "html", "summary", "language", "author", "published_at",
    "outlet", "outlet_domain", "outlet_country",
)  # fmt: skip
MAX_FIELD_CHARS = 2_000_000
TITLE_FROM_TEXT_CHARS = 120


def _text(record: dict[str, Any], key: str) -> str:
    value = record.get(key)
    if value is None:
        return ""
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        raise ParseError(f"field {key!r} must be a string, got {type(value).__name__}")
    text = str(value)
    if len(text) > MAX_FIELD_CHARS:
        raise ParseError(f"field {key!r} is longer than {MAX_FIELD_CHARS:,} characters")
    if "\x00" in text:
        raise ParseError(f"field {key!r} contains NUL characters")
    return text.strip()


def title_from_text(text: str) -> str:
    first_line = text.strip().split("\n", 1)[0]
    if len(first_line) <= TITLE_FROM_TEXT_CHARS:
        return first_line
    return first_line[:TITLE_FROM_TEXT_CHARS].rsplit(" ", 1)[0] + "…"


def record_to_input(record: object, *, extra_metadata: dict[str, Any] | None = None) -> ArticleInput:
    if not isinstance(record, dict):
        raise ParseError(f"record must be a JSON object, got {type(record).__name__}")
    text = _text(record, "text")
    html = _text(record, "html")
    if not text and html:
        text = html_to_text(html)
    title = _text(record, "title")
    if not title and text:
        title = title_from_text(text)  # social posts have no headline
    if not title:
        raise ParseError("record has neither a title nor a text")
    url = _text(record, "url")
    if url and not url.lower().startswith(("http://", "https://")):
        raise ParseError(f"url must be http(s), got {url[:80]!r}")
    published, raw_date = parse_date(record.get("published_at"))
    if record.get("published_at") not in (None, "") and published is None:
        raw_date = str(record.get("published_at"))[:100]
    metadata = {k: v for k, v in record.items() if k not in FIELDS and k != "metadata"}
    if isinstance(record.get("metadata"), dict):
        metadata.update(record["metadata"])
    metadata.update(extra_metadata or {})
    return ArticleInput(
        title=title,
        url=url,
        text=text,
        html=html,
        summary=_text(record, "summary"),
        language=_text(record, "language").lower()[:8],
        author=_text(record, "author")[:255],
        published_at=published,
        published_at_raw=raw_date,
        outlet_name=_text(record, "outlet"),
        outlet_domain=_text(record, "outlet_domain").lower(),
        outlet_country=_text(record, "outlet_country").upper()[:2],
        metadata=metadata,
    )
