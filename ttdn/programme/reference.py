# ruff: noqa: E501, C408  (reference tables read best one record per line)
"""Reference data written by the project: the org-unit tree over time (central bodies and their
2025 successors, 63 → 34 provinces), the five task groups of Resolution 47/NQ-CP, the
indicators named in the guidance, reporting periods, and international index figures.

`load_reference(log)` is idempotent and creates only what is missing, so names or dates that a
system administrator corrected in the admin are never overwritten. It is the first step of
`ttdn demo` and is also `ttdn load-reference`.

Province codes: "T" + the two-digit national statistics (NSO) code for the 63 units valid until
30/6/2025; the 11 provinces the 2025 reform left unchanged are the *same* continuing unit
(no end date). The 23 units formed by merger on 1/7/2025 are new units coded "T<new NSO code>-2025"
(seven NSO codes were reused with a different name, so the suffix keeps codes unambiguous).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from importlib import resources
from typing import Any

from django.db import transaction

from ttdn.accounts.models import Agency
from ttdn.accounts.services import audited_create

from .models import (
    AgencySuccession,
    IndexEntry,
    Indicator,
    IndicatorTarget,
    InternationalIndex,
    Period,
    PeriodType,
    TaskGroup,
)

Log = Callable[[str], None]

MERGER_DATE = date(2025, 7, 1)
STEERING_CODE = "BCD"
Kind = Agency.Kind


# --- central bodies --------------------------------------------------------------------------


@dataclass(frozen=True)
class Unit:
    code: str
    name_vi: str
    name_en: str
    kind: str
    valid_from: date | None = None
    valid_to: date | None = None


# Dates of the 2025 central restructuring as we understood them; see docs/PROGRAMME.md.
PARTY_MERGE = date(2025, 2, 1)
STATE_MERGE = date(2025, 3, 1)

CENTRAL_UNITS: list[Unit] = [
    Unit(
        "BTGTW",
        "Ban Tuyên giáo Trung ương",
        "Central Propaganda Department",
        Kind.PARTY,
        None,
        PARTY_MERGE - timedelta(days=1),
    ),
    Unit(
        "BDVTW",
        "Ban Dân vận Trung ương",
        "Central Mass Mobilisation Commission",
        Kind.PARTY,
        None,
        PARTY_MERGE - timedelta(days=1),
    ),
    Unit(
        "BTGDVTW",
        "Ban Tuyên giáo và Dân vận Trung ương",
        "Central Propaganda and Mass Mobilisation Commission",
        Kind.PARTY,
        PARTY_MERGE,
    ),
    Unit(
        "BDNTW",
        "Ban Đối ngoại Trung ương",
        "Central External Relations Commission",
        Kind.PARTY,
        None,
        PARTY_MERGE - timedelta(days=1),
    ),
    Unit("BNG", "Bộ Ngoại giao", "Ministry of Foreign Affairs", Kind.MINISTRY),
    Unit(
        "UBDNQH",
        "Ủy ban Đối ngoại của Quốc hội",
        "National Assembly Committee for External Relations",
        Kind.STATE,
        None,
        STATE_MERGE - timedelta(days=1),
    ),
    Unit(
        "UBQPANQH",
        "Ủy ban Quốc phòng và An ninh của Quốc hội",
        "National Assembly Committee for Defence and Security",
        Kind.STATE,
        None,
        STATE_MERGE - timedelta(days=1),
    ),
    Unit(
        "UBQPANDN",
        "Ủy ban Quốc phòng, An ninh và Đối ngoại của Quốc hội",
        "National Assembly Committee for Defence, Security and External Relations",
        Kind.STATE,
        STATE_MERGE,
    ),
    Unit(
        "BTTTT",
        "Bộ Thông tin và Truyền thông",
        "Ministry of Information and Communications",
        Kind.MINISTRY,
        None,
        STATE_MERGE - timedelta(days=1),
    ),
    Unit("BKHCN", "Bộ Khoa học và Công nghệ", "Ministry of Science and Technology", Kind.MINISTRY),
    Unit("BVHTTDL", "Bộ Văn hóa, Thể thao và Du lịch", "Ministry of Culture, Sports and Tourism", Kind.MINISTRY),
    Unit("BQP", "Bộ Quốc phòng", "Ministry of National Defence", Kind.MINISTRY),
    Unit("BCA", "Bộ Công an", "Ministry of Public Security", Kind.MINISTRY),
    Unit(
        "LHHN",
        "Liên hiệp các tổ chức hữu nghị Việt Nam",
        "Viet Nam Union of Friendship Organisations",
        Kind.ORGANISATION,
    ),
]

# (predecessor, successor, date, weight, kind, note). Weight = share of the predecessor's TTĐN
# figures the successor carries.
CENTRAL_SUCCESSIONS: list[tuple[str, str, date, str, str, str]] = [
    ("BTGTW", "BTGDVTW", PARTY_MERGE, "1", "merge", "Hợp nhất Ban Tuyên giáo TW và Ban Dân vận TW"),
    ("BDVTW", "BTGDVTW", PARTY_MERGE, "1", "merge", "Hợp nhất Ban Tuyên giáo TW và Ban Dân vận TW"),
    (
        "BDNTW",
        "BNG",
        PARTY_MERGE,
        "1",
        "merge",
        "Ban Đối ngoại TW kết thúc hoạt động, chức năng chuyển về Bộ Ngoại giao",
    ),
    ("UBDNQH", "UBQPANDN", STATE_MERGE, "1", "merge", "Hợp nhất Ủy ban Đối ngoại và Ủy ban Quốc phòng và An ninh"),
    ("UBQPANQH", "UBQPANDN", STATE_MERGE, "1", "merge", "Hợp nhất Ủy ban Đối ngoại và Ủy ban Quốc phòng và An ninh"),
    (
        "BTTTT",
        "BVHTTDL",
        STATE_MERGE,
        "1",
        "split",
        "Chức năng báo chí, xuất bản, thông tin đối ngoại chuyển sang Bộ VHTTDL",
    ),
    (
        "BTTTT",
        "BKHCN",
        STATE_MERGE,
        "0",
        "merge",
        "Bộ TTTT hợp nhất vào Bộ KH&CN; số liệu TTĐN đi theo Bộ VHTTDL (tỷ trọng 0)",
    ),
]


# --- provinces --------------------------------------------------------------------------------


@dataclass(frozen=True)
class ProvinceRow:
    code: str
    name: str
    short_name: str
    type: str
    links: tuple[str, ...]  # old: successor codes (majority first); new: predecessor codes


def _province_rows() -> tuple[list[ProvinceRow], list[ProvinceRow]]:
    """The 63 and 34 provincial units, reusing the analysis library's reference data."""
    try:
        from ttdn.analysis.provinces import load_units
    except ImportError:  # the analysis package is optional for this app: read its JSON directly
        data = json.loads(resources.files("ttdn.analysis").joinpath("data", "admin_units.json").read_text("utf-8"))
        old = [
            ProvinceRow(r["code"], r["name"], r["short_name"], r["type"], tuple(r["successors"])) for r in data["old"]
        ]
        new = [
            ProvinceRow(r["code"], r["name"], r["short_name"], r["type"], tuple(r["predecessors"])) for r in data["new"]
        ]
        return old, new
    units = load_units()
    old = [ProvinceRow(u.code, u.name, u.short_name, u.type, u.successors) for u in units.old]
    new = [ProvinceRow(u.code, u.name, u.short_name, u.type, u.predecessors) for u in units.new]
    return old, new


