"""The Django side of the analysis library: documents in, rows and facets out, resumable."""

from datetime import timedelta

import pytest
from django.core.management import call_command
from django.utils import timezone

from ttdn.articles.analysis_bridge import analyse_articles, pending, reset_pipeline
from ttdn.articles.models import Article, ArticleAnalysis, ArticleFacet, Outlet
from ttdn.jobs.models import JobRecord
from ttdn.jobs.registry import enqueue

TEXTS = [
    (
        "vi",
        "Thủ tướng tiếp Đại sứ Pháp tại Hà Nội",
        "Chiều 10/11, tại Hà Nội, Thủ tướng Chính phủ tiếp Đại sứ Pháp. Hai bên nhất trí thúc đẩy hợp tác "
        "kinh tế, thương mại và đầu tư giữa Việt Nam và Pháp.",
    ),
    (
        "en",
        "Vietnam and France deepen trade ties",
        "Vietnam's prime minister received the French ambassador in Hanoi on Monday. Both sides agreed to expand "
        "trade and investment between Vietnam and France.",
    ),
    (
        "fr",
        "Le Vietnam et la France renforcent leurs échanges",
        "Le Premier ministre vietnamien a reçu lundi à Hanoï l'ambassadeur de France. Les deux pays veulent "
        "développer le commerce et les investissements.",
    ),
]


@pytest.fixture
def analysis_env(settings, tmp_path):
    settings.TTDN_ANALYSIS_PROFILE = "fast"
    settings.TTDN_ANALYSIS_STATE_DIR = tmp_path / "analysis"
    reset_pipeline()
    yield
    reset_pipeline()


@pytest.fixture
def articles(db):
    outlet = Outlet.objects.create(name="Báo Mẫu", domain="mau.example", country="VN", language="vi")
    now = timezone.now()
    return [
        Article.objects.create(
            title=title, text=text, content_hash=f"h{i}", outlet=outlet, published_at=now - timedelta(hours=i)
        )
        for i, (_lang, title, text) in enumerate(TEXTS)
    ]


def test_analysis_is_stored_with_facets_and_spans_that_match_the_text(analysis_env, articles):
    result = analyse_articles([a.pk for a in articles])
    assert result == {"analysed": 3}
    for article, (language, _title, _text) in zip(articles, TEXTS, strict=True):
        article.refresh_from_db()
        record = article.analysis
        assert record.language == language
        assert record.model_versions["pipeline"].endswith("/fast")
        countries = set(ArticleFacet.objects.filter(article=article, kind="country").values_list("value", flat=True))
        assert {"VN", "FR"} <= countries
        assert ArticleFacet.objects.filter(article=article, kind="province_2025").exists()  # Hà Nội / Hanoi
        for mention in record.entities:
            source = article.title if mention["field"] == "title" else article.text
            assert source[mention["start"] : mention["end"]] == mention["text"]
        assert record.vietnam_relevance > 0.5


def test_pending_makes_reruns_resume_and_command_finishes_the_rest(analysis_env, articles):
    analyse_articles([articles[0].pk])
    assert set(pending().values_list("pk", flat=True)) == {articles[1].pk, articles[2].pk}
    call_command("analyse")
    assert not pending().exists()
    assert ArticleAnalysis.objects.count() == 3
    # Nothing is outdated right after analysis with the current models.
    assert not pending(reanalyse_outdated=True).exists()
    ArticleAnalysis.objects.filter(article=articles[0]).update(model_versions={"pipeline": "old"})
    assert list(pending(reanalyse_outdated=True).values_list("pk", flat=True)) == [articles[0].pk]


def test_analyse_pending_job_and_cluster_state_persist(analysis_env, articles, settings):
    settings.TTDN_ANALYSIS_PROFILE = "full"  # multilingual E5 vectors give every story a cluster
    reset_pipeline()
    record = JobRecord.objects.get(pk=enqueue("articles.analyse_pending"))
    assert record.status == JobRecord.Status.DONE and record.result == {"analysed": 3}
    assert (settings.TTDN_ANALYSIS_STATE_DIR / "story_clusters.json").exists()
    clusters = list(ArticleAnalysis.objects.values_list("story_cluster", flat=True))
    assert all(clusters)
    # A fresh process (a new pipeline) continues from the saved state instead of starting over.
    reset_pipeline()
    from ttdn.articles.analysis_bridge import get_pipeline

    assert set(clusters) <= set(get_pipeline().clusterer.cluster_ids)


@pytest.mark.django_db(transaction=True)
def test_storing_articles_queues_one_analysis_job(analysis_env, settings, django_capture_on_commit_callbacks):
    settings.TTDN_AUTO_ANALYSE = True
    settings.TTDN_JOBS_EAGER = False
    settings.TTDN_BROKER_URL = ""
    from ttdn.articles.services import ArticleInput, ingest_article
    from ttdn.jobs.registry import wait_idle

    for _lang, title, text in TEXTS:
        ingest_article(ArticleInput(title=title, text=text, url=f"https://mau.example/{len(title)}"))
    wait_idle(timeout=300)
    jobs = JobRecord.objects.filter(name="articles.analyse_pending")
    assert jobs.exists() and jobs.count() <= len(TEXTS)
    assert all(j.status == JobRecord.Status.DONE for j in jobs), [(j.status, j.error) for j in jobs]
    assert ArticleAnalysis.objects.count() == 3


def test_analyse_command_with_nothing_pending_loads_no_model(analysis_env, db):
    from io import StringIO

    from ttdn.articles import analysis_bridge

    out = StringIO()
    call_command("analyse", stdout=out)
    assert "nothing to analyse" in out.getvalue()
    assert analysis_bridge._pipeline is None
