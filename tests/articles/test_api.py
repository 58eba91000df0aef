from __future__ import annotations

import pytest

from ttdn.articles.models import Article, ArticleAnalysis, ArticleFacet

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]


def test_api_requires_a_token(client, corpus):
    assert client.get("/api/v1/articles/").status_code == 401


def test_list_is_scoped_newest_first_and_paginated(client, api_headers, corpus):
    data = client.get("/api/v1/articles/", {"page_size": 2}, headers=api_headers).json()
    # The Hà Nội analyst sees shared, Hà Nội and source-less articles, not Đà Nẵng's private source.
    assert data["total"] == 5 and data["pages"] == 3
    assert [item["id"] for item in data["items"]] == [corpus["french"].pk, corpus["japanese"].pk]
    assert data["items"][0]["outlet"]["country"] == "FR"
    zh = client.get("/api/v1/articles/", {"language": ["zh", "ja"]}, headers=api_headers).json()
    assert {item["id"] for item in zh["items"]} == {corpus["chinese"].pk, corpus["japanese"].pk}


def test_search_endpoint_matches_without_diacritics(client, api_headers, corpus):
    data = client.get("/api/v1/articles/search", {"q": "ha noi bien dong"}, headers=api_headers).json()
    assert data["total"] == 1 and data["items"][0]["id"] == corpus["hanoi"].pk
    assert "<mark>Biển Đông</mark>" in data["items"][0]["snippet_html"]
    assert data["items"][0]["rank"] > 0
    hidden = client.get("/api/v1/articles/search", {"q": "seoul"}, headers=api_headers).json()
    assert hidden["total"] == 0  # only in the Đà Nẵng agency's source
    bad = client.get("/api/v1/articles/search", {"q": "x", "page_size": 1000}, headers=api_headers)
    assert bad.status_code == 422


def test_search_endpoint_facet_filters(client, api_headers, corpus):
    ArticleFacet.objects.create(article=corpus["english"], kind="topic", value="sea_islands")
    ArticleAnalysis.objects.create(article=corpus["english"], tone_label="neutral", vietnam_relevance=0.8)
    params = {"q": "vietnam", "topic": "sea_islands", "tone": "neutral", "min_relevance": 0.5}
    data = client.get("/api/v1/articles/search", params, headers=api_headers).json()
    assert [item["id"] for item in data["items"]] == [corpus["english"].pk]


def test_detail_with_analysis_and_copies(client, api_headers, corpus):
    article = corpus["hanoi"]
    Article.objects.filter(pk=corpus["english"].pk).update(duplicate_of=article)
    ArticleAnalysis.objects.create(article=article, language="vi", tone_label="positive", topics=["diplomacy"])
    ArticleFacet.objects.create(article=article, kind="country", value="VN")
    data = client.get(f"/api/v1/articles/{article.pk}", headers=api_headers).json()
    assert data["analysis"]["tone_label"] == "positive" and data["analysis"]["topics"] == ["diplomacy"]
    assert data["facets"] == [{"kind": "country", "value": "VN", "score": 1.0}]
    assert data["copies"] == [article.pk, corpus["english"].pk]
    assert client.get(f"/api/v1/articles/{corpus['danang'].pk}", headers=api_headers).status_code == 404


def test_outlets_with_visible_counts(client, api_headers, corpus):
    data = client.get("/api/v1/articles/outlets", headers=api_headers).json()
    counts = {o["domain"]: o["articles"] for o in data}
    assert counts["vnexpress.example"] == 1 and counts["tuoitre.example"] == 0
    fr = client.get("/api/v1/articles/outlets", {"country": "fr"}, headers=api_headers).json()
    assert [o["domain"] for o in fr] == ["lemonde.example.fr"]
