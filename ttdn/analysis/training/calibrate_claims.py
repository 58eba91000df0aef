"""Fit the claim-match calibration (logistic regression over hybrid retrieval features)
on CLEF 2020 CheckThat! task 2 *train* queries; dev is only scored by ``ttdn eval``."""

from __future__ import annotations

import json

import numpy as np
from sklearn.linear_model import LogisticRegression

from .. import claims, models
from .data import embed_corpus


def train() -> str:
    from .eval_claims import clef_data, clef_index
    from .eval_core import Sources

    index = clef_index()
    texts, rel, _ = clef_data(Sources(None), "train")
    qv = embed_corpus(texts, "query")
    xs, ys = [], []
    for (idx, f), relevant in zip(index.features(texts, query_vectors=qv), rel, strict=True):
        ids = [index.references[j].id for j in idx]
        xs.append(f)
        ys.append(np.array([i in relevant for i in ids], dtype=int))
    x, y = np.vstack(xs), np.concatenate(ys)
    clf = LogisticRegression(C=1.0, max_iter=2000).fit(x, y)
    coef = clf.coef_[0].copy()
    coef[0] = max(coef[0], 1e-3)  # keep the probability increasing with the ranking score
    out = models.path(claims.CALIBRATION)
    data = {
        "features": ["hybrid", "margin"],
        "coef": [round(float(c), 6) for c in coef],
        "intercept": round(float(clf.intercept_[0]), 6),
        "version": "claims-clef2020-train-v1",
        "trained_on": "CLEF 2020 CheckThat! task 2 train queries (top-50 hybrid candidates)",
    }
    out.write_text(json.dumps(data, indent=1) + "\n")
    return str(out)
