from __future__ import annotations

from datetime import timedelta

from django.contrib.auth.decorators import login_required
from django.db import connection
from django.db.models import Count
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.utils import timezone

from ttdn.accounts.services import scope_queryset
from ttdn.articles.selectors import visible_articles
from ttdn.sources.models import QuarantinedItem, Source


@login_required
def home(request: HttpRequest) -> HttpResponse:
    sources = scope_queryset(Source.objects.all(), request.user, include_shared=True)
    articles = visible_articles(request.user)
    since = timezone.now() - timedelta(days=7)
    context = {
        "article_count": articles.count(),
        "articles_week": articles.filter(published_at__gte=since).count(),
        "source_count": sources.count(),
        "failing_sources": sources.exclude(last_error="").count(),
        "quarantine_count": QuarantinedItem.objects.filter(resolved=False, source__in=sources).count(),
        "by_language": articles.values("language").annotate(n=Count("id")).order_by("-n")[:10],
        "latest": articles.select_related("outlet").order_by("-published_at")[:10],
    }
    return render(request, "web/home.html", context)


def healthz(request: HttpRequest) -> JsonResponse:
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
    return JsonResponse({"status": "ok", "database": connection.vendor})
