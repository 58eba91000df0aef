"""The only paths that change programme state. Each checks permission first and writes the
audit log (through ttdn.accounts.services). Views, API, CLI and jobs call these functions.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal, InvalidOperation
from typing import Any, cast

from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.core.mail import send_mail
from django.db import transaction
from django.db.models import Sum
from django.utils import timezone
from django.utils.translation import gettext as _

from ttdn.accounts.models import Agency, Membership, Role
from ttdn.accounts.services import UserLike, audited_create, audited_update, record, snapshot

from . import permissions as perms
from .aggregation import NON_REPORTING_KINDS
from .models import (
    CourseParticipants,
    IndexEntry,
    IndexTarget,
    Indicator,
    InternationalIndex,
    Period,
    Plan,
    ReminderLog,
    Report,
    ReportEvent,
    ReportValue,
    Task,
    TaskEvidence,
    TrainingCourse,
)

logger = logging.getLogger(__name__)
S = Report.Status

TRUE_WORDS = {"1", "có", "co", "yes", "y", "true", "x", "đã", "da", "đạt"}
FALSE_WORDS = {"0", "không", "khong", "no", "n", "false", "chưa", "chua"}


class ReportValidationError(ValidationError):
    """Field-level problems in report values: `errors` maps indicator code → message."""

    def __init__(self, errors: Mapping[str, str]):
        self.errors = dict(errors)
        super().__init__([f"{code}: {msg}" for code, msg in self.errors.items()])


def _require(allowed: bool, message: str) -> None:
    if not allowed:
        raise PermissionDenied(message)


# --- values ---------------------------------------------------------------------------------


def parse_value(indicator: Indicator, raw: Any) -> Decimal | None:
    """Turn what a form or spreadsheet cell holds into a stored value (raises ValueError)."""
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        return None
    if indicator.is_formula:
        raise ValueError(_("chỉ tiêu công thức được tính tự động, không nhập"))
    if indicator.value_type == Indicator.ValueType.BOOLEAN:
        if isinstance(raw, bool):
            return Decimal(int(raw))
        word = str(raw).strip().lower()
        if word in TRUE_WORDS:
            return Decimal(1)
        if word in FALSE_WORDS:
            return Decimal(0)
        raise ValueError(_("cần nhập Có hoặc Không"))
    text = str(raw).strip().replace(" ", "")
    if isinstance(raw, str) and "," in text and "." not in text:
        text = text.replace(",", ".")  # Vietnamese decimal comma
    try:
        value = Decimal(text)
    except InvalidOperation:
        raise ValueError(_("không phải là số")) from None
    if not value.is_finite():
        raise ValueError(_("không phải là số"))
    if value < 0:
        raise ValueError(_("không được âm"))
    if indicator.value_type == Indicator.ValueType.PERCENT and value > 100:
        raise ValueError(_("tỷ lệ phải từ 0 đến 100"))
    if indicator.value_type == Indicator.ValueType.NUMBER and value > Decimal("1e9"):
        raise ValueError(_("giá trị quá lớn"))
    return value.quantize(Decimal("0.0001"))


def report_indicators(report_or_agency: Report | Agency) -> list[Indicator]:
    agency = report_or_agency.agency if isinstance(report_or_agency, Report) else report_or_agency
    qs = Indicator.objects.filter(active=True).select_related("numerator", "denominator", "task_group")
    return [i for i in qs if i.applies_to_kind(agency.kind)]


def auto_value(indicator: Indicator, agency: Agency, period: Period) -> Decimal | None:
    """Values that other records already know (training courses feed the training indicators)."""
    source = indicator.auto_source
    if not source:
        return None
    if source == Indicator.AutoSource.PLAN_TASKS_DONE:
        tasks = Task.objects.filter(plan__agency=agency, plan__year=period.year).exclude(status=Task.Status.CANCELLED)
        total = tasks.count()
        if not total:
            return None
        done = tasks.filter(status=Task.Status.DONE).count()
        return (Decimal(100) * done / total).quantize(Decimal("0.01"))
    courses = TrainingCourse.objects.filter(organiser=agency, start__gte=period.start, start__lte=period.end)
    if source == Indicator.AutoSource.TRAINING_COURSES:
        return Decimal(courses.count())
    kind, _sep, level = source.partition(":")
    if kind == "training.participants":
        if level:
            courses = courses.filter(level=level)
        total = CourseParticipants.objects.filter(course__in=courses).aggregate(n=Sum("count"))["n"]
        return Decimal(total or 0)
    return None


@transaction.atomic
def open_report(actor: UserLike, agency: Agency, period: Period) -> Report:
    """The agency's report for the period, created as a draft (pre-filled from training data)."""
    _require(perms.can_edit_agency(actor, agency), _("Bạn không có quyền lập báo cáo cho đơn vị này."))
    existing = Report.objects.filter(agency=agency, period=period).first()
    if existing is not None:
        return existing
    if agency.kind in NON_REPORTING_KINDS:
        raise ValidationError(_("Đơn vị này không lập báo cáo định kỳ."))
    if not agency.is_valid_on(period.end) and not agency.is_valid_on(period.start):
        raise ValidationError(_("Đơn vị không tồn tại trong kỳ báo cáo này."))
    report = audited_create(actor, Report, agency=agency, period=period)
    for indicator in report_indicators(agency):
        value = auto_value(indicator, agency, period)
        if value is not None:
            auto_note = (
                _("tự động từ kế hoạch năm")
                if indicator.auto_source.startswith("plan.")
                else _("tự động từ danh mục lớp")
            )
            ReportValue.objects.create(report=report, indicator=indicator, value=value, note=auto_note)
    ReportEvent.objects.create(report=report, actor=_user(actor), from_status="", to_status=S.DRAFT)
    return report


