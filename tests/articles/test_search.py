"""One search suite for both backends: `make test` runs it on SQLite and again on PostgreSQL."""

from __future__ import annotations

from datetime import date

import pytest
from django.db import connection

from ttdn.articles.models import Article, ArticleAnalysis, ArticleFacet, Outlet
from ttdn.articles.search import SearchQuery, get_backend, parse_query, search

pytestmark = [pytest.mark.postgres, pytest.mark.django_db]


def ids(page) -> list[int]:
    return [hit.article.pk for hit in page.hits]


def found(text: str, **filters) -> set[int]:
    return set(ids(search(SearchQuery(text=text, page_size=100, **filters))))


def test_backend_follows_the_database_vendor(db):
    assert get_backend().vendor == connection.vendor


def test_query_without_diacritics_finds_vietnamese_text(corpus):
    assert found("ha noi bien dong") == {corpus["hanoi"].pk}
    assert found("da nang") == {corpus["danang"].pk}
    # Typing the diacritics (or upper case, or Đ) finds the same thing.
    assert found("Đà Nẵng") == {corpus["danang"].pk}
    assert found("HÀ NỘI BIỂN ĐÔNG") == {corpus["hanoi"].pk}


def test_terms_are_anded_by_default(corpus):
    assert found("bien dong") == {corpus["hanoi"].pk, corpus["danang"].pk}
    assert found("bien dong seoul") == {corpus["danang"].pk}
    assert found("ha noi seoul") == set()


def test_phrase_query_needs_adjacent_words(corpus):
    assert found('"bien dong"') == {corpus["hanoi"].pk}
    assert found('"dong bien"') == set()


def test_or_exclusion_and_prefix(corpus):
    assert found("seoul OR fisheries") == {corpus["danang"].pk, corpus["english"].pk}
    assert found("bien dong -seoul") == {corpus["hanoi"].pk}
    assert found('-"ha noi"', languages=("vi",)) == {corpus["danang"].pk}
    assert found("maritim*") == {corpus["english"].pk}
    assert found("investisseur*") == {corpus["french"].pk}


def test_chinese_and_japanese_words_match_inside_unspaced_text(corpus):
    assert found("外交部") == {corpus["chinese"].pk}
    assert found("南海") == {corpus["chinese"].pk}
    assert found("観光客") == {corpus["japanese"].pk}
    assert found("ダナン") == {corpus["japanese"].pk}
    assert found("外交 ダナン") == set()


def test_hostile_query_syntax_is_treated_as_words(corpus):
    for text in ["NEAR(a b", '"unterminated', "'; DROP TABLE articles_article; --", "a:b AND (", "*", "^x", "!!&|<->"]:
        page = search(SearchQuery(text=text))
        assert page.total >= 0
    assert Article.objects.count() == len(corpus)


def test_filters_date_language_outlet_country_source(corpus, sources):
    everything = {a.pk for a in corpus.values()}
    assert found("", date_from=date(2026, 3, 5), date_to=date(2026, 3, 12)) == {
        corpus["danang"].pk,
        corpus["english"].pk,
        corpus["chinese"].pk,
    }
    assert found("", languages=("zh", "ja")) == {corpus["chinese"].pk, corpus["japanese"].pk}
    outlet = Outlet.objects.get(domain="tuoitre.example")
    assert found("", outlet_ids=(outlet.pk,)) == {corpus["danang"].pk}
    assert found("", outlet_countries=("fr", "GB")) == {corpus["french"].pk, corpus["english"].pk}
    assert found("", source_ids=(sources["shared"].pk,)) == {corpus["hanoi"].pk, corpus["english"].pk}
    assert found("") == everything
    assert found("vietnam", languages=("en",)) == {corpus["english"].pk}


def test_analysis_facet_filters(corpus):
    hanoi, danang, english = corpus["hanoi"], corpus["danang"], corpus["english"]
    ArticleFacet.objects.create(article=hanoi, kind="country", value="VN")
    ArticleFacet.objects.create(article=english, kind="country", value="JP")
    ArticleFacet.objects.create(article=english, kind="country", value="VN")
    # Pre-merger Quảng Nam (49) and Đà Nẵng (48) are one unit after 1/7/2025 (code 48 kept here).
    ArticleFacet.objects.create(article=danang, kind="province", value="48")
    ArticleFacet.objects.create(article=hanoi, kind="province_2025", value="01")
    ArticleFacet.objects.create(article=english, kind="topic", value="sea_islands")
    ArticleFacet.objects.create(article=hanoi, kind="topic", value="sea_islands")
    ArticleAnalysis.objects.create(article=hanoi, tone_label="positive", tone_score=0.6, vietnam_relevance=0.9)
    ArticleAnalysis.objects.create(article=english, tone_label="neutral", vietnam_relevance=0.7)
    ArticleAnalysis.objects.create(article=danang, tone_label="negative", tone_score=-0.4, vietnam_relevance=0.2)

    assert found("", countries=("jp",)) == {english.pk}
    assert found("", countries=("VN",)) == {hanoi.pk, english.pk}
    assert found("", provinces=("48",)) == {danang.pk}
    assert found("", provinces=("01",)) == {hanoi.pk}
    assert found("", topics=("sea_islands",)) == {hanoi.pk, english.pk}
    assert found("", tones=("negative", "neutral")) == {danang.pk, english.pk}
    assert found("", min_relevance=0.5) == {hanoi.pk, english.pk}
    assert found("", topics=("sea_islands",), tones=("positive",)) == {hanoi.pk}
    assert found("bien dong", countries=("VN",)) == {hanoi.pk}