def _ascii(text: str) -> str:
    import unicodedata

    text = text.replace("Đ", "D").replace("đ", "d")
    return "".join(c for c in unicodedata.normalize("NFD", text) if unicodedata.category(c) != "Mn")


def _english_name(row: ProvinceRow) -> str:
    suffix = "City" if row.type.startswith("thành phố") else "Province"
    return f"{_ascii(row.short_name)} {suffix}"


def old_province_code(nso: str) -> str:
    return f"T{nso}"


def new_province_code(row_code: str, predecessors: tuple[str, ...]) -> str:
    """Continuing (unchanged) provinces keep their code; merged units get the -2025 suffix."""
    if predecessors == (row_code,):
        return f"T{row_code}"
    return f"T{row_code}-2025"


# --- task groups, indicators, indices ------------------------------------------------------

TASK_GROUPS = [
    (
        1,
        "Quán triệt, tuyên truyền, phổ biến thông tin và triển khai thực hiện Nghị quyết",
        "Dissemination and implementation of the Resolution",
    ),
    (
        2,
        "Tăng cường phối hợp; nâng cao trách nhiệm quản lý nhà nước; hoàn thiện cơ chế, chính sách về TTĐN",
        "Coordination, state management, policy and mechanisms",
    ),
    (
        3,
        "Đổi mới tư duy, nội dung, phương thức, cách làm thông tin đối ngoại",
        "New thinking, content and methods of foreign information",
    ),
    (
        4,
        "Đẩy mạnh đấu tranh phản bác thông tin sai trái, tiêu cực ảnh hưởng đến hình ảnh quốc gia",
        "Countering false and negative information about the country",
    ),
    (
        5,
        "Tăng cường nguồn lực, khuyến khích, động viên các nguồn lực xã hội cho TTĐN",
        "Resources, including social resources, for foreign information",
    ),
]

