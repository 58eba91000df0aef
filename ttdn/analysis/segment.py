"""Vietnamese word segmentation. Two engines behind one function:
``crf`` — underthesea's CRF (accurate, ~1,250 sentences/s);
``dict`` — longest match over underthesea's Viet74K word list (~20× faster; fast profile)."""

from __future__ import annotations

import re
from functools import lru_cache

_SYL = re.compile(r"[^\W_]+|[^\w\s]", re.UNICODE)
MAX_WORD = 4


@lru_cache(maxsize=1)
def _dictionary() -> frozenset[str]:
    from importlib import resources

    from .recognise import gazetteer
    from .text import normalise

    text = resources.files("underthesea").joinpath("corpus", "data", "Viet74K.txt").read_text("utf-8")
    words = {normalise(w.strip().lower()) for w in text.splitlines()}
    # Proper names (countries, provinces, leaders) are words too: "Nhật Bản", "Phạm Minh Chính".
    words.update(e.surface.lower() for e in gazetteer().entries)
    return frozenset(w for w in words if 1 < len(w.split()) <= MAX_WORD)


def segment_dict(text: str) -> list[str]:
    words = _dictionary()
    syl = _SYL.findall(text)
    low = [s.lower() for s in syl]
    out = []
    i = 0
    while i < len(syl):
        for n in range(min(MAX_WORD, len(syl) - i), 1, -1):
            if " ".join(low[i : i + n]) in words:
                out.append("_".join(syl[i : i + n]))
                i += n
                break
        else:
            out.append(syl[i])
            i += 1
    return out


def segment_crf(text: str) -> list[str]:
    from underthesea import word_tokenize

    return [w.replace(" ", "_") for w in word_tokenize(text)]


def segment(text: str, engine: str = "dict") -> list[str]:
    return segment_crf(text) if engine == "crf" else segment_dict(text)
