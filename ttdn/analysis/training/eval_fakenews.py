"""``ttdn eval`` rows for fake-news classification (LIAR, VFND)."""

from __future__ import annotations

from sklearn.metrics import accuracy_score
from sklearn.model_selection import StratifiedKFold

from ..linear import FeatureSpec
from .eval_core import Row, Sources, tfidf_lr


def eval_liar(src: Sources) -> list[Row]:
    from .fakenews import liar_model, liar_rows

    tx, ty = liar_rows(src.root / "liar" / "train.jsonl")
    path, split = src.eval_file("liar/valid.jsonl", "liar/test.jsonl")
    dx, dy = liar_rows(path)
    pred = liar_model(tx, ty)(dx)
    base = tfidf_lr(tx, ty, dx, [FeatureSpec("word", (1, 2), 2**18)], C=1.0)
    return [Row("fake-news 6-way", "LIAR (statement only)", "en", "accuracy %", 100 * accuracy_score(dy, pred),
                100 * accuracy_score(dy, base), "Wang 2017 27.4; TF-IDF+LR ≈25.5", 27.4, split)]


def eval_vfnd(src: Sources) -> list[Row]:
    from .fakenews import vfnd_model, vfnd_rows

    tx, ty = vfnd_rows(src.root / "vfnd" / "train.jsonl")
    test = src.test / "vfnd" / "test.jsonl" if src.test else None
    if test is not None and test.exists():
        dx, dy = vfnd_rows(test)
        pred, base, split = vfnd_model(tx, ty)(dx), tfidf_lr(tx, ty, dx), "test"
        gold = dy
    else:  # no dev split: 5-fold cross-validation on train
        split, pred, base, gold = "5-fold CV", [], [], []
        for a, b in StratifiedKFold(5, shuffle=True, random_state=0).split(tx, ty):
            trx, tr_y = [tx[i] for i in a], [ty[i] for i in a]
            tex, te_y = [tx[i] for i in b], [ty[i] for i in b]
            pred.extend(vfnd_model(trx, tr_y)(tex))
            base.extend(tfidf_lr(trx, tr_y, tex))
            gold.extend(te_y)
    return [Row("fake-news 2-way", "VFND (text only, no domain)", "vi", "accuracy %", 100 * accuracy_score(gold, pred),
                100 * accuracy_score(gold, base), "none verified; source-style shortcut", None, split)]


