"""The one entry point for rollups: keep them current (`refresh_articles`, `forget_articles`,
`rebuild`) and read them (`RollupQuery` + `totals`, `series`, `breakdown`, `top_facets`,
`top_stories`). Dashboards, alerts and briefs call only these; none reads articles to count.

Measures: `articles` counts every copy, `stories` counts near-duplicate groups once, `reach`
adds the audience of every outlet that carried a copy, tone figures are over stories. The tone
index is (positive stories − negative stories) / stories, in [-1, 1].
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from django.db import connection, transaction
from django.db.models import Count, Max, Min, Q, QuerySet, Sum

from ttdn.accounts.services import UserLike, visible_agency_ids
from ttdn.articles.models import Article, ArticleAnalysis, ArticleFacet

from .models import ALL_TOPICS, CoverageDay, FacetDay, RollupLedger, StoryDay

LOCAL_TZ = ZoneInfo("Asia/Ho_Chi_Minh")
TONES = ("negative", "neutral", "positive")
FACET_KINDS = (
    ArticleFacet.Kind.COUNTRY,
    ArticleFacet.Kind.PROVINCE_2025,
    ArticleFacet.Kind.ORGANISATION,
    ArticleFacet.Kind.PERSON,
)
NATIONAL = ""
CHUNK = 1000


def province_scope(code: str) -> str:
    return f"p:{code}"


def saved_search_scope(search_id: int) -> str:
    return f"s:{search_id}"


def agency_province_code(agency_code: str) -> str | None:
    """The facet code of a province agency (T01 → 01, T79-2025 → 79); None for other agencies."""
    if not agency_code.startswith("T"):
        return None
    code = agency_code[1:].removesuffix("-2025")
    return code if code.isdigit() else None


# --- contributions ------------------------------------------------------------------------------


def _contributions(article_ids: Iterable[int]) -> dict[int, dict[str, Any]]:
    """What each analysed article adds to the rollups now (articles without analysis add nothing)."""
    from ttdn.savedsearches.models import SavedSearchHit

    ids = list(article_ids)
    rows = (
        Article.objects.filter(pk__in=ids, analysis__isnull=False)
        .values(
            "pk",
            "published_at",
            "language",
            "duplicate_of_id",
            "outlet_id",
            "outlet__country",
            "outlet__audience",
            "source__agency_id",
            "analysis__language",
            "analysis__tone_label",
            "analysis__tone_score",
            "analysis__story_cluster",
        )
        .order_by()
    )
    facets: dict[int, list[tuple[str, str]]] = defaultdict(list)
    for article_id, kind, value in ArticleFacet.objects.filter(
        article_id__in=ids, kind__in=[*FACET_KINDS, ArticleFacet.Kind.TOPIC]
    ).values_list("article_id", "kind", "value"):
        facets[article_id].append((kind, value))
    hits: dict[int, list[int]] = defaultdict(list)
    for article_id, search_id in SavedSearchHit.objects.filter(article_id__in=ids).values_list(
        "article_id", "search_id"
    ):
        hits[article_id].append(search_id)

    result: dict[int, dict[str, Any]] = {}
    for row in rows:
        pk = row["pk"]
        found = sorted(set(facets.get(pk, [])))
        scopes = [NATIONAL]
        scopes += [province_scope(v) for k, v in found if k == ArticleFacet.Kind.PROVINCE_2025]
        scopes += [saved_search_scope(s) for s in sorted(hits.get(pk, []))]
        result[pk] = {
            "day": row["published_at"].astimezone(LOCAL_TZ).date().isoformat(),
            "owner": row["source__agency_id"] or 0,
            "language": (row["analysis__language"] or row["language"] or "")[:8],
            "outlet_country": (row["outlet__country"] or "")[:2],
            "outlet": row["outlet_id"] or 0,
            "tone": row["analysis__tone_label"] or "",
            "story": 0 if row["duplicate_of_id"] else 1,
            "reach": int(row["outlet__audience"] or 0),
            "tone_score": round(float(row["analysis__tone_score"] or 0.0), 6),
            "cluster": row["analysis__story_cluster"] or "",
            "scopes": scopes,
            "topics": [ALL_TOPICS] + [v[:64] for k, v in found if k == ArticleFacet.Kind.TOPIC],
            "facets": [[k, v[:255]] for k, v in found if k != ArticleFacet.Kind.TOPIC],
        }
    return result


@dataclass
class _Delta:
    """Summed changes to apply, keyed like each table's unique constraint."""

    coverage: dict[tuple[Any, ...], list[float]] = field(default_factory=lambda: defaultdict(lambda: [0, 0, 0, 0.0]))
    facets: dict[tuple[Any, ...], list[float]] = field(default_factory=lambda: defaultdict(lambda: [0, 0, 0.0]))
    stories: dict[tuple[Any, ...], list[float]] = field(default_factory=lambda: defaultdict(lambda: [0, 0, 0, 0.0]))

    def add(self, c: dict[str, Any], sign: int) -> None:
        story = c["story"]
        tone_sum = c["tone_score"] * story
        day = c["day"]
        for scope in c["scopes"]:
            for topic in c["topics"]:
                key = (day, c["owner"], scope, c["language"], c["outlet_country"], c["outlet"], topic, c["tone"])
                cell = self.coverage[key]
                cell[0] += sign
                cell[1] += sign * story
                cell[2] += sign * c["reach"]
                cell[3] += sign * tone_sum
        for kind, value in c["facets"]:
            cell = self.facets[(day, c["owner"], c["language"], kind, value)]
            cell[0] += sign
            cell[1] += sign * story
            cell[2] += sign * tone_sum
        if c["cluster"]:
            cell = self.stories[(day, c["owner"], c["cluster"], c["outlet"], c["outlet_country"], c["language"])]
            cell[0] += sign
            cell[1] += sign * story
            cell[2] += sign * c["reach"]
            cell[3] += sign * tone_sum

    def days(self) -> set[str]:
        return {key[0] for table in (self.coverage, self.facets, self.stories) for key in table}


