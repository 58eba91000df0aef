"""Article pages: latest list, search (htmx partial updates, full-page fallback), detail."""

from __future__ import annotations

from urllib.parse import urlencode

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django_htmx.middleware import HtmxDetails

from .dedupe import copies
from .forms import SearchForm
from .models import ArticleAnalysis
from .search import SearchPage, get_backend
from .search.base import Order
from .selectors import analysis_view, visible_articles


class HtmxHttpRequest(HttpRequest):
    htmx: HtmxDetails


def _page_links(request: HttpRequest, page: SearchPage) -> dict[str, str]:
    params = request.GET.copy()
    links = {}
    for name, number in (("previous", page.page - 1), ("next", page.page + 1)):
        if 1 <= number <= page.pages:
            params["page"] = str(number)
            links[name] = "?" + urlencode(params, doseq=True)
    return links


def _search_page(request: HtmxHttpRequest, template: str, default_order: Order) -> HttpResponse:
    articles = visible_articles(request.user)
    initial = {"order": default_order, "page_size": 20}
    form = SearchForm(request.GET or None, user=request.user, articles=articles, initial=initial)
    query = form.to_query(default_order=default_order)
    result = get_backend().search(query, articles)
    context = {"form": form, "page": result, "links": _page_links(request, result), "query": query}
    if request.htmx and request.htmx.target == "results":
        return render(request, "articles/_results.html", context)
    return render(request, template, context)


@login_required
def article_list(request: HtmxHttpRequest) -> HttpResponse:
    return _search_page(request, "articles/list.html", default_order="date")


@login_required
def search(request: HtmxHttpRequest) -> HttpResponse:
    return _search_page(request, "articles/search.html", default_order="relevance")


@login_required
def article_detail(request: HttpRequest, pk: int) -> HttpResponse:
    article = get_object_or_404(visible_articles(request.user).select_related("outlet", "source"), pk=pk)
    group = copies(article)
    visible = set(visible_articles(request.user).filter(pk__in=[a.pk for a in group]).values_list("pk", flat=True))
    group = [a for a in group if a.pk in visible]
    analysis = ArticleAnalysis.objects.filter(article=article).first()
    context = {
        "article": article,
        "group": group if len(group) > 1 else [],
        "gdelt": (article.metadata or {}).get("gdelt"),
        "analysis": analysis,
        "show_summary": bool(article.summary) and article.summary.strip()[:100] not in article.text,
        **analysis_view(article, analysis),
    }
    return render(request, "articles/detail.html", context)
