"""Sources pages: list with health, detail with runs and quarantine, forms, upload, quarantine list."""

from __future__ import annotations

import uuid
from collections import Counter
from pathlib import Path
from typing import Any, TypedDict

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db.models import Q
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.text import get_valid_filename
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from django_htmx.middleware import HtmxDetails

from ttdn.jobs.registry import enqueue

from .forms import SourceForm, UploadForm
from .models import QuarantinedItem, Source
from .services import (
    Health,
    can_edit,
    create_source,
    default_agency,
    guess_format,
    health,
    health_states,
    is_fetchable,
    payload_preview,
    quarantine_for,
    raw_bytes,
    resolve_quarantined,
    rotate_push_token,
    update_source,
    visible_sources,
)


class HtmxHttpRequest(HttpRequest):
    htmx: HtmxDetails


class SourceRow(TypedDict):
    source: Source
    health: Health
    editable: bool
    fetchable: bool


@login_required
def source_list(request: HttpRequest) -> HttpResponse:
    sources = visible_sources(request.user).select_related("agency").order_by("name")
    query = request.GET.get("q", "").strip()
    kind = request.GET.get("kind", "")
    if query:
        sources = sources.filter(Q(name__icontains=query) | Q(url__icontains=query))
    if kind in Source.Kind.values:
        sources = sources.filter(kind=kind)
    editor = can_edit(request.user)
    rows: list[SourceRow] = [
        {
            "source": s,
            "health": health(s),
            "editable": editor and can_edit(request.user, s),
            "fetchable": is_fetchable(s),
        }
        for s in sources
    ]
    counts = Counter(row["health"].code for row in rows)
    wanted = request.GET.get("health", "")
    if wanted:
        rows = [row for row in rows if row["health"].code == wanted]
    context = {
        "rows": rows,
        "health_counts": [(state, counts[state.code]) for state in health_states() if counts[state.code]],
        "filters": {"q": query, "kind": kind, "health": wanted},
        "kinds": Source.Kind.choices,
        "can_add": can_edit(request.user),
        "quarantine_count": quarantine_for(request.user).filter(resolved=False).count(),
    }
    return render(request, "sources/list.html", context)


@login_required
def source_detail(request: HttpRequest, pk: int) -> HttpResponse:
    source = get_object_or_404(visible_sources(request.user).select_related("agency", "outlet"), pk=pk)
    context = {
        "source": source,
        "health": health(source),
        "editable": can_edit(request.user, source),
        "fetchable": is_fetchable(source),
        "runs": source.runs.select_related("started_by")[:20],
        "quarantine": _with_previews(source.quarantined_items.filter(resolved=False).order_by("-created_at")[:50]),
        "raw_count": source.raw_documents.count(),
    }
    return render(request, "sources/detail.html", context)


def _save_form(request: HttpRequest, form: SourceForm, source: Source | None) -> Source:
    fields = {name: form.cleaned_data[name] for name in form.Meta.fields}
    if source is None:
        return create_source(request.user, **fields)
    return update_source(request.user, source, **fields)


@login_required
def source_add(request: HttpRequest) -> HttpResponse:
    if not can_edit(request.user):
        raise PermissionDenied
    form = SourceForm(request.POST or None, user=request.user)
    if request.method == "POST" and form.is_valid():
        source = _save_form(request, form, None)
        messages.success(request, _("Đã thêm nguồn tin."))
        return redirect("sources:detail", pk=source.pk)
    return render(request, "sources/form.html", {"form": form, "source": None})


@login_required
def source_edit(request: HttpRequest, pk: int) -> HttpResponse:
    source = get_object_or_404(visible_sources(request.user), pk=pk)
    if not can_edit(request.user, source):
        raise PermissionDenied
    form = SourceForm(request.POST or None, instance=Source.objects.get(pk=pk), user=request.user)
    if request.method == "POST" and form.is_valid():
        _save_form(request, form, source)
        messages.success(request, _("Đã lưu thay đổi."))
        return redirect("sources:detail", pk=source.pk)
    return render(request, "sources/form.html", {"form": form, "source": source})


