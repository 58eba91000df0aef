"""Response desk pages. Views validate input and call services; reads are scoped by agency."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.models import User
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.db import transaction
from django.db.models import Count, Q
from django.http import FileResponse, Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from ttdn.accounts.models import Role
from ttdn.accounts.services import scope_queryset

from . import factio, matching, services
from . import permissions as perm
from .claimreview import claim_review
from .diff import diff_snapshots, diff_versions
from .forms import (
    AgencySettingsForm,
    AssignForm,
    AttachmentForm,
    CaseForm,
    CommentForm,
    DraftForm,
    FactForm,
    ImportForm,
    MaterialForm,
    NarrativeForm,
    NoteForm,
    SourceFormSet,
    TriageForm,
)
from .models import (
    CONTENT_LANGUAGES,
    Case,
    CaseAttachment,
    Fact,
    Narrative,
    Severity,
    SlaAlert,
    Suggestion,
)
from .stats import timeliness
from .text import fold


def _errors(request: HttpRequest, exc: Exception) -> None:
    text = "; ".join(exc.messages) if isinstance(exc, ValidationError) else str(exc)
    messages.error(request, text)


class AuthenticatedHttpRequest(HttpRequest):
    """A request behind @login_required: the user is a real account, never AnonymousUser."""

    user: User


# --- home ----------------------------------------------------------------------------------


@login_required
def home(request: AuthenticatedHttpRequest) -> HttpResponse:
    cases = perm.visible_cases(request.user)
    by_status = dict(cases.values_list("status").annotate(n=Count("id")).values_list("status", "n"))
    context = {
        "status_counts": [(value, label, by_status.get(value, 0)) for value, label in Case.Status.choices],
        "my_cases": cases.filter(assignee=request.user).exclude(status__in=["closed", "dismissed"])[:10],
        "overdue": cases.filter(
            sla_breached_at__isnull=False, status__in=services.ALLOWED_FROM["dismiss"] | {"approved"}
        )[:10],
        "pending_suggestions": scope_queryset(Suggestion.objects.filter(status="pending"), request.user).count(),
        "alerts": scope_queryset(SlaAlert.objects.filter(acknowledged_at__isnull=True), request.user).count(),
        "fact_count": Fact.objects.filter(status=Fact.Status.APPROVED).count(),
        "narrative_count": Narrative.objects.count(),
        "is_agency_admin": bool(perm.acting_agencies(request.user, {Role.AGENCY_ADMIN})),
    }
    return render(request, "response/home.html", context)


# --- facts ---------------------------------------------------------------------------------


def _fact_queryset(request: HttpRequest) -> Any:
    qs = Fact.objects.select_related("approved_by", "agency").prefetch_related("sources")
    q = request.GET.get("q", "").strip()
    if q:
        for word in fold(q).split():
            qs = qs.filter(search_text__contains=word)
    if request.GET.get("category"):
        qs = qs.filter(category=request.GET["category"])
    if request.GET.get("status"):
        qs = qs.filter(status=request.GET["status"])
    return qs


@login_required
def fact_list(request: HttpRequest) -> HttpResponse:
    page = Paginator(_fact_queryset(request), 25).get_page(request.GET.get("page"))
    return render(
        request,
        "response/fact_list.html",
        {
            "page": page,
            "q": request.GET.get("q", ""),
            "categories": Fact.Category.choices,
            "statuses": Fact.Status.choices,
            "category": request.GET.get("category", ""),
            "status": request.GET.get("status", ""),
            "can_edit": bool(perm.acting_agencies(request.user, perm.EDIT_FACTS)),
            "querystring": request.GET.urlencode(),
        },
    )


@login_required
def fact_detail(request: HttpRequest, slug: str) -> HttpResponse:
    fact = get_object_or_404(Fact.objects.select_related("agency", "approved_by"), slug=slug)
    versions = list(fact.versions.select_related("changed_by").order_by("number"))
    history = []
    for previous, version in zip([None, *versions[:-1]], versions, strict=True):
        history.append({"version": version, "diff": diff_snapshots(previous.data if previous else {}, version.data)})
    history.reverse()
    names = dict(CONTENT_LANGUAGES)
    cited_in = (
        perm.visible_cases(request.user).filter(correction__versions__facts=fact).distinct().select_related("agency")
    )
    return render(
        request,
        "response/fact_detail.html",
        {
            "fact": fact,
            "translations": [(lang, names.get(lang, lang), text) for lang, text in sorted(fact.translations.items())],
            "history": history,
            "cited_in": cited_in,
            "narratives": fact.narratives.all(),
            "can_edit": perm.holds(request.user, perm.EDIT_FACTS, fact.agency),
            "can_approve": perm.holds(request.user, perm.APPROVE, fact.agency) and fact.status == Fact.Status.DRAFT,
        },
    )


def _source_rows(formset: Any) -> list[dict[str, Any]]:
    return [f.cleaned_data for f in formset.forms if f.cleaned_data.get("title")]


@login_required
def fact_edit(request: HttpRequest, slug: str | None = None) -> HttpResponse:
    fact = get_object_or_404(Fact, slug=slug) if slug else None
    agencies = perm.acting_agencies(request.user, perm.EDIT_FACTS)
    if fact is not None and not perm.holds(request.user, perm.EDIT_FACTS, fact.agency):
        raise PermissionDenied
    if not agencies:
        raise PermissionDenied
    if request.method == "POST":
        form = FactForm(request.POST)
        form.limit_agencies(agencies if fact is None else [fact.agency])
        sources = SourceFormSet(request.POST, prefix="src")
        if form.is_valid() and sources.is_valid():
            d = form.cleaned_data
            fields = {
                "statement_vi": d["statement_vi"],
                "category": d["category"],
                "translations": form.translations(),
                "valid_from": d["valid_from"],
                "valid_to": d["valid_to"],
            }
            try:
                if fact is None:
                    fact = services.create_fact(
                        request.user, agency=d["agency"], sources=_source_rows(sources), note=d["note"], **fields
                    )
                else:
                    fact = services.update_fact(
                        request.user, fact, sources=_source_rows(sources), note=d["note"], **fields
                    )
                messages.success(request, _("Đã lưu dữ kiện."))
                return redirect(fact.get_absolute_url())
            except (ValidationError, PermissionDenied) as exc:
                _errors(request, exc)
    else:
        initial: dict[str, Any] = {}
        source_initial: list[dict[str, Any]] = []
        if fact is not None:
            initial = {
                "agency": fact.agency_id,
                "category": fact.category,
                "statement_vi": fact.statement_vi,
                "valid_from": fact.valid_from,
                "valid_to": fact.valid_to,
                **{f"text_{k}": v for k, v in fact.translations.items()},
            }
            source_initial = [s.as_dict() | {"date": s.date} for s in fact.sources.all()]
        form = FactForm(initial=initial)
        form.limit_agencies(agencies if fact is None else [fact.agency])
        sources = SourceFormSet(initial=source_initial, prefix="src")
    return render(request, "response/fact_form.html", {"form": form, "sources": sources, "fact": fact})


@login_required
@require_POST
def fact_approve(request: HttpRequest, slug: str) -> HttpResponse:
    fact = get_object_or_404(Fact, slug=slug)
    try:
        services.approve_fact(request.user, fact)
        messages.success(request, _("Đã phê duyệt dữ kiện."))
    except (ValidationError, PermissionDenied) as exc:
        _errors(request, exc)
    return redirect(fact.get_absolute_url())


@login_required
def fact_export(request: HttpRequest) -> HttpResponse:
    facts = _fact_queryset(request)
    stamp = timezone.localdate().isoformat()
    if request.GET.get("format") == "xlsx":
        response = HttpResponse(
            factio.export_xlsx(facts), content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        )
        response["Content-Disposition"] = f'attachment; filename="facts-{stamp}.xlsx"'
        return response
    response = HttpResponse(factio.export_csv(facts), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="facts-{stamp}.csv"'
    return response


@login_required
def fact_import(request: HttpRequest) -> HttpResponse:
    agencies = perm.acting_agencies(request.user, perm.EDIT_FACTS)
    if not agencies:
        raise PermissionDenied
    report = None
    form = ImportForm(request.POST or None, request.FILES or None)
    form.limit_agencies(agencies)
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        report = factio.import_facts(request.user, form.cleaned_data["agency"], upload.read(), upload.name)
        if report.ok:
            messages.success(
                request,
                _("Đã nhập: %(c)d mới, %(u)d cập nhật, %(n)d không đổi.")
                % {"c": len(report.created), "u": len(report.updated), "n": len(report.unchanged)},
            )
        else:
            messages.error(request, _("Tệp có lỗi; không dữ kiện nào được nhập."))
    return render(request, "response/fact_import.html", {"form": form, "report": report})


# --- narratives ----------------------------------------------------------------------------


@login_required
def narrative_list(request: HttpRequest) -> HttpResponse:
    qs = Narrative.objects.select_related("agency").annotate(n_cases=Count("cases"))
    q = request.GET.get("q", "").strip()
    if q:
        qs = qs.filter(Q(title__icontains=q) | Q(claim_summary__icontains=q))
    return render(
        request,
        "response/narrative_list.html",
        {"narratives": qs, "q": q, "can_edit": bool(perm.acting_agencies(request.user, perm.EDIT_FACTS))},
    )


@login_required
def narrative_detail(request: HttpRequest, pk: int) -> HttpResponse:
    narrative = get_object_or_404(Narrative.objects.select_related("agency"), pk=pk)
    cases = perm.visible_cases(request.user).filter(narrative=narrative).select_related("agency")
    can_edit = perm.holds(request.user, perm.EDIT_FACTS, narrative.agency)
    return render(
        request, "response/narrative_detail.html", {"narrative": narrative, "cases": cases, "can_edit": can_edit}
    )


@login_required
def narrative_create(request: HttpRequest) -> HttpResponse:
    agencies = perm.acting_agencies(request.user, perm.EDIT_FACTS)
    if not agencies:
        raise PermissionDenied
    form = NarrativeForm(request.POST or None)
    form.limit_agencies(agencies)
    if request.method == "POST" and form.is_valid():
        try:
            narrative = services.create_narrative(
                request.user,
                agency=form.cleaned_data["agency"],
                title=form.cleaned_data["title"],
                fact_ids=[f.pk for f in form.cleaned_data["facts"]],
                **form.service_fields(),
            )
            return redirect(narrative.get_absolute_url())
        except (ValidationError, PermissionDenied) as exc:
            _errors(request, exc)
    return render(request, "response/narrative_form.html", {"form": form})


@login_required
def narrative_edit(request: HttpRequest, pk: int) -> HttpResponse:
    narrative = get_object_or_404(Narrative, pk=pk)
    if not perm.holds(request.user, perm.EDIT_FACTS, narrative.agency):
        raise PermissionDenied
    initial = {
        "agency": narrative.agency_id,
        "title": narrative.title,
        "claim_summary": narrative.claim_summary,
        "disproof": narrative.disproof,
        "keywords": ", ".join(narrative.keywords),
        "languages": ", ".join(narrative.languages),
        "target_countries": ", ".join(narrative.target_countries),
        "outlets_seen": ", ".join(narrative.outlets_seen),
        "first_seen": narrative.first_seen,
        "last_seen": narrative.last_seen,
        "severity": narrative.severity,
        "facts": list(narrative.facts.values_list("pk", flat=True)),
    }
    form = NarrativeForm(request.POST or None, initial=initial)
    form.limit_agencies([narrative.agency])
    if request.method == "POST" and form.is_valid():
        try:
            services.update_narrative(
                request.user,
                narrative,
                title=form.cleaned_data["title"],
                fact_ids=[f.pk for f in form.cleaned_data["facts"]],
                **form.service_fields(),
            )
            messages.success(request, _("Đã lưu luận điệu."))
            return redirect(narrative.get_absolute_url())
        except (ValidationError, PermissionDenied) as exc:
            _errors(request, exc)
    return render(request, "response/narrative_form.html", {"form": form, "narrative": narrative})


# --- information materials for the public portal ------------------------------------------


@login_required
def material_list(request: HttpRequest) -> HttpResponse:
    from ttdn.portal.models import InformationMaterial

    materials = scope_queryset(InformationMaterial.objects.select_related("agency", "approved_by"), request.user)
    approvable = {a.pk for a in perm.acting_agencies(request.user, perm.APPROVE)}
    return render(
        request,
        "response/material_list.html",
        {
            "materials": materials,
            "approvable": approvable,
            "can_edit": bool(perm.acting_agencies(request.user, perm.EDIT_FACTS)),
        },
    )


@login_required
def material_edit(request: HttpRequest, pk: int | None = None) -> HttpResponse:
    from ttdn.portal import services as portal_services
    from ttdn.portal.models import InformationMaterial

    material = get_object_or_404(scope_queryset(InformationMaterial.objects.all(), request.user), pk=pk) if pk else None
    agencies = [material.agency] if material else perm.acting_agencies(request.user, perm.EDIT_FACTS)
    if material is not None and not perm.holds(request.user, perm.EDIT_FACTS, material.agency):
        raise PermissionDenied
    if not agencies:
        raise PermissionDenied
    initial: dict[str, Any] = {}
    if material is not None:
        initial = {"agency": material.agency_id, "featured": material.featured}
        for code, data in material.content.items():
            initial[f"title_{code}"] = data.get("title", "")
            initial[f"body_{code}"] = data.get("body", "")
    form = MaterialForm(request.POST or None, initial=initial)
    form.limit_agencies(agencies)
    if request.method == "POST" and form.is_valid():
        try:
            if material is None:
                portal_services.create_material(
                    request.user,
                    agency=form.cleaned_data["agency"],
                    content=form.content(),
                    featured=form.cleaned_data["featured"],
                )
            else:
                portal_services.update_material(
                    request.user, material, content=form.content(), featured=form.cleaned_data["featured"]
                )
            messages.success(request, _("Đã lưu tài liệu; cần phê duyệt trước khi công khai."))
            return redirect("response:material_list")
        except (ValidationError, PermissionDenied) as exc:
            _errors(request, exc)
    return render(request, "response/material_form.html", {"form": form, "material": material})


@login_required
@require_POST
def material_approve(request: HttpRequest, pk: int) -> HttpResponse:
    from ttdn.portal import services as portal_services
    from ttdn.portal.models import InformationMaterial

    material = get_object_or_404(scope_queryset(InformationMaterial.objects.all(), request.user), pk=pk)
    try:
        portal_services.approve_material(request.user, material)
        messages.success(request, _("Đã phê duyệt; tài liệu đã hiển thị trên cổng công khai."))
    except PermissionDenied as exc:
        _errors(request, exc)
    return redirect("response:material_list")


# --- cases ---------------------------------------------------------------------------------


@login_required
def case_list(request: AuthenticatedHttpRequest) -> HttpResponse:
    qs = perm.visible_cases(request.user).select_related("agency", "assignee", "narrative")
    status = request.GET.get("status", "")
    if status:
        qs = qs.filter(status=status)
    q = request.GET.get("q", "").strip()
    if q:
        qs = qs.filter(Q(title__icontains=q) | Q(summary__icontains=q) | Q(narrative__title__icontains=q))
    if request.GET.get("overdue"):
        qs = qs.filter(sla_breached_at__isnull=False)
    if request.GET.get("mine"):
        qs = qs.filter(assignee=request.user)
    page = Paginator(qs, 30).get_page(request.GET.get("page"))
    return render(
        request,
        "response/case_list.html",
        {
            "page": page,
            "status": status,
            "q": q,
            "statuses": Case.Status.choices,
            "can_create": bool(perm.acting_agencies(request.user, perm.CREATE_CASE)),
            "now": timezone.now(),
        },
    )


@login_required
def case_create(request: HttpRequest) -> HttpResponse:
    agencies = perm.acting_agencies(request.user, perm.CREATE_CASE)
    if not agencies:
        raise PermissionDenied
    initial = {"article_ids": request.GET.get("articles", ""), "origin": request.GET.get("origin", "manual")}
    form = CaseForm(request.POST or None, initial=initial)
    form.limit_agencies(agencies)
    if request.method == "POST" and form.is_valid():
        d = form.cleaned_data
        try:
            case = services.create_case(
                request.user,
                agency=d["agency"],
                title=d["title"],
                summary=d["summary"],
                origin=d["origin"],
                narrative=d["narrative"],
                appearance_url=d["appearance_url"],
                article_ids=d["article_ids"],
                severity=d["severity"],
            )
            return redirect(case.get_absolute_url())
        except (ValidationError, PermissionDenied) as exc:
            _errors(request, exc)
    return render(request, "response/case_form.html", {"form": form})


def _case_for(request: HttpRequest, pk: int) -> Case:
    """The case if the user's agencies may see it; otherwise 404 (no hint that it exists)."""
    return get_object_or_404(perm.visible_cases(request.user).select_related("agency", "assignee", "narrative"), pk=pk)


