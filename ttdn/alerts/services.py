"""Alerts: the only place that creates or changes rules and alerts, and evaluates the rules.

Spike rules read the rollups (`rollups.services.series`) and test each day with
`detection.detect_spike`; story-spread rules rank clusters with `top_stories` and read the
articles of the few candidate clusters for the last hours; watch rules take the analyses stored
since their cursor (a saved search's hits, a search query, or an entity facet); claim rules take
the response desk's new suggestions above a score. One event gives one alert (unique
``(rule, event_key)``), and a rule fires at most once per ``throttle_minutes``: a throttled event
is not consumed and fires at the next evaluation after the pause.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from django.contrib.auth.models import User
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.db.models import Max, Q, QuerySet
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from ttdn.accounts.models import Agency, Membership
from ttdn.accounts.services import (
    UserLike,
    audited_create,
    audited_delete,
    audited_update,
    memberships,
    record,
    sees_everything,
    visible_agency_ids,
)
from ttdn.articles.models import Article, ArticleAnalysis, ArticleFacet

from .detection import SpikeParams, detect_spike
from .models import Alert, AlertComment, AlertRule

logger = logging.getLogger(__name__)

MAX_ARTICLES = 50
WATCH_KINDS = ("organisation", "person", "country", "province_2025", "province")
DEFAULTS: dict[str, dict[str, Any]] = {
    AlertRule.Kind.VOLUME_SPIKE: {"measure": "stories", "check_days": 2, **SpikeParams().__dict__},
    AlertRule.Kind.NEGATIVE_SPIKE: {"measure": "negative", "check_days": 2, **SpikeParams(min_count=3).__dict__},
    AlertRule.Kind.STORY_SPREAD: {"window_hours": 6, "min_outlets": 3, "min_countries": 2},
    AlertRule.Kind.WATCH: {"query": "", "entity_kind": "", "entity_value": ""},
    AlertRule.Kind.CLAIM_MATCH: {"min_score": 0.6},
}


# --- permissions and reads ----------------------------------------------------------------------


def visible_rules(user: UserLike) -> QuerySet[AlertRule]:
    ids = visible_agency_ids(user)
    qs = AlertRule.objects.select_related("agency", "owner", "saved_search")
    if ids is None:
        return qs
    own = Q(owner=user) if isinstance(user, User) else Q(pk__in=[])
    return qs.filter(Q(agency__in=ids) | own)


def visible_alerts(user: UserLike) -> QuerySet[Alert]:
    ids = visible_agency_ids(user)
    qs = Alert.objects.select_related("rule", "agency", "assignee")
    if ids is None:
        return qs
    own = Q(rule__owner=user) if isinstance(user, User) else Q(pk__in=[])
    return qs.filter(Q(agency__in=ids) | own)


def rule_agencies(user: UserLike) -> QuerySet[Agency]:
    """Agencies a user may create rules for: their own (every agency for administrators)."""
    if sees_everything(user):
        return Agency.objects.all()
    return Agency.objects.filter(pk__in=memberships(user).values("agency_id"))


def check_rule(user: UserLike, rule: AlertRule) -> None:
    if sees_everything(user) or (isinstance(user, User) and rule.owner_id == user.pk):
        return
    if rule.agency_id and memberships(user).filter(agency_id=rule.agency_id).exists():
        return
    raise PermissionDenied(_("Bạn không có quyền sửa quy tắc cảnh báo này."))


def _check_alert(user: UserLike, alert: Alert) -> None:
    if not visible_alerts(user).filter(pk=alert.pk).exists():
        raise PermissionDenied(_("Bạn không có quyền với cảnh báo này."))


def assignable_users(alert: Alert) -> QuerySet[User]:
    """Users of the alert's agency (the only ones it may be assigned to)."""
    if alert.agency_id is None:
        return User.objects.filter(pk=alert.rule.owner_id)
    return User.objects.filter(
        is_active=True, pk__in=Membership.objects.filter(agency_id=alert.agency_id).values("user_id")
    ).order_by("username")


# --- rules ---------------------------------------------------------------------------------------


