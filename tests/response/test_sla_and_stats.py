"""SLA deadlines from a per-severity policy, breach alerts (in-app + e-mail), timeliness statistics."""

from __future__ import annotations

from datetime import timedelta

from django.core import mail
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from ttdn.accounts.services import audited_create
from ttdn.jobs.registry import registered
from ttdn.response import services
from ttdn.response.models import Case, SlaAlert, SlaPolicy
from ttdn.response.sla import check_sla
from ttdn.response.stats import median, percentile, timeliness


def test_due_date_follows_agency_policy(desk, agencies):
    audited_create(None, SlaPolicy, agency=None, severity="high", triage_hours=4, response_hours=48)
    audited_create(None, SlaPolicy, agency=agencies["hanoi"], severity="high", triage_hours=1, response_hours=6)
    seen = timezone.now() - timedelta(hours=1)
    hn = services.create_case(
        desk["hn_responder"], agency=agencies["hanoi"], title="a", severity="high", first_seen_at=seen
    )
    dn = services.create_case(
        desk["dn_responder"], agency=agencies["danang"], title="b", severity="high", first_seen_at=seen
    )
    assert hn.due_at == seen + timedelta(hours=6) and dn.due_at == seen + timedelta(hours=48)
    services.triage_case(desk["dn_responder"], dn, severity="critical")  # built-in default for critical: 12 h
    dn.refresh_from_db()
    assert dn.due_at == seen + timedelta(hours=12)


def test_breach_alerts_once_by_mail_and_in_app(client, desk, agencies):
    old = timezone.now() - timedelta(days=10)
    case = services.create_case(
        desk["hn_responder"], agency=agencies["hanoi"], title="late", severity="low", first_seen_at=old
    )
    fresh = services.create_case(desk["hn_responder"], agency=agencies["hanoi"], title="fresh", severity="low")
    counts = check_sla()
    assert counts["triage"] == 1 and counts["response"] == 1
    assert set(SlaAlert.objects.values_list("case_id", "kind")) == {(case.pk, "triage"), (case.pk, "response")}
    assert (
        Case.objects.get(pk=case.pk).sla_breached_at is not None
        and Case.objects.get(pk=fresh.pk).sla_breached_at is None
    )
    assert len(mail.outbox) == 2 and "hn.resp@example.invalid" in mail.outbox[0].to
    again = check_sla()
    assert again["triage"] == again["response"] == 0 and len(mail.outbox) == 2
    client.force_login(desk["hn_responder"])
    page = client.get(reverse("response:sla_alerts")).content.decode()
    assert "late" in page
    client.force_login(desk["dn_responder"])
    assert "late" not in client.get(reverse("response:sla_alerts")).content.decode()


def test_check_sla_command_and_job(desk, agencies, capsys):
    services.create_case(
        desk["hn_responder"], agency=agencies["hanoi"], title="late", first_seen_at=timezone.now() - timedelta(days=30)
    )
    call_command("check_sla")
    assert "1 new response alerts" in capsys.readouterr().out
    assert "response.check_sla" in registered() and "response.match_articles" in registered()


def test_percentiles():
    assert percentile([5, 1, 3, 2, 4, 6, 7, 8, 9, 10], 0.9) == 9
    assert percentile([], 0.9) is None and median([1, 3]) == 2 and median([3, 1, 2]) == 2


def test_timeliness_per_agency_and_month(desk, agencies, fact, narrative, article):
    from tests.response.conftest import publish_flow

    case = publish_flow(desk, agencies, fact, narrative, article)
    services.dismiss_case(
        desk["dn_responder"], services.create_case(desk["dn_responder"], agency=agencies["danang"], title="x"), "noise"
    )
    rows = timeliness(Case.objects.all())
    assert len(rows) == 1
    row = rows[0]
    assert row.agency_name == agencies["hanoi"].name_vi and row.month == timezone.localtime(
        case.first_seen_at
    ).strftime("%Y-%m")
    expected = (case.published_at - case.first_seen_at).total_seconds() / 3600
    assert abs(row.measures["publish"].median - expected) < 1e-6 and row.measures["publish"].n == 1
    assert row.measures["triage"].median <= row.measures["draft"].median <= row.measures["publish"].median
