"""Vega-Lite specs (plain dicts, rendered by the vendored vega-embed; no external tiles)."""

from __future__ import annotations

from typing import Any

from django.utils.translation import gettext as _

from .aggregation import Compliance, ComplianceRow
from .models import Indicator, InternationalIndex

SCHEMA = "https://vega.github.io/schema/vega-lite/v5.json"
STATUS_COLOURS = {
    Compliance.COMPLIANT: "#198754",
    Compliance.NOT_COMPLIANT: "#dc3545",
    Compliance.PENDING: "#0d6efd",
    Compliance.OVERDUE: "#fd7e14",
    Compliance.NOT_DUE: "#adb5bd",
}
TILE_COLUMNS = 7


def trend_spec(rows: list[dict], indicator: Indicator) -> dict[str, Any]:
    return {
        "$schema": SCHEMA,
        "description": _("Tỷ lệ đơn vị đạt chỉ tiêu qua các kỳ"),
        "width": "container",
        "height": 220,
        "data": {"values": rows},
        "mark": {"type": "line", "point": True},
        "encoding": {
            "x": {"field": "label", "type": "ordinal", "sort": None, "title": _("Kỳ báo cáo")},
            "y": {"field": "rate", "type": "quantitative", "scale": {"domain": [0, 100]}, "title": _("% đơn vị đạt")},
            "tooltip": [
                {"field": "label", "title": _("Kỳ")},
                {"field": "compliant", "title": _("Số đơn vị đạt")},
                {"field": "expected", "title": _("Số đơn vị phải báo cáo")},
                {"field": "rate", "title": "%"},
            ],
        },
    }


def _short(name: str) -> str:
    for prefix in ("Thành phố ", "Tỉnh "):
        if name.startswith(prefix):
            return name[len(prefix) :]
    return name


def province_spec(rows: list[ComplianceRow], indicator: Indicator) -> dict[str, Any]:
    """A tile map: one square per province, ordered by statistics code (roughly north → south)."""
    values = []
    for i, row in enumerate(sorted(rows, key=lambda r: r.agency.code)):
        values.append(
            {
                "name": _short(row.agency.name_vi),
                "code": row.agency.code,
                "col": i % TILE_COLUMNS,
                "row": i // TILE_COLUMNS,
                "status": str(_(Compliance.LABELS[row.status])),
                "value": float(row.value.value) if row.value.value is not None else None,
                "note": row.value.note,
            }
        )
    domain = [str(_(Compliance.LABELS[k])) for k in STATUS_COLOURS]
    encoding = {
        "x": {"field": "col", "type": "ordinal", "axis": None},
        "y": {"field": "row", "type": "ordinal", "axis": None},
    }
    return {
        "$schema": SCHEMA,
        "description": _("Bản đồ ô theo tỉnh, thành phố: tình trạng thực hiện chỉ tiêu"),
        "width": TILE_COLUMNS * 92,
        "height": (len(values) // TILE_COLUMNS + 1) * 44,
        "data": {"values": values},
        "layer": [
            {
                "mark": {"type": "rect", "stroke": "white", "strokeWidth": 2, "cornerRadius": 3},
                "encoding": {
                    **encoding,
                    "color": {
                        "field": "status",
                        "type": "nominal",
                        "scale": {"domain": domain, "range": list(STATUS_COLOURS.values())},
                        "title": _("Đánh giá"),
                    },
                    "tooltip": [
                        {"field": "name", "title": _("Đơn vị")},
                        {"field": "status", "title": _("Đánh giá")},
                        {"field": "value", "title": _("Giá trị")},
                        {"field": "note", "title": _("Ghi chú")},
                    ],
                },
            },
            {
                "mark": {"type": "text", "fontSize": 9, "color": "white", "limit": 86},
                "encoding": {**encoding, "text": {"field": "name"}},
            },
        ],
    }


def index_spec(index: InternationalIndex, countries: list[str]) -> dict[str, Any]:
    """Rank per year (1 at the top), one line per country; Vietnam's targets as hollow points."""
    entries = [
        {"year": e.year, "country": e.country, "rank": e.rank, "of": e.n_countries, "source": e.source_url}
        for e in index.entries.all()
        if e.country in countries and e.rank is not None
    ]
    targets = [{"year": t.year, "target": t.target_rank} for t in index.targets.all() if t.target_rank]
    layers: list[dict[str, Any]] = [
        {
            "data": {"values": entries},
            "mark": {"type": "line", "point": True},
            "encoding": {
                "x": {"field": "year", "type": "ordinal", "title": _("Năm")},
                "y": {
                    "field": "rank",
                    "type": "quantitative",
                    "scale": {"reverse": True, "zero": False},
                    "title": _("Thứ hạng"),
                },
                "color": {"field": "country", "type": "nominal", "title": _("Quốc gia")},
                "tooltip": [
                    {"field": "country", "title": _("Quốc gia")},
                    {"field": "year", "title": _("Năm")},
                    {"field": "rank", "title": _("Thứ hạng")},
                    {"field": "of", "title": _("Trên tổng số")},
                    {"field": "source", "title": _("Nguồn")},
                ],
            },
        }
    ]
    if targets:
        layers.append(
            {
                "data": {"values": targets},
                "mark": {"type": "point", "shape": "diamond", "filled": False, "size": 90, "color": "#6f42c1"},
                "encoding": {
                    "x": {"field": "year", "type": "ordinal"},
                    "y": {"field": "target", "type": "quantitative"},
                    "tooltip": [{"field": "year", "title": _("Năm")}, {"field": "target", "title": _("Mục tiêu")}],
                },
            }
        )
    return {
        "$schema": SCHEMA,
        "description": _("Thứ hạng của Việt Nam theo năm: %(name)s") % {"name": index.name},
        "width": "container",
        "height": 200,
        "layer": layers,
    }
