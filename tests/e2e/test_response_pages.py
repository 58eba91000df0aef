"""Every staff page of the response desk passes axe-core (serious/critical) and works by keyboard."""

from __future__ import annotations

import pytest

from tests.conftest import PASSWORD
from tests.e2e.conftest import login, run_axe
from tests.response.conftest import make_article, make_fact, publish_flow
from ttdn.accounts.models import Role
from ttdn.response import services

pytestmark = pytest.mark.e2e


def test_staff_pages_are_accessible(page, make_user, agencies):
    hanoi = agencies["hanoi"]
    responder = make_user("hn_responder", hanoi, (Role.RESPONDER, Role.APPROVER, Role.AGENCY_ADMIN))
    approver = make_user("hn_approver", hanoi, (Role.APPROVER,))
    fact = make_fact(
        responder,
        approver,
        hanoi,
        "Việt Nam gia nhập ASEAN ngày 28/7/1995.",
        {"en": "Viet Nam joined ASEAN on 28 July 1995."},
    )
    fact = services.update_fact(
        responder, fact, statement_vi="Việt Nam gia nhập Hiệp hội các quốc gia Đông Nam Á (ASEAN) ngày 28/7/1995."
    )
    fact = services.approve_fact(approver, fact)
    narrative = services.create_narrative(
        responder, agency=hanoi, title="Việt Nam bị cô lập", claim_summary="x", fact_ids=[fact.pk]
    )
    case = publish_flow(
        {"hn_responder": responder, "hn_approver": approver},
        agencies,
        fact,
        narrative,
        make_article("Vietnam isolated"),
    )
    login(page, "hn_responder", PASSWORD)
    for path in (
        "/response/",
        "/response/cases/",
        f"/response/cases/{case.pk}/",
        "/response/cases/new/",
        "/response/facts/",
        f"/response/facts/{fact.slug}/",
        f"/response/facts/{fact.slug}/edit/",
        "/response/facts/import/",
        "/response/narratives/",
        f"/response/narratives/{narrative.pk}/",
        "/response/narratives/new/",
        "/response/materials/",
        "/response/materials/new/",
        "/response/alerts/",
        "/response/settings/",
        "/response/statistics/",
    ):
        response = page.goto(path)
        assert response.status == 200, path
        assert run_axe(page) == [], path
    # keyboard: the skip link is the first stop and moves focus to the main content
    page.goto("/response/facts/")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.getAttribute('href')") == "#main"
    page.keyboard.press("Enter")
    page.locator("#fact-q").focus()
    page.keyboard.type("hiep hoi")
    page.keyboard.press("Enter")
    page.wait_for_url("**q=hiep+hoi**")
    assert page.get_by_role(
        "link", name="Việt Nam gia nhập Hiệp hội các quốc gia Đông Nam Á (ASEAN) ngày 28/7/1995."
    ).is_visible()