def test_relevance_and_date_ordering(corpus):
    # "bien dong" is in the title of one article (weighted) and only in the body of the other.
    by_rank = search(SearchQuery(text="bien dong", order="relevance"))
    assert ids(by_rank) == [corpus["hanoi"].pk, corpus["danang"].pk]
    assert by_rank.hits[0].rank > by_rank.hits[1].rank
    by_date = search(SearchQuery(text="bien dong", order="date"))
    assert ids(by_date) == [corpus["danang"].pk, corpus["hanoi"].pk]
    oldest_first = search(SearchQuery(order="date_asc", page_size=2))
    assert ids(oldest_first) == [corpus["hanoi"].pk, corpus["danang"].pk]


def test_pagination_reports_total_and_pages(corpus):
    first = search(SearchQuery(page=1, page_size=4, order="date"))
    second = search(SearchQuery(page=2, page_size=4, order="date"))
    assert first.total == second.total == len(corpus)
    assert first.pages == 2 and first.has_next and not first.has_previous
    assert len(first.hits) == 4 and len(second.hits) == 2
    assert not set(ids(first)) & set(ids(second))
    assert search(SearchQuery(page_size=10_000)).page_size == 100


def test_snippets_highlight_original_words_and_escape_html(corpus):
    page = search(SearchQuery(text="ha noi bien dong"))
    hit = page.hits[0]
    assert "<mark>Hà Nội</mark>" in hit.title_html and "<mark>Biển Đông</mark>" in hit.title_html
    assert "<mark>Biển Đông</mark>" in hit.snippet_html
    french = search(SearchQuery(text="investisseurs")).hits[0]
    assert "<script>" not in french.snippet_html
    assert "&lt;script&gt;" in french.snippet_html
    assert "<mark>investisseurs</mark>" in french.snippet_html
    chinese = search(SearchQuery(text="外交部")).hits[0]
    assert "<mark>外交部</mark>" in chinese.title_html


def test_edits_and_deletes_reach_the_index(corpus):
    article = corpus["french"]
    article.title = "Sommet sur l'énergie à Đà Lạt"
    article.save()
    assert found("da lat") == {article.pk}
    assert found("forum economique") == set()
    article.delete()
    assert found("da lat") == set()


def test_collapse_keeps_one_article_per_duplicate_group(corpus):
    copy = corpus["danang"]
    Article.objects.filter(pk=copy.pk).update(duplicate_of=corpus["hanoi"])
    assert found("bien dong") == {corpus["hanoi"].pk, copy.pk}
    assert found("bien dong", collapse_duplicates=True) == {corpus["hanoi"].pk}
    # A copy whose representative is filtered out still stands for the story.
    assert found("seoul", collapse_duplicates=True) == {copy.pk}


def test_base_queryset_limits_the_search(corpus):
    base = Article.objects.exclude(language="vi")
    assert search(SearchQuery(text="bien dong"), base).total == 0


def test_parse_query_structure():
    parsed = parse_query('Hà Nội "Biển Đông" -tàu OR x 越南外交')
    positive = [c.alternatives[0].tokens for c in parsed.positive]
    # OR after an exclusion does not join it: "x" stays a required word.
    assert positive == [("ha",), ("noi",), ("bien", "dong"), ("x",), ("越南", "南外", "外交")]
    assert parsed.negative[0].alternatives[0].tokens == ("tau",)


def test_rebuild_restores_rows_written_around_save(corpus):
    from django.core.management import call_command

    # A bulk path that bypassed Article.save() leaves the shadow columns empty.
    Article.objects.filter(pk=corpus["hanoi"].pk).update(search_title="", search_body="")
    assert found("ha noi bien dong") == set()
    call_command("reindex_articles", "--regroup")
    assert found("ha noi bien dong") == {corpus["hanoi"].pk}


def test_hits_report_their_copies_and_do_not_repeat_the_summary(corpus):
    Article.objects.filter(pk=corpus["danang"].pk).update(duplicate_of=corpus["hanoi"])
    hit = search(SearchQuery(text="ha noi bien dong")).hits[0]
    assert hit.copies == 1
    article = corpus["english"]
    article.summary = article.text[:60]
    article.save()
    snippet = search(SearchQuery(text="fisheries")).hits[0].snippet_html
    assert snippet.count("Officials in Hanoi") == 1


def test_snippet_prefers_the_query_words_in_sequence():
    from ttdn.articles.search.snippets import highlight

    terms = parse_query("da nang").highlight_terms()
    html = highlight("Lực lượng chức năng Đà Nẵng đã xác minh", terms)
    assert html == "Lực lượng chức năng <mark>Đà Nẵng</mark> đã xác minh"
    # Without the sequence, each word is marked where it occurs.
    assert highlight("Nẵng và Đà", terms) == "<mark>Nẵng</mark> và <mark>Đà</mark>"


def test_unfiltered_and_filtered_paths_rank_the_same(corpus):
    """Unscoped searches with no filter take the backend's shortcut (SQLite: FTS5 alone)."""
    everything = search(SearchQuery(text="bien OR vietnam"))
    through_filters = search(SearchQuery(text="bien OR vietnam"), Article.objects.filter(pk__gt=0))
    assert everything.total == through_filters.total == 4
    assert ids(everything) == ids(through_filters)
    assert [round(h.rank, 6) for h in everything.hits] == [round(h.rank, 6) for h in through_filters.hits]
    assert "<mark>" in everything.hits[0].title_html
