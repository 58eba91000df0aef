from datetime import timedelta

import pytest
from django.utils import timezone

from ttdn.articles.models import Article, ArticleAnalysis, ArticleFacet, Outlet
from ttdn.monitoring.services import CoverageFilter, coverage
from ttdn.sources.models import Source


def make_article(title, *, outlet, tone=None, score=0.0, days_ago=1, duplicate_of=None, facets=(), source=None):
    article = Article.objects.create(
        title=title,
        text=title,
        content_hash=title,
        outlet=outlet,
        language=outlet.language,
        source=source,
        published_at=timezone.now() - timedelta(days=days_ago),
        duplicate_of=duplicate_of,
    )
    if tone:
        ArticleAnalysis.objects.create(article=article, tone_label=tone, tone_score=score, language=outlet.language)
    for kind, value in facets:
        ArticleFacet.objects.create(article=article, kind=kind, value=value)
    return article


@pytest.fixture
def corpus(agencies):
    vn = Outlet.objects.create(name="Báo A", domain="a.vn", country="VN", language="vi", audience=1000)
    fr = Outlet.objects.create(name="Journal B", domain="b.fr", country="FR", language="fr", audience=500)
    wire = make_article(
        "wire",
        outlet=vn,
        tone="positive",
        score=0.8,
        facets=[("topic", "economy_trade_investment"), ("province_2025", "01")],
    )
    make_article("wire copy", outlet=fr, tone="positive", score=0.7, duplicate_of=wire)
    make_article("critical", outlet=fr, tone="negative", score=-0.6, facets=[("topic", "human_rights_religion_ethnic")])
    make_article("plain", outlet=vn, tone="neutral", score=0.0, days_ago=3)
    make_article("old", outlet=vn, tone="negative", score=-0.9, days_ago=200)
    private = Source.objects.create(name="Đà Nẵng riêng", kind=Source.Kind.RSS, agency=agencies["danang"])
    make_article("danang only", outlet=vn, tone="negative", score=-0.5, source=private)
    return {"vn": vn, "fr": fr}


def test_copies_count_once_for_stories_but_add_reach(corpus, analyst):
    result = coverage(analyst, CoverageFilter(days=30))
    # analyst is in Hà Nội: Đà Nẵng's private source is out of scope; "old" is outside the window.
    assert result.stories == 3 and result.copies == 4
    assert result.tone_counts == {"negative": 1, "neutral": 1, "positive": 1}
    assert result.reach == 1000 + 500 + 500 + 1000
    assert result.positive_share == pytest.approx(1 / 3)
    assert result.mean_tone == pytest.approx((0.8 - 0.6 + 0.0) / 3)


def test_facet_filters_and_rankings(corpus, analyst):
    result = coverage(analyst, CoverageFilter(days=30, topic="economy_trade_investment"))
    assert result.stories == 1 and result.copies == 2
    by_topic = {row["value"]: row["n"] for row in coverage(analyst, CoverageFilter(days=30)).by_facet["topic"]}
    assert by_topic == {"economy_trade_investment": 1, "human_rights_religion_ethnic": 1}
    assert coverage(analyst, CoverageFilter(days=30, province="01")).stories == 1
    assert coverage(analyst, CoverageFilter(days=30, outlet_country="FR")).copies == 2


def test_steering_sees_private_sources(corpus, make_user, agencies):
    steering = make_user("bcd", agencies["steering"])
    assert coverage(steering, CoverageFilter(days=30)).stories == 4


def test_dashboard_page_csv_and_api(corpus, logged_in, client, api_headers):
    page = logged_in.get("/monitoring/?days=30").content.decode()
    assert "Theo dõi dư luận báo chí" in page and 'id="chart-specs"' in page and "Journal B" in page
    csv_text = logged_in.get("/monitoring/daily.csv?days=30").content.decode("utf-8-sig")
    assert csv_text.splitlines()[0] == "day,stories,negative,neutral,positive,mean_tone"
    assert len(csv_text.splitlines()) == 1 + 2  # two distinct days with stories
    client.logout()
    data = client.get("/api/v1/monitoring/coverage?days=30&language=fr", headers=api_headers).json()
    assert data["stories"] == 1 and data["copies"] == 2 and data["tone_counts"]["negative"] == 1
