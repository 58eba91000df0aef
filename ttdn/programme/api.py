"""Programme API (/api/v1/programme/): agencies over time, reports and their workflow,
compliance and aggregation, training, index ranks. Scoped exactly like the pages."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpRequest
from django.shortcuts import get_object_or_404
from django.utils import timezone
from ninja import Router, Schema, Status

from ttdn.accounts.models import Agency
from ttdn.accounts.services import visible_agency_ids

from . import permissions as perms
from . import services
from .aggregation import aggregate, compliance, summary
from .models import (
    AgencySuccession,
    Indicator,
    InternationalIndex,
    Period,
    PeriodType,
    Report,
    TrainingCourse,
)

router = Router(tags=["programme"])


class ErrorOut(Schema):
    detail: str
    errors: dict[str, str] = {}


class AgencyOut(Schema):
    code: str
    name_vi: str
    name_en: str
    kind: str
    parent: str | None
    valid_from: date | None
    valid_to: date | None
    predecessors: list[dict[str, Any]]


class PeriodOut(Schema):
    code: str
    type: str
    start: date
    end: date
    deadline: date


class IndicatorOut(Schema):
    code: str
    name_vi: str
    name_en: str
    value_type: str
    unit: str
    aggregation: str
    task_group: int | None
    numerator: str | None
    denominator: str | None
    factor: Decimal
    applies_to: list[str]
    required: bool


class ReportOut(Schema):
    id: int
    agency: str
    period: str
    status: str
    late: bool
    submitted_at: datetime | None
    review_comment: str
    narrative: str
    values: dict[str, dict[str, Any]]


class OpenReportIn(Schema):
    agency: str
    period: str


class ValueIn(Schema):
    value: str | float | int | bool | None = None
    note: str = ""


class ValuesIn(Schema):
    values: dict[str, ValueIn]
    narrative: str | None = None


class CommentIn(Schema):
    comment: str = ""


class EntryIn(Schema):
    year: int
    country: str = "VNM"
    rank: int | None = None
    score: Decimal | None = None
    n_countries: int | None = None
    source_url: str = ""
    note: str = ""


class CourseIn(Schema):
    title: str
    organiser: str
    level: str
    start: date
    end: date
    place: str = ""
    materials: str = ""
    participants: dict[str, int] = {}


def _period(code: str) -> Period:
    """'2026-Q3', '2026-H1' or '2026'."""
    year_text, _sep, part = code.partition("-")
    if not year_text.isdigit():
        raise Http404
    if not part:
        return get_object_or_404(Period, type=PeriodType.YEAR, year=int(year_text))
    kind = {"Q": PeriodType.QUARTER, "H": PeriodType.HALF}.get(part[:1].upper())
    if kind is None or not part[1:].isdigit():
        raise Http404
    return get_object_or_404(Period, type=kind, year=int(year_text), number=int(part[1:]))


def _report_out(report: Report) -> dict[str, Any]:
    values = {v.indicator.code: {"value": v.value, "note": v.note} for v in report.values.select_related("indicator")}
    return {
        "id": report.pk,
        "agency": report.agency.code,
        "period": report.period.code,
        "status": report.status,
        "late": report.is_late(),
        "submitted_at": report.submitted_at,
        "review_comment": report.review_comment,
        "narrative": report.narrative,
        "values": values,
    }


def _call(action: Callable[[], Any]) -> tuple[int, Any]:
    """Run a service; map permission and validation failures to 403 / 422."""
    try:
        return 200, action()
    except PermissionDenied as exc:
        return 403, {"detail": str(exc) or "forbidden"}
    except services.ReportValidationError as exc:
        return 422, {"detail": "invalid values", "errors": exc.errors}
    except ValidationError as exc:
        return 422, {"detail": "; ".join(exc.messages)}


def _visible_report(request: HttpRequest, report_id: int) -> Report:
    return get_object_or_404(perms.visible_reports(request.user), pk=report_id)


@router.get("/agencies", response=list[AgencyOut])
def list_agencies(request: HttpRequest, on: date | None = None, kind: str = ""):  # type: ignore[no-untyped-def]
    """Org units; `on` keeps those valid on that day (e.g. 2024-12-31 → 63 provinces)."""
    qs = Agency.objects.select_related("parent").order_by("code")
    if kind:
        qs = qs.filter(kind=kind)
    links: dict[int, list[dict[str, Any]]] = {}
    for s in AgencySuccession.objects.select_related("predecessor"):
        links.setdefault(s.successor_id, []).append(
            {"code": s.predecessor.code, "weight": str(s.weight), "kind": s.kind, "effective_date": s.effective_date}
        )
    return [
        {
            "code": a.code,
            "name_vi": a.name_vi,
            "name_en": a.name_en,
            "kind": a.kind,
            "parent": a.parent.code if a.parent else None,
            "valid_from": a.valid_from,
            "valid_to": a.valid_to,
            "predecessors": links.get(a.pk, []),
        }
        for a in qs
        if on is None or a.is_valid_on(on)
    ]


@router.get("/periods", response=list[PeriodOut])
def list_periods(request: HttpRequest, type: str = ""):  # type: ignore[no-untyped-def]
    qs = Period.objects.order_by("start", "type")
    if type:
        qs = qs.filter(type=type)
    return [{"code": p.code, "type": p.type, "start": p.start, "end": p.end, "deadline": p.deadline} for p in qs]


@router.get("/indicators", response=list[IndicatorOut])
def list_indicators(request: HttpRequest):  # type: ignore[no-untyped-def]
    qs = Indicator.objects.filter(active=True).select_related("task_group", "numerator", "denominator")
    return [
        {
            "code": i.code,
            "name_vi": i.name_vi,
            "name_en": i.name_en,
            "value_type": i.value_type,
            "unit": i.unit,
            "aggregation": i.aggregation,
            "task_group": i.task_group.number if i.task_group else None,
            "numerator": i.numerator.code if i.numerator else None,
            "denominator": i.denominator.code if i.denominator else None,
            "factor": i.factor,
            "applies_to": i.applies_to,
            "required": i.required,
        }
        for i in qs
    ]


@router.get("/reports", response=list[ReportOut])
def list_reports(request: HttpRequest, period: str = "", status: str = ""):  # type: ignore[no-untyped-def]
    qs = perms.visible_reports(request.user)
    if period:
        qs = qs.filter(period=_period(period))
    if status:
        qs = qs.filter(status=status)
    return [_report_out(r) for r in qs[:1000]]


@router.post("/reports", response={200: ReportOut, 403: ErrorOut, 422: ErrorOut})
def open_report(request: HttpRequest, payload: OpenReportIn):  # type: ignore[no-untyped-def]
    agency = get_object_or_404(Agency, code=payload.agency)
    period = _period(payload.period)
    status, result = _call(lambda: services.open_report(request.user, agency, period))
    return Status(status, _report_out(result) if status == 200 else result)


@router.get("/reports/{report_id}", response=ReportOut)
def get_report(request: HttpRequest, report_id: int):  # type: ignore[no-untyped-def]
    return _report_out(_visible_report(request, report_id))


@router.put("/reports/{report_id}/values", response={200: ReportOut, 403: ErrorOut, 422: ErrorOut})
def put_values(request: HttpRequest, report_id: int, payload: ValuesIn):  # type: ignore[no-untyped-def]
    report = _visible_report(request, report_id)
    entries = {code: (v.value, v.note) for code, v in payload.values.items()}
    status, result = _call(lambda: services.save_report_values(request.user, report, entries, payload.narrative))
    return Status(status, _report_out(result) if status == 200 else result)


def _workflow(name: str) -> Callable[..., Any]:
    def endpoint(request: HttpRequest, report_id: int, payload: CommentIn):  # type: ignore[no-untyped-def]
        report = _visible_report(request, report_id)
        actions = {
            "submit": lambda: services.submit_report(request.user, report),
            "return": lambda: services.return_report(request.user, report, payload.comment),
            "approve": lambda: services.approve_report(request.user, report, payload.comment),
            "accept": lambda: services.accept_report(request.user, report, payload.comment),
        }
        status, result = _call(actions[name])
        return Status(status, _report_out(result) if status == 200 else result)

    endpoint.__name__ = f"{name}_report"
    return endpoint


for _name in ("submit", "return", "approve", "accept"):
    router.post(f"/reports/{{report_id}}/{_name}", response={200: ReportOut, 403: ErrorOut, 422: ErrorOut})(
        _workflow(_name)
    )


@router.get("/compliance")
def get_compliance(request: HttpRequest, indicator: str, period: str, units: str = ""):  # type: ignore[no-untyped-def]
    """Per-agency compliance; units=current groups old units into today's units."""
    ind = get_object_or_404(Indicator, code=indicator)
    per = _period(period)
    today = timezone.localdate()
    as_of = today if units == "current" and today > per.end else None
    rows = compliance(ind, per, as_of=as_of, agency_ids=visible_agency_ids(request.user))
    return {
        "indicator": ind.code,
        "period": per.code,
        "summary": summary(rows),
        "rows": [
            {
                "agency": r.agency.code,
                "status": r.status,
                "late": r.late,
                "value": r.value.value,
                "target": r.target,
                "report_status": r.report.status if r.report else None,
                "note": r.value.note,
            }
            for r in rows
        ],
    }


