"""Longest-match gazetteer over tokens (space-delimited scripts) and characters (CJK, Thai,
Lao, Khmer), with an unaccented fallback for Vietnamese written without diacritics."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from .text import strip_diacritics

# Letters plus inner dots/hyphens ("TP.HCM", "Rịa-Vũng"); apostrophes split ("Vietnam's").
WORD = re.compile(r"[^\W_]+(?:[.\-][^\W_]+)*")
_NOSPACE = re.compile(r"[\u0e00-\u0eff\u1780-\u17ff\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]")
MAX_TOKENS = 7


@dataclass(frozen=True, slots=True)
class Entry:
    """One name of one thing. ``kind``: country, province, region, org, person or block
    (a block consumes text so that a shorter name inside it does not match)."""

    kind: str
    ref: str
    surface: str
    case_sensitive: bool = True
    needs_context: bool = False  # short ambiguous names ("Anh", "Đức", "Jordan")
    accent_free: bool = True  # may match text written without diacritics


@dataclass(frozen=True, slots=True)
class Hit:
    entry: Entry
    start: int
    end: int
    text: str


@dataclass
class Gazetteer:
    entries: list[Entry] = field(default_factory=list)
    context_check: Callable[[str, list[re.Match[str]], int, int, Entry], bool] | None = None

    def __post_init__(self) -> None:
        self._tok: dict[tuple[str, ...], list[Entry]] = {}
        self._plain: dict[tuple[str, ...], list[Entry]] = {}
        self._chars: dict[str, list[Entry]] = {}
        self._char_max = 1
        self._first: dict[str, int] = {}  # first token (accented or plain) → longest name in tokens
        self._char_lens: dict[str, list[int]] = {}  # first char → name lengths, longest first
        for e in self.entries:
            self._index(e)

    def add(self, entries: Iterable[Entry]) -> None:
        for e in entries:
            self.entries.append(e)
            self._index(e)

    def _index(self, e: Entry) -> None:
        if _NOSPACE.search(e.surface):
            self._chars.setdefault(e.surface, []).append(e)
            self._char_max = max(self._char_max, len(e.surface))
            lens = self._char_lens.setdefault(e.surface[0], [])
            if len(e.surface) not in lens:
                lens.append(len(e.surface))
                lens.sort(reverse=True)
            return
        toks = tuple(t.casefold() for t in WORD.findall(e.surface))
        if not toks or len(toks) > MAX_TOKENS:
            return
        self._tok.setdefault(toks, []).append(e)
        self._first[toks[0]] = max(self._first.get(toks[0], 0), len(toks))
        if e.accent_free:
            plain = tuple(strip_diacritics(t) for t in toks)
            if plain != toks or e.kind == "block":
                self._plain.setdefault(plain, []).append(e)
                self._first[plain[0]] = max(self._first.get(plain[0], 0), len(plain))

    def find(self, text: str) -> list[Hit]:
        hits = self._find_tokens(text)
        if self._chars and _NOSPACE.search(text):
            hits.extend(self._find_chars(text))
            hits.sort(key=lambda h: h.start)
        return hits

    def _find_tokens(self, text: str) -> list[Hit]:
        words = list(WORD.finditer(text))
        folded = [m.group().casefold() for m in words]
        plain = [strip_diacritics(t) for t in folded]
        hits: list[Hit] = []
        first = self._first
        i, n = 0, len(words)
        while i < n:
            longest = first.get(folded[i]) or first.get(plain[i])
            if not longest:
                i += 1
                continue
            matched = False
            for size in range(min(longest, n - i), 0, -1):
                key = tuple(folded[i : i + size])
                cands = self._tok.get(key)
                accented = True
                if cands is None:
                    pkey = tuple(plain[i : i + size])
                    # Only fall back when the text itself carries no diacritics here.
                    if pkey != key:
                        continue
                    cands = self._plain.get(pkey)
                    accented = False
                    if cands is None:
                        continue
                start, end = words[i].start(), words[i + size - 1].end()
                surface = text[start:end]
                entry = self._pick(cands, surface, text, words, i, size, accented)
                if entry is None:
                    continue
                if entry.kind != "block":
                    hits.append(Hit(entry, start, end, surface))
                i += size
                matched = True
                break
            if not matched:
                i += 1
        return hits

    def _pick(self, cands, surface, text, words, i, size, accented) -> Entry | None:
        for e in cands:
            if e.case_sensitive and not _case_ok(e.surface, surface, accented):
                continue
            if e.needs_context and self.context_check and not self.context_check(text, words, i, size, e):
                continue
            return e
        return None

    def _find_chars(self, text: str) -> list[Hit]:
        hits = []
        lens_by_char = self._char_lens
        i, n = 0, len(text)
        while i < n:
            lens = lens_by_char.get(text[i])
            if not lens:
                i += 1
                continue
            for size in lens:
                cands = self._chars.get(text[i : i + size]) if i + size <= n else None
                if cands:
                    if cands[0].kind != "block":
                        hits.append(Hit(cands[0], i, i + size, text[i : i + size]))
                    i += size
                    break
            else:
                i += 1
        return hits


def _case_ok(name: str, surface: str, accented: bool) -> bool:
    """Each capitalised word of the name must be capitalised in the text too
    ("Hòa Bình" the province, not "hòa bình" = peace); ALL-CAPS text is accepted."""
    if surface.isupper() and len(surface) > 3:
        return True
    nw = WORD.findall(name)
    sw = WORD.findall(surface)
    for a, b in zip(nw, sw, strict=False):
        if a[:1].isupper() and not b[:1].isupper():
            return False
        if a.isupper() and len(a) > 1 and not b.isupper():
            return False
    return True
