"""API: OpenAPI lists the response routes; suggestions, ClaimReview and timeliness are scoped."""

from __future__ import annotations

import pytest

from tests.response.claimreview import assert_valid_claimreview
from ttdn.accounts.services import audited_create, issue_token
from ttdn.response.matching import match_articles
from ttdn.response.models import MatchingSettings, Suggestion

from .conftest import make_article
from .test_matching import overlap_matcher

pytestmark = pytest.mark.postgres


def _headers(user):
    _, key = issue_token(None, user, "t")
    return {"Authorization": f"Bearer {key}"}


def test_openapi_documents_response_routes(client, db):
    paths = client.get("/api/v1/openapi.json").json()["paths"]
    for path in (
        "/api/v1/response/cases",
        "/api/v1/response/cases/{case_id}/drafts",
        "/api/v1/response/facts",
        "/api/v1/response/suggestions/{suggestion_id}/decision",
        "/api/v1/response/statistics/timeliness",
    ):
        assert path in paths, path


def test_api_requires_authentication(client, db):
    assert client.get("/api/v1/response/cases").status_code == 401


def test_claimreview_and_timeliness_endpoints(client, desk, published_case):
    headers = _headers(desk["hn_responder"])
    data = client.get(f"/api/v1/response/cases/{published_case.pk}/claimreview", {"lang": "en"}, headers=headers).json()
    assert_valid_claimreview(data)
    rows = client.get("/api/v1/response/statistics/timeliness", headers=headers).json()
    assert rows[0]["measures"]["publish"]["n"] == 1 and rows[0]["measures"]["publish"]["median_hours"] > 0
    other = _headers(desk["dn_responder"])
    assert client.get(f"/api/v1/response/cases/{published_case.pk}/claimreview", headers=other).status_code == 404
    assert client.get("/api/v1/response/statistics/timeliness", headers=other).json() == []


def test_suggestion_queue_by_api(client, desk, narrative, agencies):
    audited_create(None, MatchingSettings, agency=agencies["hanoi"], suggest_threshold=0.1, auto_link_threshold=1.1)
    article = make_article("Việt Nam bị cô lập về ngoại giao", "không có đối tác", language="vi")
    match_articles([article.pk], matcher=overlap_matcher)
    suggestion = Suggestion.objects.get(article=article, narrative=narrative)
    assert client.get("/api/v1/response/suggestions", headers=_headers(desk["dn_responder"])).json() == []
    headers = _headers(desk["hn_analyst"])
    listed = client.get("/api/v1/response/suggestions", headers=headers).json()
    assert [s["id"] for s in listed if s["narrative_id"]] == [suggestion.pk]
    r = client.post(
        f"/api/v1/response/suggestions/{suggestion.pk}/decision",
        headers=headers,
        content_type="application/json",
        data={"decision": "maybe"},
    )
    assert r.status_code == 400
    r = client.post(
        f"/api/v1/response/suggestions/{suggestion.pk}/decision",
        headers=headers,
        content_type="application/json",
        data={"decision": "confirm"},
    )
    assert r.json()["status"] == "confirmed" and r.json()["case_id"] is not None
    r = client.post(
        f"/api/v1/response/suggestions/{suggestion.pk}/decision",
        headers=headers,
        content_type="application/json",
        data={"decision": "reject"},
    )
    assert r.status_code == 400  # already decided
