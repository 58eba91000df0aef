"""A 2024 figure for a province formed on 1/7/2025 is aggregated from its predecessors."""

from decimal import Decimal

import pytest

from ttdn.accounts.models import Agency
from ttdn.programme.aggregation import Compliance, ValueTable, aggregate, compliance, source_units
from ttdn.programme.models import Indicator, Report, ReportValue


def _report(agency, period, status=Report.Status.APPROVED, **values):
    report = Report.objects.create(agency=agency, period=period, status=status)
    for code, value in values.items():
        ReportValue.objects.create(
            report=report, indicator=Indicator.objects.get(code=code.replace("_", "-")), value=Decimal(value)
        )
    return report


def test_reference_tree_has_63_then_34_provinces(reference):
    from datetime import date

    provinces = Agency.objects.filter(kind=Agency.Kind.PROVINCE)
    assert sum(a.is_valid_on(date(2025, 6, 30)) for a in provinces) == 63
    assert sum(a.is_valid_on(date(2025, 7, 1)) for a in provinces) == 34
    hcm = reference["T79-2025"]
    assert set(source_units(hcm, date(2024, 12, 31))) == {reference[c].pk for c in ("T79", "T74", "T77")}
    # Hà Nội continues as the same unit: its 2024 figures are its own.
    assert source_units(reference["T01"], date(2024, 12, 31)) == {reference["T01"].pk: 1}


@pytest.mark.postgres
def test_2024_indicator_aggregates_across_the_2025_merger(reference, q4_2024):
    hcm_old, binh_duong, brvt = reference["T79"], reference["T74"], reference["T77"]
    _report(hcm_old, q4_2024, VTVL=3, TL_KH=80, QC=1, CUM_CK=2, SO_CK=4)
    _report(binh_duong, q4_2024, VTVL=2, TL_KH=60, QC=1, CUM_CK=1, SO_CK=2)
    _report(brvt, q4_2024, VTVL=1, TL_KH=100, QC=0, CUM_CK=0, SO_CK=2)
    # A report still in review does not count.
    _report(reference["T26"], q4_2024, Report.Status.SUBMITTED, VTVL=9)

    new_hcm = reference["T79-2025"]
    table = ValueTable(q4_2024)
    staff = table.get(Indicator.objects.get(code="VTVL"), new_hcm)
    assert staff.value == Decimal(6)  # sum
    assert staff.derived and staff.n_sources == 3
    assert staff.note == "tổng hợp từ 3 đơn vị trước sáp nhập"
    assert table.get(Indicator.objects.get(code="TL-KH"), new_hcm).value == Decimal(80)  # weighted mean
    assert table.get(Indicator.objects.get(code="QC"), new_hcm).value == Decimal(0)  # yes only if all said yes
    # Formula: (2+1+0)/(4+2+2) × 100, not the mean of the three ratios.
    assert table.get(Indicator.objects.get(code="TL-CUM"), new_hcm).value == Decimal("37.5")

    vinh_phuc = reference["T26"]
    phu_tho_new = reference["T25-2025"]  # Phú Thọ + Vĩnh Phúc + Hòa Bình: nothing approved yet
    result = aggregate(Indicator.objects.get(code="VTVL"), phu_tho_new, q4_2024)
    assert result.value is None and result.n_missing == 3
    assert vinh_phuc.pk in {c.agency_id for c in result.contributions}
    assert "thiếu số liệu của 3 đơn vị" in result.note


def test_missing_predecessor_is_reported_and_new_unit_reports_itself_in_2026(reference, q4_2024, q1_2026):
    _report(reference["T79"], q4_2024, VTVL=3)
    _report(reference["T74"], q4_2024, VTVL=2)
    staff = Indicator.objects.get(code="VTVL")
    result = aggregate(staff, reference["T79-2025"], q4_2024)
    assert result.value == 5 and result.n_missing == 1
    assert "thiếu số liệu của 1 đơn vị" in result.note
    _report(reference["T79-2025"], q1_2026, VTVL=7)
    now = aggregate(staff, reference["T79-2025"], q1_2026)
    assert now.value == 7 and not now.derived and now.note == ""


def test_central_split_carries_ttdn_figures_to_culture_ministry_only(reference, q4_2024):
    _report(reference["BTTTT"], q4_2024, SP_NN=40)
    products = Indicator.objects.get(code="SP-NN")
    assert aggregate(products, reference["BVHTTDL"], q4_2024).value is None  # BVHTTDL existed in 2024: own figure
    assert aggregate(products, reference["BKHCN"], q4_2024).value is None
    ban_tgdv = reference["BTGDVTW"]
    _report(reference["BTGTW"], q4_2024, SP_NN=10)
    _report(reference["BDVTW"], q4_2024, SP_NN=5)
    assert aggregate(products, ban_tgdv, q4_2024).value == 15


def test_compliance_by_current_units_says_it_is_aggregated(reference, q4_2024):
    from datetime import date

    _report(reference["T79"], q4_2024, QC=1)
    _report(reference["T74"], q4_2024, QC=1)
    _report(reference["T77"], q4_2024, QC=0)
    regulation = Indicator.objects.get(code="QC")
    rows = {r.agency.code: r for r in compliance(regulation, q4_2024, as_of=date(2026, 1, 1), today=date(2026, 1, 1))}
    assert len(rows) == 34
    assert rows["T79-2025"].status == Compliance.NOT_COMPLIANT
    assert rows["T79-2025"].value.note == "tổng hợp từ 3 đơn vị trước sáp nhập"
    assert rows["T01"].status == Compliance.OVERDUE and not rows["T01"].late  # missing, not late
    by_old_units = compliance(regulation, q4_2024, today=date(2026, 1, 1))
    assert len(by_old_units) == 63
    assert {r.agency.code for r in by_old_units if r.status == Compliance.COMPLIANT} == {"T79", "T74"}
