"""Language identification: langidentify (n-grams + top words) behind a small interface,
plus our Indonesian/Malay tie-breaker and Vietnamese-without-diacritics detection."""

from __future__ import annotations

import threading
from dataclasses import dataclass
from functools import lru_cache

from .text import script, strip_diacritics, vietnamese_mark_ratio, word_set

LANGUAGES = ["vi", "en", "zh", "fr", "ja", "ko", "ru", "es", "de", "th", "lo", "km", "id", "ms", "ar", "pt", "it"]
VERSION = "langidentify-1.0.2+vi-unaccented-v1"
SAMPLE_CHARS = 1200  # the first ~200 words decide; longer text only costs time


@dataclass(frozen=True, slots=True)
class LanguageGuess:
    language: str
    confidence: float
    script: str
    vi_without_diacritics: bool


class LanguageIdentifier:
    """One detector per thread (langidentify detectors are not thread-safe)."""

    def __init__(self, languages: list[str] = LANGUAGES) -> None:
        from langidentify import Language, Model

        langs = [Language.from_string(c) for c in languages]
        self._model = Model.load([lang for lang in langs if lang is not Language.UNKNOWN])
        self._local = threading.local()

    def _detector(self):
        d = getattr(self._local, "detector", None)
        if d is None:
            from langidentify import Detector

            d = self._local.detector = Detector(self._model)
        return d

    def identify(self, text: str, hint: str | None = None) -> LanguageGuess:
        sample = text[:SAMPLE_CHARS]
        scr = script(sample)
        det = self._detector()
        lang = det.detect(sample)
        code = lang.value[0] if lang.value[0] else (hint or "und")
        code = code.split("-")[0]
        gap = det.results.gap
        conf = 0.5 + 0.5 * min(1.0, max(0.0, gap) * 8)
        no_marks = False
        if code == "vi":
            no_marks = vietnamese_mark_ratio(sample) < 0.03
        elif scr == "Latn" and code != "en" and vietnamese_mark_ratio(sample) < 0.03 and _looks_unaccented_vi(sample):
            # Unaccented Vietnamese is sometimes read as another Latin language.
            code, no_marks, conf = "vi", True, 0.9
        return LanguageGuess(code, round(conf, 3), scr, no_marks)


_VI_SYLLABLES = word_set(
    "cua va cac la trong nhung duoc mot co cho voi khong nguoi da den nay ve nam viet tai theo tu khi thi "
    "cung nhu ra se dang lam ho cong nhieu phai hon sau tinh thanh pho quoc gia dan ban chinh phu viec "
    "hien nay noi bao gom tren duoi giua ngay thang dong tien hang chung toi minh "
)


def _looks_unaccented_vi(text: str) -> bool:
    words = [strip_diacritics(w.lower()) for w in text.split()[:200]]
    if len(words) < 3:
        return False
    hits = sum(1 for w in words if w in _VI_SYLLABLES)
    return hits / len(words) > 0.25


@lru_cache(maxsize=1)
def default_identifier() -> LanguageIdentifier:
    return LanguageIdentifier()
