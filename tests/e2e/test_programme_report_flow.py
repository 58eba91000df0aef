"""Done-when for issue 3, in real headless Chromium: a province fills a quarterly report and
submits it; a central reviewer returns it with a comment; the province fixes it and resubmits;
it is approved; the compliance dashboard and its XLSX export change accordingly."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from django.utils import timezone
from openpyxl import load_workbook

from tests.conftest import PASSWORD
from tests.e2e.conftest import login, run_axe
from ttdn.accounts.models import Role
from ttdn.programme.models import Period, Report
from ttdn.programme.reference import load_reference

pytestmark = pytest.mark.e2e


def _logout(page) -> None:
    page.get_by_role("button", name="Đăng xuất").click()
    page.wait_for_url("**/accounts/login/**")


def _status_in_export(page, period: Period) -> str:
    page.goto(f"/programme/compliance/?indicator=VTVL&period={period.pk}")
    with page.expect_download() as info:
        page.locator("#export-xlsx").click()
    data = Path(info.value.path()).read_bytes()
    ws = load_workbook(io.BytesIO(data)).active
    rows = {ws.cell(r, 2).value: ws.cell(r, 7).value for r in range(6, ws.max_row + 1)}
    return rows["T01"]


def test_quarterly_report_return_fix_approve_changes_dashboard_and_export(page, make_user):
    load_reference(lambda _msg: None)
    from ttdn.accounts.models import Agency

    hanoi, steering = Agency.objects.get(code="T01"), Agency.objects.get(code="BCD")
    make_user("tinh.hanoi", hanoi, (Role.REPORTER,))
    make_user("bcd.reviewer", steering, (Role.REVIEWER,))
    today = timezone.localdate()
    period = Period.objects.filter(type="quarter", start__lte=today).order_by("-start").first()

    # 1. The province fills the quarterly report and submits it.
    login(page, "tinh.hanoi", PASSWORD)
    page.goto("/programme/")
    page.locator(f"tr[data-period='{period.code}']").get_by_role("button", name="Lập báo cáo").click()
    page.wait_for_url("**/edit/")
    assert run_axe(page) == []
    page.get_by_label("Đã ban hành kế hoạch hành động TTĐN").select_option("1")
    page.get_by_label("Đã ban hành Quy chế quản lý hoạt động TTĐN trên địa bàn").select_option("1")
    page.get_by_label("Có theo dõi, tổng hợp dư luận báo chí trong và ngoài nước").select_option("1")
    page.get_by_label("Số vị trí việc làm chuyên trách TTĐN").fill("0")
    page.get_by_label("Số cụm thông tin điện tử tại cửa khẩu, cảng biển, cảng hàng không quốc tế").fill("2")
    page.get_by_label("Số sản phẩm TTĐN bằng tiếng nước ngoài").fill("15")
    page.get_by_label("Số ngôn ngữ nước ngoài được sử dụng").fill("3")
    page.get_by_role("button", name="Lưu và gửi").click()
    page.wait_for_url("**/reports/*/")
    assert "Đã gửi" in page.locator("#report-status").inner_text()
    report = Report.objects.get(agency=hanoi, period=period)
    assert report.status == Report.Status.SUBMITTED
    _logout(page)

    # 2. The central reviewer sees it pending on the dashboard, then returns it with a comment.
    login(page, "bcd.reviewer", PASSWORD)
    page.goto(f"/programme/compliance/?indicator=VTVL&period={period.pk}")
    assert page.locator("tr[data-agency='T01']").get_attribute("data-status") == "pending"
    page.locator("[data-vega-spec='map-spec'] svg").wait_for()
    assert run_axe(page) == []
    assert _status_in_export(page, period) == "Chờ duyệt"
    page.goto(f"/programme/reports/{report.pk}/")
    page.get_by_label("Ý kiến (bắt buộc khi trả lại)").fill(
        "Chưa bố trí vị trí việc làm chuyên trách, đề nghị cập nhật."
    )
    page.get_by_role("button", name="Trả lại").click()
    page.wait_for_load_state()
    assert "Trả lại để sửa" in page.locator("#report-status").inner_text()
    _logout(page)

    # 3. The province reads the comment, fixes the figure and resubmits.
    login(page, "tinh.hanoi", PASSWORD)
    page.goto("/programme/")
    page.locator(f"tr[data-period='{period.code}']").get_by_role("link", name="Nhập báo cáo").click()
    assert "Chưa bố trí vị trí việc làm chuyên trách" in page.locator(".alert-warning").inner_text()
    page.get_by_label("Số vị trí việc làm chuyên trách TTĐN").fill("1")
    page.get_by_role("button", name="Lưu và gửi").click()
    page.wait_for_url("**/reports/*/")
    assert "Đã gửi" in page.locator("#report-status").inner_text()
    _logout(page)

    # 4. The reviewer approves; the dashboard and the XLSX export now count Hà Nội as compliant.
    login(page, "bcd.reviewer", PASSWORD)
    page.goto(f"/programme/reports/{report.pk}/")
    assert run_axe(page) == []
    page.get_by_role("button", name="Phê duyệt").click()
    page.wait_for_load_state()
    assert "Đã phê duyệt" in page.locator("#report-status").inner_text()
    page.goto(f"/programme/compliance/?indicator=VTVL&period={period.pk}")
    assert page.locator("tr[data-agency='T01']").get_attribute("data-status") == "compliant"
    assert _status_in_export(page, period) == "Đạt"
    report.refresh_from_db()
    assert report.status == Report.Status.APPROVED
    assert list(report.events.values_list("to_status", flat=True)) == [
        "draft",
        "submitted",
        "returned",
        "submitted",
        "approved",
    ]
