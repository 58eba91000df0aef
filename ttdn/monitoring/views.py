from __future__ import annotations

import csv

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from . import charts
from .forms import CoverageForm
from .labels import TONE_LABELS, country_name, facet_label
from .services import coverage


@login_required
def dashboard(request: HttpRequest) -> HttpResponse:
    form = CoverageForm(request.GET or None)
    result = coverage(request.user, form.to_filter())
    tone_labels = {k: str(v) for k, v in TONE_LABELS.items()}
    facet_rows = {
        kind: [{**row, "label": facet_label(kind, row["value"])} for row in rows]
        for kind, rows in result.by_facet.items()
    }
    country_rows = [{**r, "label": country_name(r["outlet__country"])} for r in result.by_outlet_country]
    context = {
        "form": form,
        "cov": result,
        "facet_rows": facet_rows,
        "country_rows": country_rows,
        "tone_labels": tone_labels,
        "charts": {
            "daily_tone": charts.daily_tone(result.daily, tone_labels),
            "mean_tone": charts.mean_tone_line(result.daily),
            "topics": charts.ranked_bars(facet_rows.get("topic", [])),
            "countries": charts.ranked_bars(facet_rows.get("country", [])),
            "provinces": charts.ranked_bars(facet_rows.get("province_2025", [])),
            "outlet_countries": charts.ranked_bars(country_rows),
        },
    }
    return render(request, "monitoring/dashboard.html", context)


@login_required
def daily_csv(request: HttpRequest) -> HttpResponse:
    result = coverage(request.user, CoverageForm(request.GET or None).to_filter())
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="ttdn-coverage.csv"'
    response.write("\ufeff")  # Excel opens UTF-8 Vietnamese correctly only with a BOM
    writer = csv.writer(response)
    writer.writerow(["day", "stories", "negative", "neutral", "positive", "mean_tone"])
    for row in result.daily:
        tone = "" if row["tone"] is None else f"{row['tone']:.3f}"
        writer.writerow([row["day"], row["total"], row["negative"], row["neutral"], row["positive"], tone])
    return response