def _user(actor: UserLike) -> Any:
    return actor if actor is not None and getattr(actor, "is_authenticated", False) else None


@transaction.atomic
def save_report_values(
    actor: UserLike,
    report: Report,
    entries: Mapping[str, tuple[Any, str]],
    narrative: str | None = None,
) -> Report:
    """Validate and store values (indicator code → (raw value, note)). All or nothing."""
    report = Report.objects.select_for_update().get(pk=report.pk)
    _require(perms.can_edit_report(actor, report), _("Bạn không có quyền nhập báo cáo của đơn vị này."))
    if not report.is_editable:
        raise ValidationError(
            _("Báo cáo đang ở trạng thái “%(s)s”, không sửa được.") % {"s": report.get_status_display()}
        )
    indicators = {i.code: i for i in report_indicators(report)}
    errors: dict[str, str] = {}
    parsed: dict[str, tuple[Decimal | None, str]] = {}
    for code, (raw, note) in entries.items():
        indicator = indicators.get(code)
        if indicator is None:
            errors[code] = _("mã chỉ tiêu không có trong mẫu báo cáo của đơn vị")
            continue
        if indicator.is_formula:
            if raw not in (None, ""):
                errors[code] = _("chỉ tiêu công thức được tính tự động, không nhập")
            continue
        try:
            parsed[code] = (parse_value(indicator, raw), (note or "").strip()[:500])
        except ValueError as exc:
            errors[code] = str(exc)
    if errors:
        raise ReportValidationError(errors)
    existing = {v.indicator.code: v for v in report.values.select_related("indicator")}
    changes: dict[str, Any] = {}
    for code, (value, note) in parsed.items():
        row = existing.get(code)
        if row is None:
            if value is None and not note:
                continue
            ReportValue.objects.create(report=report, indicator=indicators[code], value=value, note=note)
            changes[code] = str(value) if value is not None else None
        elif row.value != value or row.note != note:
            changes[code] = str(value) if value is not None else None
            row.value, row.note = value, note
            row.save(update_fields=["value", "note"])
    if narrative is not None and narrative != report.narrative:
        report.narrative = narrative
        report.save(update_fields=["narrative"])
        changes["narrative"] = True
    if changes:
        record(actor, "report.values", report, after=changes)
    return report


def missing_required(report: Report) -> list[Indicator]:
    stored = {v.indicator_id for v in report.values.all() if v.value is not None}
    return [i for i in report_indicators(report) if i.required and not i.is_formula and i.pk not in stored]


# --- workflow -------------------------------------------------------------------------------


def _transition(
    actor: UserLike, report: Report, allowed_from: Iterable[str], to: str, comment: str = "", **fields: Any
) -> Report:
    if report.status not in allowed_from:
        raise ValidationError(
            _("Không thể chuyển báo cáo từ “%(a)s” sang “%(b)s”.")
            % {"a": report.get_status_display(), "b": S(to).label}
        )
    before = snapshot(report)
    from_status = report.status
    report.status = to
    for name, value in fields.items():
        setattr(report, name, value)
    report.full_clean()
    report.save()
    after = snapshot(report)
    diff = {k for k in after if after[k] != before.get(k)}
    record(
        actor,
        f"report.{to}",
        report,
        before={k: before[k] for k in diff},
        after={k: after[k] for k in diff},
        note=comment,
    )
    ReportEvent.objects.create(
        report=report, actor=_user(actor), from_status=from_status, to_status=to, comment=comment
    )
    return report


