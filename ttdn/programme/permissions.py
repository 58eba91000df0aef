"""Who may do what with programme data. Read-only checks; services call them before acting.

- A reporter (Role.REPORTER, or the agency's admin) enters and submits only their own agency's
  reports, plans and courses.
- A reviewer (Role.REVIEWER) in a unit *above* the report's agency in the tree returns or approves
  it; acceptance needs a reviewer above too, and a different person from the approver (four eyes).
- The steering committee (any member of a STEERING unit) and system admins see everything.
"""

from __future__ import annotations

from django.db.models import QuerySet

from ttdn.accounts.models import Agency, Role
from ttdn.accounts.services import UserLike, memberships, sees_everything, visible_agency_ids

from .models import Report

EDIT_ROLES = (Role.REPORTER, Role.AGENCY_ADMIN)


def _is_superuser(user: UserLike) -> bool:
    return bool(user is not None and getattr(user, "is_superuser", False))


def editable_agency_ids(user: UserLike) -> set[int]:
    """Agencies whose reports the user may fill in (their own units only, not subtrees)."""
    return set(memberships(user).filter(role__in=EDIT_ROLES).values_list("agency_id", flat=True))


def reviewer_agency_ids(user: UserLike) -> set[int]:
    return set(memberships(user).filter(role=Role.REVIEWER).values_list("agency_id", flat=True))


def can_edit_agency(user: UserLike, agency: Agency) -> bool:
    return _is_superuser(user) or agency.pk in editable_agency_ids(user)


def can_review_agency(user: UserLike, agency: Agency) -> bool:
    if _is_superuser(user):
        return True
    return bool(reviewer_agency_ids(user) & set(agency.ancestor_ids()))


def can_edit_report(user: UserLike, report: Report) -> bool:
    return can_edit_agency(user, report.agency)


def can_review_report(user: UserLike, report: Report) -> bool:
    return can_review_agency(user, report.agency)


def can_accept_report(user: UserLike, report: Report) -> bool:
    if _is_superuser(user):
        return True
    return can_review_report(user, report) and report.reviewed_by_id != getattr(user, "pk", None)


def can_manage_indices(user: UserLike) -> bool:
    return (
        _is_superuser(user)
        or memberships(user)
        .filter(agency__kind=Agency.Kind.STEERING, role__in=(Role.REVIEWER, Role.AGENCY_ADMIN, Role.SYSTEM_ADMIN))
        .exists()
    )


def visible_reports(user: UserLike) -> QuerySet[Report]:
    qs = Report.objects.select_related("agency", "period")
    ids = visible_agency_ids(user)
    if ids is None:
        return qs
    return qs.filter(agency_id__in=ids)


def visible_agencies(user: UserLike) -> QuerySet[Agency]:
    ids = visible_agency_ids(user)
    return Agency.objects.all() if ids is None else Agency.objects.filter(pk__in=ids)


def is_steering(user: UserLike) -> bool:
    return sees_everything(user)
