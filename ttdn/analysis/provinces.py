"""Vietnamese provinces: the 63 units valid until 30 June 2025, the 34 valid from 1 July 2025,
the merger mapping between them, and names/aliases for recognition.

``load_units()`` is a plain function so that other apps (e.g. the programme org-unit tree)
can reuse the reference data without the NLP pipeline."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache
from importlib import resources

from .gazetteer import Entry
from .text import normalise

MERGER_DATE = date(2025, 7, 1)


@dataclass(frozen=True, slots=True)
class AdminUnit:
    code: str  # two-digit NSO code; seven codes were reused after the merger, so keep ``era``
    name: str  # official name with type prefix ("Tỉnh Lào Cai")
    short_name: str  # as news writes it ("Lào Cai")
    type: str  # "tỉnh" or "thành phố trung ương"
    era: str  # "old" (until 2025-06-30) or "new" (from 2025-07-01)
    successors: tuple[str, ...] = ()  # old units: new codes, majority first
    predecessors: tuple[str, ...] = ()  # new units: old codes merged into it


@dataclass(frozen=True, slots=True)
class AdminUnits:
    old: tuple[AdminUnit, ...]
    new: tuple[AdminUnit, ...]

    def old_unit(self, code: str) -> AdminUnit:
        return _index(self.old)[code]

    def new_unit(self, code: str) -> AdminUnit:
        return _index(self.new)[code]

    def successor(self, old_code: str) -> AdminUnit:
        """The new unit an old one (mostly) went into."""
        return self.new_unit(self.old_unit(old_code).successors[0])

    def merger_mapping(self) -> dict[str, tuple[str, ...]]:
        """New code → old codes merged into it (for org-unit succession)."""
        return {u.code: u.predecessors for u in self.new}


@lru_cache(maxsize=8)
def _index(units: tuple[AdminUnit, ...]) -> dict[str, AdminUnit]:
    return {u.code: u for u in units}


def _read_json(name: str) -> dict:
    return json.loads(resources.files("ttdn.analysis").joinpath("data", name).read_text("utf-8"))


@lru_cache(maxsize=1)
def load_units() -> AdminUnits:
    data = _read_json("admin_units.json")
    old = tuple(
        AdminUnit(r["code"], r["name"], r["short_name"], r["type"], "old", successors=tuple(r["successors"]))
        for r in data["old"]
    )
    new = tuple(
        AdminUnit(r["code"], r["name"], r["short_name"], r["type"], "new", predecessors=tuple(r["predecessors"]))
        for r in data["new"]
    )
    return AdminUnits(old, new)


def is_post_merger(when: date | datetime | None) -> bool:
    """Undated text is read as current (post-merger) news."""
    if when is None:
        return True
    if isinstance(when, datetime):
        when = when.date()
    return when >= MERGER_DATE


def resolve(old_code: str, surface: str, when: date | datetime | None) -> tuple[tuple[str, ...], str]:
    """(old codes, new code) a mention refers to. A name that is also a post-merger
    province name, in post-merger text, means the whole merged unit."""
    units = load_units()
    old = units.old_unit(old_code)
    new = units.new_unit(old.successors[0])
    if is_post_merger(when) and old.code == new.code and old.short_name == new.short_name:
        return new.predecessors, new.code
    return (old.code,), new.code


_PREFIXES = ("tỉnh", "Tỉnh", "thành phố", "Thành phố", "TP", "TP.", "Tp.", "province of", "Province")


@lru_cache(maxsize=1)
def aliases() -> dict[str, list[str]]:
    data = _read_json("place_aliases.json")
    data.pop("_comment", None)
    out: dict[str, list[str]] = {}
    for unit in load_units().old:
        names = {unit.short_name} if unit.code != "79" else set()  # bare "Hồ Chí Minh" is the person
        names.update(data.get(unit.code, []))
        out[unit.code] = sorted(normalise(n) for n in names)
    return out


def entries() -> list[Entry]:
    out = []
    for code, names in aliases().items():
        for name in names:
            short = len(name.split()) <= 2 and "." not in name
            out.append(Entry("province", code, name, needs_context=short, accent_free=len(name) > 3))
    # "Hồ Chí Minh" after a locative preposition is the city, otherwise the person (entities.py).
    for name in ("Hồ Chí Minh", "Ho Chi Minh"):
        out.append(Entry("province", "79", name, needs_context=True))
    return out
