"""The audit log is append-only in PostgreSQL itself: raw SQL UPDATE/DELETE are refused by a trigger."""

from __future__ import annotations

import pytest
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.db import DatabaseError, connection, transaction

from ttdn.accounts.models import AuditLog
from ttdn.accounts.services import record

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]


def _entry(actor=None) -> AuditLog:
    user = actor or get_user_model().objects.create_user(username="someone", password="x-very-long-pass-1")
    record(user, "update", user, before={"a": 1}, after={"a": 2}, note="n")
    return AuditLog.objects.latest("pk")


def test_orm_refuses_update_and_delete():
    entry = _entry()
    entry.note = "changed"
    with pytest.raises(PermissionDenied):
        entry.save()
    with pytest.raises(PermissionDenied):
        entry.delete()


@pytest.mark.pg_only  # the trigger exists on PostgreSQL only; run by the PostgreSQL pass of make test
@pytest.mark.parametrize(
    "sql",
    [
        "UPDATE accounts_auditlog SET note = 'rewritten' WHERE id = %s",
        "UPDATE accounts_auditlog SET action = 'create' WHERE id = %s",
        "UPDATE accounts_auditlog SET actor_id = actor_id + 1000 WHERE id = %s",
        "DELETE FROM accounts_auditlog WHERE id = %s",
    ],
)
def test_raw_sql_update_and_delete_are_refused(sql):
    entry = _entry()
    with pytest.raises(DatabaseError, match="append-only"), transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(sql, [entry.pk])
    assert AuditLog.objects.filter(pk=entry.pk, note="n", action="update").exists()


@pytest.mark.pg_only  # the trigger exists on PostgreSQL only; run by the PostgreSQL pass of make test
def test_deleting_the_user_keeps_the_entry_with_its_name():
    entry = _entry()
    get_user_model().objects.filter(username="someone").delete()
    kept = AuditLog.objects.get(pk=entry.pk)
    assert kept.actor_id is None and kept.actor_name == "someone" and kept.note == "n"