def clean_parameters(kind: str, parameters: dict[str, Any] | None) -> dict[str, Any]:
    """Defaults of the kind overlaid with the given values, typed like the defaults."""
    if kind not in DEFAULTS:
        raise ValidationError(_("Loại quy tắc không hợp lệ."))
    result = dict(DEFAULTS[kind])
    for key, value in (parameters or {}).items():
        if key not in result or value in (None, ""):
            continue
        default = result[key]
        try:
            if isinstance(default, bool):
                result[key] = value if isinstance(value, bool) else str(value).lower() in ("1", "true", "on", "yes")
            elif isinstance(default, int):
                result[key] = int(value)
            elif isinstance(default, float):
                result[key] = float(str(value).replace(",", "."))
            else:
                result[key] = str(value)[:500]
        except (TypeError, ValueError):
            raise ValidationError(_("Tham số %(name)s không hợp lệ.") % {"name": key})
    if kind == AlertRule.Kind.WATCH and not (result["query"] or result["entity_value"]):
        result["needs_saved_search"] = True
    return result


def _validate(kind: str, saved_search: Any, parameters: dict[str, Any], emails: str, scope: str = "") -> None:
    if kind == AlertRule.Kind.WATCH and parameters.pop("needs_saved_search", False) and saved_search is None:
        raise ValidationError(_("Quy tắc theo dõi cần một tìm kiếm đã lưu, một truy vấn hoặc một thực thể."))
    if scope and not re.fullmatch(r"p:\d{2}", scope):
        raise ValidationError(_("Phạm vi không hợp lệ: để trống (toàn quốc) hoặc p:<mã tỉnh>, ví dụ p:01."))
    if parameters.get("entity_kind") and parameters["entity_kind"] not in WATCH_KINDS:
        raise ValidationError(_("Loại thực thể không hợp lệ."))
    from django.core.validators import validate_email

    for address in emails.replace(",", "\n").splitlines():
        if address.strip():
            validate_email(address.strip())


def _initial_state(kind: str) -> dict[str, Any]:
    """Watch and claim rules start at the present: only what arrives after creation alerts."""
    if kind == AlertRule.Kind.WATCH:
        return {"cursor": ArticleAnalysis.objects.aggregate(m=Max("pk"))["m"] or 0}
    if kind == AlertRule.Kind.CLAIM_MATCH:
        from ttdn.response.models import Suggestion

        return {"cursor": Suggestion.objects.aggregate(m=Max("pk"))["m"] or 0}
    return {}


def create_rule(
    actor: User,
    *,
    name: str,
    kind: str,
    agency: Agency | None = None,
    scope: str = "",
    saved_search: Any = None,
    parameters: dict[str, Any] | None = None,
    emails: str = "",
    webhook_url: str = "",
    webhook_secret: str = "",
    active: bool = True,
    throttle_minutes: int | None = None,
) -> AlertRule:
    if agency is None:
        agency = rule_agencies(actor).first() if not sees_everything(actor) else None
    if agency is not None and not rule_agencies(actor).filter(pk=agency.pk).exists():
        raise PermissionDenied(_("Bạn chỉ tạo được quy tắc cho cơ quan của mình."))
    if saved_search is not None:
        from ttdn.savedsearches.services import visible_searches

        if not visible_searches(actor).filter(pk=saved_search.pk).exists():
            raise PermissionDenied(_("Bạn không xem được tìm kiếm đã lưu này."))
    params = clean_parameters(kind, parameters)
    _validate(kind, saved_search, params, emails, scope)
    if throttle_minutes is None:
        throttle_minutes = 0 if kind == AlertRule.Kind.CLAIM_MATCH else 60
    return audited_create(
        actor,
        AlertRule,
        owner=actor,
        agency=agency,
        name=name.strip()[:200],
        kind=kind,
        scope=scope,
        saved_search=saved_search,
        parameters=params,
        emails=emails.strip(),
        webhook_url=webhook_url.strip(),
        webhook_secret=webhook_secret,
        active=active,
        throttle_minutes=throttle_minutes,
        state=_initial_state(kind),
    )