PROVINCE = [Kind.PROVINCE]
ALL_REPORTING = [Kind.MINISTRY, Kind.GOVERNMENT_BODY, Kind.PROVINCE, Kind.PARTY, Kind.STATE, Kind.ORGANISATION]

# code, name_vi, name_en, group, type, unit, aggregation, applies_to, required, auto_source, source
INDICATORS: list[dict[str, Any]] = [
    dict(
        code="KH",
        name_vi="Đã ban hành kế hoạch hành động TTĐN",
        name_en="TTĐN action plan issued",
        group=1,
        value_type="boolean",
        aggregation="min",
        applies_to=ALL_REPORTING,
        source_text="Nghị quyết 47/NQ-CP: 100% bộ, ngành, địa phương xây dựng kế hoạch",
    ),
    dict(
        code="VTVL",
        name_vi="Số vị trí việc làm chuyên trách TTĐN",
        name_en="Dedicated TTĐN job positions",
        group=5,
        value_type="number",
        unit="vị trí",
        aggregation="sum",
        applies_to=ALL_REPORTING,
        source_text="Công văn 3837/BTTTT-TTĐN: bố trí ít nhất 01 vị trí việc làm chuyên trách",
    ),
    dict(
        code="QC",
        name_vi="Đã ban hành Quy chế quản lý hoạt động TTĐN trên địa bàn",
        name_en="Provincial TTĐN management regulation issued",
        group=2,
        value_type="boolean",
        aggregation="min",
        applies_to=PROVINCE,
        source_text="Nghị định 72/2015/NĐ-CP; Thông tư 22/2016/TT-BTTTT",
    ),
    dict(
        code="TH-LOP",
        name_vi="Số lớp tập huấn, bồi dưỡng nghiệp vụ TTĐN đã tổ chức",
        name_en="Training courses held",
        group=5,
        value_type="number",
        unit="lớp",
        aggregation="sum",
        applies_to=ALL_REPORTING,
        auto_source="training.courses",
        source_text="Công văn 3837/BTTTT-TTĐN, mục (2)",
    ),
    dict(
        code="TH-HV",
        name_vi="Số lượt học viên tập huấn TTĐN",
        name_en="Training participants",
        group=5,
        value_type="number",
        unit="lượt",
        aggregation="sum",
        applies_to=ALL_REPORTING,
        auto_source="training.participants",
        source_text="Công văn 3837/BTTTT-TTĐN, mục (2)",
    ),
    dict(
        code="TH-HV-TINH",
        name_vi="Học viên các lớp cấp tỉnh",
        name_en="Participants, provincial-level courses",
        group=5,
        value_type="number",
        unit="lượt",
        aggregation="sum",
        applies_to=PROVINCE,
        required=False,
        auto_source="training.participants:provincial",
        source_text="Công văn 3837/BTTTT-TTĐN, mục (2)",
    ),
    dict(
        code="TH-HV-XA",
        name_vi="Học viên các lớp cấp xã",
        name_en="Participants, commune-level courses",
        group=5,
        value_type="number",
        unit="lượt",
        aggregation="sum",
        applies_to=PROVINCE,
        required=False,
        auto_source="training.participants:commune",
        source_text="Công văn 3837/BTTTT-TTĐN, mục (2)",
    ),
    dict(
        code="DL",
        name_vi="Có theo dõi, tổng hợp dư luận báo chí trong và ngoài nước",
        name_en="Domestic and foreign press opinion monitored",
        group=4,
        value_type="boolean",
        aggregation="min",
        applies_to=ALL_REPORTING,
        source_text="Công văn 3837/BTTTT-TTĐN, mục (3)",
    ),
    dict(
        code="CUM-CK",
        name_vi="Số cụm thông tin điện tử tại cửa khẩu, cảng biển, cảng hàng không quốc tế",
        name_en="Electronic information clusters at border gates, seaports, international airports",
        group=5,
        value_type="number",
        unit="cụm",
        aggregation="sum",
        applies_to=PROVINCE,
        source_text="Công văn 3837/BTTTT-TTĐN, mục (4)",
    ),
    dict(
        code="SO-CK",
        name_vi="Số cửa khẩu quốc tế, cảng biển, cảng hàng không quốc tế trên địa bàn",
        name_en="International border gates, seaports and airports in the province",
        group=5,
        value_type="number",
        unit="điểm",
        aggregation="sum",
        applies_to=PROVINCE,
        required=False,
    ),
    dict(
        code="TL-CUM",
        name_vi="Tỷ lệ cửa khẩu, cảng có cụm thông tin điện tử",
        name_en="Share of gates and ports with an information cluster",
        group=5,
        value_type="formula",
        unit="%",
        numerator="CUM-CK",
        denominator="SO-CK",
        factor="100",
        aggregation="sum",
        applies_to=PROVINCE,
        required=False,
    ),
    dict(
        code="SP-NN",
        name_vi="Số sản phẩm TTĐN bằng tiếng nước ngoài",
        name_en="Foreign-language TTĐN products",
        group=3,
        value_type="number",
        unit="sản phẩm",
        aggregation="sum",
        applies_to=ALL_REPORTING,
        source_text="Nghị quyết 47/NQ-CP: mở rộng sử dụng các ngôn ngữ phổ biến",
    ),
    dict(
        code="SO-NN",
        name_vi="Số ngôn ngữ nước ngoài được sử dụng",
        name_en="Foreign languages used",
        group=3,
        value_type="number",
        unit="ngôn ngữ",
        aggregation="max",
        applies_to=ALL_REPORTING,
    ),
    dict(
        code="TL-KH",
        name_vi="Tỷ lệ nhiệm vụ kế hoạch đã hoàn thành",
        name_en="Share of plan tasks completed",
        group=1,
        value_type="percent",
        unit="%",
        aggregation="mean",
        applies_to=ALL_REPORTING,
        required=False,
        auto_source="plan.tasks_done",
    ),
]

