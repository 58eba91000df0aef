"""Language identification: langidentify (n-grams + top words) behind a small interface,
plus our Indonesian/Malay tie-breaker and Vietnamese-without-diacritics detection."""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass
from functools import lru_cache

from .text import script, strip_diacritics, vietnamese_mark_ratio

LANGUAGES = ["vi", "en", "zh", "fr", "ja", "ko", "ru", "es", "de", "th", "lo", "km", "id", "ms", "ar", "pt", "it"]
VERSION = "langidentify-1.0.2+vi-unaccented-v1"
SAMPLE_CHARS = 300  # title + first sentence decide; more text only costs time (pure-Python scorer)


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
        # Scripts used by one language here need no n-gram scoring.
        if scr in _SCRIPT_ONLY:
            return LanguageGuess(_SCRIPT_ONLY[scr], 1.0, scr, False)
        if scr == "Latn" and vietnamese_mark_ratio(sample) > 0.12 and _VI_ONLY.search(sample):
            return LanguageGuess("vi", 1.0, scr, False)
        det = self._detector()
        lang = det.detect(sample)
        code = lang.value[0] if lang.value[0] else (hint or "und")
        code = code.split("-")[0]
        gap = det.results.gap
        conf = 0.5 + 0.5 * min(1.0, max(0.0, gap) * 8)
        no_marks = False
        if code == "vi":
            no_marks = vietnamese_mark_ratio(sample) < 0.03
        elif scr == "Latn" and vietnamese_mark_ratio(sample) < 0.03 and _looks_unaccented_vi(sample):
            # Unaccented Vietnamese is sometimes read as another Latin language.
            code, no_marks, conf = "vi", True, 0.9
        return LanguageGuess(code, round(conf, 3), scr, no_marks)


_SCRIPT_ONLY = {
    "Hang": "ko", "Thai": "th", "Laoo": "lo", "Khmr": "km", "Jpan": "ja", "Hani": "zh", "Arab": "ar",
}
# Letters only Vietnamese uses among the supported languages (ơ, ư, ă, đ and stacked marks).
_VI_ONLY = re.compile(r"[ơưăđƠƯĂĐạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]")


@lru_cache(maxsize=1)
def _vi_syllables() -> frozenset[str]:
    """Every Vietnamese syllable without diacritics (from underthesea's Viet74K list)."""
    from importlib import resources

    text = resources.files("underthesea").joinpath("corpus", "data", "Viet74K.txt").read_text("utf-8")
    return frozenset(strip_diacritics(s) for w in text.lower().split("\n") for s in w.split())


_LETTERS = re.compile(r"[a-z]+")


def _looks_unaccented_vi(text: str) -> bool:
    """Nearly every word of unaccented Vietnamese is a valid syllable; English or French
    text has many words that cannot be (consonant clusters, other endings)."""
    words = _LETTERS.findall(strip_diacritics(text.lower()))[:200]
    if len(words) < 4:
        return False
    syl = _vi_syllables()
    return sum(1 for w in words if w in syl) / len(words) >= 0.9


@lru_cache(maxsize=1)
def default_identifier() -> LanguageIdentifier:
    return LanguageIdentifier()
