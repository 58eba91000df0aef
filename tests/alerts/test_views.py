"""Inbox and rule pages, agency scoping, audit entries, and the API."""

from __future__ import annotations

import pytest
from django.urls import reverse

from tests.rollups.factories import make_analysed
from ttdn.accounts.models import AuditLog, Role
from ttdn.alerts import services
from ttdn.alerts.models import Alert, AlertComment, AlertRule

pytestmark = pytest.mark.django_db


@pytest.fixture
def fired(analyst):
    rule = services.create_rule(
        analyst, name="Theo dõi Hạ Long", kind=AlertRule.Kind.WATCH, parameters={"query": "Hạ Long"}
    )
    article = make_analysed("Vịnh Hạ Long đón khách", days_ago=0.1)
    (alert,) = services.evaluate_rule(rule)
    return alert, article


def test_inbox_lists_and_filters(client, analyst, fired):
    alert, _ = fired
    client.force_login(analyst)
    page = client.get(reverse("alerts:inbox"))
    assert page.status_code == 200 and alert.title in page.content.decode()
    assert alert.title not in client.get(reverse("alerts:inbox"), {"kind": "claim_match"}).content.decode()
    assert alert.title in client.get(reverse("alerts:inbox"), {"rule": alert.rule_id, "status": "new"}).content.decode()
    assert alert.title not in client.get(reverse("alerts:inbox"), {"status": "closed"}).content.decode()


def test_detail_lists_the_articles(client, analyst, fired):
    alert, article = fired
    client.force_login(analyst)
    body = client.get(alert.get_absolute_url()).content.decode()
    assert article.title in body and article.get_absolute_url() in body


def test_other_agency_does_not_see_the_alert(client, make_user, agencies, fired):
    alert, _ = fired
    outsider = make_user("danang", agencies["danang"])
    client.force_login(outsider)
    assert alert.title not in client.get(reverse("alerts:inbox")).content.decode()
    assert client.get(alert.get_absolute_url()).status_code == 404
    assert client.post(reverse("alerts:act", args=[alert.pk, "ack"])).status_code == 404
    # The steering committee sees everything.
    lead = make_user("lead", agencies["steering"], (Role.REVIEWER,))
    client.force_login(lead)
    assert client.get(alert.get_absolute_url()).status_code == 200


def test_acknowledge_assign_comment_are_audited(client, analyst, make_user, agencies, fired):
    alert, _ = fired
    colleague = make_user("colleague", agencies["hanoi"])
    outsider = make_user("outsider", agencies["mofa"])
    client.force_login(analyst)
    client.post(reverse("alerts:act", args=[alert.pk, "ack"]))
    alert.refresh_from_db()
    assert alert.status == Alert.Status.ACKNOWLEDGED and alert.acknowledged_by == analyst
    client.post(reverse("alerts:act", args=[alert.pk, "assign"]), {"assignee": outsider.pk})
    alert.refresh_from_db()
    assert alert.assignee is None  # not of the same agency
    client.post(reverse("alerts:act", args=[alert.pk, "assign"]), {"assignee": colleague.pk})
    alert.refresh_from_db()
    assert alert.assignee == colleague
    client.post(reverse("alerts:act", args=[alert.pk, "comment"]), {"body": "Đã báo lãnh đạo."})
    assert AlertComment.objects.get(alert=alert).body == "Đã báo lãnh đạo."
    client.post(reverse("alerts:act", args=[alert.pk, "close"]))
    alert.refresh_from_db()
    assert alert.status == Alert.Status.CLOSED
    entries = AuditLog.objects.filter(object_type="alerts.alert", object_id=str(alert.pk))
    actions = sorted(entries.values_list("action", flat=True))
    assert actions == ["comment", "create", "update", "update", "update"]
    assert entries.filter(actor=analyst, action="update", after__status="acknowledged").exists()


