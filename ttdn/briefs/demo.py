"""Demo: one national weekly brief for the demo corpus' last complete week (idempotent)."""

from __future__ import annotations

from collections.abc import Callable

from django.contrib.auth import get_user_model
from django.utils import timezone

from .content import last_complete_period
from .models import Brief
from .services import generate


def load_demo(log: Callable[[str], None]) -> None:
    start, end = last_complete_period("weekly", timezone.localdate())
    if Brief.objects.filter(agency=None, scope="", period_kind="weekly", period_start=start).exists():
        return
    actor = get_user_model().objects.filter(username="bcd.reviewer").first()
    version = generate(actor, scope="", period_kind="weekly", day=start)
    version.brief.distribution = "bcd@example.gov.vn"
    version.brief.save(update_fields=["distribution"])
    log(f"briefs: weekly brief {start:%d/%m/%Y}–{end:%d/%m/%Y} generated")
