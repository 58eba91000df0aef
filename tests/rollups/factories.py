"""Analysed articles for tests of rollups and what reads them (dashboards, alerts, briefs).

`make_analysed` writes the rows the analysis bridge would write, then tells the rollups, exactly
as `store_analysis` does through the `analysis_stored` signal (no model is loaded).
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from django.utils import timezone

from ttdn.articles.models import Article, ArticleAnalysis, ArticleFacet, Outlet
from ttdn.articles.signals import analysis_stored

_counter = [0]


def make_outlet(domain: str, country: str = "VN", language: str = "vi", audience: int = 1000) -> Outlet:
    return Outlet.objects.get_or_create(
        domain=domain, defaults={"name": domain, "country": country, "language": language, "audience": audience}
    )[0]


def make_analysed(
    title: str = "",
    *,
    outlet: Outlet | None = None,
    tone: str = "neutral",
    score: float = 0.0,
    published_at: datetime | None = None,
    days_ago: float = 1,
    duplicate_of: Article | None = None,
    topics: tuple[str, ...] = (),
    provinces: tuple[str, ...] = (),
    countries: tuple[str, ...] = (),
    entities: tuple[tuple[str, str], ...] = (),
    cluster: str = "",
    source: Any = None,
    language: str | None = None,
    text: str = "",
) -> Article:
    _counter[0] += 1
    title = title or f"article {_counter[0]}"
    outlet = outlet or make_outlet("bao.example.vn")
    lang = language or outlet.language or "vi"
    article = Article.objects.create(
        title=title,
        text=text or title,
        content_hash=f"{title}-{_counter[0]}",
        outlet=outlet,
        language=lang,
        source=source,
        published_at=published_at or timezone.now() - timedelta(days=days_ago),
        duplicate_of=duplicate_of,
    )
    ArticleAnalysis.objects.create(
        article=article, tone_label=tone, tone_score=score, language=lang, story_cluster=cluster
    )
    rows = [("topic", t) for t in topics] + [("province_2025", p) for p in provinces]
    rows += [("country", c) for c in countries] + list(entities)
    ArticleFacet.objects.bulk_create([ArticleFacet(article=article, kind=k, value=v) for k, v in rows])
    analysis_stored.send(sender=ArticleAnalysis, article_ids=[article.pk])
    return article
