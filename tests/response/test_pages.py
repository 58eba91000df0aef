"""Staff pages: forms create through services; comments, attachments; API creation and decisions."""

from __future__ import annotations

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from ttdn.accounts.models import AuditLog
from ttdn.accounts.services import issue_token
from ttdn.response.models import Case, CaseAttachment, Fact, Narrative

pytestmark = pytest.mark.postgres


def test_home_and_lists_render_for_responder(client, desk, published_case):
    client.force_login(desk["hn_responder"])
    for name in ("home", "case_list", "fact_list", "narrative_list", "suggestions", "statistics", "sla_alerts"):
        response = client.get(reverse(f"response:{name}"))
        assert response.status_code == 200, name
    assert "Isolation claim" in client.get(reverse("response:case_list")).content.decode()


def test_pages_require_login(client, db):
    response = client.get(reverse("response:home"))
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_fact_form_creates_versioned_fact_with_sources(client, desk, agencies):
    client.force_login(desk["hn_responder"])
    data = {
        "agency": agencies["hanoi"].pk,
        "category": "society",
        "statement_vi": "Hà Nội là Thủ đô của Việt Nam.",
        "text_en": "Ha Noi is the capital of Viet Nam.",
        "note": "mới",
        "src-TOTAL_FORMS": "2",
        "src-INITIAL_FORMS": "0",
        "src-MIN_NUM_FORMS": "0",
        "src-MAX_NUM_FORMS": "1000",
        "src-0-title": "Hiến pháp 2013",
        "src-0-issuer": "Quốc hội",
        "src-0-url": "https://quochoi.vn/",
    }
    response = client.post(reverse("response:fact_create"), data)
    fact = Fact.objects.get(statement_vi="Hà Nội là Thủ đô của Việt Nam.")
    assert response["Location"] == fact.get_absolute_url()
    assert fact.translations == {"en": "Ha Noi is the capital of Viet Nam."} and fact.sources.get().issuer == "Quốc hội"
    assert fact.versions.count() == 1 and AuditLog.objects.filter(object_type="response.fact", action="create").exists()
    client.force_login(desk["hn_approver"])
    client.post(reverse("response:fact_approve", args=[fact.slug]))
    assert Fact.objects.get(pk=fact.pk).approved_by == desk["hn_approver"]


def test_analyst_cannot_open_fact_form(client, desk):
    client.force_login(desk["hn_analyst"])
    assert client.get(reverse("response:fact_create")).status_code == 403


def test_narrative_and_case_forms(client, desk, agencies, fact, article):
    client.force_login(desk["hn_responder"])
    client.post(
        reverse("response:narrative_create"),
        {
            "agency": agencies["hanoi"].pk,
            "title": "Tin đồn cấm tôn giáo",
            "claim_summary": "Cho rằng Việt Nam cấm tôn giáo.",
            "keywords": "tôn giáo, religion ban",
            "languages": "en, vi",
            "target_countries": "us, fr",
            "severity": "high",
            "facts": [fact.pk],
        },
    )
    narrative = Narrative.objects.get(title="Tin đồn cấm tôn giáo")
    assert narrative.keywords == ["tôn giáo", "religion ban"] and narrative.target_countries == ["US", "FR"]
    response = client.post(
        reverse("response:case_create"),
        {
            "agency": agencies["hanoi"].pk,
            "title": "Bài viết về cấm tôn giáo",
            "origin": "search",
            "narrative": narrative.pk,
            "article_ids": str(article.pk),
            "severity": "high",
        },
    )
    case = Case.objects.get(title="Bài viết về cấm tôn giáo")
    assert response["Location"] == case.get_absolute_url() and case.origin == "search"
    assert list(case.articles.all()) == [article] and case.first_seen_at == article.published_at


def test_comments_and_attachments_are_scoped(client, desk, agencies):
    from ttdn.response import services

    case = services.create_case(desk["hn_responder"], agency=agencies["hanoi"], title="x")
    client.force_login(desk["hn_analyst"])
    client.post(reverse("response:case_comment", args=[case.pk]), {"body": "Nguồn này có lượt chia sẻ lớn."})
    upload = SimpleUploadedFile("anh-chup.png", b"\x89PNG fake", content_type="image/png")
    client.post(reverse("response:case_attach", args=[case.pk]), {"file": upload})
    attachment = CaseAttachment.objects.get(case=case)
    page = client.get(reverse("response:case_detail", args=[case.pk])).content.decode()
    assert "Nguồn này có lượt chia sẻ lớn." in page and "anh-chup.png" in page
    assert client.get(reverse("response:attachment", args=[attachment.pk])).status_code == 200
    client.force_login(desk["dn_responder"])
    assert client.get(reverse("response:attachment", args=[attachment.pk])).status_code == 404
    assert set(case.events.values_list("kind", flat=True)) >= {"create", "comment", "attachment"}