@login_required
def case_detail(request: HttpRequest, pk: int) -> HttpResponse:
    case = _case_for(request, pk)
    correction = getattr(case, "correction", None)
    versions = correction.current_versions() if correction else {}
    all_versions = (
        list(correction.versions.select_related("created_by").order_by("language", "-number")) if correction else []
    )
    transitions = services.allowed_transitions(request.user, case)
    # What changed since the previous version of each language (what a reviewer needs after a return).
    changes = []
    for version in versions.values():
        previous = next(
            (v for v in all_versions if v.language == version.language and v.number == version.number - 1), None
        )
        if previous is not None:
            changes.append({"version": version, "diff": diff_versions(previous, version)})
    draft_initial: dict[str, Any] = {
        "language": request.GET.get("lang", "vi"),
        "rating": correction.rating if correction else 1,
    }
    current = versions.get(draft_initial["language"]) or versions.get("vi")
    if current is not None:
        draft_initial |= {
            "headline": current.headline,
            "claim_reviewed": current.claim_reviewed,
            "body": current.body,
            "facts": [f.pk for f in current.facts.all()],
        }
    elif case.narrative:
        draft_initial |= {
            "claim_reviewed": case.narrative.claim_summary,
            "facts": list(case.narrative.facts.values_list("pk", flat=True)),
        }
    context = {
        "case": case,
        "articles": case.articles.select_related("outlet").order_by("published_at"),
        "events": case.events.select_related("actor"),
        "comments": case.comments.select_related("author"),
        "attachments": case.attachments.all(),
        "correction": correction,
        "versions": sorted(versions.values(), key=lambda v: v.language != "vi"),
        "all_versions": all_versions,
        "changes": changes,
        "transitions": transitions,
        "can_draft": case.status in {Case.Status.ASSIGNED, Case.Status.DRAFTING}
        and perm.holds(request.user, perm.DRAFT, case.agency),
        "can_comment": perm.holds(request.user, perm.COMMENT, case.agency),
        "triage_form": TriageForm(
            initial={"severity": case.severity, "narrative": case.narrative_id}, auto_id="triage_%s"
        ),
        "assign_form": AssignForm(
            initial={"assignee": case.assignee_id, "agency": case.agency_id}, auto_id="assign_%s"
        ),
        "note_form": NoteForm(),
        "draft_form": DraftForm(initial=draft_initial, auto_id="draft_%s"),
        "comment_form": CommentForm(auto_id="comment_%s"),
        "attachment_form": AttachmentForm(auto_id="attachment_%s"),
        "content_languages": CONTENT_LANGUAGES,
        "now": timezone.now(),
    }
    return render(request, "response/case_detail.html", context)


