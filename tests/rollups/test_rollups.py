"""Rollups kept incrementally must equal a rebuild from scratch, whatever happened in between."""

from __future__ import annotations

import random
from datetime import timedelta

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.utils import timezone

from ttdn.articles.models import Article, ArticleAnalysis, ArticleFacet
from ttdn.articles.signals import analysis_stored
from ttdn.rollups import services
from ttdn.rollups.models import CoverageDay, RollupLedger
from ttdn.sources.models import Source

from .factories import make_analysed, make_outlet

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]

TOPICS = ("economy_trade_investment", "diplomacy", "culture_tourism", "sea_islands")
PROVINCES = ("01", "79", "48", "56")


def _reanalyse(article: Article, rng: random.Random) -> None:
    """Replace an article's analysis and facets, as store_analysis does."""
    tone = rng.choice(["negative", "neutral", "positive"])
    ArticleAnalysis.objects.filter(article=article).update(
        tone_label=tone, tone_score=rng.uniform(-1, 1), story_cluster=f"c{rng.randint(0, 5)}"
    )
    ArticleFacet.objects.filter(article=article).delete()
    facets = [("topic", t) for t in rng.sample(TOPICS, rng.randint(0, 2))]
    facets += [("province_2025", p) for p in rng.sample(PROVINCES, rng.randint(0, 2))]
    ArticleFacet.objects.bulk_create([ArticleFacet(article=article, kind=k, value=v) for k, v in facets])
    analysis_stored.send(sender=ArticleAnalysis, article_ids=[article.pk])


def test_incremental_equals_rebuild_after_random_inserts_reanalyses_and_deletions(agencies):
    rng = random.Random(20261206)
    outlets = [
        make_outlet("a.vn", "VN", "vi", 1000),
        make_outlet("b.fr", "FR", "fr", 500),
        make_outlet("c.cn", "CN", "zh", 0),
    ]
    private = Source.objects.create(name="riêng", kind=Source.Kind.RSS, agency=agencies["danang"])
    articles: list[Article] = []
    for step in range(160):
        action = rng.random()
        if action < 0.6 or len(articles) < 5:
            original = rng.choice(articles) if articles and rng.random() < 0.2 else None
            articles.append(
                make_analysed(
                    outlet=rng.choice(outlets),
                    tone=rng.choice(["negative", "neutral", "positive"]),
                    score=rng.uniform(-1, 1),
                    days_ago=rng.uniform(0, 20),
                    duplicate_of=original,
                    topics=tuple(rng.sample(TOPICS, rng.randint(0, 2))),
                    provinces=tuple(rng.sample(PROVINCES, rng.randint(0, 2))),
                    countries=tuple(rng.sample(["US", "FR", "CN"], rng.randint(0, 2))),
                    entities=(("organisation", "asean"),) if rng.random() < 0.3 else (),
                    cluster=f"c{rng.randint(0, 5)}",
                    source=private if rng.random() < 0.2 else None,
                )
            )
        elif action < 0.8:
            _reanalyse(rng.choice(articles), rng)
        elif action < 0.9:
            article = rng.choice(articles)
            article.published_at = timezone.now() - timedelta(days=rng.uniform(0, 20))
            article.save()  # moves the article to another day
        else:
            victim = articles.pop(rng.randrange(len(articles)))
            victim.delete()
    incremental = services.snapshot()
    assert incremental["coverage"], "the random history must leave something to compare"
    assert services.verify() == []
    services.rebuild()
    assert services.snapshot() == incremental
    assert RollupLedger.objects.count() == ArticleAnalysis.objects.count()


def test_measures_scopes_and_visibility(agencies, analyst, make_user):
    vn, fr = make_outlet("a.vn", "VN", "vi", 1000), make_outlet("b.fr", "FR", "fr", 500)
    wire = make_analysed("wire", outlet=vn, tone="positive", score=0.8, topics=("diplomacy",), provinces=("01",))
    make_analysed("wire copy", outlet=fr, tone="positive", score=0.7, duplicate_of=wire, provinces=("01",))
    make_analysed("critical", outlet=fr, tone="negative", score=-0.6, topics=("sea_islands",))
    private = Source.objects.create(name="riêng", kind=Source.Kind.RSS, agency=agencies["danang"])
    make_analysed("danang only", outlet=vn, tone="negative", score=-0.5, source=private, provinces=("48",))
    today = timezone.localdate()
    q = services.query_for(analyst, today - timedelta(days=30), today)
    totals = services.totals(q)
    # The Hà Nội analyst does not see Đà Nẵng's own source; a copy adds reach but not a story.
    assert (totals["articles"], totals["stories"], totals["reach"]) == (3, 2, 2000)
    assert (totals["positive"], totals["negative"]) == (1, 1)
    assert totals["tone_index"] == pytest.approx(0.0)
    assert totals["mean_tone"] == pytest.approx((0.8 - 0.6) / 2)
    hanoi = services.totals(services.query_for(analyst, today - timedelta(days=30), today, scope="p:01"))
    assert (hanoi["articles"], hanoi["stories"]) == (2, 1)
    topics = {r["key"]: r["stories"] for r in services.breakdown(q, "topic")}
    assert topics == {"diplomacy": 1, "sea_islands": 1}
    by_country = {r["key"]: r["articles"] for r in services.breakdown(q, "outlet_country")}
    assert by_country == {"FR": 2, "VN": 1}
    everything = services.totals(services.RollupQuery(start=today - timedelta(days=30), end=today))
    assert everything["articles"] == 4
    days = services.series(q)
    assert len(days) == 31 and sum(d["articles"] for d in days) == 3


def test_saved_search_hits_become_a_scope(agencies, analyst):
    from ttdn.savedsearches.services import create_saved_search, delete_saved_search

    vn = make_outlet("a.vn", "VN", "vi", 1000)
    make_analysed("Hội nghị cấp cao ASEAN tại Hà Nội", outlet=vn, tone="positive", score=0.5)
    make_analysed("Giá lúa gạo tăng", outlet=vn)
    search = create_saved_search(analyst, "ASEAN", query="asean")
    today = timezone.localdate()
    q = services.query_for(analyst, today - timedelta(days=7), today, scope=search.scope)
    assert services.totals(q)["articles"] == 1
    # A new matching article lands in the scope as soon as its analysis is stored.
    make_analysed("Bộ trưởng ASEAN họp về kinh tế", outlet=vn)
    assert services.totals(q)["articles"] == 2
    delete_saved_search(analyst, search)
    assert not CoverageDay.objects.filter(scope=search.scope).exists()
    assert services.verify() == []


def test_rollups_command(agencies):
    make_analysed("one")
    call_command("rollups", "--check")
    CoverageDay.objects.update(articles=99)
    with pytest.raises(CommandError):
        call_command("rollups", "--check")
    call_command("rollups", "--rebuild")
    call_command("rollups", "--check")