# indicator code, agency kind ("" = all), period type ("" = all), target value
TARGETS = [
    ("KH", "", "", "1"),
    ("VTVL", "", "", "1"),
    ("QC", Kind.PROVINCE, "", "1"),
    ("DL", "", "", "1"),
    ("TH-LOP", "", PeriodType.YEAR, "1"),
    ("SO-NN", "", PeriodType.YEAR, "1"),
]

# Public figures we are sure of, each with its source (entries without a source are refused).
INDICES: list[dict[str, Any]] = [
    dict(
        code="brand-finance-gspi",
        name="Global Soft Power Index",
        publisher="Brand Finance",
        measures="Nhận thức của công chúng quốc tế về quyền lực mềm của các quốc gia (familiarity, reputation, influence, 8 trụ cột)",
        scale="0–100",
        higher_is_better=True,
        countries_covered=193,
        url="https://brandirectory.com/softpower/",
        entries=[
            (2023, 69, None, 121, "https://brandirectory.com/softpower/", "Ấn bản 2023 (121 quốc gia)"),
            (2024, 53, None, 193, "https://brandirectory.com/softpower/", "Ấn bản 2024 (193 quốc gia)"),
        ],
    ),
    dict(
        code="wipo-gii",
        name="Global Innovation Index",
        publisher="WIPO",
        measures="Năng lực và kết quả đổi mới sáng tạo của nền kinh tế",
        scale="0–100",
        higher_is_better=True,
        countries_covered=139,
        url="https://www.wipo.int/global_innovation_index/en/",
        entries=[
            (2024, 44, None, 133, "https://www.wipo.int/global_innovation_index/en/2024/", ""),
            (2025, 44, None, 139, "https://www.wipo.int/global_innovation_index/en/", "Ấn bản 2025"),
        ],
    ),
    dict(
        code="lowy-api",
        name="Asia Power Index",
        publisher="Lowy Institute",
        measures="Sức mạnh tổng hợp và ảnh hưởng của các quốc gia ở châu Á",
        scale="0–100",
        higher_is_better=True,
        countries_covered=27,
        url="https://power.lowyinstitute.org/",
        entries=[(2024, 12, None, 27, "https://power.lowyinstitute.org/", "Ấn bản 2024")],
    ),
]

