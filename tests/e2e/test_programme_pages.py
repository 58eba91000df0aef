"""The other programme pages render their charts and pass axe in Chromium; an XLSX upload with
a bad row shows the row error and stores nothing."""

from __future__ import annotations

import pytest
from openpyxl import Workbook

from tests.conftest import PASSWORD
from tests.e2e.conftest import login, run_axe
from ttdn.accounts.models import Agency, Role
from ttdn.programme import services
from ttdn.programme.models import Period
from ttdn.programme.reference import load_reference

pytestmark = pytest.mark.e2e


def test_index_training_plan_and_agency_pages(page, make_user):
    load_reference(lambda _msg: None)
    make_user("bcd.reviewer", Agency.objects.get(code="BCD"), (Role.REVIEWER,))
    login(page, "bcd.reviewer", PASSWORD)
    page.goto("/programme/indices/")
    page.locator("[data-vega-spec='spec-brand-finance-gspi'] svg").wait_for()
    assert "Hạng 53/193 (2024)" in page.content()
    assert run_axe(page) == []
    page.goto("/programme/indices/wipo-gii/")
    page.locator("[data-vega-spec='index-spec'] svg").wait_for()
    assert run_axe(page) == []
    for url in ("/programme/training/", "/programme/plans/", "/programme/agencies/?kind=province", "/programme/"):
        page.goto(url)
        assert run_axe(page) == [], url


def test_bad_xlsx_upload_lists_row_errors(page, make_user, tmp_path):
    load_reference(lambda _msg: None)
    hanoi = Agency.objects.get(code="T01")
    user = make_user("tinh.hanoi", hanoi, (Role.REPORTER,))
    report = services.open_report(user, hanoi, Period.objects.get(type="quarter", year=2026, number=1))
    wb = Workbook()
    ws = wb.active
    ws["B2"], ws["B3"] = "T01", "2026-Q1"
    ws["A6"], ws["E6"] = "VTVL", "ba"
    ws["A7"], ws["E7"] = "KH", "Có"
    path = tmp_path / "bc.xlsx"
    wb.save(path)
    login(page, "tinh.hanoi", PASSWORD)
    page.goto(f"/programme/reports/{report.pk}/edit/")
    page.get_by_label("Tệp Excel (.xlsx)").set_input_files(str(path))
    page.get_by_role("button", name="Tải lên").click()
    assert "Dòng 6 (VTVL): không phải là số" in page.locator("#upload-errors").inner_text()
    assert run_axe(page) == []
    assert not report.values.filter(indicator__code="KH").exists()
