"""Saved searches: the only place that creates, changes or deletes them, and keeps their hits.

A saved search's full-text query is matched once per article (when its analysis is stored, and
over the archive when the query changes); its hits become the rollup scope ``s:<id>``, so every
dashboard, alert and brief on a saved search reads rollups. Its other filters are applied at
query time on the rollup dimensions (`rollup_filters`).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from django.contrib.auth.models import User
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Q, QuerySet
from django.utils import timezone
from django.utils.translation import gettext as _

from ttdn.accounts.models import Agency
from ttdn.accounts.services import (
    UserLike,
    audited_create,
    audited_delete,
    audited_update,
    memberships,
    sees_everything,
)
from ttdn.articles.models import Article
from ttdn.articles.search import matching_articles, parse_query

from .models import SavedSearch, SavedSearchHit

FILTER_KEYS = ("language", "outlet_country", "outlet", "topic", "tone", "province")


def clean_filters(filters: dict[str, Any] | None) -> dict[str, Any]:
    """Keep only known filters with a value; an outlet is an id."""
    cleaned: dict[str, Any] = {}
    for key in FILTER_KEYS:
        value = (filters or {}).get(key)
        if value in (None, ""):
            continue
        if key == "outlet":
            try:
                value = int(str(value))
            except (TypeError, ValueError):
                raise ValidationError(_("Cơ quan báo chí không hợp lệ."))
        cleaned[key] = value if key == "outlet" else str(value)[:64]
    return cleaned


def rollup_filters(search: SavedSearch) -> dict[str, Any]:
    """Keyword arguments for `rollups.services.RollupQuery`: the search's scope and its filters.

    A province filter becomes the scope when the search has no query of its own.
    """
    filters = dict(search.filters or {})
    province = filters.pop("province", "")
    result: dict[str, Any] = {k: v for k, v in filters.items() if k in FILTER_KEYS}
    result["scope"] = search.scope if search.query.strip() or not province else f"p:{province}"
    return result


def visible_searches(user: UserLike) -> QuerySet[SavedSearch]:
    """The user's own searches and those shared within their agencies (everything for admins)."""
    if sees_everything(user):
        return SavedSearch.objects.all()
    if not isinstance(user, User):
        return SavedSearch.objects.none()
    agencies = memberships(user).values("agency_id")
    return SavedSearch.objects.filter(Q(owner=user) | Q(shared=True, agency__in=agencies))


def _check_owner(user: UserLike, search: SavedSearch) -> None:
    if not (sees_everything(user) or (isinstance(user, User) and search.owner_id == user.pk)):
        raise PermissionDenied(_("Chỉ người tạo mới được sửa tìm kiếm đã lưu này."))


def _validate_query(query: str) -> str:
    query = (query or "").strip()
    if query and parse_query(query).is_empty:
        raise ValidationError(_("Truy vấn không có từ nào để tìm."))
    return query


def _default_agency(user: User) -> Agency | None:
    membership = memberships(user).select_related("agency").first()
    return membership.agency if membership is not None else None


def create_saved_search(
    actor: User,
    name: str,
    query: str = "",
    filters: dict[str, Any] | None = None,
    shared: bool = False,
    agency: Agency | None = None,
) -> SavedSearch:
    with transaction.atomic():
        search = audited_create(
            actor,
            SavedSearch,
            name=name.strip()[:200],
            owner=actor,
            agency=agency or _default_agency(actor),
            shared=shared,
            query=_validate_query(query),
            filters=clean_filters(filters),
        )
        rematch(search)
    return search


def update_saved_search(actor: User, search: SavedSearch, **changes: Any) -> SavedSearch:
    _check_owner(actor, search)
    if "query" in changes:
        changes["query"] = _validate_query(changes["query"])
    if "filters" in changes:
        changes["filters"] = clean_filters(changes["filters"])
    query_changed = "query" in changes and changes["query"] != search.query
    with transaction.atomic():
        search = audited_update(actor, search, updated_at=timezone.now(), **changes)
        if query_changed:
            rematch(search)
    return search


def delete_saved_search(actor: User, search: SavedSearch) -> None:
    _check_owner(actor, search)
    from ttdn.rollups.services import refresh_articles

    with transaction.atomic():
        article_ids = list(search.hits.values_list("article_id", flat=True))
        audited_delete(actor, search)
        refresh_articles(article_ids)  # their scope rows go with the hits


def rematch(search: SavedSearch) -> int:
    """Match the whole archive again (query created or changed); returns the number of hits."""
    from ttdn.rollups.services import refresh_articles

    before = set(search.hits.values_list("article_id", flat=True))
    now: set[int] = set()
    if search.query.strip():
        now = set(matching_articles(search.query).values_list("pk", flat=True))
    SavedSearchHit.objects.filter(search=search, article_id__in=before - now).delete()
    SavedSearchHit.objects.bulk_create([SavedSearchHit(search=search, article_id=pk) for pk in now - before])
    SavedSearch.objects.filter(pk=search.pk).update(matched_at=timezone.now())
    refresh_articles(before ^ now)
    return len(now)


def match_articles(article_ids: Iterable[int]) -> int:
    """Update the hits of every saved search with a query for these (new or re-analysed) articles."""
    ids = list(article_ids)
    if not ids:
        return 0
    added = 0
    for search in SavedSearch.objects.exclude(query=""):
        base = Article.objects.filter(pk__in=ids)
        now = set(matching_articles(search.query, base).values_list("pk", flat=True))
        before = set(
            SavedSearchHit.objects.filter(search=search, article_id__in=ids).values_list("article_id", flat=True)
        )
        SavedSearchHit.objects.filter(search=search, article_id__in=before - now).delete()
        SavedSearchHit.objects.bulk_create([SavedSearchHit(search=search, article_id=pk) for pk in now - before])
        added += len(now - before)
    return added
