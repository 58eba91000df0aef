"""Hashed n-gram TF-IDF + linear model, saved as plain npz (no pickle).

HashingVectorizer is stateless, so an artifact is just the vectoriser settings, the idf
vector and the linear weights; sklearn is only needed to featurise."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from scipy import sparse


@dataclass(frozen=True)
class FeatureSpec:
    analyzer: str  # "word", "char_wb" or "char"
    ngram_range: tuple[int, int]
    n_features: int = 2**18


def _vectoriser(spec: FeatureSpec):
    from sklearn.feature_extraction.text import HashingVectorizer

    return HashingVectorizer(
        analyzer=spec.analyzer, ngram_range=spec.ngram_range, n_features=spec.n_features,
        alternate_sign=False, norm=None, lowercase=True,
        token_pattern=r"(?u)\b\w+\b",  # noqa: S106 (not a password)
    )


class HashedTfidf:
    """Sum of several hashed n-gram blocks, each sublinear-tf × idf, L2-normalised."""

    def __init__(self, specs: Sequence[FeatureSpec], idf: Sequence[np.ndarray] | None = None) -> None:
        self.specs = list(specs)
        self._vecs = [_vectoriser(s) for s in self.specs]
        self.idf = list(idf) if idf is not None else None

    def _raw(self, texts: Sequence[str]) -> list[sparse.csr_matrix]:
        out = []
        for v in self._vecs:
            x = v.transform(texts).tocsr().astype(np.float32)
            x.data = 1.0 + np.log(x.data)
            out.append(x)
        return out

    def fit(self, texts: Sequence[str]) -> HashedTfidf:
        n = len(texts)
        self.idf = []
        for x in self._raw(texts):
            df = np.bincount(x.indices, minlength=x.shape[1])
            self.idf.append((np.log((1 + n) / (1 + df)) + 1.0).astype(np.float32))
        return self

    def transform(self, texts: Sequence[str]) -> sparse.csr_matrix:
        assert self.idf is not None
        if not self.specs:  # dense-only model
            return sparse.csr_matrix((len(texts), 0), dtype=np.float32)
        blocks = []
        for x, idf in zip(self._raw(texts), self.idf, strict=True):
            x.data *= idf[x.indices]  # column scaling without building a 2^18 diagonal matrix
            blocks.append(x)
        x = sparse.hstack(blocks).tocsr() if len(blocks) > 1 else blocks[0]
        norms = np.sqrt(np.asarray(x.multiply(x).sum(axis=1)).ravel())
        norms[norms == 0] = 1.0
        return sparse.diags(1.0 / norms) @ x


class LinearTextModel:
    """Multiclass linear model over HashedTfidf features (+ optional dense features)."""

    def __init__(self, features: HashedTfidf, coef: np.ndarray, intercept: np.ndarray,
                 classes: Sequence[str], meta: dict | None = None) -> None:
        self.features = features
        self.coef = coef.astype(np.float32)
        self._coef_t = sparse.csr_matrix(self.coef).T.tocsr()  # hashed spaces are mostly empty
        self.intercept = intercept.astype(np.float32)
        self.classes = list(classes)
        self.meta = meta or {}

    def decision(self, texts: Sequence[str], dense: np.ndarray | None = None) -> np.ndarray:
        x = self.features.transform(texts)
        if dense is not None:
            x = sparse.hstack([x, sparse.csr_matrix(dense)]).tocsr()
        return np.asarray((x @ self._coef_t).todense()) + self.intercept

    def proba(self, texts: Sequence[str], dense: np.ndarray | None = None) -> np.ndarray:
        z = self.decision(texts, dense)
        if z.shape[1] == 1:  # binary
            p = 1 / (1 + np.exp(-z[:, 0]))
            return np.stack([1 - p, p], axis=1)
        z = z - z.max(axis=1, keepdims=True)
        e = np.exp(z)
        return e / e.sum(axis=1, keepdims=True)

    def predict(self, texts: Sequence[str], dense: np.ndarray | None = None) -> list[str]:
        return [self.classes[i] for i in self.proba(texts, dense).argmax(axis=1)]

    def save(self, path: str | Path) -> None:
        assert self.features.idf is not None
        # Sparse weights keep artifacts small: hashed spaces are mostly empty.
        coef = sparse.csr_matrix(self.coef.astype(np.float32))
        arrays = {f"idf{i}": idf.astype(np.float16) for i, idf in enumerate(self.features.idf)}
        meta = {
            "specs": [[s.analyzer, list(s.ngram_range), s.n_features] for s in self.features.specs],
            "classes": self.classes, "shape": list(self.coef.shape), **self.meta,
        }
        np.savez_compressed(
            path, coef_data=coef.data.astype(np.float16), coef_indices=coef.indices, coef_indptr=coef.indptr,
            # numpy's stub lets **arrays bind to allow_pickle: bool; the keys are all "idf<i>".
            intercept=self.intercept, meta=np.array(json.dumps(meta)), **arrays,  # type: ignore[arg-type]
        )

    @classmethod
    def load(cls, path: str | Path) -> LinearTextModel:
        with np.load(path, allow_pickle=False) as z:
            meta = json.loads(str(z["meta"]))
            specs = [FeatureSpec(a, tuple(r), n) for a, r, n in meta.pop("specs")]
            idf = [z[f"idf{i}"].astype(np.float32) for i in range(len(specs))]
            shape = tuple(meta.pop("shape"))
            coef = sparse.csr_matrix(
                (z["coef_data"].astype(np.float32), z["coef_indices"], z["coef_indptr"]), shape=shape
            ).toarray()
            intercept = z["intercept"]
        classes = meta.pop("classes")
        return cls(HashedTfidf(specs, idf), coef, intercept, classes, meta)