@transaction.atomic
def submit_report(actor: UserLike, report: Report) -> Report:
    report = Report.objects.select_for_update().select_related("agency", "period").get(pk=report.pk)
    _require(perms.can_edit_report(actor, report), _("Bạn không có quyền gửi báo cáo của đơn vị này."))
    missing = missing_required(report)
    if missing and report.status in (S.DRAFT, S.RETURNED):
        raise ReportValidationError({i.code: _("chưa nhập (bắt buộc)") for i in missing})
    now = timezone.now()
    return _transition(
        actor,
        report,
        (S.DRAFT, S.RETURNED),
        S.SUBMITTED,
        submitted_at=now,
        submitted_by=_user(actor),
        first_submitted_at=report.first_submitted_at or now,
    )


@transaction.atomic
def return_report(actor: UserLike, report: Report, comment: str) -> Report:
    report = Report.objects.select_for_update().select_related("agency", "period").get(pk=report.pk)
    _require(perms.can_review_report(actor, report), _("Bạn không có quyền thẩm định báo cáo này."))
    comment = (comment or "").strip()
    if not comment:
        raise ValidationError(_("Khi trả lại báo cáo phải ghi rõ ý kiến."))
    return _transition(
        actor,
        report,
        (S.SUBMITTED, S.APPROVED),
        S.RETURNED,
        comment,
        reviewed_at=timezone.now(),
        reviewed_by=_user(actor),
        review_comment=comment,
    )


@transaction.atomic
def approve_report(actor: UserLike, report: Report, comment: str = "") -> Report:
    report = Report.objects.select_for_update().select_related("agency", "period").get(pk=report.pk)
    _require(perms.can_review_report(actor, report), _("Bạn không có quyền thẩm định báo cáo này."))
    return _transition(
        actor,
        report,
        (S.SUBMITTED,),
        S.APPROVED,
        comment.strip(),
        reviewed_at=timezone.now(),
        reviewed_by=_user(actor),
        review_comment=comment.strip(),
    )


@transaction.atomic
def accept_report(actor: UserLike, report: Report, comment: str = "") -> Report:
    """Final acceptance up the tree; the report is locked afterwards."""
    report = Report.objects.select_for_update().select_related("agency", "period").get(pk=report.pk)
    _require(
        perms.can_accept_report(actor, report),
        _("Tiếp nhận cần người thẩm định cấp trên, khác người đã phê duyệt."),
    )
    return _transition(
        actor, report, (S.APPROVED,), S.ACCEPTED, comment.strip(), accepted_at=timezone.now(), accepted_by=_user(actor)
    )


# --- plans and tasks ------------------------------------------------------------------------


def create_plan(actor: UserLike, agency: Agency, year: int, title: str, **fields: Any) -> Plan:
    _require(perms.can_edit_agency(actor, agency), _("Bạn không có quyền lập kế hoạch cho đơn vị này."))
    return audited_create(actor, Plan, agency=agency, year=year, title=title, **fields)


def update_plan(actor: UserLike, plan: Plan, **changes: Any) -> Plan:
    _require(perms.can_edit_agency(actor, plan.agency), _("Bạn không có quyền sửa kế hoạch này."))
    return audited_update(actor, plan, **changes)


def create_task(actor: UserLike, plan: Plan, **fields: Any) -> Task:
    _require(perms.can_edit_agency(actor, plan.agency), _("Bạn không có quyền sửa kế hoạch này."))
    return audited_create(actor, Task, plan=plan, **fields)


def update_task(actor: UserLike, task: Task, **changes: Any) -> Task:
    _require(perms.can_edit_agency(actor, task.plan.agency), _("Bạn không có quyền sửa nhiệm vụ này."))
    if changes.get("status") == Task.Status.DONE:
        changes.setdefault("progress", 100)
    if "progress" in changes and changes["progress"] == 100 and "status" not in changes:
        changes["status"] = Task.Status.DONE
    return audited_update(actor, task, **changes)


def add_evidence(actor: UserLike, task: Task, upload: UploadedFile, description: str = "") -> TaskEvidence:
    """Attach an evidence file (type and size checked by the model's validator)."""
    _require(perms.can_edit_agency(actor, task.plan.agency), _("Bạn không có quyền thêm minh chứng."))
    # An uploaded file always knows its size (the base File type allows None).
    size = cast(int, upload.size)
    evidence = TaskEvidence(task=task, file=upload, description=description, size=size, uploaded_by=_user(actor))
    evidence.full_clean()
    with transaction.atomic():
        evidence.save()
        # The audit snapshot holds the stored file name, not the file object.
        record(actor, "create", evidence, after={"task": task.pk, "file": evidence.file.name, "size": evidence.size})
    return evidence


# --- training -------------------------------------------------------------------------------


