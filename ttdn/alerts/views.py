"""Alert inbox and rule pages; every change goes through `services`."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.models import User
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from ttdn.articles.selectors import visible_articles

from . import services
from .forms import PARAMETER_FIELDS, PARAMETERS, RuleForm
from .models import Alert, AlertRule


def _user(request: HttpRequest) -> User:
    assert isinstance(request.user, User)
    return request.user


def _errors(exc: ValidationError) -> str:
    return " ".join(exc.messages)


@login_required
def inbox(request: HttpRequest) -> HttpResponse:
    qs = services.visible_alerts(request.user)
    status = request.GET.get("status", "open")
    if status == "open":
        qs = qs.exclude(status=Alert.Status.CLOSED)
    elif status:
        qs = qs.filter(status=status)
    rule = request.GET.get("rule", "")
    if rule.isdigit():
        qs = qs.filter(rule_id=int(rule))
    kind = request.GET.get("kind", "")
    if kind:
        qs = qs.filter(kind=kind)
    if request.GET.get("mine"):
        qs = qs.filter(assignee=_user(request))
    page = Paginator(qs, 30).get_page(request.GET.get("page"))
    return render(
        request,
        "alerts/inbox.html",
        {
            "page": page,
            "status": status,
            "statuses": [("open", _("Chưa đóng")), *Alert.Status.choices],
            "kind": kind,
            "kinds": AlertRule.Kind.choices,
            "rule": rule,
            "rules": services.visible_rules(request.user),
            "mine": bool(request.GET.get("mine")),
        },
    )


@login_required
def detail(request: HttpRequest, pk: int) -> HttpResponse:
    alert = get_object_or_404(services.visible_alerts(request.user), pk=pk)
    articles = (
        visible_articles(request.user)
        .filter(pk__in=alert.article_ids)
        .select_related("outlet", "analysis")
        .order_by("published_at")
    )
    return render(
        request,
        "alerts/detail.html",
        {
            "alert": alert,
            "articles": articles,
            "comments": alert.comments.select_related("author"),
            "deliveries": alert.deliveries.all(),
            "assignable": services.assignable_users(alert),
        },
    )


@login_required
@require_POST
def act(request: HttpRequest, pk: int, action: str) -> HttpResponse:
    alert = get_object_or_404(services.visible_alerts(request.user), pk=pk)
    user = _user(request)
    try:
        if action == "ack":
            services.acknowledge(user, alert)
            messages.success(request, _("Đã tiếp nhận cảnh báo."))
        elif action == "close":
            services.close(user, alert)
            messages.success(request, _("Đã đóng cảnh báo."))
        elif action == "reopen":
            services.reopen(user, alert)
        elif action == "assign":
            raw = request.POST.get("assignee", "")
            assignee = services.assignable_users(alert).filter(pk=int(raw)).first() if raw.isdigit() else None
            if raw and assignee is None:
                raise ValidationError(_("Chỉ giao được cho người thuộc cùng cơ quan."))
            services.assign(user, alert, assignee)
            messages.success(request, _("Đã giao cảnh báo."))
        elif action == "comment":
            services.comment(user, alert, request.POST.get("body", ""))
        else:
            return HttpResponse(status=404)
    except ValidationError as exc:
        messages.error(request, _errors(exc))
    except PermissionDenied as exc:
        messages.error(request, str(exc))
    if request.POST.get("next") == "inbox":
        return redirect("alerts:inbox")
    return redirect(alert.get_absolute_url())


@login_required
def rule_list(request: HttpRequest) -> HttpResponse:
    rules = services.visible_rules(request.user)
    return render(request, "alerts/rule_list.html", {"rules": rules})


@login_required
def rule_edit(request: HttpRequest, pk: int | None = None) -> HttpResponse:
    from ttdn.savedsearches.services import visible_searches

    user = _user(request)
    rule = get_object_or_404(services.visible_rules(user), pk=pk) if pk else None
    form_kwargs = {"agencies": services.rule_agencies(user), "searches": visible_searches(user)}
    if request.method == "POST":
        form = RuleForm(request.POST, **form_kwargs)
        if form.is_valid():
            try:
                if rule is None:
                    rule = services.create_rule(user, agency=form.cleaned_data.get("agency"), **form.rule_fields())
                    messages.success(request, _("Đã tạo quy tắc cảnh báo."))
                else:
                    fields = form.rule_fields()
                    if not fields["webhook_secret"]:
                        fields.pop("webhook_secret")  # left blank: keep the stored secret
                    services.update_rule(user, rule, **fields)
                    messages.success(request, _("Đã lưu quy tắc cảnh báo."))
                return redirect("alerts:rules")
            except ValidationError as exc:
                form.add_error(None, _errors(exc))
            except PermissionDenied as exc:
                form.add_error(None, str(exc))
    else:
        initial = RuleForm.initial_for(rule) if rule else {"kind": request.GET.get("kind", "volume_spike")}
        if rule is None and request.GET.get("saved_search", "").isdigit():
            initial["saved_search"] = int(request.GET["saved_search"])
            initial["kind"] = request.GET.get("kind", AlertRule.Kind.WATCH)  # "alert me on new hits"
        form = RuleForm(initial=initial, **form_kwargs)
    return render(
        request,
        "alerts/rule_form.html",
        {
            "form": form,
            "rule": rule,
            "parameter_fields": {k: list(v) for k, v in PARAMETER_FIELDS.items()},
            "main_fields": [f for f in form if f.name not in PARAMETERS],
            "param_fields": [f for f in form if f.name in PARAMETERS],
        },
    )


@login_required
@require_POST
def rule_delete(request: HttpRequest, pk: int) -> HttpResponse:
    rule = get_object_or_404(services.visible_rules(request.user), pk=pk)
    try:
        services.delete_rule(_user(request), rule)
        messages.success(request, _("Đã xóa quy tắc cảnh báo."))
    except PermissionDenied as exc:
        messages.error(request, str(exc))
    return redirect("alerts:rules")


@login_required
@require_POST
def rule_evaluate(request: HttpRequest, pk: int) -> HttpResponse:
    rule = get_object_or_404(services.visible_rules(request.user), pk=pk)
    try:
        services.check_rule(_user(request), rule)
    except PermissionDenied as exc:
        messages.error(request, str(exc))
        return redirect("alerts:rules")
    fired = services.evaluate_rule(rule)
    messages.success(request, _("Đã đánh giá: %(n)d cảnh báo mới.") % {"n": len(fired)})
    return redirect("alerts:rules")
