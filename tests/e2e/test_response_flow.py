"""End to end in headless Chromium: a claim match becomes a case, is assigned, drafted in Vietnamese
and English, returned once, approved, published, shows on the public portal with valid ClaimReview
JSON-LD, and the timeliness statistics count it."""

from __future__ import annotations

import json

import pytest

from tests.conftest import PASSWORD
from tests.e2e.conftest import login, run_axe
from tests.response.claimreview import assert_valid_claimreview
from tests.response.conftest import make_article, make_fact
from ttdn.accounts.models import Role
from ttdn.accounts.services import audited_create
from ttdn.response import services
from ttdn.response.matching import match_articles
from ttdn.response.models import Case, MatchingSettings, Suggestion

pytestmark = pytest.mark.e2e


def logout(page) -> None:
    page.get_by_role("button", name="Đăng xuất").click()
    page.wait_for_url("**/accounts/login/**")


def test_claim_match_to_published_correction(page, live_server, make_user, agencies):
    hanoi = agencies["hanoi"]
    responder = make_user("hn_responder", hanoi, (Role.RESPONDER,))
    approver = make_user("hn_approver", hanoi, (Role.APPROVER,))
    fact = make_fact(
        responder,
        approver,
        hanoi,
        "Tính đến ngày 21/11/2024, Việt Nam đã thiết lập quan hệ Đối tác chiến lược toàn diện với 9 quốc gia.",
        {"en": "As of 21 November 2024, Viet Nam had comprehensive strategic partnerships with 9 countries."},
    )
    narrative = services.create_narrative(
        responder,
        agency=hanoi,
        title="Việt Nam bị cô lập về ngoại giao",
        claim_summary="Luận điệu cho rằng Việt Nam bị cô lập, không có đối tác.",
        keywords=["cô lập", "isolated"],  # narratives carry keywords in the languages they spread in
        severity="high",
        fact_ids=[fact.pk],
    )
    # Never auto-link: the flow under test is the human one (this post scores ≈ 1 against the narrative).
    audited_create(None, MatchingSettings, agency=hanoi, suggest_threshold=0.5, auto_link_threshold=1.1)
    # An English post matched to a Vietnamese narrative by the analysis library's multilingual matcher.
    article = make_article(
        "Vietnam is diplomatically isolated and has no friends left, says blog",
        "The blog claims Vietnam has no partners at all and is isolated internationally.",
        language="en",
        days_ago=1.5,
        url="https://blog.example.net/vn-isolated",
    )
    counts = match_articles([article.pk])
    assert counts["suggested"] >= 1
    suggestion = Suggestion.objects.get(article=article, narrative=narrative)
    assert suggestion.status == Suggestion.Status.PENDING and suggestion.score >= 0.5

    # 1. responder confirms the suggestion → a case
    login(page, "hn_responder", PASSWORD)
    page.goto("/response/suggestions/")
    assert run_axe(page) == []
    page.get_by_role("button", name=f"Xác nhận gợi ý {suggestion.pk}").click()
    page.wait_for_url("**/response/cases/*/")
    case = Case.objects.get(suggestions=suggestion)
    assert case.origin == Case.Origin.CLAIM_MATCH and case.status == Case.Status.NEW

    # 2. triage and assign
    page.locator("#triage_severity").select_option("high")
    page.get_by_role("button", name="Phân loại").click()
    page.locator("#assign_assignee").select_option(label="hn_responder")
    page.get_by_role("button", name="Giao việc").click()
    page.wait_for_selector("text=Đã giao")

    # 3. drafts in Vietnamese and English
    def draft(lang: str, headline: str, claim: str, body: str) -> None:
        page.goto(f"/response/cases/{case.pk}/?lang={lang}#draft")
        page.locator("#draft_language").select_option(lang)
        page.locator("#draft_headline").fill(headline)
        page.locator("#draft_claim_reviewed").fill(claim)
        page.locator("#draft_body").fill(body)
        page.locator("#draft_rating").select_option("1")
        box = page.get_by_role("checkbox", name=fact.statement_vi)
        if not box.is_checked():
            box.check()
        page.get_by_role("button", name="Lưu bản thảo").click()
        page.wait_for_selector(f"article[lang={lang}]")

    draft(
        "vi",
        "Việt Nam không hề bị cô lập",
        "Việt Nam bị cô lập về ngoại giao",
        "Việt Nam có quan hệ Đối tác chiến lược toàn diện với 9 quốc gia.",
    )
    draft(
        "en",
        "Viet Nam is not isolated",
        "Viet Nam is diplomatically isolated",
        "Viet Nam has comprehensive strategic partnerships with 9 countries.",
    )
    assert run_axe(page) == []
    page.get_by_role("button", name="Gửi duyệt").click()
    page.wait_for_selector("text=Chờ duyệt")
    logout(page)

    # 4. approver returns it once
    login(page, "hn_approver", PASSWORD)
    page.goto(f"/response/cases/{case.pk}/")
    page.get_by_label("Yêu cầu sửa").fill("Bản tiếng Anh cần nêu rõ mốc thời gian.")
    page.get_by_role("button", name="Trả lại để sửa").click()
    page.wait_for_selector("text=Đang soạn")
    logout(page)

    # 5. responder revises the English text and resubmits
    login(page, "hn_responder", PASSWORD)
    draft(
        "en",
        "Viet Nam is not isolated",
        "Viet Nam is diplomatically isolated",
        "As of 21 November 2024, Viet Nam had comprehensive strategic partnerships with 9 countries.",
    )
    page.get_by_role("button", name="Gửi duyệt").click()
    page.wait_for_selector("text=Chờ duyệt")
    logout(page)

    # 6. approver approves and publishes
    login(page, "hn_approver", PASSWORD)
    page.goto(f"/response/cases/{case.pk}/")
    # the reviewer sees what changed since the returned version
    assert page.locator("ins", has_text="As of 21 November 2024,").count() == 1
    page.get_by_role("button", name="Phê duyệt").click()
    page.get_by_role("button", name="Đăng công khai").click()
    page.wait_for_selector("text=Trang công khai")
    case.refresh_from_db()
    assert case.status == Case.Status.PUBLISHED and case.correction.approved_by == approver
    history = page.locator("#case-history").inner_text()
    assert "return_for_changes" in history and history.count("submit_for_review") == 2

    # 7. timeliness statistics show it
    page.goto("/response/statistics/")
    row = page.locator("#timeliness tbody tr", has_text=hanoi.name_vi)
    assert row.count() == 1
    assert row.locator("td.publish-n").inner_text() == "1"
    page.wait_for_selector(".vega-chart[data-rendered='1'] svg")
    hours = float(row.locator("td.publish-median").inner_text().replace(",", "."))
    assert 35 < hours < 40  # article appeared 36 h before publication
    assert run_axe(page) == []
    logout(page)

    # 8. the public portal, no login: English page with valid ClaimReview in <head>
    slug = case.correction.slug
    response = page.goto(f"/public/en/corrections/{slug}/")
    assert response.status == 200 and page.locator("html").get_attribute("lang") == "en"
    assert page.get_by_role("heading", name="Viet Nam is not isolated").is_visible()
    raw = page.locator("head script[type='application/ld+json']").text_content()
    data = json.loads(raw)
    assert_valid_claimreview(data)
    assert data["itemReviewed"]["firstAppearance"]["url"] == "https://blog.example.net/vn-isolated"
    assert data["inLanguage"] == "en" and data["url"].endswith(f"/public/en/corrections/{slug}/")
    assert "As of 21 November 2024" in page.locator("article").inner_text()
    assert run_axe(page) == []
    page.locator("#language-switcher").get_by_role("link", name="Tiếng Việt").click()
    assert page.locator("html").get_attribute("lang") == "vi"
    assert page.get_by_role("heading", name="Việt Nam không hề bị cô lập").is_visible()