@login_required
@require_POST
def case_transition(request: HttpRequest, pk: int, action: str) -> HttpResponse:
    case = _case_for(request, pk)
    note = request.POST.get("note", "")
    try:
        if action == "triage":
            triage_form = TriageForm(request.POST)
            if not triage_form.is_valid():
                raise ValidationError(str(triage_form.errors))
            services.triage_case(
                request.user,
                case,
                severity=triage_form.cleaned_data["severity"],
                narrative=triage_form.cleaned_data["narrative"],
                note=triage_form.cleaned_data["note"],
            )
        elif action == "assign":
            assign_form = AssignForm(request.POST)
            if not assign_form.is_valid():
                raise ValidationError(str(assign_form.errors))
            services.assign_case(
                request.user,
                case,
                assignee=assign_form.cleaned_data["assignee"],
                agency=assign_form.cleaned_data["agency"],
            )
        elif action == "dismiss":
            services.dismiss_case(request.user, case, note)
        elif action == "return_for_changes":
            services.return_for_changes(request.user, case, note)
        elif action in services.TRANSITIONS:
            services.TRANSITIONS[action](request.user, case, note=note)
        else:
            raise Http404
        messages.success(request, _("Đã cập nhật vụ việc."))
    except (ValidationError, PermissionDenied) as exc:
        _errors(request, exc)
    if not perm.visible_cases(request.user).filter(pk=pk).exists():
        return redirect("response:case_list")  # handed over to an agency the user cannot see
    return redirect(case.get_absolute_url())


