"""Vega-Lite specs (plain dicts) for the dashboard; rendered in the page by the vendored vega-embed."""

from __future__ import annotations

from typing import Any

TONE_COLOURS = {"domain": ["negative", "neutral", "positive"], "range": ["#b02a37", "#6c757d", "#146c43"]}


def daily_tone(daily: list[dict[str, Any]], labels: dict[str, str]) -> dict[str, Any]:
    rows = [
        {"day": row["day"], "tone": tone, "label": labels[tone], "n": row[tone]}
        for row in daily
        for tone in ("negative", "neutral", "positive")
    ]
    return {
        "$schema": "https://vega.github.io/schema/vega-lite/v6.json",
        "width": "container",
        "height": 220,
        "data": {"values": rows},
        "mark": {"type": "bar"},
        "encoding": {
            "x": {
                "field": "day",
                "type": "temporal",
                "timeUnit": "yearmonthdate",
                "title": None,
                "axis": {"format": "%d/%m"},
            },
            "y": {"field": "n", "type": "quantitative", "stack": True, "title": None},
            "color": {
                "field": "tone",
                "type": "nominal",
                "scale": TONE_COLOURS,
                "legend": {"title": None, "labelExpr": _label_expr(labels)},
            },
            "tooltip": [
                {"field": "day", "type": "temporal", "format": "%d/%m/%Y"},
                {"field": "label", "title": " "},
                {"field": "n", "title": "#"},
            ],
        },
    }


def mean_tone_line(daily: list[dict[str, Any]]) -> dict[str, Any]:
    rows = [{"day": r["day"], "tone": r["tone"]} for r in daily if r["tone"] is not None]
    return {
        "$schema": "https://vega.github.io/schema/vega-lite/v6.json",
        "width": "container",
        "height": 160,
        "data": {"values": rows},
        "layer": [
            {"mark": {"type": "rule", "color": "#adb5bd"}, "encoding": {"y": {"datum": 0}}},
            {
                "mark": {"type": "line", "point": True},
                "encoding": {
                    "x": {
                        "field": "day",
                        "type": "temporal",
                        "timeUnit": "yearmonthdate",
                        "title": None,
                        "axis": {"format": "%d/%m"},
                    },
                    "y": {"field": "tone", "type": "quantitative", "scale": {"domain": [-1, 1]}, "title": None},
                    "tooltip": [
                        {"field": "day", "type": "temporal", "format": "%d/%m/%Y"},
                        {"field": "tone", "format": ".2f"},
                    ],
                },
            },
        ],
    }


def ranked_bars(rows: list[dict[str, Any]], label_field: str = "label") -> dict[str, Any]:
    return {
        "$schema": "https://vega.github.io/schema/vega-lite/v6.json",
        "width": "container",
        "height": {"step": 18},
        "data": {"values": rows},
        "mark": {"type": "bar"},
        "encoding": {
            "y": {"field": label_field, "type": "nominal", "sort": "-x", "title": None},
            "x": {"field": "n", "type": "quantitative", "title": None},
            "color": {
                "field": "tone",
                "type": "quantitative",
                # Grey at neutral keeps bars readable on white; red and green show the tone's direction.
                "scale": {"domain": [-0.5, 0, 0.5], "range": ["#b02a37", "#8a939b", "#146c43"], "clamp": True},
                "legend": None,
            },
            "tooltip": [
                {"field": label_field, "title": " "},
                {"field": "n", "title": "#"},
                {"field": "tone", "format": ".2f"},
            ],
        },
    }


def _label_expr(labels: dict[str, str]) -> str:
    parts = " : ".join(f"datum.label == '{k}' ? '{v}'" for k, v in labels.items())
    return f"{parts} : datum.label"