def _upsert(
    model: type[Any], keys: Sequence[str], measures: Sequence[str], rows: dict[tuple[Any, ...], list[float]]
) -> None:
    """Add `rows` to the table in one INSERT … ON CONFLICT DO UPDATE per batch (SQLite ≥ 3.24, PostgreSQL)."""
    items = [(k, v) for k, v in rows.items() if any(v)]
    if not items:
        return
    table = model._meta.db_table
    columns = [*keys, *measures]
    updates = ", ".join(f"{m} = {table}.{m} + excluded.{m}" for m in measures)
    batch = max(1, 900 // len(columns))
    with connection.cursor() as cursor:
        for start in range(0, len(items), batch):
            part = items[start : start + batch]
            placeholders = ", ".join("(" + ", ".join(["%s"] * len(columns)) + ")" for _ in part)
            params: list[Any] = []
            for key, values in part:
                params.extend(key)
                params.extend(values)
            cursor.execute(
                f"INSERT INTO {table} ({', '.join(columns)}) VALUES {placeholders} "  # noqa: S608 - names are ours
                f"ON CONFLICT ({', '.join(keys)}) DO UPDATE SET {updates}",
                params,
            )


def _apply(delta: _Delta, *, removed: bool = True) -> None:
    """Add `delta`; with `removed` (something was taken back), drop cells left empty."""
    _upsert(
        CoverageDay,
        ["day", "owner", "scope", "language", "outlet_country", "outlet", "topic", "tone"],
        ["articles", "stories", "reach", "tone_sum"],
        delta.coverage,
    )
    _upsert(FacetDay, ["day", "owner", "language", "kind", "value"], ["articles", "stories", "tone_sum"], delta.facets)
    _upsert(
        StoryDay,
        ["day", "owner", "cluster", "outlet", "outlet_country", "language"],
        ["articles", "stories", "reach", "tone_sum"],
        delta.stories,
    )
    days = sorted(delta.days()) if removed else []
    if days:  # cells an article left behind with nothing in them
        for model in (CoverageDay, FacetDay, StoryDay):
            model.objects.filter(day__in=days, articles__lte=0).delete()


@transaction.atomic
def refresh_articles(article_ids: Iterable[int]) -> int:
    """Bring the rollups in line with these articles' current analysis; returns how many changed.

    Idempotent: an article whose contribution is unchanged costs two reads and no write.
    """
    ids = sorted(set(article_ids))
    changed = 0
    for start in range(0, len(ids), CHUNK):
        part = ids[start : start + CHUNK]
        old = dict(
            RollupLedger.objects.select_for_update()
            .filter(article_id__in=part)
            .values_list("article_id", "contribution")
        )
        new = _contributions(part)
        delta = _Delta()
        stale = [pk for pk in part if old.get(pk) != new.get(pk)]
        removed = False
        for pk in stale:
            if pk in old:
                delta.add(old[pk], -1)
                removed = True
            if pk in new:
                delta.add(new[pk], +1)
        _apply(delta, removed=removed)
        RollupLedger.objects.filter(article_id__in=[pk for pk in stale if pk in old]).delete()
        RollupLedger.objects.bulk_create(
            [RollupLedger(article_id=pk, contribution=new[pk]) for pk in stale if pk in new]
        )
        changed += len(stale)
    return changed


def forget_articles(article_ids: Iterable[int]) -> int:
    """Take back what deleted articles (or analyses) added; called before the rows go."""
    ids = list(article_ids)
    with transaction.atomic():
        old = RollupLedger.objects.select_for_update().filter(article_id__in=ids)
        delta = _Delta()
        n = 0
        for contribution in old.values_list("contribution", flat=True):
            delta.add(contribution, -1)
            n += 1
        _apply(delta)
        old.delete()
    return n


@transaction.atomic
def rebuild(progress: Any = None) -> dict[str, int]:
    """Recompute every rollup from the analysed articles (`ttdn rollups --rebuild`)."""
    for model in (CoverageDay, FacetDay, StoryDay, RollupLedger):
        model.objects.all().delete()
    ids = list(ArticleAnalysis.objects.order_by("article_id").values_list("article_id", flat=True))
    batch = 5000
    for start in range(0, len(ids), batch):
        part = ids[start : start + batch]
        contributions = _contributions(part)
        delta = _Delta()
        for contribution in contributions.values():
            delta.add(contribution, +1)
        _apply(delta, removed=False)
        RollupLedger.objects.bulk_create(
            [RollupLedger(article_id=pk, contribution=c) for pk, c in contributions.items()], batch_size=1000
        )
        if progress is not None:
            progress(len(part))
    return {
        "articles": len(ids),
        "coverage_cells": CoverageDay.objects.count(),
        "facet_cells": FacetDay.objects.count(),
        "story_cells": StoryDay.objects.count(),
    }


# --- reading -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class RollupQuery:
    """What a dashboard view, alert rule or brief asks for. Days are local (Asia/Ho_Chi_Minh), inclusive."""

    start: date
    end: date
    owners: frozenset[int] | None = None  # source-owning agencies visible (0 = shared); None = all
    scope: str = NATIONAL  # "", "p:<province code>", "s:<saved search id>"
    agency: int | None = None  # only articles from this agency's own sources
    language: str = ""
    outlet_country: str = ""
    outlet: int | None = None
    topic: str = ""
    tone: str = ""

    def shifted(self, days: int) -> RollupQuery:
        return replace(self, start=self.start + timedelta(days=days), end=self.end + timedelta(days=days))

    def previous(self) -> RollupQuery:
        """The period of the same length just before this one (for "change vs previous period")."""
        return self.shifted(-((self.end - self.start).days + 1))

    @property
    def days(self) -> list[date]:
        return [self.start + timedelta(days=i) for i in range((self.end - self.start).days + 1)]


def query_for(user: UserLike, start: date, end: date, **filters: Any) -> RollupQuery:
    """A query limited to what `user` may see (shared sources plus their agencies' own)."""
    ids = visible_agency_ids(user)
    owners = None if ids is None else frozenset({0, *ids})
    return RollupQuery(start=start, end=end, owners=owners, **filters)


def _common(qs: QuerySet[Any], q: RollupQuery, *, language: bool = True) -> QuerySet[Any]:
    qs = qs.filter(day__gte=q.start, day__lte=q.end)
    if q.owners is not None:
        qs = qs.filter(owner__in=q.owners)
    if q.agency is not None:
        qs = qs.filter(owner=q.agency)
    if language and q.language:
        qs = qs.filter(language=q.language)
    return qs


def _coverage(q: RollupQuery, *, topic: str | None = None, scope: str | None = None) -> QuerySet[CoverageDay]:
    qs = _common(CoverageDay.objects.all(), q)
    if scope is None:
        qs = qs.filter(scope=q.scope)
    if topic is None:
        qs = qs.filter(topic=q.topic or ALL_TOPICS)
    if q.outlet_country:
        qs = qs.filter(outlet_country=q.outlet_country.upper())
    if q.outlet is not None:
        qs = qs.filter(outlet=q.outlet)
    if q.tone:
        qs = qs.filter(tone=q.tone)
    return qs


# Aliased so that an aggregate never shadows the column it sums (Django refuses that).
_MEASURES = {
    "m_articles": Sum("articles"),
    "m_stories": Sum("stories"),
    "m_reach": Sum("reach"),
    "m_tone_sum": Sum("tone_sum"),
    "m_negative": Sum("stories", filter=Q(tone="negative")),
    "m_neutral": Sum("stories", filter=Q(tone="neutral")),
    "m_positive": Sum("stories", filter=Q(tone="positive")),
}


def _finish(row: dict[str, Any]) -> dict[str, Any]:
    row = {key.removeprefix("m_"): value for key, value in row.items()}
    for name in ("articles", "stories", "reach", "negative", "neutral", "positive"):
        row[name] = int(row.get(name) or 0)
    row["tone_sum"] = float(row.get("tone_sum") or 0.0)
    stories = row["stories"]
    row["mean_tone"] = row["tone_sum"] / stories if stories else None
    row["tone_index"] = (row["positive"] - row["negative"]) / stories if stories else None
    row["positive_share"] = row["positive"] / stories if stories else None
    row["negative_share"] = row["negative"] / stories if stories else None
    return row


def totals(q: RollupQuery) -> dict[str, Any]:
    """articles, stories, reach, negative/neutral/positive (stories), mean_tone, tone_index, shares."""
    return _finish(dict(_coverage(q).aggregate(**_MEASURES)))


SPLITS = {"language": "language", "outlet_country": "outlet_country", "topic": "topic", "tone": "tone"}


def series(q: RollupQuery, split: str | None = None, top: int = 8) -> list[dict[str, Any]]:
    """One row per day (every day of the period, zeros included: ready for forecasting).

    With `split` ("language", "outlet_country", "topic"), one row per day and key for the `top`
    keys of the period; each row has `key`.
    """
    if split is None:
        found = {r["day"]: r for r in _coverage(q).values("day").annotate(**_MEASURES).order_by("day")}
        return [_finish({**found.get(day, {}), "day": day}) for day in q.days]
    column = SPLITS[split]
    qs = _coverage(q, topic="any") if split == "topic" else _coverage(q)
    if split == "topic":
        qs = qs.exclude(topic=ALL_TOPICS)
    keys = [r[column] for r in qs.values(column).annotate(n=Sum("stories")).order_by("-n", column)[:top]]
    found = {
        (r["day"], r[column]): r
        for r in qs.filter(**{f"{column}__in": keys}).values("day", column).annotate(**_MEASURES)
    }
    return [
        _finish({**{k: v for k, v in found.get((day, key), {}).items() if k != column}, "day": day, "key": key})
        for key in keys
        for day in q.days
    ]


DIMENSIONS = ("language", "outlet_country", "outlet", "topic", "province", "tone", "saved_search")


def breakdown(q: RollupQuery, dimension: str, top: int = 20) -> list[dict[str, Any]]:
    """Rows {key, articles, stories, reach, tone counts, mean_tone, tone_index} ordered by stories.

    "province" reads the province scopes (ignoring the query's scope), "topic" the topic rows.
    """
    if dimension not in DIMENSIONS:
        raise ValueError(f"unknown dimension {dimension!r}")
    if dimension == "province":
        qs = _coverage(q, scope="any").filter(scope__startswith="p:")
        column = "scope"
    elif dimension == "saved_search":
        qs = _coverage(q, scope="any").filter(scope__startswith="s:")
        column = "scope"
    elif dimension == "topic":
        qs = _coverage(q, topic="any").exclude(topic=ALL_TOPICS)
        if q.topic:
            qs = qs.filter(topic=q.topic)
        column = "topic"
    else:
        qs = _coverage(q)
        column = dimension
    rows = qs.values(column).annotate(**_MEASURES).order_by("-m_stories", "-m_articles", column)
    if top:
        rows = rows[:top]
    result = []
    for row in rows:
        key = row.pop(column)
        if column == "scope":
            key = key[2:]
        result.append(_finish({"key": key, **row}))
    return result


def top_facets(q: RollupQuery, kind: str, top: int = 20) -> list[dict[str, Any]]:
    """Most mentioned countries, provinces, organisations or public figures (date, owner, language filters)."""
    qs = _common(FacetDay.objects.filter(kind=kind), q)
    rows = (
        qs.values("value")
        .annotate(articles=Sum("articles"), stories=Sum("stories"), tone_sum=Sum("tone_sum"))
        .order_by("-stories", "-articles", "value")[:top]
    )
    out = []
    for row in rows:
        stories = int(row["stories"] or 0)
        out.append(
            {
                "key": row["value"],
                "articles": int(row["articles"] or 0),
                "stories": stories,
                "mean_tone": float(row["tone_sum"] or 0.0) / stories if stories else None,
            }
        )
    return out


def top_stories(q: RollupQuery, top: int = 10) -> list[dict[str, Any]]:
    """Story clusters of the period ranked by spread: outlets, then countries, then articles.

    Each row: cluster, articles, stories, reach, outlets, countries, languages, first_day,
    last_day, mean_tone, and the earliest article of the cluster (article_id, title).
    """
    qs = _common(StoryDay.objects.exclude(cluster=""), q)
    if q.outlet_country:
        qs = qs.filter(outlet_country=q.outlet_country.upper())
    if q.outlet is not None:
        qs = qs.filter(outlet=q.outlet)
    rows = list(
        qs.values("cluster")
        .annotate(
            articles=Sum("articles"),
            stories=Sum("stories"),
            reach=Sum("reach"),
            tone_sum=Sum("tone_sum"),
            outlets=Count("outlet", distinct=True),
            countries=Count("outlet_country", distinct=True),
            languages=Count("language", distinct=True),
            first_day=Min("day"),
            last_day=Max("day"),
        )
        .order_by("-outlets", "-countries", "-articles", "cluster")[:top]
    )
    firsts: dict[str, tuple[int, str]] = {}
    for cluster, pk, title in (
        ArticleAnalysis.objects.filter(story_cluster__in=[r["cluster"] for r in rows], article__duplicate_of=None)
        .order_by("article__published_at", "article_id")
        .values_list("story_cluster", "article_id", "article__title")
    ):
        firsts.setdefault(cluster, (pk, title))
    for row in rows:
        stories = int(row["stories"] or 0)
        row["mean_tone"] = float(row.pop("tone_sum") or 0.0) / stories if stories else None
        row["article_id"], row["title"] = firsts.get(row["cluster"], (None, ""))
    return rows


def story_series(cluster: str, q: RollupQuery) -> list[dict[str, Any]]:
    """A story's timeline: per day, articles, outlets and countries (the story page)."""
    qs = _common(StoryDay.objects.filter(cluster=cluster), replace(q, language=""), language=False)
    return list(
        qs.values("day")
        .annotate(
            articles=Sum("articles"),
            outlets=Count("outlet", distinct=True),
            countries=Count("outlet_country", distinct=True),
        )
        .order_by("day")
    )


def snapshot() -> dict[str, dict[tuple[Any, ...], tuple[float, ...]]]:
    """Every rollup cell as plain tuples (tests and `--check` compare incremental with rebuilt)."""
    tables = {
        "coverage": (
            CoverageDay,
            ["day", "owner", "scope", "language", "outlet_country", "outlet", "topic", "tone"],
            ["articles", "stories", "reach", "tone_sum"],
        ),
        "facets": (FacetDay, ["day", "owner", "language", "kind", "value"], ["articles", "stories", "tone_sum"]),
        "stories": (
            StoryDay,
            ["day", "owner", "cluster", "outlet", "outlet_country", "language"],
            ["articles", "stories", "reach", "tone_sum"],
        ),
    }
    result: dict[str, dict[tuple[Any, ...], tuple[float, ...]]] = {}
    for name, (model, keys, measures) in tables.items():
        result[name] = {
            tuple(row[: len(keys)]): tuple(round(float(v), 6) for v in row[len(keys) :])
            for row in model._default_manager.values_list(*keys, *measures)
        }
    return result


def verify() -> list[str]:
    """Cells where the stored rollups differ from a rebuild (rolled back: nothing changes)."""
    current = snapshot()
    try:
        with transaction.atomic():
            rebuild()
            rebuilt = snapshot()
            raise _Rollback
    except _Rollback:
        pass
    problems = []
    for name in current:
        for key in current[name].keys() | rebuilt[name].keys():
            if current[name].get(key) != rebuilt[name].get(key):
                problems.append(f"{name} {key}: {current[name].get(key)} != {rebuilt[name].get(key)}")
    return problems


class _Rollback(Exception):
    pass
