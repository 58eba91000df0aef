"""Timeliness: hours from a claim's first appearance to triage, to first draft, to publication."""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime

from django.db.models import QuerySet
from django.utils import timezone

from .models import Case

MEASURES = ("triage", "draft", "publish")


def percentile(values: list[float], q: float) -> float | None:
    """Nearest-rank percentile (q in 0..1): always an observed value, stable for small samples."""
    if not values:
        return None
    ordered = sorted(values)
    rank = max(1, math.ceil(q * len(ordered)))
    return ordered[rank - 1]


def median(values: list[float]) -> float | None:
    if not values:
        return None
    ordered = sorted(values)
    mid = len(ordered) // 2
    return ordered[mid] if len(ordered) % 2 else (ordered[mid - 1] + ordered[mid]) / 2


def _hours(start: datetime, end: datetime | None) -> float | None:
    if end is None:
        return None
    return max(0.0, (end - start).total_seconds() / 3600)


@dataclass(frozen=True)
class Measure:
    n: int
    median: float | None
    p90: float | None


@dataclass(frozen=True)
class TimelinessRow:
    agency_id: int
    agency_name: str
    month: str  # YYYY-MM of the first appearance, local time
    cases: int
    measures: dict[str, Measure]


def timeliness(cases: QuerySet[Case]) -> list[TimelinessRow]:
    """One row per agency and month of first appearance; dismissed cases are left out."""
    groups: dict[tuple[int, str], dict[str, list[float]]] = defaultdict(lambda: {m: [] for m in MEASURES})
    names: dict[int, str] = {}
    counts: dict[tuple[int, str], int] = defaultdict(int)
    for case in cases.exclude(status=Case.Status.DISMISSED).select_related("agency"):
        key = (case.agency_id, timezone.localtime(case.first_seen_at).strftime("%Y-%m"))
        names[case.agency_id] = case.agency.name_vi
        counts[key] += 1
        bucket = groups[key]
        for measure, end in zip(MEASURES, (case.triaged_at, case.first_draft_at, case.published_at), strict=True):
            hours = _hours(case.first_seen_at, end)
            if hours is not None:
                bucket[measure].append(hours)
    rows = []
    for (agency_id, month), values in sorted(groups.items(), key=lambda kv: (kv[0][1], names[kv[0][0]]), reverse=False):
        rows.append(
            TimelinessRow(
                agency_id=agency_id,
                agency_name=names[agency_id],
                month=month,
                cases=counts[(agency_id, month)],
                measures={m: Measure(len(v), median(v), percentile(v, 0.9)) for m, v in values.items()},
            )
        )
    return rows
