"""Rules evaluated end to end on analysed articles (rollups kept by the factories)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone

from tests.rollups.factories import make_analysed, make_outlet
from ttdn.accounts.models import AuditLog
from ttdn.alerts import services
from ttdn.alerts.models import Alert, AlertRule

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]  # evaluation queries are backend-sensitive


def _baseline(days: int = 28, per_day: int = 2, tone: str = "neutral") -> None:
    outlet = make_outlet("nen.example.vn")
    for d in range(1, days + 1):
        for i in range(per_day):
            make_analysed(f"nen {d} {i}", outlet=outlet, days_ago=d + 0.01 * i, tone=tone)


def _now():
    # Midday local time, so "days_ago" fractions stay within the intended local day.
    local = timezone.localtime().replace(hour=12, minute=0, second=0, microsecond=0)
    return local


def test_volume_spike_fires_once_after_import(analyst):
    _baseline()
    now = _now()
    rule = services.create_rule(analyst, name="Tăng đột biến", kind=AlertRule.Kind.VOLUME_SPIKE)
    assert services.evaluate_rule(rule, now) == []
    outlet = make_outlet("dot.example.vn")
    published = now - timedelta(hours=2)
    for i in range(12):
        make_analysed(f"sự kiện {i}", outlet=outlet, published_at=published - timedelta(minutes=i))
    fired = services.evaluate_rule(rule, now)
    assert len(fired) == 1
    alert = fired[0]
    assert alert.kind == AlertRule.Kind.VOLUME_SPIKE and alert.agency == analyst.memberships.first().agency
    assert alert.details["count"] == 12 and alert.details["expected"] == pytest.approx(2, abs=0.5)
    assert len(alert.article_ids) == 12
    # A second evaluation, even after the throttle, does not duplicate the same day's event.
    assert services.evaluate_rule(rule, now + timedelta(minutes=5)) == []
    assert services.evaluate_rule(rule, now + timedelta(hours=3)) == []
    assert Alert.objects.filter(rule=rule).count() == 1
    assert AuditLog.objects.filter(object_type="alerts.alert", action="create").count() == 1


def test_negative_spike_and_min_count(analyst):
    _baseline(per_day=3)
    now = _now()
    rule = services.create_rule(
        analyst, name="Tiêu cực", kind=AlertRule.Kind.NEGATIVE_SPIKE, parameters={"min_count": 4}
    )
    for i in range(3):  # three negative stories where there were none: under the minimum
        make_analysed(f"tiêu cực {i}", tone="negative", score=-0.5, published_at=now - timedelta(hours=1, minutes=i))
    assert services.evaluate_rule(rule, now) == []
    for i in range(3, 6):
        make_analysed(f"tiêu cực {i}", tone="negative", score=-0.5, published_at=now - timedelta(hours=1, minutes=i))
    fired = services.evaluate_rule(rule, now)
    assert len(fired) == 1 and fired[0].details["measure"] == "negative"


def test_throttle_delays_a_second_event(analyst):
    _baseline(days=28, per_day=1)
    now = _now()
    rule = services.create_rule(analyst, name="Theo dõi", kind=AlertRule.Kind.WATCH, parameters={"query": "Biển Đông"})
    make_analysed("Tranh chấp Biển Đông", published_at=now - timedelta(hours=1))
    assert len(services.evaluate_rule(rule, now)) == 1
    make_analysed("Biển Đông: diễn biến mới", published_at=now - timedelta(minutes=30))
    assert services.evaluate_rule(rule, now + timedelta(minutes=10)) == []  # throttled, not consumed
    later = services.evaluate_rule(rule, now + timedelta(minutes=61))
    assert len(later) == 1 and "diễn biến" in later[0].summary
    assert services.evaluate_rule(rule, now + timedelta(minutes=200)) == []


def test_watch_on_saved_search_and_entity(analyst):
    from ttdn.savedsearches.services import create_saved_search

    search = create_saved_search(analyst, "Hạ Long", query="Hạ Long")
    rule = services.create_rule(analyst, name="Hạ Long", kind=AlertRule.Kind.WATCH, saved_search=search)
    entity = services.create_rule(
        analyst,
        name="ASEAN",
        kind=AlertRule.Kind.WATCH,
        parameters={"entity_kind": "organisation", "entity_value": "ASEAN"},
    )
    make_analysed("Du lịch Hạ Long hút khách", days_ago=0.1)
    make_analysed("Hội nghị", days_ago=0.1, entities=(("organisation", "ASEAN"),))
    make_analysed("Không liên quan", days_ago=0.1)
    (a,) = services.evaluate_rule(rule)
    assert a.details["hits"] == 1
    (b,) = services.evaluate_rule(entity)
    assert b.title.startswith("ASEAN")
    assert services.evaluate_rule(rule) == [] and services.evaluate_rule(entity) == []


def test_story_spreading_fast(analyst):
    now = timezone.now()
    for i, country in enumerate(["VN", "US", "FR", "JP"]):
        outlet = make_outlet(f"o{i}.example.com", country=country, language="en")
        make_analysed(
            f"Storm story {i}", outlet=outlet, cluster="c-storm", published_at=now - timedelta(hours=1, minutes=i)
        )
    make_analysed("slow story", cluster="c-slow", published_at=now - timedelta(hours=1))
    rule = services.create_rule(
        analyst, name="Lan nhanh", kind=AlertRule.Kind.STORY_SPREAD, parameters={"min_outlets": 3, "min_countries": 2}
    )
    (alert,) = services.evaluate_rule(rule, now)
    assert alert.details["cluster"] == "c-storm" and alert.details["outlets"] == 4
    assert set(alert.details["countries"]) == {"VN", "US", "FR", "JP"}
    assert services.evaluate_rule(rule, now + timedelta(hours=2)) == []


def test_claim_match_links_to_response_desk(analyst, agencies):
    from ttdn.response.models import Narrative, Suggestion

    rule = services.create_rule(
        analyst, name="Luận điệu", kind=AlertRule.Kind.CLAIM_MATCH, parameters={"min_score": 0.7}
    )
    narrative = Narrative.objects.create(agency=agencies["hanoi"], slug="n1", title="Luận điệu A", claim_summary="…")
    low = make_analysed("bài 1", days_ago=0.1)
    high = make_analysed("bài 2", days_ago=0.1)
    Suggestion.objects.create(agency=agencies["hanoi"], article=low, narrative=narrative, score=0.5)
    Suggestion.objects.create(agency=agencies["hanoi"], article=high, narrative=narrative, score=0.9)
    Suggestion.objects.create(agency=agencies["mofa"], article=low, narrative=narrative, score=0.95)  # other agency
    (alert,) = services.evaluate_rule(rule)
    assert alert.article_ids == [high.pk] and alert.link.startswith("/response/suggestions/")
    assert services.evaluate_rule(rule) == []


def test_evaluate_job_runs_every_rule(analyst):
    from ttdn.jobs.models import JobRecord
    from ttdn.jobs.registry import enqueue
    from ttdn.jobs.schedule import SCHEDULE

    assert "alerts.evaluate" in {p.job for p in SCHEDULE}
    services.create_rule(analyst, name="W", kind=AlertRule.Kind.WATCH, parameters={"query": "Hội An"})
    make_analysed("Hội An về đêm", days_ago=0.1)
    record = JobRecord.objects.get(pk=enqueue("alerts.evaluate"))
    assert record.status == "done" and record.result["alerts"] == 1


def test_analysis_enqueues_evaluation(analyst, django_capture_on_commit_callbacks):
    from ttdn.jobs.models import JobRecord

    services.create_rule(analyst, name="W", kind=AlertRule.Kind.WATCH, parameters={"query": "Huế"})
    with django_capture_on_commit_callbacks(execute=True):
        make_analysed("Festival Huế", days_ago=0.1)
    assert JobRecord.objects.filter(name="alerts.evaluate", status="done").exists()
    assert Alert.objects.count() == 1


def test_rule_permissions(analyst, make_user, agencies):
    from django.core.exceptions import PermissionDenied

    other = make_user("mofa", agencies["mofa"])
    with pytest.raises(PermissionDenied):
        services.create_rule(other, name="x", kind=AlertRule.Kind.VOLUME_SPIKE, agency=agencies["hanoi"])
    rule = services.create_rule(analyst, name="x", kind=AlertRule.Kind.VOLUME_SPIKE)
    with pytest.raises(PermissionDenied):
        services.update_rule(other, rule, name="y")
    services.update_rule(analyst, rule, name="y", parameters={"z_threshold": 4})
    rule.refresh_from_db()
    assert rule.parameters["z_threshold"] == 4.0
    assert AuditLog.objects.filter(object_type="alerts.alertrule", action="update").exists()