def update_rule(actor: User, rule: AlertRule, **changes: Any) -> AlertRule:
    check_rule(actor, rule)
    kind = changes.get("kind", rule.kind)
    if "parameters" in changes or "kind" in changes:
        changes["parameters"] = clean_parameters(kind, changes.get("parameters", rule.parameters))
    params = dict(changes.get("parameters", rule.parameters))
    params.setdefault("needs_saved_search", False)
    _validate(
        kind,
        changes.get("saved_search", rule.saved_search),
        params,
        changes.get("emails", rule.emails),
        changes.get("scope", rule.scope),
    )
    if "parameters" in changes:
        changes["parameters"].pop("needs_saved_search", None)
    if kind != rule.kind:
        changes["state"] = _initial_state(kind)
    return audited_update(actor, rule, updated_at=timezone.now(), **changes)


def delete_rule(actor: User, rule: AlertRule) -> None:
    check_rule(actor, rule)
    audited_delete(actor, rule)


# --- inbox actions -------------------------------------------------------------------------------


def acknowledge(actor: User, alert: Alert) -> Alert:
    _check_alert(actor, alert)
    if alert.status != Alert.Status.NEW:
        return alert
    return audited_update(
        actor, alert, status=Alert.Status.ACKNOWLEDGED, acknowledged_by=actor, acknowledged_at=timezone.now()
    )


def close(actor: User, alert: Alert) -> Alert:
    _check_alert(actor, alert)
    changes: dict[str, Any] = {"status": Alert.Status.CLOSED}
    if alert.acknowledged_at is None:
        changes |= {"acknowledged_by": actor, "acknowledged_at": timezone.now()}
    return audited_update(actor, alert, **changes)


def reopen(actor: User, alert: Alert) -> Alert:
    _check_alert(actor, alert)
    return audited_update(actor, alert, status=Alert.Status.ACKNOWLEDGED)


def assign(actor: User, alert: Alert, assignee: User | None) -> Alert:
    _check_alert(actor, alert)
    if assignee is not None and not assignable_users(alert).filter(pk=assignee.pk).exists():
        raise ValidationError(_("Chỉ giao được cho người thuộc cùng cơ quan."))
    return audited_update(actor, alert, assignee=assignee)


def comment(actor: User, alert: Alert, body: str) -> AlertComment:
    _check_alert(actor, alert)
    body = body.strip()
    if not body:
        raise ValidationError(_("Ý kiến trống."))
    made = AlertComment.objects.create(alert=alert, author=actor, body=body[:5000])
    record(actor, "comment", alert, after={"comment": made.pk, "body": made.body[:500]})
    return made


# --- evaluation ----------------------------------------------------------------------------------


@dataclass
class Event:
    key: str
    title: str
    summary: str
    details: dict[str, Any] = field(default_factory=dict)
    article_ids: list[int] = field(default_factory=list)
    link: str = ""
    cursor: int | None = None  # the rule's new cursor once this event fired


def _num(value: float, places: int) -> str:
    """A number the way the active language writes it (Vietnamese: 1.234,5; English: 1,234.5)."""
    from django.utils.translation import get_language

    text = f"{value:,.{places}f}"
    if (get_language() or "vi").startswith("vi"):
        text = text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")
    return text


def local_day(now: datetime) -> date:
    return timezone.localtime(now).date()


def _filters(rule: AlertRule) -> dict[str, Any]:
    if rule.saved_search_id:
        from ttdn.savedsearches.services import rollup_filters

        assert rule.saved_search is not None
        return rollup_filters(rule.saved_search)
    return {"scope": rule.scope or ""}


def scope_label(rule: AlertRule) -> str:
    if rule.saved_search_id:
        return _("tìm kiếm “%(name)s”") % {"name": rule.saved_search}
    if rule.scope.startswith("p:"):
        from ttdn.articles.labels import province_names

        code = rule.scope[2:]
        return province_names()[1].get(code, code)
    return _("toàn quốc")