@transaction.atomic
def create_course(actor: UserLike, organiser: Agency, participants: Mapping[str, int], **fields: Any) -> TrainingCourse:
    _require(perms.can_edit_agency(actor, organiser), _("Bạn không có quyền nhập lớp tập huấn cho đơn vị này."))
    course = audited_create(actor, TrainingCourse, organiser=organiser, **fields)
    for group, count in participants.items():
        if count:
            audited_create(actor, CourseParticipants, course=course, group=group, count=int(count))
    return course


# --- international indices -----------------------------------------------------------------


def add_index_entry(actor: UserLike, index: InternationalIndex, **fields: Any) -> IndexEntry:
    """Record an index result; refused without a source URL (model validation)."""
    _require(perms.can_manage_indices(actor), _("Chỉ Ban Chỉ đạo cập nhật được xếp hạng quốc tế."))
    if not str(fields.get("source_url") or "").strip():
        raise ValidationError({"source_url": _("Kết quả xếp hạng phải có nguồn.")})
    existing = IndexEntry.objects.filter(index=index, year=fields["year"], country=fields.get("country", "VNM")).first()
    if existing is not None:
        return audited_update(actor, existing, **{k: v for k, v in fields.items() if k not in ("year", "country")})
    return audited_create(actor, IndexEntry, index=index, **fields)


def set_index_target(actor: UserLike, index: InternationalIndex, year: int, **fields: Any) -> IndexTarget:
    _require(perms.can_manage_indices(actor), _("Chỉ Ban Chỉ đạo đặt được mục tiêu xếp hạng."))
    existing = IndexTarget.objects.filter(index=index, year=year).first()
    if existing is not None:
        return audited_update(actor, existing, **fields)
    return audited_create(actor, IndexTarget, index=index, year=year, **fields)


# --- reminders ------------------------------------------------------------------------------

REMIND_DAYS_BEFORE = 7
REMIND_WINDOW_AFTER = 45  # stop chasing a period this many days after its deadline


@dataclass(frozen=True)
class ReminderResult:
    sent: int
    skipped_no_recipient: int


def send_reminders(today: date | None = None) -> ReminderResult:
    """Email reporters whose report is not yet submitted: once in the week before the deadline,
    once after it (copying reviewers above). Each (agency, period, kind) is reminded once."""
    today = today or timezone.localdate()
    periods = Period.objects.filter(
        deadline__gte=today - timedelta(days=REMIND_WINDOW_AFTER),
        deadline__lte=today + timedelta(days=REMIND_DAYS_BEFORE),
    )
    sent = skipped = 0
    for period in periods:
        kind = ReminderLog.Kind.BEFORE if today <= period.deadline else ReminderLog.Kind.AFTER
        done = set(ReminderLog.objects.filter(period=period, kind=kind).values_list("agency_id", flat=True))
        submitted = set(
            Report.objects.filter(period=period)
            .exclude(status__in=(S.DRAFT, S.RETURNED))
            .values_list("agency_id", flat=True)
        )
        agencies = Agency.objects.exclude(kind__in=NON_REPORTING_KINDS).exclude(pk__in=done | submitted)
        for agency in agencies:
            if not agency.is_valid_on(period.end):
                continue
            to = sorted(
                {
                    m.user.email
                    for m in Membership.objects.filter(agency=agency, role=Role.REPORTER).select_related("user")
                    if m.user.email and m.user.is_active
                }
            )
            if not to:
                skipped += 1
                continue
            cc: list[str] = []
            if kind == ReminderLog.Kind.AFTER:
                cc = sorted(
                    {
                        m.user.email
                        for m in Membership.objects.filter(
                            agency_id__in=agency.ancestor_ids(), role=Role.REVIEWER
                        ).select_related("user")
                        if m.user.email
                    }
                )
            subject, body = _reminder_text(agency, period, kind)
            send_mail(subject, body, None, to + cc)
            log = ReminderLog.objects.create(agency=agency, period=period, kind=kind, recipients=to + cc)
            record(None, "reminder.sent", log, after={"recipients": to + cc})
            sent += 1
    return ReminderResult(sent, skipped)


def _reminder_text(agency: Agency, period: Period, kind: str) -> tuple[str, str]:
    deadline = period.deadline.strftime("%d/%m/%Y")
    if kind == ReminderLog.Kind.BEFORE:
        subject = _("[ttdn] Sắp đến hạn báo cáo %(p)s") % {"p": period.label}
        body = _("Báo cáo công tác thông tin đối ngoại %(p)s của %(a)s cần gửi trước ngày %(d)s.")
    else:
        subject = _("[ttdn] Quá hạn báo cáo %(p)s") % {"p": period.label}
        body = _("Báo cáo công tác thông tin đối ngoại %(p)s của %(a)s đã quá hạn (hạn nộp %(d)s). Đề nghị gửi ngay.")
    return subject, body % {"p": period.label, "a": agency.name_vi, "d": deadline}