@router.get("/aggregate")
def get_aggregate(request: HttpRequest, indicator: str, period: str, agency: str):  # type: ignore[no-untyped-def]
    """One indicator for one unit and period, aggregated across mergers when needed."""
    unit = get_object_or_404(perms.visible_agencies(request.user), code=agency)
    result = aggregate(get_object_or_404(Indicator, code=indicator), unit, _period(period))
    codes = dict(Agency.objects.filter(pk__in=[c.agency_id for c in result.contributions]).values_list("pk", "code"))
    return {
        "value": result.value,
        "derived": result.derived,
        "note": result.note,
        "sources": [{"agency": codes[c.agency_id], "weight": c.weight, "value": c.value} for c in result.contributions],
    }


@router.get("/training")
def list_training(request: HttpRequest, year: int | None = None):  # type: ignore[no-untyped-def]
    qs = TrainingCourse.objects.filter(organiser__in=perms.visible_agencies(request.user)).select_related("organiser")
    if year:
        qs = qs.filter(start__year=year)
    return [
        {
            "id": c.pk,
            "title": c.title,
            "organiser": c.organiser.code,
            "level": c.level,
            "start": c.start,
            "end": c.end,
            "place": c.place,
            "participants": {p.group: p.count for p in c.participants.all()},
        }
        for c in qs.prefetch_related("participants")
    ]