def scoped_articles(rule: AlertRule) -> QuerySet[Article]:
    """The analysed articles the rule's owner may see, within the rule's scope (to list them, never to count)."""
    from ttdn.articles.selectors import visible_articles

    qs = visible_articles(rule.owner).filter(analysis__isnull=False)
    filters = _filters(rule)
    scope = filters.get("scope", "")
    if scope.startswith("s:"):
        qs = qs.filter(saved_search_hits__search_id=int(scope[2:]))
    elif scope.startswith("p:"):
        qs = qs.filter(facets__kind=ArticleFacet.Kind.PROVINCE_2025, facets__value=scope[2:])
    if filters.get("language"):
        qs = qs.filter(analysis__language=filters["language"])
    if filters.get("outlet_country"):
        qs = qs.filter(outlet__country=str(filters["outlet_country"]).upper())
    if filters.get("outlet"):
        qs = qs.filter(outlet_id=filters["outlet"])
    if filters.get("topic"):
        qs = qs.filter(facets__kind=ArticleFacet.Kind.TOPIC, facets__value=filters["topic"])
    if filters.get("tone"):
        qs = qs.filter(analysis__tone_label=filters["tone"])
    return qs.distinct()


def _day_bounds(day: date) -> tuple[datetime, datetime]:
    start = timezone.make_aware(datetime.combine(day, datetime.min.time()))
    return start, start + timedelta(days=1)


def _spike_events(rule: AlertRule, now: datetime, backfill_days: int) -> list[Event]:
    from ttdn.rollups.services import query_for, series

    p = rule.parameters or {}
    params = SpikeParams.from_dict(p)
    measure = p.get("measure") or ("negative" if rule.kind == AlertRule.Kind.NEGATIVE_SPIKE else "stories")
    today = local_day(now)
    check = max(1, backfill_days or int(p.get("check_days", 2)))
    start = today - timedelta(days=check - 1 + params.baseline_days)
    rows = series(query_for(rule.owner, start, today, **_filters(rule)))
    values = [float(r[measure]) for r in rows]
    weekdays = [r["day"].weekday() for r in rows]
    events = []
    for i in range(len(rows) - 1, len(rows) - 1 - check, -1):  # newest day first
        if i < 7:
            break
        lo = max(0, i - params.baseline_days)
        result = detect_spike(values[lo:i], values[i], params, weekdays[lo:i], weekdays[i])
        if not result.fired:
            continue
        day = rows[i]["day"]
        what = _("tin tiêu cực") if measure == "negative" else _("tin")
        title = _("%(scope)s: %(count)d %(what)s ngày %(day)s, gấp %(ratio)s lần bình thường") % {
            "scope": scope_label(rule),
            "count": int(result.count),
            "what": what,
            "day": day.strftime("%d/%m/%Y"),
            "ratio": _num(result.ratio, 1),
        }
        summary = _(
            "Số %(what)s ngày %(day)s: %(count)d; mức nền %(days)d ngày trước: %(expected)s (z = %(z).1f, p = %(p).2g)."
        ) % {
            "what": what,
            "day": day.strftime("%d/%m/%Y"),
            "count": int(result.count),
            "days": params.baseline_days,
            "expected": _num(result.expected, 1),
            "z": result.z,
            "p": result.p_value,
        }
        lo_t, hi_t = _day_bounds(day)
        qs = scoped_articles(rule).filter(published_at__gte=lo_t, published_at__lt=hi_t)
        if measure == "negative":
            qs = qs.filter(analysis__tone_label="negative")
        ids = list(qs.order_by("-outlet__audience", "published_at").values_list("pk", flat=True)[:MAX_ARTICLES])
        events.append(
            Event(
                key=f"{rule.kind}:{day.isoformat()}",
                title=title[:300],
                summary=summary,
                details={"day": day.isoformat(), "measure": measure, **result.as_dict()},
                article_ids=ids,
            )
        )
    return events


