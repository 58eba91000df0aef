from __future__ import annotations

import pytest
from django.urls import reverse

from ttdn.articles.models import Article, ArticleAnalysis, ArticleFacet

pytestmark = pytest.mark.django_db


def test_pages_require_login(client):
    for name in ("articles:list", "articles:search"):
        response = client.get(reverse(name))
        assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_list_shows_latest_first_with_filters(logged_in, corpus):
    page = logged_in.get(reverse("articles:list")).content.decode()
    assert page.index("Le Vietnam accueille") < page.index("Hà Nội đón đoàn")
    assert 'name="language"' in page and 'name="outlet_country"' in page
    filtered = logged_in.get(reverse("articles:list"), {"language": "zh"}).content.decode()
    assert "越南外交部" in filtered and "Đà Nẵng mở" not in filtered


def test_search_full_page_and_htmx_partial(logged_in, corpus):
    full = logged_in.get(reverse("articles:search"), {"q": "ha noi bien dong"})
    html = full.content.decode()
    assert "<html" in html and 'role="search"' in html
    assert "<mark>Hà Nội</mark>" in html and "1 bài viết" in html
    partial = logged_in.get(
        reverse("articles:search"), {"q": "ha noi bien dong"}, HTTP_HX_REQUEST="true", HTTP_HX_TARGET="results"
    ).content.decode()
    assert "<html" not in partial and "<mark>Biển Đông</mark>" in partial


def test_search_pagination_links_keep_the_query(logged_in, corpus):
    html = logged_in.get(reverse("articles:search"), {"q": "", "page_size": 10, "order": "date"}).content.decode()
    assert "trang 1/1" in html
    # Six articles, but the user cannot see the Đà Nẵng agency's private source.
    assert "Đà Nẵng mở đường bay" not in html


def test_agency_scoping_hides_other_agencies_articles(client, make_user, agencies, corpus):
    danang_user = make_user("dn", agencies["danang"])
    client.force_login(danang_user)
    html = client.get(reverse("articles:list")).content.decode()
    assert "Đà Nẵng mở đường bay" in html and "越南外交部" not in html
    assert client.get(reverse("articles:detail", args=[corpus["chinese"].pk])).status_code == 404
    assert client.get(reverse("articles:detail", args=[corpus["danang"].pk])).status_code == 200


def test_detail_shows_dates_flags_duplicates_and_analysis(logged_in, corpus):
    article = corpus["hanoi"]
    Article.objects.filter(pk=corpus["english"].pk).update(duplicate_of=article)
    Article.objects.filter(pk=article.pk).update(date_quality="future", metadata={"gdelt": {"record_id": "2026-X-1"}})
    ArticleAnalysis.objects.create(
        article=article,
        language="vi",
        language_confidence=0.99,
        tone_label="positive",
        tone_score=0.5,
        tone_sentences=[{"text": "Các đại biểu thảo luận về hợp tác khu vực.", "score": 0.5}],
        entities=[
            {"text": "Hà Nội", "kind": "province", "start": 13, "end": 19, "field": "text"},
            {"text": "wrong", "kind": "x", "start": 0, "end": 5, "field": "text"},
            {"text": "Samsung Electronics", "kind": "organisation", "value": "org:samsung_electronics",
             "label": "Samsung Electronics", "start": 500, "end": 519, "field": "text"},
        ],
    )
    ArticleFacet.objects.create(article=article, kind="province", value="01")
    ArticleFacet.objects.create(article=article, kind="organisation", value="org:samsung_electronics")
    html = logged_in.get(reverse("articles:detail", args=[article.pk])).content.decode()
    # NER-found organisations and people are shown by name, not by their internal id
    assert "Samsung Electronics" in html and "org:samsung_electronics" not in html
    assert "02/03/2026" in html  # 03:00 UTC is 10:00 in Hà Nội, same day
    assert "Ngày đăng ở tương lai" in html
    assert "2 bản đăng" in html and "News" in html
    assert "2026-X-1" in html
    assert '<mark class="entity entity-province" title="province">Hà Nội</mark>' in html
    assert "Các câu quyết định sắc thái" in html and "Tích cực" in html


def test_detail_escapes_text_and_sanitises_html(logged_in, corpus):
    article = corpus["french"]
    html = logged_in.get(reverse("articles:detail", args=[article.pk])).content.decode()
    assert "<script>alert(1)</script>" not in html and "&lt;script&gt;" in html
    Article.objects.filter(pk=article.pk).update(html='<p onclick="x()">Bonjour<script>bad()</script></p>')
    html = logged_in.get(reverse("articles:detail", args=[article.pk])).content.decode()
    assert "<p>Bonjour</p>" in html and "bad()" not in html


def test_mark_spans_escapes_and_tolerates_drifted_offsets():
    from ttdn.articles.selectors import mark_spans

    text = "A <b>bold</b> visit to Đà Nẵng and Huế."
    spans = [
        {"text": "Đà Nẵng", "kind": "province", "label": "Đà Nẵng", "start": 20, "end": 27},  # drifted by 3
        {"text": "Huế", "kind": "province", "start": 35, "end": 38},
        {"text": "Paris", "kind": "x", "start": 0, "end": 5},  # not in the text: skipped
        {"kind": "bad", "start": "1", "end": None},
    ]
    html = mark_spans(text, spans)
    assert html.startswith("A &lt;b&gt;bold&lt;/b&gt; visit to ")
    assert '<mark class="entity entity-province" title="Đà Nẵng">Đà Nẵng</mark>' in html
    assert '<mark class="entity entity-province" title="province">Huế</mark>' in html
    assert "Paris" not in html


def test_filter_choices_name_provinces_topics_and_countries(logged_in, corpus):
    ArticleFacet.objects.create(article=corpus["hanoi"], kind="province_2025", value="01")
    ArticleFacet.objects.create(article=corpus["hanoi"], kind="topic", value="tourism")
    ArticleFacet.objects.create(article=corpus["hanoi"], kind="country", value="JP")
    html = logged_in.get(reverse("articles:search")).content.decode()
    assert '<option value="01">01 · Hà Nội</option>' in html
    assert '<option value="tourism">Du lịch</option>' in html
    assert '<option value="JP">JP · Nhật Bản</option>' in html
    page = logged_in.get(reverse("articles:search"), {"province": "01"}).content.decode()
    assert "Hà Nội đón đoàn" in page and "1 bài viết" in page