@login_required
@require_POST
def case_draft(request: HttpRequest, pk: int) -> HttpResponse:
    case = _case_for(request, pk)
    form = DraftForm(request.POST)
    if form.is_valid():
        d = form.cleaned_data
        try:
            version = services.save_draft(
                request.user,
                case,
                language=d["language"],
                headline=d["headline"],
                claim_reviewed=d["claim_reviewed"],
                body=d["body"],
                fact_ids=[f.pk for f in d["facts"]],
                rating=d["rating"],
            )
            messages.success(
                request, _("Đã lưu bản %(lang)s, phiên bản %(n)d.") % {"lang": version.language, "n": version.number}
            )
        except (ValidationError, PermissionDenied) as exc:
            _errors(request, exc)
    else:
        messages.error(request, "; ".join(f"{k}: {' '.join(map(str, v))}" for k, v in form.errors.items()))
    return redirect(case.get_absolute_url())


@login_required
@require_POST
def case_comment(request: HttpRequest, pk: int) -> HttpResponse:
    case = _case_for(request, pk)
    try:
        services.add_comment(request.user, case, request.POST.get("body", ""))
    except (ValidationError, PermissionDenied) as exc:
        _errors(request, exc)
    return redirect(case.get_absolute_url() + "#comments")


@login_required
@require_POST
def case_attach(request: HttpRequest, pk: int) -> HttpResponse:
    case = _case_for(request, pk)
    form = AttachmentForm(request.POST, request.FILES)
    if form.is_valid():
        try:
            services.add_attachment(request.user, case, form.cleaned_data["file"])
        except (ValidationError, PermissionDenied) as exc:
            _errors(request, exc)
    else:
        messages.error(request, _("Chưa chọn tệp."))
    return redirect(case.get_absolute_url() + "#attachments")


