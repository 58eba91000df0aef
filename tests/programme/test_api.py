"""The API applies the same scoping and workflow rules as the pages."""

import json

import pytest

from ttdn.accounts.services import issue_token
from ttdn.programme.models import IndexEntry, Indicator, Report

from .test_workflow import COMPLETE

BASE = "/api/v1/programme"


@pytest.fixture
def tokens(people):
    return {name: {"HTTP_AUTHORIZATION": f"Bearer {issue_token(None, user, 't')[1]}"} for name, user in people.items()}


def _json(client, method, url, headers, body=None):
    if method == "get":
        response = client.get(url, **headers)
    else:
        response = getattr(client, method)(url, data=json.dumps(body or {}), content_type="application/json", **headers)
    return response.status_code, response.json()


def test_agencies_over_time(client, tokens):
    status, units = _json(client, "get", f"{BASE}/agencies?kind=province&on=2024-12-31", tokens["hanoi"])
    assert status == 200 and len(units) == 63
    units_2026 = client.get(f"{BASE}/agencies?kind=province&on=2026-01-01", **tokens["hanoi"]).json()
    assert len(units_2026) == 34
    hcm = next(u for u in units_2026 if u["code"] == "T79-2025")
    assert {p["code"] for p in hcm["predecessors"]} == {"T79", "T74", "T77"}


@pytest.mark.postgres
def test_report_workflow_and_scoping_through_the_api(client, tokens):
    status, report = _json(client, "post", f"{BASE}/reports", tokens["hanoi"], {"agency": "T01", "period": "2024-Q4"})
    assert status == 200 and report["status"] == "draft"
    rid = report["id"]
    assert _json(client, "post", f"{BASE}/reports", tokens["other"], {"agency": "T01", "period": "2024-Q4"})[0] == 403

    status, body = _json(
        client, "put", f"{BASE}/reports/{rid}/values", tokens["hanoi"], {"values": {"VTVL": {"value": "abc"}}}
    )
    assert status == 422 and "VTVL" in body["errors"]
    values = {code: {"value": value, "note": note} for code, (value, note) in COMPLETE.items()}
    assert _json(client, "put", f"{BASE}/reports/{rid}/values", tokens["hanoi"], {"values": values})[0] == 200
    assert client.get(f"{BASE}/reports/{rid}", **tokens["other"]).status_code == 404
    assert client.get(f"{BASE}/reports", **tokens["other"]).json() == []

    assert _json(client, "post", f"{BASE}/reports/{rid}/submit", tokens["hanoi"])[1]["status"] == "submitted"
    assert _json(client, "post", f"{BASE}/reports/{rid}/approve", tokens["hanoi"])[0] == 403
    assert _json(client, "post", f"{BASE}/reports/{rid}/approve", tokens["local_reviewer"])[0] == 403
    status, body = _json(client, "post", f"{BASE}/reports/{rid}/return", tokens["reviewer"], {"comment": ""})
    assert status == 422
    assert (
        _json(client, "post", f"{BASE}/reports/{rid}/return", tokens["reviewer"], {"comment": "Bổ sung"})[1]["status"]
        == "returned"
    )
    _json(client, "post", f"{BASE}/reports/{rid}/submit", tokens["hanoi"])
    assert _json(client, "post", f"{BASE}/reports/{rid}/approve", tokens["reviewer"])[1]["status"] == "approved"
    assert _json(client, "post", f"{BASE}/reports/{rid}/accept", tokens["reviewer"])[0] == 403  # four eyes
    assert _json(client, "post", f"{BASE}/reports/{rid}/accept", tokens["lead"])[1]["status"] == "accepted"
    assert Report.objects.get(pk=rid).is_locked

    status, table = _json(client, "get", f"{BASE}/compliance?indicator=VTVL&period=2024-Q4", tokens["reviewer"])
    rows = {r["agency"]: r for r in table["rows"]}
    assert len(rows) > 63 and rows["T01"]["status"] == "compliant"  # 63 provinces plus central bodies
    mine = client.get(f"{BASE}/compliance?indicator=VTVL&period=2024-Q4", **tokens["hanoi"]).json()
    assert [r["agency"] for r in mine["rows"]] == ["T01"]


def test_aggregate_endpoint_explains_merged_units(client, tokens, reference, q4_2024):
    for code, value in (("T79", 3), ("T74", 2), ("T77", 1)):
        report = Report.objects.create(agency=reference[code], period=q4_2024, status="approved")
        report.values.create(indicator=Indicator.objects.get(code="VTVL"), value=value)
    body = client.get(f"{BASE}/aggregate?indicator=VTVL&period=2024-Q4&agency=T79-2025", **tokens["reviewer"]).json()
    assert float(body["value"]) == 6 and body["derived"] and body["note"] == "tổng hợp từ 3 đơn vị trước sáp nhập"
    assert (
        client.get(f"{BASE}/aggregate?indicator=VTVL&period=2024-Q4&agency=T79-2025", **tokens["hanoi"]).status_code
        == 404
    )


def test_index_entries_without_source_are_refused(client, tokens):
    url = f"{BASE}/indices/lowy-api/entries"
    assert _json(client, "post", url, tokens["reviewer"], {"year": 2025, "rank": 11, "n_countries": 27})[0] == 422
    assert (
        _json(
            client,
            "post",
            url,
            tokens["hanoi"],
            {"year": 2025, "rank": 11, "source_url": "https://power.lowyinstitute.org/"},
        )[0]
        == 403
    )
    status, _ = _json(
        client,
        "post",
        url,
        tokens["reviewer"],
        {"year": 2025, "rank": 11, "n_countries": 27, "source_url": "https://power.lowyinstitute.org/"},
    )
    assert status == 200 and IndexEntry.objects.filter(index__code="lowy-api", year=2025).exists()
    indices = client.get(f"{BASE}/indices", **tokens["hanoi"]).json()
    gspi = next(i for i in indices if i["code"] == "brand-finance-gspi")
    assert {(e["year"], e["rank"]) for e in gspi["entries"]} == {(2023, 69), (2024, 53)}
