"""REST API of the response desk (/api/v1/response/). Reads are scoped by agency; writes call services."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from ninja import Router, Schema, Status
from ninja.errors import HttpError

from ttdn.accounts.models import Agency
from ttdn.accounts.services import scope_queryset

from . import permissions as perm
from . import services
from .claimreview import claim_review
from .models import Case, Correction, Fact, Narrative, Suggestion
from .stats import timeliness
from .text import fold

router = Router(tags=["response"])


class SourceOut(Schema):
    title: str
    issuer: str
    number: str
    date: date | None
    url: str
    excerpt: str


class FactOut(Schema):
    id: int
    slug: str
    category: str
    statement_vi: str
    translations: dict[str, str]
    status: str
    version: int
    valid_from: date | None
    valid_to: date | None
    approved_by: str | None
    sources: list[SourceOut]


class NarrativeOut(Schema):
    id: int
    slug: str
    title: str
    claim_summary: str
    disproof: str
    keywords: list[str]
    languages: list[str]
    target_countries: list[str]
    severity: str
    first_seen: date | None
    last_seen: date | None
    fact_ids: list[int]


class CaseOut(Schema):
    id: int
    title: str
    agency: str
    status: str
    severity: str
    origin: str
    narrative_id: int | None
    assignee: str | None
    article_ids: list[int]
    first_seen_at: datetime
    triaged_at: datetime | None
    first_draft_at: datetime | None
    published_at: datetime | None
    due_at: datetime | None
    sla_breached_at: datetime | None


class DraftIn(Schema):
    language: str
    headline: str
    claim_reviewed: str
    body: str
    fact_ids: list[int]
    rating: int | None = None


class DraftOut(Schema):
    id: int
    language: str
    number: int
    headline: str
    claim_reviewed: str
    body: str
    fact_ids: list[int]
    created_by: str | None
    created_at: datetime


class TransitionIn(Schema):
    note: str = ""
    severity: str | None = None
    narrative_id: int | None = None
    assignee_id: int | None = None
    agency_code: str | None = None


class CaseIn(Schema):
    agency_code: str
    title: str
    summary: str = ""
    narrative_id: int | None = None
    article_ids: list[int] = []
    appearance_url: str = ""
    severity: str | None = None
    origin: str = Case.Origin.MANUAL


class SuggestionOut(Schema):
    id: int
    agency: str
    article_id: int
    narrative_id: int | None
    fact_id: int | None
    score: float
    status: str
    case_id: int | None


class DecisionIn(Schema):
    decision: str  # "confirm", "confirm_case" (also open a case for a fact match) or "reject"


def _call(func: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
    """Run a service, turning its refusals into HTTP errors."""
    try:
        return func(*args, **kwargs)
    except PermissionDenied as exc:
        raise HttpError(403, str(exc) or "forbidden")
    except ValidationError as exc:
        raise HttpError(400, "; ".join(exc.messages))


def _fact_out(fact: Fact) -> dict[str, Any]:
    return {
        "id": fact.pk,
        "slug": fact.slug,
        "category": fact.category,
        "statement_vi": fact.statement_vi,
        "translations": fact.translations,
        "status": fact.status,
        "version": fact.version,
        "valid_from": fact.valid_from,
        "valid_to": fact.valid_to,
        "approved_by": fact.approved_by.get_username() if fact.approved_by else None,
        "sources": [s.as_dict() | {"date": s.date} for s in fact.sources.all()],
    }


def _case_out(case: Case) -> dict[str, Any]:
    return {
        "id": case.pk,
        "title": case.title,
        "agency": case.agency.code,
        "status": case.status,
        "severity": case.severity,
        "origin": case.origin,
        "narrative_id": case.narrative_id,
        "assignee": case.assignee.get_username() if case.assignee else None,
        "article_ids": list(case.articles.values_list("pk", flat=True)),
        "first_seen_at": case.first_seen_at,
        "triaged_at": case.triaged_at,
        "first_draft_at": case.first_draft_at,
        "published_at": case.published_at,
        "due_at": case.due_at,
        "sla_breached_at": case.sla_breached_at,
    }


def _visible_case(request: HttpRequest, case_id: int) -> Case:
    return get_object_or_404(perm.visible_cases(request.user).select_related("agency", "assignee"), pk=case_id)


@router.get("/facts", response=list[FactOut])
def list_facts(request: HttpRequest, q: str = "", category: str = "", status: str = "") -> list[dict[str, Any]]:
    qs = Fact.objects.select_related("approved_by").prefetch_related("sources")
    for word in fold(q).split():
        qs = qs.filter(search_text__contains=word)
    if category:
        qs = qs.filter(category=category)
    if status:
        qs = qs.filter(status=status)
    return [_fact_out(f) for f in qs[:500]]


@router.get("/facts/{slug}", response=FactOut)
def get_fact(request: HttpRequest, slug: str) -> dict[str, Any]:
    return _fact_out(get_object_or_404(Fact, slug=slug))


@router.get("/narratives", response=list[NarrativeOut])
def list_narratives(request: HttpRequest) -> list[dict[str, Any]]:
    return [
        {
            **{k: getattr(n, k) for k in NarrativeOut.model_fields if k != "fact_ids"},
            "fact_ids": [f.pk for f in n.facts.all()],
        }
        for n in Narrative.objects.prefetch_related("facts")
    ]


@router.get("/cases", response=list[CaseOut])
def list_cases(request: HttpRequest, status: str = "") -> list[dict[str, Any]]:
    qs = perm.visible_cases(request.user).select_related("agency", "assignee")
    if status:
        qs = qs.filter(status=status)
    return [_case_out(c) for c in qs[:500]]


@router.post("/cases", response={201: CaseOut})
def create_case(request: HttpRequest, payload: CaseIn) -> Status:
    agency = get_object_or_404(Agency, code=payload.agency_code)
    narrative = get_object_or_404(Narrative, pk=payload.narrative_id) if payload.narrative_id else None
    case = _call(
        services.create_case,
        request.user,
        agency=agency,
        title=payload.title,
        summary=payload.summary,
        narrative=narrative,
        article_ids=payload.article_ids,
        appearance_url=payload.appearance_url,
        severity=payload.severity,
        origin=payload.origin,
    )
    return Status(201, _case_out(case))


@router.get("/cases/{case_id}", response=CaseOut)
def get_case(request: HttpRequest, case_id: int) -> dict[str, Any]:
    return _case_out(_visible_case(request, case_id))


@router.get("/cases/{case_id}/drafts", response=list[DraftOut])
def list_drafts(request: HttpRequest, case_id: int) -> list[dict[str, Any]]:
    case = _visible_case(request, case_id)
    correction = Correction.objects.filter(case=case).first()
    if correction is None:
        return []
    return [
        {
            "id": v.pk,
            "language": v.language,
            "number": v.number,
            "headline": v.headline,
            "claim_reviewed": v.claim_reviewed,
            "body": v.body,
            "fact_ids": [f.pk for f in v.facts.all()],
            "created_by": v.created_by.get_username() if v.created_by else None,
            "created_at": v.created_at,
        }
        for v in correction.versions.prefetch_related("facts").select_related("created_by")
    ]


@router.post("/cases/{case_id}/drafts", response={201: DraftOut})
def save_draft(request: HttpRequest, case_id: int, payload: DraftIn) -> Status:
    case = _visible_case(request, case_id)
    v = _call(
        services.save_draft,
        request.user,
        case,
        language=payload.language,
        headline=payload.headline,
        claim_reviewed=payload.claim_reviewed,
        body=payload.body,
        fact_ids=payload.fact_ids,
        rating=payload.rating,
    )
    return Status(
        201,
        {
            "id": v.pk,
            "language": v.language,
            "number": v.number,
            "headline": v.headline,
            "claim_reviewed": v.claim_reviewed,
            "body": v.body,
            "fact_ids": [f.pk for f in v.facts.all()],
            "created_by": request.user.get_username(),
            "created_at": v.created_at,
        },
    )


@router.post("/cases/{case_id}/transitions/{name}", response=CaseOut)
def transition(request: HttpRequest, case_id: int, name: str, payload: TransitionIn) -> dict[str, Any]:
    case = _visible_case(request, case_id)
    if name == "triage":
        narrative = get_object_or_404(Narrative, pk=payload.narrative_id) if payload.narrative_id else None
        _call(
            services.triage_case, request.user, case, severity=payload.severity, narrative=narrative, note=payload.note
        )
    elif name == "assign":
        if payload.assignee_id is None:
            raise HttpError(400, "assignee_id required")
        assignee = get_object_or_404(get_user_model(), pk=payload.assignee_id)
        agency = get_object_or_404(Agency, code=payload.agency_code) if payload.agency_code else None
        _call(services.assign_case, request.user, case, assignee=assignee, agency=agency, note=payload.note)
    elif name == "dismiss":
        _call(services.dismiss_case, request.user, case, payload.note)
    elif name == "return_for_changes":
        _call(services.return_for_changes, request.user, case, payload.note)
    elif name in services.TRANSITIONS:
        _call(services.TRANSITIONS[name], request.user, case, note=payload.note)
    else:
        raise HttpError(404, f"unknown transition {name!r}")
    return _case_out(Case.objects.select_related("agency", "assignee").get(pk=case.pk))


@router.get("/cases/{case_id}/claimreview")
def case_claimreview(request: HttpRequest, case_id: int, lang: str = "vi") -> dict[str, Any]:
    case = _visible_case(request, case_id)
    correction = Correction.objects.filter(case=case, published_at__isnull=False).first()
    if correction is None:
        raise HttpError(404, "not published")
    return claim_review(correction, lang, request.build_absolute_uri("/"))


@router.get("/suggestions", response=list[SuggestionOut])
def list_suggestions(request: HttpRequest, status: str = "pending") -> list[dict[str, Any]]:
    qs = scope_queryset(Suggestion.objects.select_related("agency"), request.user)
    if status:
        qs = qs.filter(status=status)
    return [
        {
            "id": s.pk,
            "agency": s.agency.code,
            "article_id": s.article_id,
            "narrative_id": s.narrative_id,
            "fact_id": s.fact_id,
            "score": s.score,
            "status": s.status,
            "case_id": s.case_id,
        }
        for s in qs[:500]
    ]


@router.post("/suggestions/{suggestion_id}/decision", response=SuggestionOut)
def decide_suggestion(request: HttpRequest, suggestion_id: int, payload: DecisionIn) -> dict[str, Any]:
    suggestion = get_object_or_404(scope_queryset(Suggestion.objects.all(), request.user), pk=suggestion_id)
    if payload.decision in {"confirm", "confirm_case"}:
        open_case = True if payload.decision == "confirm_case" else None
        _call(services.confirm_suggestion, request.user, suggestion, open_case=open_case)
    elif payload.decision == "reject":
        _call(services.reject_suggestion, request.user, suggestion)
    else:
        raise HttpError(400, "decision must be 'confirm', 'confirm_case' or 'reject'")
    s = Suggestion.objects.select_related("agency").get(pk=suggestion.pk)
    return {
        "id": s.pk,
        "agency": s.agency.code,
        "article_id": s.article_id,
        "narrative_id": s.narrative_id,
        "fact_id": s.fact_id,
        "score": s.score,
        "status": s.status,
        "case_id": s.case_id,
    }


@router.get("/statistics/timeliness")
def timeliness_stats(request: HttpRequest) -> list[dict[str, Any]]:
    return [
        {
            "agency_id": r.agency_id,
            "agency": r.agency_name,
            "month": r.month,
            "cases": r.cases,
            "measures": {k: {"n": m.n, "median_hours": m.median, "p90_hours": m.p90} for k, m in r.measures.items()},
        }
        for r in timeliness(perm.visible_cases(request.user))
    ]
