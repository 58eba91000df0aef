"""Articles API (/api/v1/articles/): list, detail with analysis, search, outlets. Scoped by agency."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any, Literal

from django.db.models import Count
from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from ninja import Field, Query, Router, Schema

from .dedupe import copies
from .models import Article, ArticleAnalysis, ArticleFacet, Outlet
from .search import SearchQuery, get_backend
from .search.base import MAX_PAGE_SIZE
from .selectors import visible_articles

router = Router(tags=["articles"])


class OutletOut(Schema):
    id: int
    name: str
    domain: str
    country: str
    language: str
    kind: str
    articles: int = 0


class ArticleOut(Schema):
    id: int
    title: str
    url: str
    canonical_url: str
    language: str
    published_at: datetime
    date_quality: str
    outlet: OutletOut | None = None
    source_id: int | None = None
    duplicate_of_id: int | None = None
    summary: str = ""


class FacetOut(Schema):
    kind: str
    value: str
    score: float


class AnalysisOut(Schema):
    analysed_at: datetime
    model_versions: dict[str, Any]
    language: str
    language_confidence: float
    vi_without_diacritics: bool
    vietnam_relevance: float
    tone_label: str
    tone_score: float
    tone_sentences: list[Any]
    topics: list[Any]
    entities: list[Any]
    story_cluster: str


class ArticleDetailOut(ArticleOut):
    text: str = ""
    author: str = ""
    published_at_raw: str = ""
    fetched_at: datetime
    metadata: dict[str, Any] = {}
    copies: list[int] = []
    analysis: AnalysisOut | None = None
    facets: list[FacetOut] = []


class SearchHitOut(ArticleOut):
    rank: float | None = None
    title_html: str = Field("", description="Title, HTML-escaped, matches in <mark>")
    snippet_html: str = Field("", description="Best passage, HTML-escaped, matches in <mark>")


class PageOut(Schema):
    total: int
    page: int
    page_size: int
    pages: int


class ArticlePageOut(PageOut):
    items: list[ArticleOut]


class SearchPageOut(PageOut):
    query: str
    items: list[SearchHitOut]


class Filters(Schema):
    """The same filters as the search page (SearchQuery); lists accept repeated parameters."""

    date_from: date | None = None
    date_to: date | None = None
    language: list[str] = []
    outlet: list[int] = []
    outlet_country: list[str] = []
    source: list[int] = []
    country: list[str] = []
    province: list[str] = []
    topic: list[str] = []
    tone: list[Literal["negative", "neutral", "positive"]] = []
    min_relevance: float | None = Field(None, ge=0, le=1)
    collapse: bool = False
    page: int = Field(1, ge=1)
    page_size: int = Field(20, ge=1, le=MAX_PAGE_SIZE)

    def to_query(self, text: str = "", order: str = "date") -> SearchQuery:
        return SearchQuery(
            text=text,
            date_from=self.date_from,
            date_to=self.date_to,
            languages=tuple(self.language),
            outlet_ids=tuple(self.outlet),
            outlet_countries=tuple(self.outlet_country),
            source_ids=tuple(self.source),
            countries=tuple(self.country),
            provinces=tuple(self.province),
            topics=tuple(self.topic),
            tones=tuple(self.tone),
            min_relevance=self.min_relevance,
            collapse_duplicates=self.collapse,
            order=order,  # type: ignore[arg-type]
            page=self.page,
            page_size=self.page_size,
        )


class SearchFilters(Filters):
    q: str = Field("", max_length=500, description='Words (ANDed), "phrases", a OR b, -excluded, prefix*')
    order: Literal["relevance", "date", "date_asc"] = "relevance"


def _article(a: Article) -> dict[str, Any]:
    return {
        "id": a.pk,
        "title": a.title,
        "url": a.url,
        "canonical_url": a.canonical_url,
        "language": a.language,
        "published_at": a.published_at,
        "date_quality": a.date_quality,
        "outlet": _outlet(a.outlet) if a.outlet else None,
        "source_id": a.source_id,
        "duplicate_of_id": a.duplicate_of_id,
        "summary": a.summary,
    }


def _outlet(o: Outlet, count: int = 0) -> dict[str, Any]:
    return {
        "id": o.pk,
        "name": o.name,
        "domain": o.domain,
        "country": o.country,
        "language": o.language,
        "kind": o.kind,
        "articles": count,
    }


@router.get("/", response=ArticlePageOut, summary="List articles (newest first)")
def list_articles(request: HttpRequest, filters: Query[Filters]) -> dict[str, Any]:
    result = get_backend().search(filters.to_query(order="date"), visible_articles(request.user))
    return {
        "total": result.total,
        "page": result.page,
        "page_size": result.page_size,
        "pages": result.pages,
        "items": [_article(hit.article) for hit in result.hits],
    }


@router.get("/search", response=SearchPageOut, summary="Full-text search (diacritic-insensitive)")
def search_articles(request: HttpRequest, filters: Query[SearchFilters]) -> dict[str, Any]:
    query = filters.to_query(text=filters.q, order=filters.order)
    result = get_backend().search(query, visible_articles(request.user))
    return {
        "query": filters.q,
        "total": result.total,
        "page": result.page,
        "page_size": result.page_size,
        "pages": result.pages,
        "items": [
            {
                **_article(hit.article),
                "rank": hit.rank,
                "title_html": str(hit.title_html),
                "snippet_html": str(hit.snippet_html),
            }
            for hit in result.hits
        ],
    }


@router.get("/outlets", response=list[OutletOut], summary="Outlets with the number of visible articles")
def list_outlets(request: HttpRequest, country: str = "", language: str = "") -> list[dict[str, Any]]:
    counts = dict(
        visible_articles(request.user)
        .order_by()
        .values("outlet_id")
        .annotate(n=Count("pk"))
        .values_list("outlet_id", "n")
    )
    outlets = Outlet.objects.order_by("name")
    if country:
        outlets = outlets.filter(country=country.upper())
    if language:
        outlets = outlets.filter(language=language)
    return [_outlet(o, counts.get(o.pk, 0)) for o in outlets]


@router.get("/{int:article_id}", response=ArticleDetailOut, summary="One article with its analysis")
def get_article(request: HttpRequest, article_id: int) -> dict[str, Any]:
    article = get_object_or_404(visible_articles(request.user).select_related("outlet"), pk=article_id)
    analysis = ArticleAnalysis.objects.filter(article=article).first()
    group = [a.pk for a in copies(article)]
    visible = set(visible_articles(request.user).filter(pk__in=group).values_list("pk", flat=True))
    group = [pk for pk in group if pk in visible]
    return {
        **_article(article),
        "text": article.text,
        "author": article.author,
        "published_at_raw": article.published_at_raw,
        "fetched_at": article.fetched_at,
        "metadata": article.metadata or {},
        "copies": group if len(group) > 1 else [],
        "analysis": analysis,
        "facets": list(ArticleFacet.objects.filter(article=article).order_by("kind", "value")),
    }
