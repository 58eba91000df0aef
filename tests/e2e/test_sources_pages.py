"""Sources in real headless Chromium: health list, fetch-now via htmx, upload, quarantine; axe-clean."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from playwright.sync_api import expect

from tests.conftest import PASSWORD
from tests.e2e.conftest import login, run_axe
from ttdn.sources.models import QuarantinedItem, Source
from ttdn.sources.services import create_source

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def eager(settings, tmp_path):
    settings.TTDN_JOBS_EAGER = True
    settings.TTDN_ALLOW_PRIVATE_FETCH = False
    settings.DATA_DIR = tmp_path
    return settings


def test_sources_list_fetch_now_upload_and_quarantine(page, analyst, agencies, eager, tmp_path):
    source = create_source(
        None, name="Cổng tin nội bộ", kind="rss", url="http://127.0.0.1:9/rss", agency=agencies["hanoi"]
    )
    login(page, "analyst", PASSWORD)
    page.goto("/sources/")
    expect(page.get_by_role("heading", name="Nguồn tin")).to_be_visible()
    row = page.get_by_role("row", name="Cổng tin nội bộ")
    expect(row).to_contain_text("Chưa lấy tin")
    assert run_axe(page) == []

    # "Fetch now" posts with htmx; the job runs, the SSRF guard refuses the loopback address.
    row.get_by_role("button", name="Lấy tin ngay: Cổng tin nội bộ").click()
    expect(page.locator(f"#fetch-status-{source.pk}")).to_contain_text("tác vụ #")
    page.reload()
    expect(page.get_by_role("row", name="Cổng tin nội bộ")).to_contain_text("Lỗi")
    assert "private" in Source.objects.get(pk=source.pk).last_error

    # Upload a JSONL file with one broken line.
    upload = tmp_path / "export.jsonl"
    upload.write_text(
        json.dumps({"title": "Tin từ tệp tải lên", "url": "https://up.example.vn/1"}) + "\n{broken\n", encoding="utf-8"
    )
    page.get_by_role("link", name="Nhập tệp").click()
    assert run_axe(page) == []
    page.get_by_label("Tệp dữ liệu").set_input_files(str(upload))
    page.get_by_label("Tên nguồn mới").fill("Tệp đối tác E2E")
    page.get_by_role("button", name="Tải lên và nhập").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Tệp đối tác E2E")
    expect(page.get_by_role("table").nth(1)).to_contain_text("line 2")
    assert run_axe(page) == []

    # The quarantine page lists it with a download of the raw line.
    page.goto("/sources/quarantine/")
    expect(page.get_by_role("cell", name="line 2")).to_be_visible()
    assert run_axe(page) == []
    item = QuarantinedItem.objects.get(locator="line 2")
    with page.expect_download() as info:
        page.get_by_role("link", name=f"Tải dữ liệu gốc #{item.pk}").click()
    assert Path(info.value.path()).read_bytes() == b"{broken\n"
