"""Rebuilding the folded shadow columns and the full-text index (after bulk loads or a folding change)."""

from __future__ import annotations

from collections.abc import Callable

from django.db import connection, transaction

from ..models import Article
from .folding import index_text


def rebuild(batch: int = 1000, progress: Callable[[int], None] | None = None) -> int:
    """Recompute search_title/search_body for every article, then rebuild the FTS5 table (SQLite).

    PostgreSQL needs no second step: its tsvector column is generated from the shadow columns.
    """
    done = 0
    pks = list(Article.objects.order_by("pk").values_list("pk", flat=True))
    for start in range(0, len(pks), batch):
        chunk = pks[start : start + batch]
        with transaction.atomic():
            for row in Article.objects.filter(pk__in=chunk).only("pk", "title", "summary", "text"):
                Article.objects.filter(pk=row.pk).update(
                    search_title=index_text(row.title), search_body=index_text(row.summary, row.text)
                )
        done += len(chunk)
        if progress:
            progress(done)
    if connection.vendor == "sqlite":
        with connection.cursor() as cursor:
            cursor.execute("INSERT INTO articles_fts(articles_fts) VALUES ('rebuild')")
    return done
