"""Report workflow through services: permissions, validation, transitions, lock, audit."""

from datetime import date

import pytest
from django.core import mail
from django.core.exceptions import PermissionDenied, ValidationError

from ttdn.accounts.models import AuditLog
from ttdn.programme import services
from ttdn.programme.models import ReminderLog, Report, ReportEvent
from ttdn.programme.services import ReportValidationError

COMPLETE = {
    "KH": ("Có", ""),
    "VTVL": ("2", ""),
    "QC": ("có", ""),
    "TH-LOP": ("1", ""),
    "TH-HV": ("45", ""),
    "DL": ("1", "bản tin tuần"),
    "CUM-CK": ("1", ""),
    "SP-NN": ("12", ""),
    "SO-NN": ("3", "Anh, Pháp, Trung"),
}


@pytest.fixture
def draft(people, reference, q4_2024):
    return services.open_report(people["hanoi"], reference["T01"], q4_2024)


@pytest.mark.postgres
def test_full_cycle_with_return_and_four_eyes_acceptance(people, draft):
    services.save_report_values(people["hanoi"], draft, COMPLETE)
    report = services.submit_report(people["hanoi"], draft)
    assert report.status == Report.Status.SUBMITTED and report.first_submitted_at

    with pytest.raises(ValidationError):
        services.return_report(people["reviewer"], report, "  ")  # a comment is required
    report = services.return_report(people["reviewer"], report, "Số vị trí việc làm chưa khớp")
    assert report.status == Report.Status.RETURNED and report.review_comment == "Số vị trí việc làm chưa khớp"

    services.save_report_values(people["hanoi"], report, {"VTVL": ("1", "")})
    report = services.submit_report(people["hanoi"], report)
    report = services.approve_report(people["reviewer"], report)
    assert report.status == Report.Status.APPROVED

    with pytest.raises(PermissionDenied):
        services.accept_report(people["reviewer"], report)  # not the approver (four eyes)
    report = services.accept_report(people["lead"], report)
    assert report.is_locked
    with pytest.raises(ValidationError):
        services.save_report_values(people["hanoi"], report, {"VTVL": ("5", "")})
    with pytest.raises(ValidationError):
        services.return_report(people["reviewer"], report, "muộn")

    steps = list(ReportEvent.objects.filter(report=report).values_list("to_status", flat=True))
    assert steps == ["draft", "submitted", "returned", "submitted", "approved", "accepted"]
    actions = set(
        AuditLog.objects.filter(object_type="programme.report", object_id=str(report.pk)).values_list(
            "action", flat=True
        )
    )
    assert {
        "create",
        "report.values",
        "report.submitted",
        "report.returned",
        "report.approved",
        "report.accepted",
    } <= actions


def test_only_own_agency_reporter_edits_and_only_reviewers_above_review(people, draft, reference, q4_2024):
    with pytest.raises(PermissionDenied):
        services.save_report_values(people["other"], draft, {"VTVL": ("1", "")})
    with pytest.raises(PermissionDenied):
        services.open_report(people["other"], reference["T01"], q4_2024)
    services.save_report_values(people["hanoi"], draft, COMPLETE)
    with pytest.raises(PermissionDenied):
        services.submit_report(people["other"], draft)
    services.submit_report(people["hanoi"], draft)
    for who in ("hanoi", "other", "local_reviewer"):  # a reviewer in the same unit is not above it
        with pytest.raises(PermissionDenied):
            services.approve_report(people[who], draft)
    assert Report.objects.get(pk=draft.pk).status == Report.Status.SUBMITTED


def test_validation_reports_every_bad_value_and_saves_nothing(people, draft):
    with pytest.raises(ReportValidationError) as caught:
        services.save_report_values(
            people["hanoi"],
            draft,
            {
                "VTVL": ("hai", ""),
                "KH": ("có lẽ", ""),
                "TL-KH": ("140", ""),
                "TL-CUM": ("50", ""),
                "XX": ("1", ""),
                "SP-NN": ("7", ""),
            },
        )
    assert set(caught.value.errors) == {"VTVL", "KH", "TL-KH", "TL-CUM", "XX"}
    assert not draft.values.filter(indicator__code="SP-NN").exists()
    with pytest.raises(ReportValidationError) as missing:
        services.submit_report(people["hanoi"], draft)
    assert "KH" in missing.value.errors


def test_decimal_comma_and_negative_numbers(reference):
    from ttdn.programme.models import Indicator

    percent = Indicator.objects.get(code="TL-KH")
    assert services.parse_value(percent, "12,5") == 12.5
    with pytest.raises(ValueError):
        services.parse_value(percent, "-1")


def test_training_courses_prefill_the_training_indicators(people, reference, q4_2024):
    services.create_course(
        people["hanoi"],
        reference["T01"],
        {"ttdn_staff": 30, "press": 12},
        title="Tập huấn TTĐN 2024",
        level="provincial",
        start=date(2024, 11, 5),
        end=date(2024, 11, 6),
        place="Hà Nội",
    )
    report = services.open_report(people["hanoi"], reference["T01"], q4_2024)
    values = {v.indicator.code: v.value for v in report.values.select_related("indicator")}
    assert values["TH-LOP"] == 1 and values["TH-HV"] == 42 and values["TH-HV-TINH"] == 42 and values["TH-HV-XA"] == 0


def test_reminders_before_and_after_deadline_are_sent_once(people, reference, q4_2024, settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    before = q4_2024.deadline.replace(day=q4_2024.deadline.day - 3)
    result = services.send_reminders(today=before)
    # Q4, second half and the year 2024 are all due on 15/1/2025; only Hà Nội has a reporter with
    # e-mail among the units of 2024 (the Đà Nẵng user belongs to the unit formed in 2025).
    assert result.sent == 3 and result.skipped_no_recipient > 0
    assert all(m.to == ["hanoi@example.invalid"] for m in mail.outbox)
    assert services.send_reminders(today=before).sent == 0
    draft = services.open_report(people["hanoi"], reference["T01"], q4_2024)
    services.save_report_values(people["hanoi"], draft, COMPLETE)
    services.submit_report(people["hanoi"], draft)
    mail.outbox.clear()
    after = services.send_reminders(today=q4_2024.deadline.replace(day=q4_2024.deadline.day + 2))
    assert after.sent == 2  # the submitted quarterly report is not chased again
    assert all("Quá hạn" in m.subject and "bcd@example.invalid" in m.to for m in mail.outbox)
    assert ReminderLog.objects.filter(period=q4_2024).count() == 1


def test_send_reminders_command_and_job(people, reference, q4_2024, settings):
    from io import StringIO

    from django.core.management import call_command

    from ttdn.jobs.registry import registered

    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    out = StringIO()
    call_command("send_reminders", today=q4_2024.deadline, stdout=out)
    assert "reminders sent: 3" in out.getvalue()
    assert registered()["programme.send_reminders"](today=q4_2024.deadline.isoformat())["sent"] == 0
