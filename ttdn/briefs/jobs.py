"""Scheduled briefs: the last complete day and week, national, generated once (idempotent)."""

from __future__ import annotations

from django.utils import timezone

from ttdn.jobs.registry import job

from .content import last_complete_period
from .models import Brief
from .services import generate


@job("briefs.generate_due")
def generate_due(**_: object) -> int:
    made = 0
    today = timezone.localdate()
    for kind in ("daily", "weekly"):
        start, _end = last_complete_period(kind, today)
        if not Brief.objects.filter(agency=None, scope="", period_kind=kind, period_start=start).exists():
            generate(None, scope="", period_kind=kind, day=start)
            made += 1
    return made