def _story_events(rule: AlertRule, now: datetime, backfill_days: int) -> list[Event]:
    from ttdn.rollups.services import query_for, top_stories

    p = rule.parameters or {}
    hours = int(p.get("window_hours", 6)) if not backfill_days else 24 * backfill_days
    since = now - timedelta(hours=hours)
    today = local_day(now)
    q = query_for(rule.owner, local_day(since), today, **{k: v for k, v in _filters(rule).items() if k != "scope"})
    candidates = [
        r for r in top_stories(q, top=25) if r["outlets"] >= int(p.get("min_outlets", 3))
    ]  # over whole days: a superset of the window
    events = []
    base = scoped_articles(rule).filter(published_at__gte=since, published_at__lte=now)
    for row in candidates:
        cluster = row["cluster"]
        rows = list(
            base.filter(analysis__story_cluster=cluster).values_list(
                "pk", "outlet_id", "outlet__country", "published_at"
            )
        )
        outlets = {o for _, o, _, _ in rows if o}
        countries = {c for _, _, c, _ in rows if c}
        if len(outlets) < int(p.get("min_outlets", 3)) or len(countries) < int(p.get("min_countries", 2)):
            continue
        rate = len(outlets) / hours
        title = _("Sự kiện lan nhanh: “%(title)s” — %(outlets)d cơ quan báo chí, %(countries)d quốc gia") % {
            "title": (row.get("title") or cluster)[:150],
            "outlets": len(outlets),
            "countries": len(countries),
        }
        summary = _(
            "Trong %(hours)d giờ qua: %(articles)d bài, %(outlets)d cơ quan báo chí (%(rate)s/giờ), quốc gia: %(list)s."
        ) % {
            "hours": hours,
            "articles": len(rows),
            "outlets": len(outlets),
            "rate": _num(rate, 1),
            "list": ", ".join(sorted(countries)),
        }
        events.append(
            Event(
                key=f"story:{cluster}",
                title=title[:300],
                summary=summary,
                details={
                    "cluster": cluster,
                    "hours": hours,
                    "outlets": len(outlets),
                    "countries": sorted(countries),
                    "outlets_per_hour": round(rate, 3),
                },
                article_ids=[pk for pk, *_ in sorted(rows, key=lambda r: r[3])][:MAX_ARTICLES],
            )
        )
    return events


def _watch_events(rule: AlertRule, now: datetime, backfill_days: int) -> list[Event]:
    p = rule.parameters or {}
    cursor = int((rule.state or {}).get("cursor", 0))
    qs = scoped_articles(rule)
    if backfill_days:
        qs = qs.filter(published_at__gte=now - timedelta(days=backfill_days))
    else:
        qs = qs.filter(analysis__pk__gt=cursor)
    what = scope_label(rule)
    if p.get("query"):
        from ttdn.articles.search import matching_articles

        qs = matching_articles(p["query"], qs)
        what = f"“{p['query']}”"
    if p.get("entity_value"):
        kind = p.get("entity_kind") or ArticleFacet.Kind.ORGANISATION
        kind = ArticleFacet.Kind.PROVINCE_2025 if kind == "province" else kind
        qs = qs.filter(facets__kind=kind, facets__value=p["entity_value"])
        what = f"{p['entity_value']}"
    found = list(qs.order_by("analysis__pk").values_list("pk", "analysis__pk", "title").distinct())
    if not found:
        return []
    top = max(a for _, a, _ in found)
    title = _("%(what)s: %(n)d bài mới") % {"what": what, "n": len(found)}
    summary = "\n".join(f"· {t}" for _, _, t in found[:10])
    return [
        Event(
            key=f"watch:{top}",
            title=title[:300],
            summary=summary,
            details={"hits": len(found), "first": found[0][1], "last": top},
            article_ids=[pk for pk, _, _ in found][:MAX_ARTICLES],
            cursor=max(top, cursor),
        )
    ]


