"""Aggregates for the monitoring dashboard: volume, tone, reach and what coverage is about.

Everything is computed from published articles, aggregated by outlet, country, language,
topic and province — never per person (see DESIGN.md, responsible use). Near-duplicates count
once: a syndicated wire story is one story, however many outlets reprint it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from django.db.models import Avg, Count, Q, QuerySet, Sum
from django.db.models.functions import TruncDate
from django.utils import timezone

from ttdn.accounts.services import UserLike
from ttdn.articles.models import Article, ArticleFacet
from ttdn.articles.selectors import visible_articles

LOCAL_TZ = ZoneInfo("Asia/Ho_Chi_Minh")
TONES = ("negative", "neutral", "positive")


@dataclass(frozen=True)
class CoverageFilter:
    days: int = 30
    end: date | None = None
    language: str = ""
    outlet_country: str = ""
    country: str = ""  # mentioned country (facet)
    province: str = ""  # post-merger province code (facet)
    topic: str = ""
    min_relevance: float = 0.0

    def window(self) -> tuple[datetime, datetime]:
        end_day = self.end or timezone.localdate()
        end = datetime.combine(end_day + timedelta(days=1), datetime.min.time(), tzinfo=LOCAL_TZ)
        return end - timedelta(days=self.days), end


@dataclass
class Coverage:
    filter: CoverageFilter
    stories: int = 0
    copies: int = 0
    analysed: int = 0
    tone_counts: dict[str, int] = field(default_factory=dict)
    mean_tone: float | None = None
    reach: int = 0
    daily: list[dict[str, Any]] = field(default_factory=list)
    by_language: list[dict[str, Any]] = field(default_factory=list)
    by_outlet: list[dict[str, Any]] = field(default_factory=list)
    by_outlet_country: list[dict[str, Any]] = field(default_factory=list)
    by_facet: dict[str, list[dict[str, Any]]] = field(default_factory=dict)

    @property
    def positive_share(self) -> float | None:
        total = sum(self.tone_counts.values())
        return self.tone_counts.get("positive", 0) / total if total else None

    @property
    def negative_share(self) -> float | None:
        total = sum(self.tone_counts.values())
        return self.tone_counts.get("negative", 0) / total if total else None


def filtered_articles(user: UserLike, flt: CoverageFilter) -> QuerySet[Article]:
    start, end = flt.window()
    qs = visible_articles(user).filter(published_at__gte=start, published_at__lt=end)
    if flt.language:
        qs = qs.filter(language=flt.language)
    if flt.outlet_country:
        qs = qs.filter(outlet__country=flt.outlet_country.upper())
    facet_filters = [
        (ArticleFacet.Kind.COUNTRY, flt.country.upper()),
        (ArticleFacet.Kind.PROVINCE_2025, flt.province),
        (ArticleFacet.Kind.TOPIC, flt.topic),
    ]
    for kind, value in facet_filters:
        if value:
            # A reprint belongs to its story even if only the representative was analysed.
            matching = ArticleFacet.objects.filter(kind=kind, value=value).values("article_id")
            qs = qs.filter(Q(pk__in=matching) | Q(duplicate_of__in=matching))
    if flt.min_relevance:
        qs = qs.filter(analysis__vietnam_relevance__gte=flt.min_relevance)
    return qs


def coverage(user: UserLike, flt: CoverageFilter, top: int = 10) -> Coverage:
    all_copies = filtered_articles(user, flt)
    stories = all_copies.filter(duplicate_of__isnull=True)
    result = Coverage(filter=flt, stories=stories.count(), copies=all_copies.count())
    analysed = stories.filter(analysis__isnull=False)
    result.analysed = analysed.count()
    counts = dict(
        analysed.values_list("analysis__tone_label").annotate(n=Count("pk")).values_list("analysis__tone_label", "n")
    )
    result.tone_counts = {tone: counts.get(tone, 0) for tone in TONES}
    result.mean_tone = analysed.aggregate(v=Avg("analysis__tone_score"))["v"]
    # Reach: audiences of every outlet that carried a story (copies included: each reprint reaches readers).
    result.reach = all_copies.aggregate(v=Sum("outlet__audience"))["v"] or 0

    daily = (
        stories.annotate(day=TruncDate("published_at", tzinfo=LOCAL_TZ))
        .values("day")
        .annotate(
            total=Count("pk"),
            negative=Count("pk", filter=Q(analysis__tone_label="negative")),
            neutral=Count("pk", filter=Q(analysis__tone_label="neutral")),
            positive=Count("pk", filter=Q(analysis__tone_label="positive")),
            tone=Avg("analysis__tone_score"),
        )
        .order_by("day")
    )
    result.daily = [{**row, "day": row["day"].isoformat()} for row in daily]
    result.by_language = list(
        stories.values("language").annotate(n=Count("pk"), tone=Avg("analysis__tone_score")).order_by("-n")[:top]
    )
    result.by_outlet = list(
        all_copies.exclude(outlet__isnull=True)
        .values("outlet__name", "outlet__country")
        .annotate(n=Count("pk"), tone=Avg("analysis__tone_score"), audience=Avg("outlet__audience"))
        .order_by("-n")[:top]
    )
    result.by_outlet_country = list(
        stories.exclude(outlet__country="")
        .values("outlet__country")
        .annotate(n=Count("pk"), tone=Avg("analysis__tone_score"))
        .order_by("-n")[:top]
    )
    for kind in (ArticleFacet.Kind.TOPIC, ArticleFacet.Kind.COUNTRY, ArticleFacet.Kind.PROVINCE_2025):
        result.by_facet[kind] = list(
            ArticleFacet.objects.filter(article__in=stories, kind=kind)
            .values("value")
            .annotate(n=Count("article_id"), tone=Avg("article__analysis__tone_score"))
            .order_by("-n")[:top]
        )
    return result
