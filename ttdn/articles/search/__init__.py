"""Article search: one interface (base.SearchQuery → base.SearchPage), a backend per database."""

from __future__ import annotations

from django.core.exceptions import ImproperlyConfigured
from django.db import connections
from django.db.models import QuerySet

from ..models import Article
from .base import SearchBackend, SearchHit, SearchPage, SearchQuery, matching, parse_query

__all__ = [
    "SearchBackend",
    "SearchHit",
    "SearchPage",
    "SearchQuery",
    "get_backend",
    "matching_articles",
    "parse_query",
    "search",
]


def get_backend(using: str = "default") -> SearchBackend:
    vendor = connections[using].vendor
    if vendor == "sqlite":
        from .sqlite_fts import SqliteFtsBackend

        return SqliteFtsBackend()
    if vendor == "postgresql":
        from .postgres_fts import PostgresFtsBackend

        return PostgresFtsBackend()
    raise ImproperlyConfigured(f"No article search backend for database vendor {vendor!r}")


def search(query: SearchQuery, base: QuerySet[Article] | None = None) -> SearchPage:
    return get_backend().search(query, base)


def matching_articles(text: str, base: QuerySet[Article] | None = None) -> QuerySet[Article]:
    """Articles of `base` (default: all) that the query `text` matches, unranked (saved searches)."""
    return matching(get_backend(), base if base is not None else Article.objects.all(), parse_query(text))
