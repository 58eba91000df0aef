"""Near-duplicates (MinHash over word 5-shingles + LSH) and incremental story clusters.

A story cluster joins reports of one event across outlets and languages. Similarity
blends the multilingual embedding cosine with the overlap of language-independent
entity ids (ISO country codes, province codes, entity ids), which is what carries a
vi, an en and a fr report of the same visit together when the wording differs."""

from __future__ import annotations

import json
import re
import zlib
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import numpy as np

NUM_PERM = 64
BANDS = 16
ROWS = NUM_PERM // BANDS
_PRIME = (1 << 61) - 1
_rng = np.random.RandomState(20250701)
_A = _rng.randint(1, 1 << 31, size=NUM_PERM).astype(np.uint64)
_B = _rng.randint(0, 1 << 31, size=NUM_PERM).astype(np.uint64)
_WORDS = re.compile(r"[^\W_]+")
VERSION = "cluster-v1"


def minhash(text: str, k: int = 5) -> np.ndarray:
    """64 MinHash values (uint32) of word k-shingles; stable across processes."""
    words = _WORDS.findall(text.lower())
    if len(words) < k:
        shingles = [" ".join(words)] if words else [""]
    else:
        shingles = [" ".join(words[i : i + k]) for i in range(len(words) - k + 1)]
    h = np.fromiter((zlib.crc32(s.encode()) for s in set(shingles)), dtype=np.uint64)
    perm = (np.outer(h, _A) + _B) % np.uint64(_PRIME)
    return (perm.min(axis=0) & np.uint64(0xFFFFFFFF)).astype(np.uint32)


def jaccard_estimate(a: np.ndarray | Sequence[int], b: np.ndarray | Sequence[int]) -> float:
    return float(np.mean(np.asarray(a) == np.asarray(b)))


@dataclass
class StoryClusterer:
    """Keeps state across batches; persist with ``save``/``load`` (npz + JSON, no pickle)."""

    threshold: float = 0.55  # blended similarity needed to join a cluster
    entity_weight: float = 0.35
    window_days: float = 7.0
    near_dup_threshold: float = 0.8
    dim: int = 0
    centroids: np.ndarray = field(default_factory=lambda: np.zeros((0, 0), np.float32))
    counts: list[int] = field(default_factory=list)
    cluster_ids: list[str] = field(default_factory=list)
    last_seen: list[float] = field(default_factory=list)
    entities: list[Counter] = field(default_factory=list)
    buckets: dict[str, str] = field(default_factory=dict)  # LSH band key → first doc id
    signatures: dict[str, list[int]] = field(default_factory=dict)
    next_id: int = 1
    max_signatures: int = 200_000

    def near_duplicate(self, doc_id: str, sig: np.ndarray) -> str | None:
        """First earlier document whose MinHash agrees on ≥ threshold; registers ``doc_id``."""
        found = None
        keys = [f"{b}:{zlib.crc32(sig[b * ROWS:(b + 1) * ROWS].tobytes())}" for b in range(BANDS)]
        for key in keys:
            other = self.buckets.get(key)
            if (other and other != doc_id and other in self.signatures
                    and jaccard_estimate(self.signatures[other], sig) >= self.near_dup_threshold):
                found = other
                break
        for key in keys:
            self.buckets.setdefault(key, doc_id)
        if len(self.signatures) < self.max_signatures:
            self.signatures[doc_id] = sig.astype(np.int64).tolist()
        return found

    def assign(self, vector: np.ndarray, entity_ids: set[str], when: datetime | None = None) -> str:
        vector = np.asarray(vector, np.float32)
        ts = when.timestamp() if when else 0.0
        if self.dim == 0:
            self.dim = vector.shape[0]
            self.centroids = np.zeros((0, self.dim), np.float32)
        best, best_score = -1, -1.0
        if len(self.cluster_ids):
            norms = np.linalg.norm(self.centroids, axis=1) + 1e-9
            cos = (self.centroids @ vector) / norms
            for i in np.argsort(-cos)[:20]:
                if ts and self.last_seen[i] and abs(ts - self.last_seen[i]) > self.window_days * 86400:
                    continue
                ent = self._entity_overlap(i, entity_ids)
                s = (1 - self.entity_weight) * float(cos[i]) + self.entity_weight * ent
                if s > best_score:
                    best, best_score = int(i), s
        if best >= 0 and best_score >= self.threshold:
            n = self.counts[best]
            self.centroids[best] = (self.centroids[best] * n + vector) / (n + 1)
            self.counts[best] = n + 1
            self.last_seen[best] = max(self.last_seen[best], ts)
            self.entities[best].update(entity_ids)
            return self.cluster_ids[best]
        cid = f"c{self.next_id:08d}"
        self.next_id += 1
        self.centroids = np.vstack([self.centroids, vector[None, :]])
        self.counts.append(1)
        self.cluster_ids.append(cid)
        self.last_seen.append(ts)
        self.entities.append(Counter(entity_ids))
        return cid

    def _entity_overlap(self, i: int, ids: set[str]) -> float:
        if not ids:
            return 0.0
        seen = self.entities[i]
        # Share of this document's ids already seen in the cluster (weighted by support).
        return sum(min(1.0, seen[e] / max(1, self.counts[i]) * 2) for e in ids if e in seen) / len(ids)

    def save(self, path: str | Path) -> None:
        path = Path(path)
        np.savez_compressed(path.with_suffix(".npz"), centroids=self.centroids,
                            counts=np.array(self.counts, np.int64), last_seen=np.array(self.last_seen))
        state = {
            "version": VERSION, "threshold": self.threshold, "entity_weight": self.entity_weight,
            "window_days": self.window_days, "near_dup_threshold": self.near_dup_threshold, "dim": self.dim,
            "cluster_ids": self.cluster_ids, "entities": [dict(c) for c in self.entities],
            "buckets": self.buckets, "signatures": self.signatures, "next_id": self.next_id,
        }
        path.with_suffix(".json").write_text(json.dumps(state), encoding="utf-8")

    @classmethod
    def load(cls, path: str | Path) -> StoryClusterer:
        path = Path(path)
        state = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
        with np.load(path.with_suffix(".npz"), allow_pickle=False) as z:
            centroids, counts, last_seen = z["centroids"], z["counts"].tolist(), z["last_seen"].tolist()
        return cls(
            threshold=state["threshold"], entity_weight=state["entity_weight"], window_days=state["window_days"],
            near_dup_threshold=state["near_dup_threshold"], dim=state["dim"], centroids=centroids,
            counts=counts, cluster_ids=state["cluster_ids"], last_seen=last_seen,
            entities=[Counter(e) for e in state["entities"]], buckets=state["buckets"],
            signatures=state["signatures"], next_id=state["next_id"],
        )
