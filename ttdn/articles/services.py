"""The one path by which parsed items become Articles (used by every importer and the push API).

Exact duplicates (same canonical URL, or same normalised content) are not stored twice;
near-duplicates are stored and linked to the first copy (see docs/DEDUPE.md).
"""

from __future__ import annotations

import hashlib
import logging
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import nh3
from django.db import IntegrityError, transaction
from django.utils import timezone

from .models import Article, Outlet

logger = logging.getLogger(__name__)

# Tracking parameters that never change what a page says.
TRACKING_PARAMS = re.compile(r"^(utm_\w+|fbclid|gclid|mc_cid|mc_eid|ref|ref_src|cmpid|ocid|_ga|igshid|spm)$", re.I)
# Publishers' clocks drift and feeds round; only a clearly future date is refused.
FUTURE_TOLERANCE = timedelta(minutes=30)


@dataclass(frozen=True)
class ArticleInput:
    """One item as parsed from any source, before storage."""

    title: str
    url: str = ""
    text: str = ""
    html: str = ""
    summary: str = ""
    language: str = ""
    author: str = ""
    published_at: datetime | None = None
    published_at_raw: str = ""
    outlet_name: str = ""
    outlet_domain: str = ""
    outlet_country: str = ""
    metadata: dict[str, Any] = field(default_factory=dict)


def canonical_url(url: str) -> str:
    """Lower-case scheme/host, no fragment, no tracking parameters, sorted query, no trailing slash."""
    url = url.strip()
    if not url:
        return ""
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    if host.startswith("www."):
        host = host[4:]
    if parts.port and parts.port not in (80, 443):
        host = f"{host}:{parts.port}"
    query = urlencode(
        sorted((k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not TRACKING_PARAMS.match(k))
    )
    path = re.sub(r"/+$", "", parts.path) or "/"
    scheme = "https" if parts.scheme in ("http", "https") else parts.scheme.lower()
    return urlunsplit((scheme, host, path, query, ""))


def normalise_for_hash(text: str) -> str:
    text = unicodedata.normalize("NFC", text).casefold()
    return re.sub(r"\s+", " ", re.sub(r"[^\w\s]", " ", text)).strip()


def content_hash(title: str, text: str) -> str:
    return hashlib.sha256(normalise_for_hash(f"{title}\n{text}").encode()).hexdigest()


def sanitise_html(html: str) -> str:
    return nh3.clean(
        html,
        tags={
            "p",
            "br",
            "a",
            "strong",
            "em",
            "b",
            "i",
            "ul",
            "ol",
            "li",
            "blockquote",
            "h2",
            "h3",
            "h4",
            "figure",
            "figcaption",
        },
        link_rel="noopener noreferrer nofollow",
    )


def resolve_published_at(value: datetime | None, raw: str, fetched_at: datetime) -> tuple[datetime, str]:
    """Never trust a missing or future date: fall back to the fetch time and say why."""
    if value is None:
        return fetched_at, (Article.DateQuality.UNPARSED if raw else Article.DateQuality.MISSING)
    if timezone.is_naive(value):
        value = timezone.make_aware(value, timezone.get_fixed_timezone(0))
    if value > fetched_at + FUTURE_TOLERANCE:
        return fetched_at, Article.DateQuality.FUTURE
    return value, Article.DateQuality.OK


def outlet_for(name: str, domain: str, country: str = "", language: str = "") -> Outlet | None:
    domain = domain.lower().removeprefix("www.")
    if not domain:
        return None
    outlet, created = Outlet.objects.get_or_create(
        domain=domain, defaults={"name": name or domain, "country": country.upper()[:2], "language": language[:8]}
    )
    if not created and country and not outlet.country:
        outlet.country = country.upper()[:2]
        outlet.save(update_fields=["country"])
    return outlet


def find_existing(canonical: str, digest: str) -> Article | None:
    if canonical:
        found = Article.objects.filter(canonical_url=canonical).first()
        if found is not None:
            return found
    return Article.objects.filter(content_hash=digest).first()


def ingest_article(
    item: ArticleInput,
    *,
    source: Any = None,
    raw: Any = None,
    fetched_at: datetime | None = None,
    near_duplicates: bool = True,
) -> tuple[Article, bool]:
    """Store one item; returns (article, created). Idempotent: re-ingesting returns the existing row.

    With `near_duplicates` (the default) a new article is MinHashed and linked to its group of
    syndicated copies (ttdn.articles.dedupe); bulk backfills may turn it off and run
    `dedupe.regroup_all()` once at the end.
    """
    fetched_at = fetched_at or timezone.now()
    title = unicodedata.normalize("NFC", item.title.strip())[:5000]
    text = unicodedata.normalize("NFC", item.text.strip())
    if not title:
        raise ValueError("item has no title")
    canonical = canonical_url(item.url)
    digest = content_hash(title, text or item.summary)
    existing = find_existing(canonical, digest)
    if existing is not None:
        return existing, False
    published_at, quality = resolve_published_at(item.published_at, item.published_at_raw, fetched_at)
    domain = item.outlet_domain or (urlsplit(item.url).hostname or "")
    outlet = outlet_for(item.outlet_name, domain, item.outlet_country, item.language) or (
        getattr(source, "outlet", None) if source is not None else None
    )
    summary = unicodedata.normalize("NFC", item.summary.strip())
    minhash = _signature(title, summary, text) if near_duplicates else None
    try:
        with transaction.atomic():
            article = Article.objects.create(
                source=source,
                raw=raw,
                outlet=outlet,
                url=item.url[:2000],
                canonical_url=canonical[:2000],
                content_hash=digest,
                title=title,
                summary=summary,
                text=text,
                html=sanitise_html(item.html) if item.html else "",
                language=item.language[:8],
                author=item.author[:255],
                published_at=published_at,
                published_at_raw=item.published_at_raw[:100],
                date_quality=quality,
                fetched_at=fetched_at,
                metadata=item.metadata,
                minhash=minhash,
            )
    except IntegrityError:
        # A concurrent ingest stored it first.
        existing = find_existing(canonical, digest)
        if existing is None:
            raise
        return existing, False
    if near_duplicates:
        _group_near_duplicates(article)
    return article, True


def _signature(title: str, summary: str, text: str) -> bytes | None:
    from . import dedupe

    try:
        return dedupe.signature_bytes(title, summary, text)
    except Exception:  # never lose an article over its signature
        logger.exception("MinHash signature failed for %r", title[:80])
        return None


def _group_near_duplicates(article: Article) -> None:
    from . import dedupe

    try:
        with transaction.atomic():
            dedupe.group_article(article)
    except Exception:  # grouping is an extra: the stored article must never be lost because of it
        logger.exception("near-duplicate grouping failed for article %s", article.pk)
