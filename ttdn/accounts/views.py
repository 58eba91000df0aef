from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from .models import ApiToken
from .services import issue_token, memberships, revoke_token, sees_everything


@login_required
def tokens(request: HttpRequest) -> HttpResponse:
    new_key = None
    if request.method == "POST":
        name = (request.POST.get("name") or "").strip()[:100]
        if not name:
            messages.error(request, _("Hãy đặt tên cho mã truy cập."))
        else:
            _token, new_key = issue_token(request.user, request.user, name)  # type: ignore[arg-type]
    context = {
        "tokens": ApiToken.objects.filter(user_id=request.user.pk or 0).order_by("-created_at"),
        "new_key": new_key,
        "memberships": memberships(request.user),
    }
    return render(request, "accounts/tokens.html", context)


@login_required
@require_POST
def revoke(request: HttpRequest, pk: int) -> HttpResponse:
    token = get_object_or_404(ApiToken, pk=pk, user_id=request.user.pk or 0, revoked_at__isnull=True)
    revoke_token(request.user, token)
    messages.success(request, _("Đã thu hồi mã truy cập."))
    return redirect("accounts:tokens")


@login_required
def audit_csv(request: HttpRequest) -> HttpResponse:
    """The audit log as CSV for system administrators and the steering committee."""
    from django.core.exceptions import PermissionDenied

    from .audit_export import filtered, write_csv

    if not sees_everything(request.user):
        raise PermissionDenied
    try:
        qs = filtered(
            request.GET.get("since") or None,
            request.GET.get("until") or None,
            (request.GET.get("agency") or "").strip(),
            (request.GET.get("object_type") or "").strip(),
        )
    except ValueError:
        return HttpResponse("bad date (YYYY-MM-DD)", status=400, content_type="text/plain; charset=utf-8")
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="ttdn-audit.csv"'
    write_csv(qs, response)
    return response
