"""Public portal and border-gate kiosk in headless Chromium: accessible, no cookies, offline after a visit."""

from __future__ import annotations

import pytest

from tests.e2e.conftest import run_axe
from tests.response.conftest import make_article, make_fact, publish_flow
from ttdn.accounts.models import Role
from ttdn.portal import services as portal_services
from ttdn.response import services

pytestmark = pytest.mark.e2e


@pytest.fixture
def public_content(make_user, agencies):
    hanoi = agencies["hanoi"]
    responder = make_user("hn_responder", hanoi, (Role.RESPONDER,))
    approver = make_user("hn_approver", hanoi, (Role.APPROVER,))
    fact = make_fact(
        responder,
        approver,
        hanoi,
        "Việt Nam gia nhập ASEAN ngày 28/7/1995.",
        {"en": "Viet Nam joined ASEAN on 28 July 1995.", "fr": "Le Viet Nam a adhéré à l'ASEAN le 28 juillet 1995."},
    )
    narrative = services.create_narrative(
        responder, agency=hanoi, title="Việt Nam bị cô lập", claim_summary="x", fact_ids=[fact.pk]
    )
    desk = {"hn_responder": responder, "hn_approver": approver}
    publish_flow(desk, agencies, fact, narrative, make_article("Vietnam isolated"), languages=("vi", "en", "fr"))
    material = portal_services.create_material(
        responder,
        agency=hanoi,
        featured=True,
        content={
            "vi": {"title": "Số điện thoại khẩn cấp", "body": "Công an 113, cứu hỏa 114, cấp cứu 115."},
            "en": {"title": "Emergency numbers", "body": "Police 113, fire 114, ambulance 115."},
        },
    )
    portal_services.approve_material(approver, material)
    return fact


def test_portal_in_three_languages_is_accessible_without_login(page, public_content):
    for lang, heading in (
        ("vi", "Thông tin chính thức về Việt Nam"),
        ("en", "Official information about Viet Nam"),
        ("fr", "Informations officielles sur le Viet Nam"),
    ):
        page.goto(f"/public/{lang}/")
        assert page.locator("html").get_attribute("lang") == lang
        assert page.get_by_role("heading", level=1, name=heading).is_visible()
        assert run_axe(page) == []
    page.goto("/public/fr/facts/")
    assert (
        page.get_by_role("link", name="Le Viet Nam a adhéré à l'ASEAN le 28 juillet 1995.").get_attribute("lang")
        == "fr"
    )
    page.goto("/public/de/facts/")  # no German text: Vietnamese shown, marked lang="vi"
    assert page.get_by_role("link", name="Việt Nam gia nhập ASEAN ngày 28/7/1995.").get_attribute("lang") == "vi"
    assert run_axe(page) == []
    assert page.context.cookies() == []


def test_kiosk_rotates_switches_language_sets_no_cookie_and_works_offline(page, public_content):
    page.goto("/public/kiosk/en/")
    page.wait_for_selector("body[data-offline-ready='1']")
    page.reload()  # the second load is controlled by the service worker
    page.wait_for_function("navigator.serviceWorker.controller !== null")
    assert run_axe(page) == []
    visible = page.locator(".kiosk-item:not([hidden])")
    assert visible.count() == 1
    first = visible.inner_text()
    toggle = page.get_by_role("button", name="Pause")
    toggle.click()
    assert page.locator("#kiosk-toggle").get_attribute("aria-pressed") == "true"
    page.keyboard.press("ArrowRight")
    assert page.locator(".kiosk-item:not([hidden])").inner_text() != first
    page.get_by_role("link", name="Français").click()
    assert page.locator("html").get_attribute("lang") == "fr"
    assert page.get_by_role("button", name="Pause").is_visible()
    assert page.context.cookies() == []

    page.context.set_offline(True)
    page.goto("/public/kiosk/en/")
    assert page.locator("html").get_attribute("lang") == "en"
    assert page.get_by_text("Emergency numbers").count() == 1
    page.context.set_offline(False)


def test_kiosk_cache_expires_after_the_offline_window(page, public_content, settings):
    """With a zero-hour window the cached copy is too old at once: offline, the kiosk says so."""
    settings.TTDN_KIOSK_OFFLINE_HOURS = 0
    page.goto("/public/kiosk/en/")
    page.wait_for_selector("body[data-offline-ready='1']")
    page.reload()
    page.wait_for_function("navigator.serviceWorker.controller !== null")
    page.context.set_offline(True)
    response = page.goto("/public/kiosk/en/")
    assert response.status == 503 and page.get_by_role("heading", name="Offline").is_visible()
    page.context.set_offline(False)
