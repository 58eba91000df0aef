"""Pages: scoping by agency and role, the data-entry form, XLSX round trip, exports."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from openpyxl import load_workbook

from ttdn.programme import services
from ttdn.programme.models import IndexEntry, InternationalIndex, Period, Report, Task, TaskGroup, TrainingCourse

from .test_workflow import COMPLETE


def _form_data(values):
    data = {}
    for code, (value, note) in values.items():
        data[f"v_{code}"], data[f"n_{code}"] = value, note
    return data


@pytest.fixture
def q3_2026(reference):
    return Period.objects.get(type="quarter", year=2026, number=3)


def test_reporter_fills_submits_and_other_agencies_cannot_see_it(client, people, reference, q3_2026):
    client.force_login(people["hanoi"])
    home = client.get(reverse("programme:home")).content.decode()
    assert "Lập báo cáo" in home and "Thành phố Hà Nội" in home
    response = client.post(reverse("programme:report_open"), {"agency": reference["T01"].pk, "period": q3_2026.pk})
    report = Report.objects.get(agency=reference["T01"], period=q3_2026)
    assert response["Location"] == reverse("programme:report_edit", args=[report.pk])

    bad = _form_data({**COMPLETE, "VTVL": ("hai", "")}) | {"submit": "1"}
    page = client.post(reverse("programme:report_edit", args=[report.pk]), bad).content.decode()
    assert "không phải là số" in page and 'aria-invalid="true"' in page
    report.refresh_from_db()
    assert report.status == Report.Status.DRAFT and not report.values.filter(indicator__code="KH").exists()

    client.post(reverse("programme:report_edit", args=[report.pk]), _form_data(COMPLETE) | {"submit": "1"})
    report.refresh_from_db()
    assert report.status == Report.Status.SUBMITTED

    client.force_login(people["other"])
    assert client.get(reverse("programme:report_detail", args=[report.pk])).status_code == 404
    assert client.post(reverse("programme:report_action", args=[report.pk]), {"action": "approve"}).status_code == 404
    assert "Thành phố Hà Nội" not in client.get(reverse("programme:reports")).content.decode()

    client.force_login(people["reviewer"])
    page = client.get(reverse("programme:report_detail", args=[report.pk])).content.decode()
    assert "Trả lại" in page and "Phê duyệt" in page
    client.post(
        reverse("programme:report_action", args=[report.pk]), {"action": "return", "comment": "Bổ sung ghi chú"}
    )
    report.refresh_from_db()
    assert report.status == Report.Status.RETURNED

    client.force_login(people["hanoi"])
    assert "Bổ sung ghi chú" in client.get(reverse("programme:report_edit", args=[report.pk])).content.decode()
    # The reporter cannot approve their own report through the page either.
    client.post(reverse("programme:report_action", args=[report.pk]), {"action": "submit"})
    response = client.post(reverse("programme:report_action", args=[report.pk]), {"action": "approve"})
    assert response.status_code == 403
    report.refresh_from_db()
    assert report.status == Report.Status.SUBMITTED


def test_xlsx_template_round_trip_and_row_errors_save_nothing(client, people, reference, q3_2026):
    report = services.open_report(people["hanoi"], reference["T01"], q3_2026)
    client.force_login(people["hanoi"])
    response = client.get(reverse("programme:report_template", args=[report.pk]))
    wb = load_workbook(io.BytesIO(response.content))
    ws = wb.active
    assert ws["B2"].value == "T01" and ws["B3"].value == "2026-Q3"
    rows = {ws.cell(r, 1).value: r for r in range(6, ws.max_row + 1)}
    assert "TL-CUM" not in rows  # formula indicators are computed, never entered
    ws.cell(rows["VTVL"], 5).value = "nhiều"
    ws.cell(rows["KH"], 5).value = "Có"
    ws.cell(rows["SP-NN"], 5).value = 8
    ws.cell(ws.max_row + 1, 1).value = "KHONG-CO"
    buffer = io.BytesIO()
    wb.save(buffer)
    upload = SimpleUploadedFile("bc.xlsx", buffer.getvalue())
    response = client.post(reverse("programme:report_upload", args=[report.pk]), {"file": upload})
    assert response.status_code == 400
    page = response.content.decode()
    assert f"Dòng {rows['VTVL']} (VTVL)" in page and "KHONG-CO" in page
    assert not report.values.filter(indicator__code__in=["KH", "SP-NN"]).exists()

    ws.delete_rows(ws.max_row)
    ws.cell(rows["VTVL"], 5).value = 2
    buffer = io.BytesIO()
    wb.save(buffer)
    response = client.post(
        reverse("programme:report_upload", args=[report.pk]), {"file": SimpleUploadedFile("bc.xlsx", buffer.getvalue())}
    )
    assert response.status_code == 302
    values = {v.indicator.code: v.value for v in report.values.select_related("indicator")}
    assert values["VTVL"] == 2 and values["KH"] == 1 and values["SP-NN"] == 8

    junk = client.post(
        reverse("programme:report_upload", args=[report.pk]), {"file": SimpleUploadedFile("x.xlsx", b"not a workbook")}
    )
    assert junk.status_code == 400 and "không đọc được tệp XLSX" in junk.content.decode()


def test_compliance_dashboard_and_exports(client, people, reference, q3_2026):
    report = services.open_report(people["hanoi"], reference["T01"], q3_2026)
    services.save_report_values(people["hanoi"], report, COMPLETE)
    services.submit_report(people["hanoi"], report)
    services.approve_report(people["reviewer"], report)
    client.force_login(people["reviewer"])
    query = {"indicator": "QC", "period": q3_2026.pk}
    page = client.get(reverse("programme:compliance"), query).content.decode()
    assert 'data-agency="T01" data-status="compliant"' in page
    assert 'data-agency="T79-2025" data-status="overdue"' in page
    assert "map-spec" in page and "trend-spec" in page

    xlsx = client.get(reverse("programme:compliance_export", args=["xlsx"]), query)
    ws = load_workbook(io.BytesIO(xlsx.content)).active
    by_code = {ws.cell(r, 2).value: ws.cell(r, 7).value for r in range(6, ws.max_row + 1)}
    assert len(by_code) == 34 and by_code["T01"] == "Đạt" and by_code["T48-2025"] == "Quá hạn, chưa có số liệu"

    from docx import Document

    docx = client.get(reverse("programme:compliance_export", args=["docx"]), query)
    document = Document(io.BytesIO(docx.content))
    assert document.styles["Normal"].font.name == "Times New Roman"
    assert any("Tổng số đơn vị: 34; đạt: 1" in p.text for p in document.paragraphs)


def test_reporter_sees_only_own_agency_on_the_dashboard(client, people, q3_2026):
    client.force_login(people["hanoi"])
    page = client.get(reverse("programme:compliance"), {"indicator": "VTVL", "period": q3_2026.pk}).content.decode()
    assert 'data-agency="T01"' in page and 'data-agency="T48-2025"' not in page


def test_index_entries_need_a_source(client, people, reference):
    index = InternationalIndex.objects.get(code="wipo-gii")
    client.force_login(people["hanoi"])
    assert client.post(reverse("programme:index_detail", args=[index.code]), {"year": 2026}).status_code == 403
    client.force_login(people["reviewer"])
    url = reverse("programme:index_detail", args=[index.code])
    page = client.post(
        url, {"kind": "entry", "year": 2026, "country": "VNM", "rank": 40, "n_countries": 139}
    ).content.decode()
    assert (
        not IndexEntry.objects.filter(index=index, year=2026).exists()
        and "source_url" not in page.split("errorlist")[0][-5:]
    )
    client.post(
        url,
        {
            "kind": "entry",
            "year": 2026,
            "country": "VNM",
            "rank": 40,
            "n_countries": 139,
            "source_url": "https://www.wipo.int/gii",
        },
    )
    assert IndexEntry.objects.get(index=index, year=2026).rank == 40
    page = client.get(reverse("programme:indices")).content.decode()
    assert "Global Innovation Index" in page and "Hạng 40/139 (2026)" in page


def test_plans_tasks_roll_up_and_evidence_limits(client, people, reference):
    client.force_login(people["hanoi"])
    client.post(
        reverse("programme:plan_create"),
        {"agency": reference["T01"].pk, "year": 2026, "title": "Kế hoạch TTĐN 2026", "status": "issued"},
    )
    plan = reference["T01"].plans.get(year=2026)
    url = reverse("programme:plan_detail", args=[plan.pk])
    for title, weight in (("Tập huấn", 1), ("Cụm thông tin cửa khẩu", 3)):
        client.post(url, {"title": title, "task_group": TaskGroup.objects.get(number=5).pk, "weight": weight})
    first, second = plan.tasks.order_by("pk")
    client.post(reverse("programme:task_update", args=[first.pk]), {"status": "done", "progress": 100})
    client.post(reverse("programme:task_update", args=[second.pk]), {"status": "in_progress", "progress": 20})
    assert plan.progress() == 40  # (100×1 + 20×3) / 4
    exe = SimpleUploadedFile("virus.exe", b"MZ")
    client.post(reverse("programme:task_evidence", args=[first.pk]), {"file": exe})
    assert not first.evidence.exists()
    pdf = SimpleUploadedFile("bien-ban.pdf", b"%PDF-1.4 test", content_type="application/pdf")
    client.post(reverse("programme:task_evidence", args=[first.pk]), {"file": pdf})
    assert first.evidence.count() == 1
    client.force_login(people["other"])
    assert (
        client.post(
            reverse("programme:task_update", args=[first.pk]), {"status": "cancelled", "progress": 0}
        ).status_code
        == 403
    )
    assert Task.objects.get(pk=first.pk).status == "done"
    # The plan feeds the "share of tasks completed" indicator of the year's reports.
    report = services.open_report(people["hanoi"], reference["T01"], Period.objects.get(type="year", year=2026))
    assert report.values.get(indicator__code="TL-KH").value == 50


def test_training_course_form_and_rollups(client, people, reference):
    client.force_login(people["hanoi"])
    client.post(
        reverse("programme:training"),
        {
            "title": "Bồi dưỡng TTĐN cấp xã",
            "organiser": reference["T01"].pk,
            "level": "commune",
            "start": "2026-03-02",
            "end": "2026-03-03",
            "p_ttdn_staff": 50,
            "p_leaders": 10,
        },
    )
    course = TrainingCourse.objects.get()
    assert course.participant_total == 60
    page = client.get(reverse("programme:training")).content.decode()
    assert "Bồi dưỡng TTĐN cấp xã" in page


def test_index_chart_draws_chosen_peers_and_targets(client, people):
    index = InternationalIndex.objects.get(code="wipo-gii")
    src = "https://www.wipo.int/global_innovation_index/en/"
    services.add_index_entry(people["reviewer"], index, year=2025, country="XYZ", rank=30, source_url=src)
    services.set_index_target(people["reviewer"], index, 2026, target_rank=40)
    client.force_login(people["hanoi"])
    plain = client.get(reverse("programme:index_detail", args=[index.code])).context["spec"]
    assert {e["country"] for e in plain["layer"][0]["data"]["values"]} == {"VNM"}
    spec = client.get(reverse("programme:index_detail", args=[index.code]), {"peer": ["XYZ", "<script>"]}).context[
        "spec"
    ]
    assert {e["country"] for e in spec["layer"][0]["data"]["values"]} == {"VNM", "XYZ"}
    assert spec["layer"][1]["data"]["values"] == [{"year": 2026, "target": 40}]
    assert spec["layer"][0]["encoding"]["y"]["scale"]["reverse"] is True  # rank 1 at the top


def test_dashboard_query_count_does_not_grow_with_units(client, people, django_assert_max_num_queries):
    client.force_login(people["reviewer"])
    client.get(reverse("programme:compliance"))  # warm caches (session, content types)
    with django_assert_max_num_queries(80):  # 86 provinces over 12 quarters used to take ~800
        response = client.get(reverse("programme:compliance"), {"indicator": "VTVL", "units": "current"})
    assert response.status_code == 200