def test_rule_crud_pages(client, analyst, agencies):
    client.force_login(analyst)
    assert client.get(reverse("alerts:rule_create")).status_code == 200
    response = client.post(
        reverse("alerts:rule_create"),
        {
            "name": "Tin tiêu cực Hà Nội",
            "kind": "negative_spike",
            "agency": agencies["hanoi"].pk,
            "scope": "p:01",
            "throttle_minutes": 120,
            "active": "on",
            "z_threshold": "4",
            "min_count": "3",
            "emails": "desk@example.vn",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    rule = AlertRule.objects.get(name="Tin tiêu cực Hà Nội")
    assert rule.parameters["z_threshold"] == 4.0 and rule.scope == "p:01" and rule.agency == agencies["hanoi"]
    assert rule.throttle_minutes == 120
    assert "Tin tiêu cực Hà Nội" in client.get(reverse("alerts:rules")).content.decode()
    page = client.get(reverse("alerts:rule_edit", args=[rule.pk])).content.decode()
    assert "alert-parameter-fields" in page and "<script>" not in page.replace("<script src", "")
    client.post(
        reverse("alerts:rule_edit", args=[rule.pk]),
        {"name": "Đổi tên", "kind": "negative_spike", "throttle_minutes": 60, "min_count": "5"},
    )
    rule.refresh_from_db()
    assert rule.name == "Đổi tên" and rule.parameters["min_count"] == 5 and not rule.active
    assert client.post(reverse("alerts:rule_evaluate", args=[rule.pk])).status_code == 302
    client.post(reverse("alerts:rule_delete", args=[rule.pk]))
    assert not AlertRule.objects.filter(pk=rule.pk).exists()
    assert AuditLog.objects.filter(object_type="alerts.alertrule", action="delete").exists()


def test_rule_form_refuses_another_agency(client, analyst, agencies):
    client.force_login(analyst)
    response = client.post(
        reverse("alerts:rule_create"),
        {"name": "x", "kind": "volume_spike", "agency": agencies["mofa"].pk, "throttle_minutes": 60},
    )
    assert response.status_code == 200 and not AlertRule.objects.exists()


def test_api_list_and_ack(client, analyst, api_headers, make_user, agencies, fired):
    alert, _ = fired
    rows = client.get("/api/v1/alerts/", headers=api_headers).json()
    assert [r["id"] for r in rows] == [alert.pk] and rows[0]["status"] == "new"
    assert client.post(f"/api/v1/alerts/{alert.pk}/ack", headers=api_headers).json()["status"] == "acknowledged"
    assert client.get("/api/v1/alerts/rules", headers=api_headers).json()[0]["kind"] == "watch"
    from ttdn.accounts.services import issue_token

    _, key = issue_token(None, make_user("other", agencies["danang"]), "t")
    other = {"Authorization": f"Bearer {key}"}
    assert client.get("/api/v1/alerts/", headers=other).json() == []
    assert client.post(f"/api/v1/alerts/{alert.pk}/ack", headers=other).status_code == 404


def test_webhook_secret_is_never_rendered_and_kept_when_blank(client, analyst):
    rule = services.create_rule(
        analyst,
        name="Hook",
        kind=AlertRule.Kind.VOLUME_SPIKE,
        webhook_url="https://hooks.example.vn/x",
        webhook_secret="s3cr3t-value",
    )
    client.force_login(analyst)
    assert "s3cr3t-value" not in client.get(reverse("alerts:rule_edit", args=[rule.pk])).content.decode()
    client.post(
        reverse("alerts:rule_edit", args=[rule.pk]),
        {"name": "Hook 2", "kind": "volume_spike", "throttle_minutes": 60, "webhook_url": "https://hooks.example.vn/x"},
    )
    rule.refresh_from_db()
    assert rule.name == "Hook 2" and rule.webhook_secret == "s3cr3t-value"


def test_bad_scope_is_refused(analyst):
    from django.core.exceptions import ValidationError

    with pytest.raises(ValidationError):
        services.create_rule(analyst, name="x", kind=AlertRule.Kind.VOLUME_SPIKE, scope="everything")
    assert services.create_rule(analyst, name="x", kind=AlertRule.Kind.VOLUME_SPIKE, scope="p:01").scope == "p:01"
