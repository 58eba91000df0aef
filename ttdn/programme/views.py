"""Programme pages. Views validate input and call services; they never save models themselves."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any, cast

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Count, Prefetch, Sum
from django.forms import ModelChoiceField
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from ttdn.accounts.models import Agency
from ttdn.accounts.services import visible_agency_ids

from . import charts, documents, services
from . import permissions as perms
from .aggregation import Compliance, compliance, formula_value, summary, trend
from .forms import CourseForm, EvidenceForm, IndexEntryForm, IndexTargetForm, PlanForm, TaskForm, TaskProgressForm
from .models import (
    AgencySuccession,
    CourseParticipants,
    Indicator,
    InternationalIndex,
    Period,
    Plan,
    Report,
    Task,
    TaskEvidence,
    TaskGroup,
    TrainingCourse,
)

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def _error_text(exc: ValidationError) -> str:
    return "; ".join(exc.messages)


def _visible_report(request: HttpRequest, pk: int) -> Report:
    report = perms.visible_reports(request.user).filter(pk=pk).first()
    if report is None:
        raise Http404
    return report


# --- home ---------------------------------------------------------------------------------


@login_required
def home(request: HttpRequest) -> HttpResponse:
    user = request.user
    today = timezone.localdate()
    own = Agency.objects.filter(pk__in=perms.editable_agency_ids(user)).order_by("code")
    periods = list(Period.objects.filter(start__lte=today, year__gte=today.year - 1).order_by("-start", "type"))
    reports = {(r.agency_id, r.period_id): r for r in Report.objects.filter(agency__in=own, period__in=periods)}
    my_rows = [
        {"agency": a, "period": p, "report": reports.get((a.pk, p.pk)), "overdue": today > p.deadline}
        for a in own
        for p in periods
        if a.is_valid_on(p.end) and a.kind not in (Agency.Kind.STEERING,)
    ]
    queue = [
        r
        for r in perms.visible_reports(user).filter(status__in=(Report.Status.SUBMITTED, Report.Status.APPROVED))
        if (r.status == Report.Status.SUBMITTED and perms.can_review_report(user, r))
        or (r.status == Report.Status.APPROVED and perms.can_accept_report(user, r))
    ]
    return render(
        request,
        "programme/home.html",
        {"my_rows": my_rows, "queue": queue, "is_steering": perms.is_steering(user), "today": today},
    )


@login_required
def agencies(request: HttpRequest) -> HttpResponse:
    qs = perms.visible_agencies(request.user).select_related("parent").order_by("kind", "code")
    kind = request.GET.get("kind", "")
    if kind:
        qs = qs.filter(kind=kind)
    successions = AgencySuccession.objects.select_related("predecessor", "successor")
    return render(
        request,
        "programme/agencies.html",
        {"agencies": qs, "successions": successions, "kinds": Agency.Kind.choices, "kind": kind},
    )


# --- reports ------------------------------------------------------------------------------


@login_required
def report_list(request: HttpRequest) -> HttpResponse:
    qs = perms.visible_reports(request.user)
    period_id, status = request.GET.get("period", ""), request.GET.get("status", "")
    if period_id.isdigit():
        qs = qs.filter(period_id=int(period_id))
    if status:
        qs = qs.filter(status=status)
    return render(
        request,
        "programme/report_list.html",
        {
            "reports": qs[:500],
            "periods": Period.objects.filter(reports__isnull=False).distinct().order_by("-start"),
            "statuses": Report.Status.choices,
            "period_id": period_id,
            "status": status,
        },
    )


@login_required
@require_POST
def report_open(request: HttpRequest) -> HttpResponse:
    agency = get_object_or_404(Agency, pk=request.POST.get("agency"))
    period = get_object_or_404(Period, pk=request.POST.get("period"))
    try:
        report = services.open_report(request.user, agency, period)
    except PermissionDenied as exc:
        raise PermissionDenied(str(exc)) from exc
    except ValidationError as exc:
        messages.error(request, _error_text(exc))
        return redirect("programme:home")
    return redirect("programme:report_edit", pk=report.pk)


def _value_rows(
    report: Report, posted: dict[str, Any] | None = None, errors: dict[str, str] | None = None
) -> list[dict]:
    stored = {v.indicator_id: v for v in report.values.all()}
    by_id = {k: v.value for k, v in stored.items()}
    rows = []
    for indicator in services.report_indicators(report):
        value = stored.get(indicator.pk)
        raw: Any = value.value if value else None
        note = value.note if value else ""
        if posted is not None and not indicator.is_formula:
            raw, note = posted.get(f"v_{indicator.code}", ""), posted.get(f"n_{indicator.code}", "")
        elif raw is not None:
            raw = _plain_number(raw)
        rows.append(
            {
                "indicator": indicator,
                "raw": raw,
                "note": note,
                "error": (errors or {}).get(indicator.code, ""),
                "computed": formula_value(indicator, by_id) if indicator.is_formula else None,
                "display": _display_value(indicator, value.value if value else None),
            }
        )
    return rows


def _plain_number(value: Decimal) -> str:
    text = f"{value.normalize():f}"
    return text


def _display_value(indicator: Indicator, value: Decimal | None) -> str:
    if value is None:
        return ""
    if indicator.value_type == Indicator.ValueType.BOOLEAN:
        return _("Có") if value else _("Không")
    return _plain_number(value)


@login_required
def report_detail(request: HttpRequest, pk: int) -> HttpResponse:
    report = _visible_report(request, pk)
    user = request.user
    context = {
        "report": report,
        "rows": _value_rows(report),
        "events": report.events.select_related("actor"),
        "can_edit": perms.can_edit_report(user, report) and report.is_editable,
        "can_review": perms.can_review_report(user, report)
        and report.status in (Report.Status.SUBMITTED, Report.Status.APPROVED),
        "can_approve": perms.can_review_report(user, report) and report.status == Report.Status.SUBMITTED,
        "can_accept": perms.can_accept_report(user, report) and report.status == Report.Status.APPROVED,
        "late": report.is_late(),
    }
    return render(request, "programme/report_detail.html", context)


@login_required
def report_edit(request: HttpRequest, pk: int) -> HttpResponse:
    report = _visible_report(request, pk)
    if not perms.can_edit_report(request.user, report):
        raise PermissionDenied(_("Bạn không có quyền nhập báo cáo của đơn vị này."))
    if not report.is_editable:
        messages.warning(
            request, _("Báo cáo đang ở trạng thái “%(s)s”, không sửa được.") % {"s": report.get_status_display()}
        )
        return redirect(report)
    errors: dict[str, str] = {}
    posted = None
    if request.method == "POST":
        posted = request.POST
        entries = {
            i.code: (request.POST.get(f"v_{i.code}", ""), request.POST.get(f"n_{i.code}", ""))
            for i in services.report_indicators(report)
            if not i.is_formula
        }
        try:
            services.save_report_values(request.user, report, entries, narrative=request.POST.get("narrative", ""))
            if request.POST.get("submit"):
                services.submit_report(request.user, report)
                messages.success(request, _("Đã gửi báo cáo."))
                return redirect(report)
            messages.success(request, _("Đã lưu báo cáo."))
            return redirect("programme:report_edit", pk=report.pk)
        except services.ReportValidationError as exc:
            errors = exc.errors
            messages.error(request, _("Báo cáo có %(n)d lỗi, chưa được gửi. Xem các ô đánh dấu.") % {"n": len(errors)})
            posted = request.POST
        except ValidationError as exc:
            messages.error(request, _error_text(exc))
    report.refresh_from_db()
    return render(
        request,
        "programme/report_edit.html",
        {
            "report": report,
            "rows": _value_rows(report, posted, errors),
            "narrative": posted.get("narrative", report.narrative) if posted else report.narrative,
        },
    )


@login_required
@require_POST
def report_action(request: HttpRequest, pk: int) -> HttpResponse:
    report = _visible_report(request, pk)
    action, comment = request.POST.get("action", ""), request.POST.get("comment", "")
    handlers = {
        "submit": lambda: services.submit_report(request.user, report),
        "return": lambda: services.return_report(request.user, report, comment),
        "approve": lambda: services.approve_report(request.user, report, comment),
        "accept": lambda: services.accept_report(request.user, report, comment),
    }
    if action not in handlers:
        raise Http404
    try:
        handlers[action]()
    except services.ReportValidationError as exc:
        messages.error(request, _("Chưa gửi được: ") + _error_text(exc))
    except ValidationError as exc:
        messages.error(request, _error_text(exc))
    else:
        done = {
            "submit": _("Đã gửi báo cáo."),
            "return": _("Đã trả lại báo cáo kèm ý kiến."),
            "approve": _("Đã phê duyệt báo cáo."),
            "accept": _("Đã tiếp nhận báo cáo; báo cáo đã khóa."),
        }
        messages.success(request, done[action])
    return redirect(report)


@login_required
def report_template(request: HttpRequest, pk: int) -> HttpResponse:
    report = _visible_report(request, pk)
    response = HttpResponse(documents.report_template(report), content_type=XLSX)
    response["Content-Disposition"] = f'attachment; filename="bao-cao-{report.agency.code}-{report.period.code}.xlsx"'
    return response


@login_required
@require_POST
def report_upload(request: HttpRequest, pk: int) -> HttpResponse:
    report = _visible_report(request, pk)
    upload = request.FILES.get("file")
    if upload is None:
        messages.error(request, _("Chưa chọn tệp."))
        return redirect("programme:report_edit", pk=pk)
    try:
        n = documents.import_report_xlsx(request.user, report, upload.read())
    except documents.UploadError as exc:
        return render(request, "programme/upload_errors.html", {"report": report, "errors": exc.row_errors}, status=400)
    except ValidationError as exc:
        messages.error(request, _error_text(exc))
        return redirect(report)
    messages.success(request, _("Đã nhập %(n)d dòng từ tệp Excel.") % {"n": n})
    return redirect("programme:report_edit", pk=pk)


# --- compliance ---------------------------------------------------------------------------


def _compliance_params(request: HttpRequest) -> tuple[Indicator, Period, bool, date | None]:
    indicators = Indicator.objects.filter(active=True)
    indicator = indicators.filter(code=request.GET.get("indicator", "")).first() or indicators.get(code="QC")
    today = timezone.localdate()
    period = None
    if request.GET.get("period", "").isdigit():
        period = Period.objects.filter(pk=int(request.GET["period"])).first()
    if period is None:
        period = (
            Period.objects.filter(deadline__lte=today).order_by("-deadline", "type").first() or Period.objects.first()
        )
    if period is None:
        raise Http404("No reporting period exists yet.")
    current = request.GET.get("units") == "current"
    return indicator, period, current, (today if current and today > period.end else None)


@login_required
def compliance_dashboard(request: HttpRequest) -> HttpResponse:
    indicator, period, current, as_of = _compliance_params(request)
    ids = visible_agency_ids(request.user)
    rows = compliance(indicator, period, as_of=as_of, agency_ids=ids)
    trend_rows = trend(indicator, period.type, agency_ids=ids, current_units=current)
    provinces = [r for r in rows if r.agency.kind == Agency.Kind.PROVINCE]
    context = {
        "indicator": indicator,
        "period": period,
        "current": current,
        "rows": rows,
        "summary": summary(rows),
        "indicators": Indicator.objects.filter(active=True),
        "periods": Period.objects.filter(start__lte=timezone.localdate()).order_by("-start", "type"),
        "trend_spec": charts.trend_spec(trend_rows, indicator),
        "map_spec": charts.province_spec(provinces, indicator) if provinces else None,
        "trend_rows": trend_rows,
        "labels": Compliance.LABELS,
        "query": request.GET.urlencode(),
    }
    return render(request, "programme/compliance.html", context)


@login_required
def compliance_export(request: HttpRequest, fmt: str) -> HttpResponse:
    indicator, period, _current, as_of = _compliance_params(request)
    rows = compliance(indicator, period, as_of=as_of, agency_ids=visible_agency_ids(request.user))
    name = f"tuan-thu-{indicator.code}-{period.code}"
    if fmt == "xlsx":
        response = HttpResponse(documents.compliance_xlsx(indicator, period, rows), content_type=XLSX)
    elif fmt == "docx":
        response = HttpResponse(documents.compliance_docx(indicator, period, rows), content_type=DOCX)
    else:
        raise Http404
    response["Content-Disposition"] = f'attachment; filename="{name}.{fmt}"'
    return response


# --- plans and tasks ---------------------------------------------------------------------


@login_required
def plan_list(request: HttpRequest) -> HttpResponse:
    plans = perms.visible_agencies(request.user)
    qs = (
        Plan.objects.filter(agency__in=plans)
        .select_related("agency")
        .prefetch_related(Prefetch("tasks", queryset=Task.objects.all()))
    )
    year = request.GET.get("year", "")
    if year.isdigit():
        qs = qs.filter(year=int(year))
    editable = Agency.objects.filter(pk__in=perms.editable_agency_ids(request.user))
    form = PlanForm(initial={"year": timezone.localdate().year})
    cast(ModelChoiceField, form.fields["agency"]).queryset = editable
    return render(
        request, "programme/plans.html", {"plans": qs, "form": form, "year": year, "can_create": editable.exists()}
    )


@login_required
@require_POST
def plan_create(request: HttpRequest) -> HttpResponse:
    form = PlanForm(request.POST)
    editable = Agency.objects.filter(pk__in=perms.editable_agency_ids(request.user))
    cast(ModelChoiceField, form.fields["agency"]).queryset = editable
    if form.is_valid():
        data = dict(form.cleaned_data)
        agency, year, title = data.pop("agency"), data.pop("year"), data.pop("title")
        try:
            plan = services.create_plan(request.user, agency, year, title, **data)
        except ValidationError as exc:
            messages.error(request, _error_text(exc))
            return redirect("programme:plans")
        return redirect("programme:plan_detail", pk=plan.pk)
    messages.error(request, _("Kế hoạch chưa hợp lệ: ") + "; ".join(f"{k}: {v[0]}" for k, v in form.errors.items()))
    return redirect("programme:plans")


@login_required
def plan_detail(request: HttpRequest, pk: int) -> HttpResponse:
    plan = get_object_or_404(Plan.objects.filter(agency__in=perms.visible_agencies(request.user)), pk=pk)
    can_edit = perms.can_edit_agency(request.user, plan.agency)
    form = TaskForm()
    if request.method == "POST":
        if not can_edit:
            raise PermissionDenied
        form = TaskForm(request.POST)
        if form.is_valid():
            try:
                services.create_task(request.user, plan, **form.cleaned_data)
                messages.success(request, _("Đã thêm nhiệm vụ."))
                return redirect("programme:plan_detail", pk=pk)
            except ValidationError as exc:
                messages.error(request, _error_text(exc))
    tasks = plan.tasks.select_related("task_group").prefetch_related("evidence")
    by_group: dict[TaskGroup, list[Task]] = {}
    for task in tasks:
        by_group.setdefault(task.task_group, []).append(task)
    context = {
        "plan": plan,
        "tasks": tasks,
        "by_group": by_group,
        "form": form,
        "can_edit": can_edit,
        "statuses": Task.Status.choices,
        "evidence_form": EvidenceForm(),
        "today": timezone.localdate(),
    }
    return render(request, "programme/plan_detail.html", context)


def _editable_task(request: HttpRequest, pk: int) -> Task:
    task = get_object_or_404(Task.objects.select_related("plan__agency"), pk=pk)
    if not perms.can_edit_agency(request.user, task.plan.agency):
        raise PermissionDenied
    return task


@login_required
@require_POST
def task_update(request: HttpRequest, pk: int) -> HttpResponse:
    task = _editable_task(request, pk)
    form = TaskProgressForm(request.POST, instance=Task.objects.get(pk=pk))
    if form.is_valid():
        try:
            services.update_task(request.user, task, **form.cleaned_data)
            messages.success(request, _("Đã cập nhật tiến độ."))
        except ValidationError as exc:
            messages.error(request, _error_text(exc))
    else:
        messages.error(request, "; ".join(str(m) for errs in form.errors.values() for m in errs))
    return redirect("programme:plan_detail", pk=task.plan_id)


@login_required
@require_POST
def task_evidence(request: HttpRequest, pk: int) -> HttpResponse:
    task = _editable_task(request, pk)
    upload = request.FILES.get("file")
    if upload is None:
        messages.error(request, _("Chưa chọn tệp."))
    else:
        try:
            services.add_evidence(request.user, task, upload, request.POST.get("description", ""))
            messages.success(request, _("Đã tải lên minh chứng."))
        except ValidationError as exc:
            messages.error(request, _error_text(exc))
    return redirect("programme:plan_detail", pk=task.plan_id)


@login_required
def evidence_download(request: HttpRequest, pk: int) -> FileResponse:
    evidence = get_object_or_404(
        TaskEvidence.objects.filter(task__plan__agency__in=perms.visible_agencies(request.user)), pk=pk
    )
    return FileResponse(evidence.file.open("rb"), as_attachment=True, filename=str(evidence))


# --- training -----------------------------------------------------------------------------


@login_required
def training(request: HttpRequest) -> HttpResponse:
    visible = perms.visible_agencies(request.user)
    editable = Agency.objects.filter(pk__in=perms.editable_agency_ids(request.user))
    form = CourseForm()
    if request.method == "POST":
        form = CourseForm(request.POST)
        cast(ModelChoiceField, form.fields["organiser"]).queryset = editable
        if form.is_valid():
            data = {k: v for k, v in form.cleaned_data.items() if not k.startswith("p_")}
            organiser = data.pop("organiser")
            try:
                services.create_course(request.user, organiser, form.participants(), **data)
                messages.success(request, _("Đã thêm lớp tập huấn."))
                return redirect("programme:training")
            except ValidationError as exc:
                messages.error(request, _error_text(exc))
    cast(ModelChoiceField, form.fields["organiser"]).queryset = editable
    courses = (
        TrainingCourse.objects.filter(organiser__in=visible)
        .select_related("organiser")
        .prefetch_related("participants")
    )
    year = request.GET.get("year", "")
    if year.isdigit():
        courses = courses.filter(start__year=int(year))
    by_level = (
        CourseParticipants.objects.filter(course__in=courses)
        .values("course__level")
        .annotate(n=Sum("count"))
        .order_by()
    )
    level_courses = dict(courses.values_list("level").annotate(n=Count("id")).order_by())
    levels = [
        {
            "label": label,
            "courses": level_courses.get(value, 0),
            "participants": next((r["n"] for r in by_level if r["course__level"] == value), 0),
        }
        for value, label in TrainingCourse.Level.choices
    ]
    by_agency = (
        courses.values("organiser__code", "organiser__name_vi")
        .annotate(courses=Count("id", distinct=True), participant_count=Sum("participants__count"))
        .order_by("-courses", "organiser__code")
    )
    context = {
        "courses": courses,
        "levels": levels,
        "by_agency": by_agency,
        "form": form,
        "can_create": editable.exists(),
        "year": year,
    }
    return render(request, "programme/training.html", context)


# --- international indices ---------------------------------------------------------------


@login_required
def index_list(request: HttpRequest) -> HttpResponse:
    indices = InternationalIndex.objects.prefetch_related("entries", "targets")
    cards = []
    for index in indices:
        vn = sorted((e for e in index.entries.all() if e.country == "VNM"), key=lambda e: e.year)
        cards.append(
            {
                "index": index,
                "latest": vn[-1] if vn else None,
                "previous": vn[-2] if len(vn) > 1 else None,
                "spec": charts.index_spec(index, ["VNM"]),
                "spec_id": f"spec-{index.code}",
            }
        )
    return render(request, "programme/indices.html", {"cards": cards})


@login_required
def index_detail(request: HttpRequest, code: str) -> HttpResponse:
    index = get_object_or_404(InternationalIndex, code=code)
    can_manage = perms.can_manage_indices(request.user)
    entry_form, target_form = IndexEntryForm(initial={"country": "VNM"}), IndexTargetForm()
    if request.method == "POST":
        if not can_manage:
            raise PermissionDenied
        try:
            if request.POST.get("kind") == "target":
                target_form = IndexTargetForm(request.POST)
                if target_form.is_valid():
                    data = dict(target_form.cleaned_data)
                    services.set_index_target(request.user, index, data.pop("year"), **data)
                    messages.success(request, _("Đã lưu mục tiêu."))
                    return redirect("programme:index_detail", code=code)
            else:
                entry_form = IndexEntryForm(request.POST)
                if entry_form.is_valid():
                    services.add_index_entry(request.user, index, **entry_form.cleaned_data)
                    messages.success(request, _("Đã lưu kết quả xếp hạng."))
                    return redirect("programme:index_detail", code=code)
        except ValidationError as exc:
            messages.error(request, _error_text(exc))
    countries = sorted(set(index.entries.values_list("country", flat=True)))
    peers = [c for c in request.GET.getlist("peer") if c in countries and c != "VNM"]
    context = {
        "index": index,
        "entries": index.entries.all(),
        "targets": index.targets.all(),
        "spec": charts.index_spec(index, ["VNM", *peers]),
        "countries": [c for c in countries if c != "VNM"],
        "peers": peers,
        "can_manage": can_manage,
        "entry_form": entry_form,
        "target_form": target_form,
    }
    return render(request, "programme/index_detail.html", context)