@login_required
def attachment_download(request: HttpRequest, pk: int) -> FileResponse:
    attachment = get_object_or_404(CaseAttachment.objects.filter(case__in=perm.visible_cases(request.user)), pk=pk)
    return FileResponse(attachment.file.open("rb"), as_attachment=True, filename=attachment.name)


@login_required
def case_claimreview(request: HttpRequest, pk: int) -> JsonResponse:
    case = _case_for(request, pk)
    correction = getattr(case, "correction", None)
    if correction is None or not correction.is_published:
        raise Http404
    lang = request.GET.get("lang", "vi")
    return JsonResponse(
        claim_review(correction, lang, request.build_absolute_uri("/")), json_dumps_params={"ensure_ascii": False}
    )


# --- suggestions ---------------------------------------------------------------------------


@login_required
def suggestion_list(request: HttpRequest) -> HttpResponse:
    status = request.GET.get("status", "pending")
    qs = scope_queryset(Suggestion.objects.all(), request.user).select_related(
        "article", "article__outlet", "narrative", "fact", "agency", "case"
    )
    if status:
        qs = qs.filter(status=status)
    page = Paginator(qs, 30).get_page(request.GET.get("page"))
    return render(
        request,
        "response/suggestion_list.html",
        {"page": page, "status": status, "statuses": Suggestion.Status.choices},
    )


