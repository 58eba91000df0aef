from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django_htmx.middleware import HtmxDetails

from .models import JobRecord


class HtmxHttpRequest(HttpRequest):
    htmx: HtmxDetails


@login_required
def job_list(request: HttpRequest) -> HttpResponse:
    records = JobRecord.objects.all()
    if status := request.GET.get("status"):
        records = records.filter(status=status)
    page = Paginator(records, 50).get_page(request.GET.get("page"))
    return render(request, "jobs/list.html", {"page": page, "statuses": JobRecord.Status.choices})


@login_required
def job_detail(request: HtmxHttpRequest, pk: int) -> HttpResponse:
    record = get_object_or_404(JobRecord, pk=pk)
    template = "jobs/_status.html" if request.htmx else "jobs/detail.html"
    return render(request, template, {"job": record})
