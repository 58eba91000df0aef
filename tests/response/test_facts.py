"""Fact base: versioning with diffs, approval, accent-insensitive search, CSV/XLSX round trip."""

from __future__ import annotations

import io
from datetime import date

import pytest
from django.core.exceptions import PermissionDenied
from django.urls import reverse
from openpyxl import Workbook

from ttdn.response import factio, services
from ttdn.response.models import Fact, FactVersion

pytestmark = pytest.mark.postgres


def test_update_makes_new_version_and_needs_new_approval(desk, fact):
    r = desk["mofa_responder"]
    assert fact.status == Fact.Status.APPROVED and fact.approved_by == r
    v = fact.version
    fact = services.update_fact(r, fact, statement_vi=fact.statement_vi.replace("9", "chín"), note="sửa số")
    assert fact.version == v + 1 and fact.status == Fact.Status.DRAFT and fact.approved_by is None
    numbers = list(FactVersion.objects.filter(fact=fact).order_by("number").values_list("number", flat=True))
    assert numbers == [1, 2, 3]
    # unchanged content: no new version
    same = services.update_fact(r, fact, statement_vi=fact.statement_vi)
    assert same.version == fact.version


def test_fact_history_page_shows_diff(client, desk, fact):
    services.update_fact(desk["mofa_responder"], fact, statement_vi="Tính đến ngày 21/11/2024, Việt Nam có 9 đối tác.")
    client.force_login(desk["hn_analyst"])
    page = client.get(reverse("response:fact_detail", args=[fact.slug])).content.decode()
    assert "<del" in page and "<ins" in page and "Lịch sử thay đổi" in page


def test_only_approver_approves_fact(desk, agencies):
    f = services.create_fact(
        desk["hn_responder"],
        agency=agencies["hanoi"],
        statement_vi="Hà Nội có 30 đơn vị hành chính cấp huyện.",
        sources=[{"title": "Niên giám", "issuer": "Cục Thống kê"}],
    )
    with pytest.raises(PermissionDenied):
        services.approve_fact(desk["hn_responder"], f)
    services.approve_fact(desk["hn_approver"], f)
    assert Fact.objects.get(pk=f.pk).approved_by == desk["hn_approver"]


def test_search_ignores_diacritics(client, desk, fact):
    client.force_login(desk["hn_analyst"])
    assert fact.slug in client.get(reverse("response:fact_list"), {"q": "doi tac chien luoc"}).content.decode()
    assert fact.slug not in client.get(reverse("response:fact_list"), {"q": "khong co gi"}).content.decode()
    api = client.get("/api/v1/response/facts", {"q": "ĐỐI TÁC"}).json()
    assert [f["slug"] for f in api] == [fact.slug]


def test_csv_and_xlsx_round_trip(desk, agencies, fact):
    for exporter, name in ((factio.export_csv, "f.csv"), (factio.export_xlsx, "f.xlsx")):
        data = exporter(Fact.objects.all())
        report = factio.import_facts(desk["mofa_responder"], agencies["mofa"], data, name)
        assert report.ok and report.unchanged == [fact.slug], report.errors


def _xlsx(rows):
    wb = Workbook()
    for row in rows:
        wb.active.append(row)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def test_import_reports_row_errors_and_writes_nothing(desk, agencies):
    header = [
        "slug",
        "category",
        "statement_vi",
        "text_en",
        "valid_from",
        "source_title",
        "source_issuer",
        "source_date",
        "source_url",
    ]
    rows = [
        header,
        [
            "wto",
            "economy",
            "Việt Nam là thành viên WTO từ 11/01/2007.",
            "Viet Nam joined the WTO on 11 January 2007.",
            date(2007, 1, 11),
            "Nghị định thư gia nhập",
            "WTO",
            "07/11/2006",
            "https://www.wto.org/",
        ],
        ["bad-date", "economy", "Sai ngày", "", "31/02/2020", "", "", "", ""],
        ["", "economy", "Không có slug", "", "", "", "", "", ""],
        ["bad-cat", "nonsense", "Sai lĩnh vực", "", "", "", "", "", ""],
    ]
    report = factio.import_facts(desk["mofa_responder"], agencies["mofa"], _xlsx(rows), "facts.xlsx")
    assert not report.ok
    assert [e.split(":")[0] for e in report.errors] == ["dòng 3", "dòng 4", "dòng 5"]
    assert not Fact.objects.exists()
    good = factio.import_facts(desk["mofa_responder"], agencies["mofa"], _xlsx(rows[:2]), "facts.xlsx")
    assert good.ok and good.created == ["wto"]
    wto = Fact.objects.get(slug="wto")
    assert wto.translations["en"].startswith("Viet Nam joined") and wto.sources.get().date == date(2006, 11, 7)


def test_import_multiple_sources_by_repeated_slug_and_bad_file(desk, agencies):
    csv_text = (
        "slug,statement_vi,source_title,source_issuer\n"
        "asean,Việt Nam gia nhập ASEAN ngày 28/7/1995.,Tuyên bố gia nhập,ASEAN\n"
        "asean,,Thông cáo,Bộ Ngoại giao\n"
    )
    report = factio.import_facts(desk["mofa_responder"], agencies["mofa"], csv_text.encode(), "x.csv")
    assert report.ok and Fact.objects.get(slug="asean").sources.count() == 2
    bad = factio.import_facts(desk["mofa_responder"], agencies["mofa"], b"\xff\xfe garbage", "x.xlsx")
    assert not bad.ok and "XLSX" in bad.errors[0]


def test_import_and_export_views(client, desk, fact):
    client.force_login(desk["mofa_responder"])
    response = client.get(reverse("response:fact_export"), {"format": "xlsx"})
    assert response.status_code == 200 and response.content[:2] == b"PK"
    csv_response = client.get(reverse("response:fact_export"), {"format": "csv"})
    assert fact.slug in csv_response.content.decode("utf-8-sig")
    upload = io.BytesIO(b"slug,statement_vi\nbroken,\n")
    upload.name = "x.csv"
    page = client.post(reverse("response:fact_import"), {"agency": fact.agency_id, "file": upload}).content.decode()
    assert "dòng 2" in page