@login_required
@require_POST
def suggestion_decide(request: HttpRequest, pk: int) -> HttpResponse:
    suggestion = get_object_or_404(scope_queryset(Suggestion.objects.all(), request.user), pk=pk)
    try:
        decision = request.POST.get("decision")
        if decision in {"confirm", "confirm_case"}:
            case = services.confirm_suggestion(request.user, suggestion, open_case=decision == "confirm_case" or None)
            if case is None:
                messages.success(request, _("Đã xác nhận gợi ý."))
            else:
                messages.success(request, _("Đã xác nhận; bài viết được gắn vào vụ việc #%(id)d.") % {"id": case.pk})
                if request.POST.get("open"):
                    return redirect(case.get_absolute_url())
        else:
            services.reject_suggestion(request.user, suggestion)
            messages.info(request, _("Đã đánh dấu gợi ý không đúng."))
    except (ValidationError, PermissionDenied) as exc:
        _errors(request, exc)
    return redirect("response:suggestions")


@login_required
def suggestion_export(request: HttpRequest) -> HttpResponse:
    qs = scope_queryset(Suggestion.objects.all(), request.user)
    response = HttpResponse(matching.labelled_csv(qs), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = (
        f'attachment; filename="claim-match-labels-{timezone.localdate().isoformat()}.csv"'
    )
    return response


# --- statistics and SLA alerts ------------------------------------------------------------


@login_required
def statistics(request: HttpRequest) -> HttpResponse:
    rows = timeliness(perm.visible_cases(request.user))
    labels = {"triage": _("Đến phân loại"), "draft": _("Đến bản thảo đầu"), "publish": _("Đến khi đăng")}
    values = [
        {"month": r.month, "agency": r.agency_name, "step": str(labels[k]), "median": round(m.median, 1)}
        for r in rows
        for k, m in r.measures.items()
        if m.median is not None
    ]
    spec = {
        "$schema": "https://vega.github.io/schema/vega-lite/v5.json",
        "width": "container",
        "height": 220,
        "data": {"values": values},
        "mark": {"type": "bar", "tooltip": True},
        "encoding": {
            "x": {"field": "month", "type": "ordinal", "title": str(_("Tháng"))},
            "xOffset": {"field": "step", "sort": [str(v) for v in labels.values()]},
            "y": {"field": "median", "type": "quantitative", "title": str(_("Trung vị (giờ)"))},
            "color": {"field": "step", "type": "nominal", "title": None, "sort": [str(v) for v in labels.values()]},
            "row": {"field": "agency", "type": "nominal", "title": None},
        },
    }
    return render(request, "response/statistics.html", {"rows": rows, "charts": {"timeliness": spec} if values else {}})


@login_required
def sla_alerts(request: HttpRequest) -> HttpResponse:
    qs = scope_queryset(SlaAlert.objects.all(), request.user).select_related("case", "agency", "acknowledged_by")
    if request.method == "POST":
        alert = get_object_or_404(qs, pk=request.POST.get("alert"))
        try:
            services.acknowledge_alert(request.user, alert)
        except PermissionDenied as exc:
            _errors(request, exc)
        return redirect("response:sla_alerts")
    return render(request, "response/sla_alerts.html", {"alerts": qs[:200]})


@login_required
def agency_settings(request: HttpRequest) -> HttpResponse:
    """Agency administrators set their claim-matching thresholds and SLA hours."""
    from ttdn.accounts.models import Agency

    from .matching import thresholds

    agencies = perm.acting_agencies(request.user, {Role.AGENCY_ADMIN})
    if not agencies:
        raise PermissionDenied
    agency = get_object_or_404(Agency, pk=request.GET.get("agency") or agencies[0].pk)
    if agency not in agencies:
        raise PermissionDenied
    suggest, auto = thresholds(agency)
    initial: dict[str, Any] = {"suggest_threshold": suggest, "auto_link_threshold": auto}
    for value in Severity.values:
        initial[f"triage_{value}"], initial[f"response_{value}"] = services.sla_hours(agency, value)
    form = AgencySettingsForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        d = form.cleaned_data
        try:
            with transaction.atomic():
                services.set_matching_thresholds(
                    request.user, agency, suggest=d["suggest_threshold"], auto_link=d["auto_link_threshold"]
                )
                for value in Severity.values:
                    if (d[f"triage_{value}"], d[f"response_{value}"]) != services.sla_hours(agency, value):
                        services.set_sla_policy(
                            request.user,
                            agency,
                            severity=value,
                            triage_hours=d[f"triage_{value}"],
                            response_hours=d[f"response_{value}"],
                        )
            messages.success(request, _("Đã lưu cài đặt của đơn vị."))
            return redirect(f"{request.path}?agency={agency.pk}")
        except (ValidationError, PermissionDenied) as exc:
            _errors(request, exc)
    return render(request, "response/agency_settings.html", {"form": form, "agency": agency, "agencies": agencies})
