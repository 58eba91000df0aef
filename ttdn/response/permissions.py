"""Who may do what on the response desk. Every service calls one of these before it acts."""

from __future__ import annotations

from collections.abc import Iterable

from django.core.exceptions import PermissionDenied
from django.db.models import QuerySet

from ttdn.accounts.models import Agency, Role
from ttdn.accounts.services import UserLike, memberships, scope_queryset, visible_agency_ids

from .models import Case

# Roles allowed per operation, checked in the agency that owns the object.
CREATE_CASE = {Role.ANALYST, Role.RESPONDER, Role.APPROVER, Role.AGENCY_ADMIN}
HANDLE_CASE = {Role.RESPONDER, Role.AGENCY_ADMIN}  # triage, assign, dismiss, close
DRAFT = {Role.RESPONDER}
APPROVE = {Role.APPROVER}  # approve, return for changes, publish
EDIT_FACTS = {Role.RESPONDER, Role.APPROVER, Role.AGENCY_ADMIN}
COMMENT = {Role.ANALYST, Role.RESPONDER, Role.APPROVER, Role.AGENCY_ADMIN}


def holds(user: UserLike, roles: Iterable[str], agency: Agency | None) -> bool:
    """True if the user holds one of `roles` in `agency` itself (superusers always).

    System administrators may run every operation except approval, which must be made by a
    named approver of the owning agency.
    """
    if user is None or not getattr(user, "is_authenticated", False):
        return False
    if getattr(user, "is_superuser", False):
        return True
    roles = set(roles)
    qs = memberships(user)
    if agency is not None and qs.filter(agency=agency, role__in=roles).exists():
        return True
    return roles != APPROVE and qs.filter(role=Role.SYSTEM_ADMIN).exists()


def require(user: UserLike, roles: Iterable[str], agency: Agency | None, what: str) -> None:
    if not holds(user, roles, agency):
        raise PermissionDenied(f"Không có quyền: {what}")


def can_read_agency(user: UserLike, agency_id: int) -> bool:
    ids = visible_agency_ids(user)
    return ids is None or agency_id in ids


def visible_cases(user: UserLike) -> QuerySet[Case]:
    if user is None or not getattr(user, "is_authenticated", False):
        return Case.objects.none()
    return scope_queryset(Case.objects.all(), user)


def acting_agencies(user: UserLike, roles: Iterable[str]) -> list[Agency]:
    """Agencies in which the user holds one of `roles` (for form choices)."""
    if getattr(user, "is_superuser", False) or memberships(user).filter(role=Role.SYSTEM_ADMIN).exists():
        return list(Agency.objects.all())
    ids = memberships(user).filter(role__in=set(roles)).values_list("agency_id", flat=True)
    return list(Agency.objects.filter(pk__in=ids))
