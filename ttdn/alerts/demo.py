"""Demo step (after analysis): a few alert rules for the demo users, evaluated over the demo period.

Rules look back over the demo corpus once (``backfill_days``) so the inbox is not empty; every
later evaluation only sees what is new. No e-mail or webhook is configured on demo rules.
Idempotent: a rule that exists is left alone and not evaluated again.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.contrib.auth.models import User

from ttdn.accounts.models import Agency

from . import services
from .models import Alert, AlertRule

# owner, agency code, name, kind, parameters, backfill days
DEMO_RULES: list[tuple[str, str, str, str, dict[str, Any], int]] = [
    ("responder", "BNG", "Biển Đông — bài mới", AlertRule.Kind.WATCH, {"query": "Biển Đông"}, 14),
    ("responder", "BNG", "Tin tiêu cực toàn quốc tăng đột biến", AlertRule.Kind.NEGATIVE_SPIKE, {}, 30),
    ("responder", "BNG", "Trùng luận điệu sai trái (điểm ≥ 0,6)", AlertRule.Kind.CLAIM_MATCH, {"min_score": 0.6}, 30),
    ("bcd.lead", "BCD", "Số tin toàn quốc tăng đột biến", AlertRule.Kind.VOLUME_SPIKE, {}, 45),
    ("bcd.lead", "BCD", "Sự kiện lan nhanh ra nhiều nước", AlertRule.Kind.STORY_SPREAD, {"window_hours": 24}, 7),
]


def load_demo(log: Callable[[str], None]) -> None:
    created = fired = 0
    for username, code, name, kind, parameters, backfill in DEMO_RULES:
        owner = User.objects.filter(username=username).first()
        agency = Agency.objects.filter(code=code).first()
        if owner is None or agency is None:
            continue
        rule = AlertRule.objects.filter(owner=owner, name=name).first()
        if rule is not None:
            continue
        rule = services.create_rule(
            owner, name=name, kind=kind, agency=agency, parameters=parameters, throttle_minutes=60
        )
        created += 1
        fired += len(services.evaluate_rule(rule, backfill_days=backfill, deliver=False))
    if created and not Alert.objects.exists():
        # The corpus always mentions the East Sea somewhere: look back over all of it.
        rule = AlertRule.objects.filter(kind=AlertRule.Kind.WATCH, name=DEMO_RULES[0][2]).first()
        if rule is not None:
            fired += len(services.evaluate_rule(rule, backfill_days=120, deliver=False))
    log(f"  alert rules: {created} created; {fired} alerts fired over the demo period")
