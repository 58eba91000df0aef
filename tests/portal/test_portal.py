"""Public portal: no login, no cookies, per-language content with lang attributes, ClaimReview in head."""

from __future__ import annotations

import json
import re

import pytest
from django.urls import reverse

from tests.response.claimreview import assert_valid_claimreview
from ttdn.portal import services as portal_services
from ttdn.portal.models import InformationMaterial
from ttdn.response import services
from ttdn.response.models import Fact

pytestmark = pytest.mark.postgres


def _jsonld(html: str) -> dict:
    head = html.split("</head>")[0]
    match = re.search(r'<script type="application/ld\+json">(.*?)</script>', head, re.S)
    assert match, "no JSON-LD in <head>"
    return json.loads(match.group(1))


def test_home_is_public_and_sets_no_cookie(client, published_case, fact):
    response = client.get(reverse("portal:home"))
    assert response.status_code == 200 and not response.cookies
    page = response.content.decode()
    assert '<html lang="vi"' in page and "Việt Nam không hề bị cô lập" in page
    english = client.get(reverse("portal:home_lang", args=["en"])).content.decode()
    assert '<html lang="en"' in english and "Viet Nam is not isolated" in english
    assert 'hreflang="fr"' in english and 'href="/public/fr/"' in english


def test_correction_page_has_valid_claimreview_in_head(client, published_case, article):
    slug = published_case.correction.slug
    response = client.get(reverse("portal:correction", args=["en", slug]))
    assert response.status_code == 200 and response["Content-Language"] == "en"
    data = _jsonld(response.content.decode())
    assert_valid_claimreview(data)
    assert data["inLanguage"] == "en" and data["url"].endswith(f"/public/en/corrections/{slug}/")
    assert data["itemReviewed"]["firstAppearance"]["url"] == article.url


def test_missing_translation_falls_back_with_vietnamese_lang_attribute(client, published_case):
    page = client.get(reverse("portal:correction", args=["fr", published_case.correction.slug])).content.decode()
    assert '<html lang="fr"' in page and '<article lang="vi">' in page and "Pas encore traduit" in page
    assert _jsonld(page)["inLanguage"] == "vi"


def test_unpublished_and_unapproved_content_is_not_public(client, desk, agencies, fact, narrative):
    r = desk["hn_responder"]
    case = services.create_case(r, agency=agencies["hanoi"], title="x", narrative=narrative)
    services.triage_case(r, case)
    services.assign_case(r, case, assignee=r)
    services.save_draft(
        r, case, language="vi", headline="Bản nháp nội bộ", claim_reviewed="c", body="b", fact_ids=[fact.pk]
    )
    assert client.get(reverse("portal:correction", args=["vi", case.correction.slug])).status_code == 404
    draft_fact = services.create_fact(
        r, agency=agencies["hanoi"], statement_vi="Dữ kiện chưa duyệt", sources=[{"title": "t"}]
    )
    assert client.get(reverse("portal:fact", args=["vi", draft_fact.slug])).status_code == 404
    assert "Dữ kiện chưa duyệt" not in client.get(reverse("portal:facts", args=["vi"])).content.decode()
    material = portal_services.create_material(
        r, agency=agencies["hanoi"], content={"vi": {"title": "Tài liệu chờ duyệt", "body": "x"}}
    )
    assert client.get(reverse("portal:material", args=["vi", material.slug])).status_code == 404
    portal_services.approve_material(desk["hn_approver"], material)
    assert client.get(reverse("portal:material", args=["vi", material.slug])).status_code == 200


def test_fact_page_lists_sources_and_approver(client, fact):
    page = client.get(reverse("portal:fact", args=["en", fact.slug])).content.decode()
    assert "comprehensive strategic partnerships" in page and "Tuyên bố chung" in page and "mofa_responder" in page


def test_retired_fact_leaves_the_portal(client, desk, fact):
    services.retire_fact(desk["mofa_responder"], fact)
    assert Fact.objects.get(pk=fact.pk).status == Fact.Status.RETIRED
    assert client.get(reverse("portal:fact", args=["vi", fact.slug])).status_code == 404


def test_material_needs_vietnamese_and_approver(desk, agencies):
    from django.core.exceptions import PermissionDenied, ValidationError

    with pytest.raises(ValidationError):
        portal_services.create_material(desk["hn_responder"], agency=agencies["hanoi"], content={"en": {"title": "x"}})
    m = portal_services.create_material(
        desk["hn_responder"], agency=agencies["hanoi"], content={"vi": {"title": "Số khẩn cấp", "body": "113"}}
    )
    with pytest.raises(PermissionDenied):
        portal_services.approve_material(desk["dn_approver"], m)
    assert not InformationMaterial.objects.get(pk=m.pk).approved


def test_kiosk_pages_and_service_worker(client, published_case, fact):
    response = client.get(reverse("portal:kiosk_lang", args=["en"]))
    assert response.status_code == 200 and not response.cookies
    page = response.content.decode()
    assert 'class="kiosk-item"' in page and "Viet Nam is not isolated" in page and 'id="kiosk-toggle"' in page
    sw = client.get(reverse("portal:kiosk_sw"))
    assert sw["Content-Type"].startswith("application/javascript") and sw["Service-Worker-Allowed"] == "/public/kiosk/"
    body = sw.content.decode()
    assert "/public/kiosk/en/" in body and "86400000" in body and not sw.cookies


def test_claimreview_feed_lists_every_language_version(client, published_case):
    data = client.get(reverse("portal:claimreview_feed")).json()
    assert [item["inLanguage"] for item in data["@graph"]] == ["en", "vi"]
    for item in data["@graph"]:
        assert_valid_claimreview({"@context": data["@context"], **item})
