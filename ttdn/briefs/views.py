from __future__ import annotations

from pathlib import Path

from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render

from ttdn.accounts.services import scope_queryset

from .models import Brief


def _visible(request: HttpRequest):  # type: ignore[no-untyped-def]
    return scope_queryset(Brief.objects.all(), request.user, include_shared=True)


@login_required
def brief_list(request: HttpRequest) -> HttpResponse:
    return render(request, "briefs/list.html", {"briefs": _visible(request)[:100]})


@login_required
def download(request: HttpRequest, pk: int, fmt: str) -> FileResponse:
    brief = get_object_or_404(_visible(request), pk=pk)
    version = brief.versions.order_by("-version").first()
    path = getattr(version, f"{fmt}_path", "") if version else ""
    if not path or not Path(path).exists():
        raise Http404
    return FileResponse(open(path, "rb"), as_attachment=True, filename=f"bantin-{brief.number}.{fmt}")