@router.post("/training", response={200: dict, 403: ErrorOut, 422: ErrorOut})
def create_training(request: HttpRequest, payload: CourseIn):  # type: ignore[no-untyped-def]
    organiser = get_object_or_404(Agency, code=payload.organiser)
    data = payload.dict(exclude={"organiser", "participants"})
    status, result = _call(lambda: services.create_course(request.user, organiser, payload.participants, **data))
    return Status(status, {"id": result.pk, "participants": result.participant_total} if status == 200 else result)


@router.get("/indices")
def list_indices(request: HttpRequest):  # type: ignore[no-untyped-def]
    return [
        {
            "code": i.code,
            "name": i.name,
            "publisher": i.publisher,
            "higher_is_better": i.higher_is_better,
            "entries": [
                {
                    "year": e.year,
                    "country": e.country,
                    "rank": e.rank,
                    "score": e.score,
                    "n_countries": e.n_countries,
                    "source_url": e.source_url,
                }
                for e in i.entries.all()
            ],
            "targets": [{"year": t.year, "rank": t.target_rank, "score": t.target_score} for t in i.targets.all()],
        }
        for i in InternationalIndex.objects.prefetch_related("entries", "targets")
    ]


@router.post("/indices/{code}/entries", response={200: dict, 403: ErrorOut, 422: ErrorOut})
def add_entry(request: HttpRequest, code: str, payload: EntryIn):  # type: ignore[no-untyped-def]
    index = get_object_or_404(InternationalIndex, code=code)
    status, result = _call(lambda: services.add_index_entry(request.user, index, **payload.dict()))
    return Status(status, {"id": result.pk, "year": result.year, "rank": result.rank} if status == 200 else result)
