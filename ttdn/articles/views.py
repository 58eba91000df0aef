"""Article pages: latest list, search (htmx partial updates, full-page fallback), detail."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render

from .selectors import visible_articles


@login_required
def article_list(request: HttpRequest) -> HttpResponse:
    articles = visible_articles(request.user).select_related("outlet")[:50]
    return render(request, "articles/list.html", {"articles": articles})


@login_required
def search(request: HttpRequest) -> HttpResponse:
    return render(request, "articles/list.html", {"articles": []})


@login_required
def article_detail(request: HttpRequest, pk: int) -> HttpResponse:
    article = get_object_or_404(visible_articles(request.user).select_related("outlet"), pk=pk)
    return render(request, "articles/detail.html", {"article": article})
