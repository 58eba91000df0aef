"""Rebuild ``data/admin_units.json`` (63 → 34 provinces, codes, names, merger mapping)
from the public facts in ``shared/datasets/vn_admin_units`` (names and codes only)."""

from __future__ import annotations

import csv
import json
from pathlib import Path

from ..text import normalise
from .data import datasets_dir

OUT = Path(__file__).resolve().parent.parent / "data" / "admin_units.json"


def _short(name: str) -> str:
    for prefix in ("Thành phố ", "Tỉnh "):
        if name.startswith(prefix):
            return normalise(name[len(prefix):])
    return normalise(name)


def build(out: Path = OUT) -> Path:
    src = datasets_dir() / "vn_admin_units"
    with open(src / "provinces_2025.csv", encoding="utf-8") as fh:
        new_rows = list(csv.DictReader(fh))
    with open(src / "provinces_pre2025.csv", encoding="utf-8") as fh:
        old_rows = list(csv.DictReader(fh))
    old = []
    for r in old_rows:
        old.append({
            "code": f"{int(r['code']):02d}",
            "name": r["name"],
            "short_name": _short(r["name"]),
            "type": r["division_type"],
            "successor": f"{int(r['primary_new_province_code']):02d}",
            "successors": [f"{int(c):02d}" for c in r["new_province_codes"].split(";")],
        })
    new = []
    for r in new_rows:
        code = f"{int(r['code']):02d}"
        new.append({
            "code": code,
            "name": r["name"],
            "short_name": _short(r["name"]),
            "type": r["division_type"],
            "predecessors": [o["code"] for o in old if code in o["successors"]],
        })
    data = {
        "source": "National Statistics Office codes via vn_admin_units; merger of 1 July 2025 "
        "(Resolution 202/2025/QH15)",
        "valid_old": ["1900-01-01", "2025-06-30"],
        "valid_new": ["2025-07-01", None],
        "old": old,
        "new": new,
    }
    out.write_text(json.dumps(data, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    return out


if __name__ == "__main__":
    print(build())
