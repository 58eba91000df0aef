"""Read-side helpers: which articles a user may see."""

from __future__ import annotations

from django.db.models import Q, QuerySet

from ttdn.accounts.services import UserLike, visible_agency_ids

from .models import Article


def visible_articles(user: UserLike) -> QuerySet[Article]:
    """Articles from shared sources (no agency), from the user's agencies' sources, or with no source."""
    qs = Article.objects.all()
    ids = visible_agency_ids(user)
    if ids is None:
        return qs
    return qs.filter(Q(source__isnull=True) | Q(source__agency__isnull=True) | Q(source__agency__in=ids))
