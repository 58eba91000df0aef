import pytest

from tests.conftest import PASSWORD
from tests.e2e.conftest import login, run_axe

pytestmark = pytest.mark.e2e


def test_login_switch_language_and_no_serious_a11y_issues(page, analyst):
    login(page, "analyst", PASSWORD)
    assert page.locator("html").get_attribute("lang") == "vi"
    assert page.get_by_role("heading", name="Tổng quan").is_visible()
    assert run_axe(page) == []
    with page.expect_navigation():
        page.select_option("#lang-select", "en")
    assert page.locator("html").get_attribute("lang") == "en"
