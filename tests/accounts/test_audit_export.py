"""Audit log CSV export: the admin/steering view with filters and `ttdn export-audit`."""

from __future__ import annotations

import csv
import io

import pytest
from django.core.management import call_command
from django.test import Client

from tests.conftest import PASSWORD
from ttdn.accounts.models import Role
from ttdn.accounts.services import record

pytestmark = pytest.mark.django_db


def test_view_filters_and_is_limited_to_steering(agencies, make_user):
    lead = make_user("lead", agencies["steering"], (Role.REVIEWER,))
    local = make_user("local", agencies["hanoi"], (Role.ANALYST,))
    record(lead, "update", agencies["hanoi"], note="hà nội")
    record(lead, "update", agencies["danang"], note="đà nẵng")
    client = Client()
    client.login(username="local", password=PASSWORD)
    assert client.get("/accounts/audit.csv").status_code == 403
    client.login(username="lead", password=PASSWORD)
    response = client.get("/accounts/audit.csv", {"object_type": "accounts.agency"})
    assert response.status_code == 200 and response["Content-Type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(response.content.decode())))
    assert {r["note"] for r in rows} >= {"hà nội", "đà nẵng"}
    assert all(r["object_type"] == "accounts.agency" for r in rows)
    assert client.get("/accounts/audit.csv", {"since": "garbage"}).status_code == 400
    assert local  # used for the 403 above


def test_command_writes_csv(tmp_path, agencies, make_user):
    lead = make_user("lead2", agencies["steering"], (Role.REVIEWER,))
    record(lead, "update", agencies["hanoi"], note="x")
    out = tmp_path / "audit.csv"
    call_command("export_audit", str(out), "--object-type", "accounts.agency")
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert rows and rows[-1]["note"] == "x" and rows[-1]["actor"] == "lead2"
