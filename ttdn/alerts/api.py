"""Alerts API: list the caller's alerts and rules, acknowledge, comment (mounted at /api/v1/alerts/)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from django.shortcuts import get_object_or_404
from ninja import Router, Schema

from . import services
from .models import Alert

router = Router(tags=["alerts"])


class AlertOut(Schema):
    id: int
    rule: int
    rule_name: str
    kind: str
    event_key: str
    title: str
    summary: str
    status: str
    assignee: str | None
    fired_at: datetime
    details: dict[str, Any]
    article_ids: list[int]
    link: str
    url: str


class RuleOut(Schema):
    id: int
    name: str
    kind: str
    scope: str
    saved_search: int | None
    agency: str | None
    active: bool
    parameters: dict[str, Any]
    throttle_minutes: int


class CommentIn(Schema):
    body: str


def _alert(a: Alert) -> dict[str, Any]:
    return {
        "id": a.pk,
        "rule": a.rule_id,
        "rule_name": a.rule.name,
        "kind": a.kind,
        "event_key": a.event_key,
        "title": a.title,
        "summary": a.summary,
        "status": a.status,
        "assignee": a.assignee.get_username() if a.assignee else None,
        "fired_at": a.fired_at,
        "details": a.details,
        "article_ids": a.article_ids,
        "link": a.link,
        "url": a.get_absolute_url(),
    }


@router.get("/", response=list[AlertOut])
def list_alerts(request, status: str = "", kind: str = "", rule: int | None = None, limit: int = 100):  # type: ignore[no-untyped-def]
    """Alerts of the rules of the caller's agencies, newest first."""
    qs = services.visible_alerts(request.user)
    if status:
        qs = qs.filter(status=status)
    if kind:
        qs = qs.filter(kind=kind)
    if rule is not None:
        qs = qs.filter(rule_id=rule)
    return [_alert(a) for a in qs[: max(1, min(limit, 500))]]


@router.get("/rules", response=list[RuleOut])
def list_rules(request):  # type: ignore[no-untyped-def]
    return [
        {
            "id": r.pk,
            "name": r.name,
            "kind": r.kind,
            "scope": r.scope,
            "saved_search": r.saved_search_id,
            "agency": r.agency.code if r.agency else None,
            "active": r.active,
            "parameters": r.parameters,
            "throttle_minutes": r.throttle_minutes,
        }
        for r in services.visible_rules(request.user)
    ]


@router.get("/{alert_id}", response=AlertOut)
def get_alert(request, alert_id: int):  # type: ignore[no-untyped-def]
    return _alert(get_object_or_404(services.visible_alerts(request.user), pk=alert_id))


@router.post("/{alert_id}/ack", response=AlertOut)
def ack_alert(request, alert_id: int):  # type: ignore[no-untyped-def]
    alert = get_object_or_404(services.visible_alerts(request.user), pk=alert_id)
    return _alert(services.acknowledge(request.user, alert))


@router.post("/{alert_id}/comments", response={201: dict})
def comment_alert(request, alert_id: int, payload: CommentIn):  # type: ignore[no-untyped-def]
    alert = get_object_or_404(services.visible_alerts(request.user), pk=alert_id)
    made = services.comment(request.user, alert, payload.body)
    return 201, {"id": made.pk}
