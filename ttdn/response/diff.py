"""Word-level differences between two fact versions, for the history view."""

from __future__ import annotations

import difflib
import json
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class FieldDiff:
    field: str
    parts: list[tuple[str, str]]  # ("equal" | "delete" | "insert", text)


def _flatten(snapshot: dict[str, Any]) -> dict[str, str]:
    flat: dict[str, str] = {}
    for key, value in snapshot.items():
        if key == "translations":
            for lang, text in value.items():
                flat[f"translations.{lang}"] = text
        elif key == "sources":
            for i, source in enumerate(value, start=1):
                flat[f"sources.{i}"] = " · ".join(str(v) for v in source.values() if v)
        else:
            flat[key] = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    return flat


def _word_diff(before: str, after: str) -> list[tuple[str, str]]:
    a, b = before.split(), after.split()
    parts: list[tuple[str, str]] = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes():
        if tag == "equal":
            parts.append(("equal", " ".join(a[i1:i2])))
            continue
        if i2 > i1:
            parts.append(("delete", " ".join(a[i1:i2])))
        if j2 > j1:
            parts.append(("insert", " ".join(b[j1:j2])))
    return parts


def diff_snapshots(before: dict[str, Any], after: dict[str, Any]) -> list[FieldDiff]:
    old, new = _flatten(before), _flatten(after)
    return [
        FieldDiff(key, _word_diff(old.get(key, ""), new.get(key, "")))
        for key in sorted(set(old) | set(new))
        if old.get(key, "") != new.get(key, "")
    ]


def diff_versions(before: Any, after: Any) -> list[FieldDiff]:
    """Word differences between two CorrectionVersion rows (headline, claim, body, facts cited)."""

    def snap(v: Any) -> dict[str, str]:
        return {
            "headline": v.headline,
            "claim_reviewed": v.claim_reviewed,
            "body": v.body,
            "facts": " ".join(sorted(f.slug for f in v.facts.all())),
        }

    return diff_snapshots(snap(before), snap(after))
