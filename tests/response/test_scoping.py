"""A responder of one province cannot read or change another province's drafts (UI and API)."""

from __future__ import annotations

import pytest
from django.urls import reverse

from ttdn.accounts.services import issue_token
from ttdn.response import services
from ttdn.response.models import Case, CorrectionVersion

pytestmark = pytest.mark.postgres


@pytest.fixture
def hanoi_draft(desk, agencies, fact, narrative, article):
    r = desk["hn_responder"]
    case = services.create_case(
        r, agency=agencies["hanoi"], title="Hà Nội draft", narrative=narrative, article_ids=[article.pk]
    )
    services.triage_case(r, case)
    services.assign_case(r, case, assignee=r)
    services.save_draft(
        r, case, language="vi", headline="Bản nháp bí mật", claim_reviewed="x", body="y", fact_ids=[fact.pk]
    )
    return case


def test_ui_hides_other_province_case_and_refuses_changes(client, desk, hanoi_draft, fact):
    client.force_login(desk["dn_responder"])
    assert client.get(reverse("response:case_detail", args=[hanoi_draft.pk])).status_code == 404
    listing = client.get(reverse("response:case_list")).content.decode()
    assert "Hà Nội draft" not in listing
    post = client.post(
        reverse("response:case_draft", args=[hanoi_draft.pk]),
        {"language": "vi", "headline": "hijack", "claim_reviewed": "x", "body": "y", "rating": 1, "facts": [fact.pk]},
    )
    assert post.status_code == 404
    assert (
        client.post(reverse("response:case_transition", args=[hanoi_draft.pk, "submit_for_review"])).status_code == 404
    )
    assert client.post(reverse("response:case_comment", args=[hanoi_draft.pk]), {"body": "x"}).status_code == 404
    assert not CorrectionVersion.objects.filter(headline="hijack").exists()
    assert Case.objects.get(pk=hanoi_draft.pk).status == Case.Status.DRAFTING


def test_ui_owner_sees_draft(client, desk, hanoi_draft):
    client.force_login(desk["hn_responder"])
    page = client.get(reverse("response:case_detail", args=[hanoi_draft.pk])).content.decode()
    assert "Bản nháp bí mật" in page and "Gửi duyệt" in page


def test_api_hides_other_province_drafts_and_refuses_changes(client, desk, hanoi_draft, fact):
    _, key = issue_token(None, desk["dn_responder"], "t")
    headers = {"Authorization": f"Bearer {key}"}
    base = f"/api/v1/response/cases/{hanoi_draft.pk}"
    assert client.get("/api/v1/response/cases", headers=headers).json() == []
    assert client.get(base, headers=headers).status_code == 404
    assert client.get(f"{base}/drafts", headers=headers).status_code == 404
    r = client.post(
        f"{base}/drafts",
        headers=headers,
        content_type="application/json",
        data={"language": "vi", "headline": "hijack", "claim_reviewed": "x", "body": "y", "fact_ids": [fact.pk]},
    )
    assert r.status_code == 404
    assert (
        client.post(
            f"{base}/transitions/submit_for_review", headers=headers, content_type="application/json", data={}
        ).status_code
        == 404
    )
    assert not CorrectionVersion.objects.filter(headline="hijack").exists()


def test_api_owner_can_read_and_submit(client, desk, hanoi_draft):
    _, key = issue_token(None, desk["hn_responder"], "t")
    headers = {"Authorization": f"Bearer {key}"}
    base = f"/api/v1/response/cases/{hanoi_draft.pk}"
    drafts = client.get(f"{base}/drafts", headers=headers).json()
    assert [d["headline"] for d in drafts] == ["Bản nháp bí mật"]
    r = client.post(f"{base}/transitions/submit_for_review", headers=headers, content_type="application/json", data={})
    assert r.status_code == 200 and r.json()["status"] == "in_review"
    # the responder is no approver: 403, state unchanged
    r = client.post(f"{base}/transitions/approve", headers=headers, content_type="application/json", data={})
    assert r.status_code == 403
    assert Case.objects.get(pk=hanoi_draft.pk).status == Case.Status.IN_REVIEW


def test_analyst_can_read_but_not_draft(client, desk, hanoi_draft, fact):
    client.force_login(desk["hn_analyst"])
    assert client.get(reverse("response:case_detail", args=[hanoi_draft.pk])).status_code == 200
    client.post(
        reverse("response:case_draft", args=[hanoi_draft.pk]),
        {"language": "en", "headline": "analyst", "claim_reviewed": "x", "body": "y", "rating": 1, "facts": [fact.pk]},
    )
    assert not CorrectionVersion.objects.filter(headline="analyst").exists()


def test_steering_committee_sees_all_provinces(client, make_user, agencies, hanoi_draft):
    from ttdn.accounts.models import Role

    boss = make_user("bcd", agencies["steering"], (Role.ANALYST,))
    client.force_login(boss)
    assert client.get(reverse("response:case_detail", args=[hanoi_draft.pk])).status_code == 200