@login_required
@require_POST
def fetch_now(request: HtmxHttpRequest, pk: int) -> HttpResponse:
    source = get_object_or_404(visible_sources(request.user), pk=pk)
    if not can_edit(request.user, source):
        raise PermissionDenied
    job_id = enqueue("sources.ingest", source_id=source.pk, user_id=request.user.pk)
    message = _("Đã xếp hàng lấy tin (tác vụ #%(id)s).") % {"id": job_id}
    if request.htmx:
        return render(request, "sources/_queued.html", {"message": message, "job_id": job_id})
    messages.info(request, message)
    return redirect("sources:detail", pk=source.pk)


@login_required
@require_POST
def push_token(request: HttpRequest, pk: int) -> HttpResponse:
    source = get_object_or_404(visible_sources(request.user), pk=pk)
    if not can_edit(request.user, source) or source.kind != Source.Kind.PUSH:
        raise PermissionDenied
    token = rotate_push_token(request.user, source)
    return render(request, "sources/push_token.html", {"source": source, "token": token})


@login_required
def upload(request: HttpRequest) -> HttpResponse:
    if not can_edit(request.user):
        raise PermissionDenied
    form = UploadForm(request.POST or None, request.FILES or None, user=request.user)
    if request.method == "POST" and form.is_valid():
        uploaded = form.cleaned_data["file"]
        source = form.cleaned_data["source"]
        if source is not None and not can_edit(request.user, source):
            raise PermissionDenied
        folder = Path(settings.DATA_DIR) / "uploads"
        folder.mkdir(parents=True, exist_ok=True)
        target = folder / f"{uuid.uuid4().hex}-{get_valid_filename(uploaded.name)[-100:]}"
        with open(target, "wb") as handle:
            for chunk in uploaded.chunks():
                handle.write(chunk)
        fmt = form.cleaned_data["format"] or guess_format(target)
        if source is None:
            name = form.cleaned_data["source_name"] or _("Tệp tải lên: %(name)s") % {"name": uploaded.name}
            source = create_source(
                request.user,
                name=name[:255],
                kind=fmt,
                agency=default_agency(request.user),
                config={"uploaded_file": uploaded.name},
            )
        job_id = enqueue(
            "sources.import_file",
            path=str(target),
            fmt=fmt,
            source_id=source.pk,
            user_id=request.user.pk,
        )
        messages.info(request, _("Đã nhận tệp; đang nhập dữ liệu (tác vụ #%(id)s).") % {"id": job_id})
        return redirect("sources:detail", pk=source.pk)
    return render(request, "sources/upload.html", {"form": form})


@login_required
def quarantine_list(request: HttpRequest) -> HttpResponse:
    items = quarantine_for(request.user).filter(resolved=request.GET.get("resolved") == "1").order_by("-created_at")
    source_id = request.GET.get("source", "")
    if source_id.isdigit():
        items = items.filter(source_id=int(source_id))
    page = Paginator(items, 50).get_page(request.GET.get("page"))
    page.object_list = _with_previews(page.object_list)
    sources = visible_sources(request.user).filter(quarantined_items__isnull=False).distinct().order_by("name")
    return render(request, "sources/quarantine.html", {"page": page, "sources": sources, "selected_source": source_id})


def _with_previews(items: Any) -> list[QuarantinedItem]:
    items = list(items)
    for item in items:
        item.preview = payload_preview(bytes(item.payload or b""))  # type: ignore[attr-defined]
    return items


def _visible_item(request: HttpRequest, pk: int) -> QuarantinedItem:
    return get_object_or_404(quarantine_for(request.user), pk=pk)


@login_required
def quarantine_download(request: HttpRequest, pk: int) -> HttpResponse:
    item = _visible_item(request, pk)
    payload = bytes(item.payload or b"")
    if not payload and item.raw is not None:
        payload = raw_bytes(item.raw)
    response = HttpResponse(payload, content_type="application/octet-stream")
    response["Content-Disposition"] = f'attachment; filename="quarantine-{item.pk}.bin"'
    response["X-Content-Type-Options"] = "nosniff"
    return response


@login_required
@require_POST
def quarantine_resolve(request: HttpRequest, pk: int) -> HttpResponse:
    item = _visible_item(request, pk)
    if not can_edit(request.user, item.source):
        raise PermissionDenied
    resolve_quarantined(request.user, item)
    messages.success(request, _("Đã đánh dấu mục cách ly là đã xử lý."))
    target = request.POST.get("next", "")
    if target and url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}):
        return redirect(target)
    return redirect("sources:quarantine")