REFERENCE_YEARS = (2024, 2025, 2026)
DEADLINE_DAYS = 15  # reports are due 15 days after the period ends (editable per period)


def periods_for(year: int) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    quarter_starts = [date(year, 1, 1), date(year, 4, 1), date(year, 7, 1), date(year, 10, 1), date(year + 1, 1, 1)]
    for n in range(4):
        out.append(
            dict(
                type=PeriodType.QUARTER,
                year=year,
                number=n + 1,
                start=quarter_starts[n],
                end=quarter_starts[n + 1] - timedelta(days=1),
            )
        )
    out.append(dict(type=PeriodType.HALF, year=year, number=1, start=date(year, 1, 1), end=date(year, 6, 30)))
    out.append(dict(type=PeriodType.HALF, year=year, number=2, start=date(year, 7, 1), end=date(year, 12, 31)))
    out.append(dict(type=PeriodType.YEAR, year=year, number=1, start=date(year, 1, 1), end=date(year, 12, 31)))
    for p in out:
        p["deadline"] = p["end"] + timedelta(days=DEADLINE_DAYS)
    return out


# --- loader -----------------------------------------------------------------------------------


class _Counter:
    def __init__(self) -> None:
        self.created: dict[str, int] = {}

    def add(self, what: str) -> None:
        self.created[what] = self.created.get(what, 0) + 1


def _ensure_agency(counter: _Counter, code: str, **fields: Any) -> Agency:
    agency = Agency.objects.filter(code=code).first()
    if agency is None:
        agency = audited_create(None, Agency, code=code, **fields)
        counter.add("agencies")
    return agency


def _ensure_succession(
    counter: _Counter, pred: Agency, succ: Agency, when: date, weight: str, kind: str, note: str
) -> None:
    if not AgencySuccession.objects.filter(predecessor=pred, successor=succ).exists():
        audited_create(
            None,
            AgencySuccession,
            predecessor=pred,
            successor=succ,
            effective_date=when,
            weight=Decimal(weight),
            kind=kind,
            note=note,
        )
        counter.add("successions")


def _load_agencies(counter: _Counter) -> None:
    steering = _ensure_agency(
        counter,
        STEERING_CODE,
        name_vi="Ban Chỉ đạo công tác thông tin đối ngoại",
        name_en="Steering Committee for Foreign Information Work",
        kind=Kind.STEERING,
    )
    for unit in CENTRAL_UNITS:
        _ensure_agency(
            counter,
            unit.code,
            name_vi=unit.name_vi,
            name_en=unit.name_en,
            kind=unit.kind,
            parent=steering,
            valid_from=unit.valid_from,
            valid_to=unit.valid_to,
        )
    by_code = {a.code: a for a in Agency.objects.all()}
    for pred, succ, when, weight, kind, note in CENTRAL_SUCCESSIONS:
        _ensure_succession(counter, by_code[pred], by_code[succ], when, weight, kind, note)

    old_rows, new_rows = _province_rows()
    new_by_code = {r.code: r for r in new_rows}
    continuing = {r.code for r in new_rows if r.links == (r.code,)}
    primary_successor = {r.code: r.links[0] for r in old_rows}
    old_agencies: dict[str, Agency] = {}
    for row in old_rows:
        is_continuing = row.code in continuing
        old_agencies[row.code] = _ensure_agency(
            counter,
            old_province_code(row.code),
            name_vi=row.name,
            name_en=_english_name(row),
            kind=Kind.PROVINCE,
            parent=steering,
            valid_to=None if is_continuing else MERGER_DATE - timedelta(days=1),
        )
    for row in new_rows:
        if row.code in continuing:
            continue
        new_agency = _ensure_agency(
            counter,
            new_province_code(row.code, row.links),
            name_vi=row.name,
            name_en=_english_name(row),
            kind=Kind.PROVINCE,
            parent=steering,
            valid_from=MERGER_DATE,
        )
        # The official commune table moves one commune of Tiền Giang to Tây Ninh; at provincial
        # level each old province goes whole (weight 1) into its majority successor only.
        merged = [c for c in row.links if primary_successor[c] == row.code]
        names = ", ".join(old_agencies[c].name_vi for c in merged)
        for old_code in merged:
            _ensure_succession(
                counter,
                old_agencies[old_code],
                new_agency,
                MERGER_DATE,
                "1",
                "merge",
                f"Nghị quyết 202/2025/QH15: sắp xếp {names}",
            )
    assert len(new_by_code) == 34 and len(old_rows) == 63, "province reference data is incomplete"