def _claim_events(rule: AlertRule, now: datetime, backfill_days: int) -> list[Event]:
    from ttdn.response.models import Suggestion

    p = rule.parameters or {}
    cursor = int((rule.state or {}).get("cursor", 0))
    qs = Suggestion.objects.select_related("article", "narrative", "fact", "case").filter(
        score__gte=float(p.get("min_score", 0.6)),
        status__in=[Suggestion.Status.PENDING, Suggestion.Status.AUTO_LINKED],
    )
    qs = qs.filter(created_at__gte=now - timedelta(days=backfill_days)) if backfill_days else qs.filter(pk__gt=cursor)
    ids = visible_agency_ids(rule.owner)
    if rule.agency_id:
        qs = qs.filter(agency_id=rule.agency_id)
    elif ids is not None:
        qs = qs.filter(agency_id__in=ids)
    events = []
    for s in qs.order_by("pk")[:100]:
        target = s.narrative or s.fact
        link = (
            reverse("response:case_detail", args=[s.case_id])
            if s.case_id
            else reverse("response:suggestions") + "?status=" + s.status
        )
        events.append(
            Event(
                key=f"suggestion:{s.pk}",
                title=(
                    _("Trùng luận điệu (%(score)s): %(title)s") % {"score": _num(s.score, 2), "title": s.article.title}
                )[:300],
                summary=_("Bài “%(title)s” khớp với “%(target)s” (điểm %(score)s).")
                % {"title": s.article.title, "target": target, "score": _num(s.score, 2)},
                details={"suggestion": s.pk, "score": s.score, "case": s.case_id, "target": str(target)},
                article_ids=[s.article_id],
                link=link,
                cursor=s.pk,
            )
        )
    return events


EVALUATORS = {
    AlertRule.Kind.VOLUME_SPIKE: _spike_events,
    AlertRule.Kind.NEGATIVE_SPIKE: _spike_events,
    AlertRule.Kind.STORY_SPREAD: _story_events,
    AlertRule.Kind.WATCH: _watch_events,
    AlertRule.Kind.CLAIM_MATCH: _claim_events,
}


def _throttled(rule: AlertRule, now: datetime) -> bool:
    return bool(
        rule.throttle_minutes
        and rule.last_fired_at is not None
        and now - rule.last_fired_at < timedelta(minutes=rule.throttle_minutes)
    )


def evaluate_rule(
    rule: AlertRule, now: datetime | None = None, *, backfill_days: int = 0, deliver: bool = True
) -> list[Alert]:
    """Fire the rule's new events (deduplicated, throttled); returns the alerts created.

    `backfill_days` looks back that many days instead of the rule's usual window (demo, tests).
    """
    now = now or timezone.now()
    events = EVALUATORS[AlertRule.Kind(rule.kind)](rule, now, backfill_days)
    fired: list[Alert] = []
    state = dict(rule.state or {})
    for event in events:
        if Alert.objects.filter(rule=rule, event_key=event.key).exists():
            if event.cursor is not None:
                state["cursor"] = max(int(state.get("cursor", 0)), event.cursor)
            continue
        if _throttled(rule, now):
            break
        try:
            with transaction.atomic():
                alert = audited_create(
                    None,
                    Alert,
                    rule=rule,
                    agency=rule.agency,
                    kind=rule.kind,
                    event_key=event.key[:200],
                    title=event.title,
                    summary=event.summary,
                    details=event.details,
                    article_ids=event.article_ids,
                    link=event.link,
                    fired_at=now,
                )
        except (IntegrityError, ValidationError):  # a concurrent evaluation fired it first
            continue
        fired.append(alert)
        rule.last_fired_at = now
        if event.cursor is not None:
            state["cursor"] = max(int(state.get("cursor", 0)), event.cursor)
    AlertRule.objects.filter(pk=rule.pk).update(state=state, last_evaluated_at=now, last_fired_at=rule.last_fired_at)
    rule.state = state
    if deliver:
        from .delivery import deliver as send

        for alert in fired:
            try:
                send(alert)
            except Exception:  # a delivery bug must not lose the alert
                logger.exception("delivering alert %s failed", alert.pk)
    return fired


def evaluate_all(now: datetime | None = None, kinds: list[str] | None = None) -> dict[str, int]:
    """Evaluate every active rule (the periodic `alerts.evaluate` job)."""
    now = now or timezone.now()
    rules = AlertRule.objects.filter(active=True).select_related("owner", "agency", "saved_search")
    if kinds:
        rules = rules.filter(kind__in=kinds)
    evaluated = fired = failed = 0
    for rule in rules:
        try:
            fired += len(evaluate_rule(rule, now))
        except Exception:  # one broken rule must not stop the others
            logger.exception("evaluating alert rule %s failed", rule.pk)
            failed += 1
        evaluated += 1
    return {"rules": evaluated, "alerts": fired, "failed": failed}
