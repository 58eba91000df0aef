"""Places and entities in one pass: countries, provinces, sea regions, organisations,
public figures — one longest-match gazetteer so that "Lào Cai" beats "Lào" and
"Thái Bình Dương" (Pacific) blocks "Thái Bình"."""

from __future__ import annotations

import re
from collections import defaultdict
from datetime import datetime
from functools import lru_cache

from . import countries, entities, provinces
from .gazetteer import Entry, Gazetteer, Hit
from .text import word_set
from .types import CountryMention, Entity, Mention, ProvinceMention

# Parts of Vietnamese personal names: "Nguyễn Hòa Bình" is a person, not the province.
_NAME_PARTS = word_set(
    "Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đinh Mai Trịnh Đào Lương Tô "
    "Hà Cao Lâm Văn Thị Hữu Đình Minh Quang Thanh Ngọc Xuân Đức Công Bá Thế Kim Thu Hồng Anh Tuấn Hải Mr "
    "Mrs Ms Dr "
)
_HONORIFICS = word_set(
    "ông bà anh chị em cô chú bác cháu bạn tên con cậu dì thầy mẹ bố cha vợ chồng tiếng "
)
_LOCATIVE = word_set(
    "tại ở đến về ra vào từ khắp in at to from into across near visit visited visiting "
)
_SENT_BREAK = re.compile(r"[.!?:;\n\"“”]")


def _context_ok(text: str, words: list[re.Match[str]], i: int, size: int, e: Entry) -> bool:
    prev = words[i - 1] if i > 0 else None
    nxt = words[i + size] if i + size < len(words) else None
    gap_before = text[prev.end() : words[i].start()] if prev else "\n"
    gap_after = text[words[i + size - 1].end() : nxt.start()] if nxt else "\n"
    prev_adjacent = prev is not None and gap_before.strip() == ""
    next_adjacent = nxt is not None and gap_after.strip() == ""
    prev_word = prev.group() if prev is not None and prev_adjacent else ""
    if e.kind == "province" and e.ref == "79":  # bare "Hồ Chí Minh": the city only after "in"/"tại"
        return prev_word.casefold() in _LOCATIVE
    if prev_word.casefold() in _HONORIFICS:
        return False
    # A capitalised word right before ("Michael Jordan", "Minh Đức") makes it part of a name,
    # unless that word is a sentence-initial preposition ("In Jordan", "Tại Nga").
    in_name = prev_word[:1].isupper() and e.kind == "country" and prev_word.casefold() not in _LOCATIVE
    if prev_word in _NAME_PARTS or in_name:
        return False
    if e.surface in countries.STRICT:
        after = text[words[i + size - 1].end() : words[i + size - 1].end() + 2]
        if after.startswith(("'", "’")):
            return False
        if not prev_word:
            return nxt is not None and nxt.group().casefold() == "and"
        return prev_word.casefold() in _LOCATIVE or prev_word.casefold() in ("of", "and", "with", "between")
    if nxt is not None and next_adjacent and nxt.group()[:1].isupper() and e.kind == "country":
        return False
    # Sentence-initial "Anh …", "Ý kiến …" are a pronoun and a word, not countries.
    return not (e.kind == "country" and e.surface in ("Anh", "Ý", "Nhật") and _sentence_start(text, words, i))


def _sentence_start(text: str, words: list[re.Match[str]], i: int) -> bool:
    if i <= 0:
        return True
    gap = text[words[i - 1].end() : words[i].start()]
    return bool(_SENT_BREAK.search(gap))


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    return Gazetteer(provinces.entries() + countries.entries() + entities.entries(), context_check=_context_ok)


def find(text: str) -> list[Hit]:
    return gazetteer().find(text)


def group(hits: list[Hit], when: datetime | None):
    """Hits → (countries, provinces, regions, entities) public dataclasses."""
    units = provinces.load_units()
    by_country: dict[str, list[Mention]] = defaultdict(list)
    by_province: dict[tuple, list[Mention]] = defaultdict(list)
    regions: list[Mention] = []
    by_entity: dict[tuple[str, str], list[Mention]] = defaultdict(list)
    for h in hits:
        kind, ref = h.entry.kind, h.entry.ref
        if kind == "country":
            by_country[ref].append(Mention(ref, h.text, (h.start, h.end)))
        elif kind == "province":
            old_codes, new_code = provinces.resolve(ref, h.text, when)
            by_province[(old_codes, new_code)].append(Mention(ref, h.text, (h.start, h.end)))
        elif kind == "region":
            regions.append(Mention(ref, h.text, (h.start, h.end)))
        else:
            by_entity[(kind, ref)].append(Mention(ref, h.text, (h.start, h.end)))
    cs = tuple(CountryMention(c, tuple(ms)) for c, ms in by_country.items())
    ps = tuple(
        ProvinceMention(
            old_codes=old,
            old_names=tuple(units.old_unit(c).short_name for c in old),
            new_code=new,
            new_name=units.new_unit(new).short_name,
            mentions=tuple(ms),
        )
        for (old, new), ms in by_province.items()
    )
    es = tuple(
        Entity(ref, kind, _display_name(kind, ref), tuple(ms)) for (kind, ref), ms in by_entity.items()
    )
    return cs, ps, tuple(regions), es


def _display_name(kind: str, ref: str) -> str:
    table = entities.ORGANISATIONS if kind == "org" else entities.PEOPLE
    return table.get(ref, [ref])[0]
