"""Text utilities: Unicode/Vietnamese normalisation, diacritics removal, script detection,
sentence splitting and tokenisation. Pure functions, no models."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from functools import lru_cache

TONES = "\u0300\u0301\u0303\u0309\u0323"  # grave, acute, tilde, hook above, dot below
_LETTER_AFTER = r"(?![^\W\d_]|[\u0300-\u036f])"
# Old-style placement puts the tone on the second vowel of open "oa/oe/uy" syllables
# (hoà, khoẻ, thuỷ); official names and most news use the first (hòa, khỏe, thủy).
_OLD_TONE = re.compile(rf"(?<![^\W\d_])((?:[^\W\d_]*?)(?<![qQ])[oOuU])([aAeEyY])([{TONES}]){_LETTER_AFTER}")
_VI_CHARS = set("ăâđêôơưĂÂĐÊÔƠƯ")
_VI_TONED = re.compile(r"[àáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵđ]", re.I)
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u3000]+")

def word_set(s: str) -> frozenset[str]:
    """Whitespace-separated word list → frozenset (keeps long lists readable)."""
    return frozenset(s.split())


_LOOKALIKES = str.maketrans({"\u00d0": "\u0110", "\u0189": "\u0110", "\u00f0": "\u0111"})


def _fix_tone(m: re.Match[str]) -> str:
    head, second, tone = m.group(1), m.group(2), m.group(3)
    if head[-1] in "uU" and second not in "yY":
        return m.group(0)
    if head[-1] in "oO" and second in "yY":
        return m.group(0)
    return head + tone + second


def normalise(text: str) -> str:
    """NFC, Vietnamese tone marks in the modern position (hoà→hòa, thuỷ→thủy),
    Đ look-alikes fixed, runs of spaces collapsed (newlines kept)."""
    text = unicodedata.normalize("NFD", text.translate(_LOOKALIKES))
    text = _OLD_TONE.sub(_fix_tone, text)
    text = unicodedata.normalize("NFC", text)
    return _SPACES.sub(" ", text)


@lru_cache(maxsize=200_000)
def strip_diacritics(text: str) -> str:
    """'Hồ Chí Minh' → 'Ho Chi Minh' (keeps length for Latin text: one char per char)."""
    out = []
    for ch in text:
        if ch in "đĐ":
            out.append("d" if ch == "đ" else "D")
            continue
        base = unicodedata.normalize("NFD", ch)[0]
        out.append(base if len(base) == 1 else ch)
    return "".join(out)


def has_vietnamese_marks(text: str) -> bool:
    return bool(_VI_TONED.search(text)) or any(c in _VI_CHARS for c in text)


def vietnamese_mark_ratio(text: str) -> float:
    """Share of Latin letters that carry a Vietnamese diacritic (≈0.25–0.4 in normal vi)."""
    letters = [c for c in text if c.isalpha() and c.isascii() or c in _VI_CHARS or _VI_TONED.match(c)]
    if not letters:
        return 0.0
    marked = sum(1 for c in letters if not c.isascii())
    return marked / len(letters)


_SCRIPT_RANGES = [
    (0x0041, 0x024F, "Latn"), (0x1E00, 0x1EFF, "Latn"), (0x0400, 0x04FF, "Cyrl"),
    (0x0600, 0x06FF, "Arab"), (0x0E00, 0x0E7F, "Thai"), (0x0E80, 0x0EFF, "Laoo"),
    (0x1780, 0x17FF, "Khmr"), (0x3040, 0x30FF, "Kana"), (0x1100, 0x11FF, "Hang"),
    (0xAC00, 0xD7AF, "Hang"), (0x3130, 0x318F, "Hang"), (0x4E00, 0x9FFF, "Hani"),
    (0x3400, 0x4DBF, "Hani"), (0x0370, 0x03FF, "Grek"), (0x0590, 0x05FF, "Hebr"),
    (0x0900, 0x097F, "Deva"),
]


def _script_of(ch: str) -> str | None:
    o = ord(ch)
    if o < 0x41:
        return None
    for lo, hi, name in _SCRIPT_RANGES:
        if lo <= o <= hi:
            return name if ch.isalpha() or name in ("Hani", "Kana") else None
    return None


def script(text: str, sample: int = 400) -> str:
    """Dominant ISO 15924 script; Japanese (kana present) is 'Jpan', Chinese 'Hani'."""
    counts = Counter(s for s in map(_script_of, text[:sample]) if s)
    if not counts:
        return "Zyyy"
    top = counts.most_common(1)[0][0]
    if top in ("Hani", "Kana"):
        return "Jpan" if counts.get("Kana", 0) > 0.05 * (counts["Hani"] + counts["Kana"]) else "Hani"
    return top


_ABBREV = word_set(
    "mr mrs ms dr st gen col lt sgt gov sen rep prof jr sr inc co no vs etc ts ths pgs gs u.s u.n u.k e.g "
    "i.e a.m p.m jan feb aug sept oct nov dec "
)
_SENT_END = re.compile(r"[.!?…]+[\"'”’»)]*\s+(?=[\"'“‘«(\[]?[^\W\d_]|\d)|[。！？]+|\n+")
_LAST_WORD = re.compile(r"([^\W\d_]+(?:\.[^\W\d_]+)*)\.$")


def sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) character spans of sentences; cheap rules, no model."""
    spans = []
    start = 0
    for m in _SENT_END.finditer(text):
        chunk = text[start : m.end()].rstrip()
        last = _LAST_WORD.search(chunk)
        if last and (last.group(1).lower() in _ABBREV or len(last.group(1)) == 1):
            continue
        if text[start : m.end()].strip():
            spans.append(_trim(text, start, m.end()))
        start = m.end()
    if text[start:].strip():
        spans.append(_trim(text, start, len(text)))
    return spans


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


TOKEN = re.compile(r"[^\W_]+(?:[.'’\-][^\W_]+)*", re.UNICODE)


def tokens(text: str) -> list[str]:
    return TOKEN.findall(text)


def token_spans(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in TOKEN.finditer(text)]
