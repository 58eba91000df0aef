import pytest
from django.core.exceptions import PermissionDenied

from ttdn.accounts.models import Agency, AuditLog, Role
from ttdn.accounts.services import (
    audited_create,
    audited_delete,
    audited_update,
    authenticate_token,
    issue_token,
    revoke_token,
    visible_agency_ids,
)


def test_service_changes_are_audited_with_before_and_after(agencies, analyst):
    agency = audited_create(analyst, Agency, code="X1", name_vi="Sở Ngoại vụ", kind=Agency.Kind.STATE)
    agency_id = str(agency.pk)
    audited_update(analyst, agency, name_en="Department of Foreign Affairs")
    audited_delete(analyst, agency)
    entries = list(AuditLog.objects.filter(object_type="accounts.agency", object_id=agency_id).order_by("pk"))
    assert [e.action for e in entries] == ["create", "update", "delete"]
    assert entries[0].after["code"] == "X1"
    assert entries[1].before == {"name_en": ""} and entries[1].after == {"name_en": "Department of Foreign Affairs"}
    assert entries[2].actor_name == "analyst"


def test_audit_log_is_append_only(agencies, analyst):
    entry = AuditLog.objects.first()
    assert entry is not None
    entry.note = "tampered"
    with pytest.raises(PermissionDenied):
        entry.save()
    with pytest.raises(PermissionDenied):
        entry.delete()


def test_scope_is_own_subtree_unless_steering(agencies, make_user):
    province_user = make_user("hn", agencies["hanoi"], (Role.REPORTER,))
    steering_user = make_user("bcd", agencies["steering"], (Role.REVIEWER,))
    assert visible_agency_ids(province_user) == {agencies["hanoi"].pk}
    assert visible_agency_ids(steering_user) is None


def test_tokens_authenticate_until_revoked(analyst):
    token, key = issue_token(None, analyst, "cli")
    assert authenticate_token(key) == analyst
    assert authenticate_token(key + "x") is None
    revoke_token(analyst, token)
    assert authenticate_token(key) is None


def test_snapshot_of_a_file_field_records_its_name():
    from django.db.models.fields.files import FieldFile, FileField

    from ttdn.accounts.services import _jsonable

    field = FileField(upload_to="x")
    value = FieldFile(None, field, "evidence/report.pdf")
    assert _jsonable(value) == "evidence/report.pdf"
    assert _jsonable(FieldFile(None, field, "")) is None
