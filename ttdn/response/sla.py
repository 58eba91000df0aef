"""SLA breach detection: open cases past their deadline get an in-app alert and an e-mail."""

from __future__ import annotations

from datetime import datetime, timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.utils import timezone

from ttdn.accounts.models import Role
from ttdn.accounts.services import audited_update, record

from .models import Case, SlaAlert
from .services import sla_hours

OPEN_STATES = [
    Case.Status.NEW,
    Case.Status.TRIAGED,
    Case.Status.ASSIGNED,
    Case.Status.DRAFTING,
    Case.Status.IN_REVIEW,
    Case.Status.APPROVED,
]


def _recipients(case: Case) -> list[str]:
    User = get_user_model()
    users = User.objects.filter(
        memberships__agency=case.agency, memberships__role__in=[Role.RESPONDER, Role.APPROVER, Role.AGENCY_ADMIN]
    )
    emails = {u.email for u in users if u.email}
    if case.assignee and case.assignee.email:
        emails.add(case.assignee.email)
    return sorted(emails)


def _alert(case: Case, kind: str, deadline: datetime, notify: bool = True) -> bool:
    try:
        with transaction.atomic():
            alert = SlaAlert.objects.create(case=case, agency=case.agency, kind=kind)
    except IntegrityError:
        return False  # already alerted for this deadline
    record(None, f"case.sla_breach.{kind}", case, after={"deadline": deadline.isoformat()})
    what = "phân loại" if kind == "triage" else "đăng bài phản bác"
    recipients = _recipients(case)
    if recipients and notify:
        send_mail(
            subject=f"[ttdn] Quá hạn {what}: vụ việc #{case.pk}",
            message=(
                f"Vụ việc #{case.pk} «{case.title}» ({case.agency.name_vi}) đã quá hạn {what} "
                f"từ {timezone.localtime(deadline):%d/%m/%Y %H:%M}.\nTrạng thái: {case.get_status_display()}."
            ),
            from_email=settings.DEFAULT_FROM_EMAIL,
            recipient_list=recipients,
            fail_silently=True,
        )
    return alert is not None


def check_sla(now: datetime | None = None, notify: bool = True) -> dict[str, int]:
    """Mark and alert every open case past its triage or response deadline (idempotent).

    `notify=False` records the alerts without sending e-mail (demo data).
    """
    now = now or timezone.now()
    counts = {"checked": 0, "triage": 0, "response": 0}
    for case in Case.objects.filter(status__in=OPEN_STATES).select_related("agency", "assignee"):
        counts["checked"] += 1
        triage_hours, _ = sla_hours(case.agency, case.severity)
        triage_deadline = case.first_seen_at + timedelta(hours=triage_hours)
        if case.status == Case.Status.NEW and now > triage_deadline and _alert(case, "triage", triage_deadline, notify):
            counts["triage"] += 1
        if case.due_at and now > case.due_at:
            if case.sla_breached_at is None:
                audited_update(None, case, sla_breached_at=now, note="quá hạn SLA")
            if _alert(case, "response", case.due_at, notify):
                counts["response"] += 1
    return counts