def test_api_create_case_and_transitions(client, desk, agencies):
    _, key = issue_token(None, desk["hn_responder"], "t")
    headers = {"Authorization": f"Bearer {key}"}
    r = client.post(
        "/api/v1/response/cases",
        headers=headers,
        content_type="application/json",
        data={"agency_code": agencies["hanoi"].code, "title": "API case", "severity": "low"},
    )
    assert r.status_code == 201
    case_id = r.json()["id"]
    r = client.post(
        f"/api/v1/response/cases/{case_id}/transitions/triage",
        headers=headers,
        content_type="application/json",
        data={"severity": "critical"},
    )
    assert r.json()["status"] == "triaged" and r.json()["severity"] == "critical"
    r = client.post(
        f"/api/v1/response/cases/{case_id}/transitions/assign",
        headers=headers,
        content_type="application/json",
        data={"assignee_id": desk["hn_responder"].pk},
    )
    assert r.json()["status"] == "assigned" and r.json()["assignee"] == "hn_responder"
    r = client.post(
        "/api/v1/response/cases",
        headers=headers,
        content_type="application/json",
        data={"agency_code": agencies["danang"].code, "title": "not mine"},
    )
    assert r.status_code == 403
    r = client.post(
        f"/api/v1/response/cases/{case_id}/transitions/publish",
        headers=headers,
        content_type="application/json",
        data={},
    )
    assert r.status_code == 403  # permission is checked before the state


def test_narrative_edit_page(client, desk, narrative, fact):
    client.force_login(desk["dn_responder"])
    assert client.get(reverse("response:narrative_edit", args=[narrative.pk])).status_code == 403
    client.force_login(desk["hn_responder"])
    client.post(
        reverse("response:narrative_edit", args=[narrative.pk]),
        {
            "agency": narrative.agency_id,
            "title": narrative.title,
            "claim_summary": "Tóm tắt mới",
            "keywords": "cô lập, isolated, 孤立",
            "languages": "vi, en, zh",
            "severity": "critical",
            "facts": [fact.pk],
        },
    )
    narrative.refresh_from_db()
    assert (
        narrative.claim_summary == "Tóm tắt mới"
        and narrative.keywords[-1] == "孤立"
        and narrative.severity == "critical"
    )
    assert AuditLog.objects.filter(
        object_type="response.narrative", action="update", actor=desk["hn_responder"]
    ).exists()


def test_material_pages_create_then_approve_to_publish(client, desk, agencies):
    from ttdn.portal.models import InformationMaterial

    client.force_login(desk["hn_responder"])
    client.post(
        reverse("response:material_create"),
        {
            "agency": agencies["hanoi"].pk,
            "featured": "on",
            "title_vi": "Giờ mở cửa cửa khẩu",
            "body_vi": "6:00–22:00",
            "title_en": "Border gate opening hours",
            "body_en": "6:00–22:00",
        },
    )
    material = InformationMaterial.objects.get()
    assert material.featured and not material.approved and set(material.content) == {"vi", "en"}
    assert client.get(reverse("portal:material", args=["en", material.slug])).status_code == 404
    assert "Phê duyệt" not in client.get(reverse("response:material_list")).content.decode()
    client.post(reverse("response:material_approve", args=[material.pk]))
    assert not InformationMaterial.objects.get().approved  # a responder cannot approve
    client.force_login(desk["hn_approver"])
    client.post(reverse("response:material_approve", args=[material.pk]))
    material.refresh_from_db()
    assert material.approved and material.approved_by == desk["hn_approver"]
    page = client.get(reverse("portal:material", args=["en", material.slug])).content.decode()
    assert "Border gate opening hours" in page


def test_agency_admin_sets_thresholds_and_sla(client, desk, make_user, agencies):
    from ttdn.accounts.models import Role
    from ttdn.response.matching import thresholds
    from ttdn.response.services import sla_hours

    admin = make_user("hn_admin", agencies["hanoi"], (Role.AGENCY_ADMIN,))
    client.force_login(desk["hn_responder"])
    assert client.get(reverse("response:agency_settings")).status_code == 403
    client.force_login(admin)
    assert "Cài đặt đơn vị" in client.get(reverse("response:home")).content.decode()
    data = {"suggest_threshold": "0.6", "auto_link_threshold": "0.97"}
    for severity in ("low", "medium", "high", "critical"):
        data[f"triage_{severity}"], data[f"response_{severity}"] = sla_hours(agencies["hanoi"], severity)
    data["triage_critical"], data["response_critical"] = 1, 6
    client.post(reverse("response:agency_settings"), data)
    assert thresholds(agencies["hanoi"]) == (0.6, 0.97)
    assert sla_hours(agencies["hanoi"], "critical") == (1, 6) and sla_hours(agencies["danang"], "critical") == (2, 12)
    assert AuditLog.objects.filter(object_type="response.slapolicy", actor=admin).count() == 1
    data["auto_link_threshold"] = "0.3"  # below the suggest threshold: refused, nothing changes
    client.post(reverse("response:agency_settings"), data)
    assert thresholds(agencies["hanoi"]) == (0.6, 0.97)


def test_case_search_and_fact_usage(client, desk, published_case, fact):
    client.force_login(desk["hn_responder"])
    listing = client.get(reverse("response:case_list"), {"q": "cô lập"}).content.decode()
    assert "Isolation claim" in listing
    assert "Isolation claim" not in client.get(reverse("response:case_list"), {"q": "không có"}).content.decode()
    assert "Isolation claim" not in client.get(reverse("response:case_list"), {"overdue": "1"}).content.decode()
    page = client.get(reverse("response:fact_detail", args=[fact.slug])).content.decode()
    assert f"#{published_case.pk} Isolation claim" in page and "Việt Nam bị cô lập về ngoại giao" in page
    client.force_login(desk["dn_responder"])  # the Hà Nội case is not listed for Đà Nẵng
    assert "Isolation claim" not in client.get(reverse("response:fact_detail", args=[fact.slug])).content.decode()
