"""The only paths that change accounts state, and the audit/scoping helpers every app uses.

Other apps call `audited_create`, `audited_update`, `audited_delete` or `record` so that every
change made through a service lands in the append-only AuditLog with before/after snapshots.
"""

from __future__ import annotations

import datetime as dt
import decimal
import uuid
from collections.abc import Iterable
from typing import Any, TypeVar

from django.contrib.auth.models import AnonymousUser, User
from django.db import models, transaction
from django.db.models import Q, QuerySet
from django.db.models.fields.files import FieldFile
from django.utils import timezone

from .models import Agency, ApiToken, AuditLog, Membership, Role

M = TypeVar("M", bound=models.Model)
UserLike = User | AnonymousUser | None

# Roles that see every agency's data (the steering committee's view).
GLOBAL_ROLES = {Role.SYSTEM_ADMIN}


def _jsonable(value: Any) -> Any:
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, decimal.Decimal | uuid.UUID):
        return str(value)
    if isinstance(value, bytes | memoryview):
        return f"<{len(value)} bytes>"
    if isinstance(value, models.Model):
        return value.pk
    if isinstance(value, FieldFile):
        return value.name or None
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set):
        return [_jsonable(v) for v in value]
    return value


def snapshot(obj: models.Model) -> dict[str, Any]:
    """Concrete field values (FKs as ids), JSON-safe, for before/after audit records."""
    data: dict[str, Any] = {}
    for field in obj._meta.concrete_fields:
        data[field.attname] = _jsonable(getattr(obj, field.attname))
    return data


def _agency_of(obj: models.Model) -> Agency | None:
    if isinstance(obj, Agency):
        return obj
    for attr in ("agency", "owner_agency", "organiser"):
        value = getattr(obj, attr, None)
        if isinstance(value, Agency):
            return value
    return None


def record(
    actor: UserLike,
    action: str,
    obj: models.Model,
    *,
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
    note: str = "",
) -> AuditLog:
    user = actor if isinstance(actor, User) else None
    return AuditLog.objects.create(
        actor=user,
        actor_name=getattr(user, "username", "") or "system",
        action=action,
        object_type=obj._meta.label_lower,
        object_id=str(obj.pk),
        object_repr=str(obj)[:255],
        agency=_agency_of(obj),
        before=before,
        after=after,
        note=note,
    )


@transaction.atomic
def audited_create(actor: UserLike, model: type[M], **fields: Any) -> M:
    obj = model(**fields)
    obj.full_clean()
    obj.save()
    record(actor, "create", obj, after=snapshot(obj))
    return obj


@transaction.atomic
def audited_update(actor: UserLike, obj: M, note: str = "", **changes: Any) -> M:
    before = snapshot(obj)
    for name, value in changes.items():
        setattr(obj, name, value)
    obj.full_clean()
    obj.save()
    after = snapshot(obj)
    if after != before:
        diff_before = {k: v for k, v in before.items() if after.get(k) != v}
        diff_after = {k: after[k] for k in diff_before}
        record(actor, "update", obj, before=diff_before, after=diff_after, note=note)
    return obj


@transaction.atomic
def audited_delete(actor: UserLike, obj: models.Model, note: str = "") -> None:
    record(actor, "delete", obj, before=snapshot(obj), note=note)
    obj.delete()


# --- scoping -------------------------------------------------------------------------------


def memberships(user: UserLike) -> QuerySet[Membership]:
    if not isinstance(user, User):
        return Membership.objects.none()
    return Membership.objects.filter(user=user).select_related("agency")


def has_role(user: UserLike, role: str, agency: Agency | None = None) -> bool:
    """True if the user holds `role` in `agency` (or anywhere, when agency is None)."""
    if user is not None and getattr(user, "is_superuser", False):
        return True
    qs = memberships(user).filter(role=role)
    if agency is not None:
        qs = qs.filter(agency=agency)
    return qs.exists()


def sees_everything(user: UserLike) -> bool:
    if user is None or not getattr(user, "is_authenticated", False):
        return False
    if getattr(user, "is_superuser", False):
        return True
    return memberships(user).filter(Q(role__in=GLOBAL_ROLES) | Q(agency__kind=Agency.Kind.STEERING)).exists()


def visible_agency_ids(user: UserLike) -> set[int] | None:
    """Agencies whose data the user may read: None means all; else own units and their subtree."""
    if sees_everything(user):
        return None
    ids: set[int] = set()
    for membership in memberships(user):
        ids |= membership.agency.descendant_ids()
    return ids


def scope_queryset(qs: QuerySet[M], user: UserLike, field: str = "agency", include_shared: bool = False) -> QuerySet[M]:
    """Restrict `qs` to rows whose `field` is an agency the user may see.

    `include_shared` also keeps rows with no agency (e.g. sources shared by everyone).
    """
    ids = visible_agency_ids(user)
    if ids is None:
        return qs
    condition = Q(**{f"{field}__in": ids})
    if include_shared:
        condition |= Q(**{f"{field}__isnull": True})
    return qs.filter(condition)


# --- API tokens ----------------------------------------------------------------------------


def issue_token(actor: UserLike, user: User, name: str) -> tuple[ApiToken, str]:
    """Create a token; returns it with the clear key, which is never stored."""
    key = ApiToken.new_key()
    token = ApiToken.objects.create(user=user, name=name, prefix=key[5:13], key_hash=ApiToken.hash_key(key))
    record(actor, "create", token, after={"user": user.pk, "name": name, "prefix": token.prefix})
    return token, key


def authenticate_token(key: str) -> User | None:
    token = (
        ApiToken.objects.select_related("user")
        .filter(key_hash=ApiToken.hash_key(key), revoked_at__isnull=True, user__is_active=True)
        .first()
    )
    if token is None:
        return None
    ApiToken.objects.filter(pk=token.pk).update(last_used_at=timezone.now())
    return token.user


def revoke_token(actor: UserLike, token: ApiToken) -> None:
    audited_update(actor, token, revoked_at=timezone.now())


def add_member(actor: UserLike, user: User, agency: Agency, roles: Iterable[str]) -> list[Membership]:
    return [audited_create(actor, Membership, user=user, agency=agency, role=role) for role in roles]