def _load_programme(counter: _Counter) -> None:
    groups = {}
    for number, title_vi, title_en in TASK_GROUPS:
        group = TaskGroup.objects.filter(number=number).first()
        if group is None:
            group = audited_create(None, TaskGroup, number=number, title_vi=title_vi, title_en=title_en)
            counter.add("task groups")
        groups[number] = group
    for year in REFERENCE_YEARS:
        for spec in periods_for(year):
            if not Period.objects.filter(type=spec["type"], year=spec["year"], number=spec["number"]).exists():
                audited_create(None, Period, **spec)
                counter.add("periods")
    for order, spec in enumerate(INDICATORS, start=1):
        if Indicator.objects.filter(code=spec["code"]).exists():
            continue
        fields = dict(
            code=spec["code"],
            name_vi=spec["name_vi"],
            name_en=spec["name_en"],
            task_group=groups[spec["group"]],
            value_type=spec["value_type"],
            unit=spec.get("unit", ""),
            aggregation=spec["aggregation"],
            applies_to=[str(k) for k in spec["applies_to"]],
            required=spec.get("required", True),
            auto_source=spec.get("auto_source", ""),
            source_text=spec.get("source_text", ""),
            order=order * 10,
        )
        if spec["value_type"] == "formula":
            fields.update(
                numerator=Indicator.objects.get(code=spec["numerator"]),
                denominator=Indicator.objects.get(code=spec["denominator"]),
                factor=Decimal(spec["factor"]),
            )
        audited_create(None, Indicator, **fields)
        counter.add("indicators")
    for code, kind, period_type, value in TARGETS:
        indicator = Indicator.objects.get(code=code)
        if not IndicatorTarget.objects.filter(
            indicator=indicator, agency_kind=kind, period_type=period_type, period=None
        ).exists():
            audited_create(
                None,
                IndicatorTarget,
                indicator=indicator,
                agency_kind=kind,
                period_type=period_type,
                value=Decimal(value),
            )
            counter.add("targets")
    for spec in INDICES:
        index = InternationalIndex.objects.filter(code=spec["code"]).first()
        if index is None:
            fields = {k: v for k, v in spec.items() if k != "entries"}
            index = audited_create(None, InternationalIndex, **fields)
            counter.add("indices")
        for year, rank, score, n, url, note in spec["entries"]:
            if not IndexEntry.objects.filter(index=index, year=year, country="VNM").exists():
                audited_create(
                    None,
                    IndexEntry,
                    index=index,
                    year=year,
                    country="VNM",
                    rank=rank,
                    score=score,
                    n_countries=n,
                    source_url=url,
                    note=note,
                )
                counter.add("index entries")


@transaction.atomic
def load_reference(log: Log = print) -> dict[str, int]:
    counter = _Counter()
    _load_agencies(counter)
    _load_programme(counter)
    summary = ", ".join(f"{n} {what}" for what, n in counter.created.items()) or "nothing new"
    log(f"  reference data: {summary}")
    return counter.created
