import pytest

from tests.conftest import PASSWORD
from tests.e2e.conftest import login, run_axe
from tests.monitoring.test_coverage import corpus  # noqa: F401 - fixture reuse

pytestmark = pytest.mark.e2e


def test_dashboard_renders_charts_and_is_accessible(page, corpus, analyst):  # noqa: F811
    login(page, "analyst", PASSWORD)
    page.goto("/monitoring/?days=30")
    page.wait_for_selector('.vega-chart[data-spec="daily_tone"][data-rendered="1"] svg')
    page.wait_for_selector('.vega-chart[data-spec="topics"][data-rendered="1"] svg')
    assert page.locator("#kpi-stories").inner_text() == "3"
    assert page.locator("#outlet-table").get_by_text("Journal B").is_visible()
    assert run_axe(page) == []
    page.locator("#id_topic").select_option("economy_trade_investment")
    page.get_by_role("button", name="Xem").click()
    page.wait_for_url("**topic=economy_trade_investment**")
    assert page.locator("#kpi-stories").inner_text() == "1"
