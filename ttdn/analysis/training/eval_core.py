"""Shared pieces of ``ttdn eval``: the result row, where each split comes from, and the
simple baselines every task compares against."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sklearn.linear_model import LogisticRegression

from ..linear import FeatureSpec, HashedTfidf
from ..static_vectors import StaticEmbedder, default_static
from .data import datasets_dir

EVAL_DATA = Path(__file__).resolve().parents[3] / "eval" / "data"

@dataclass
class Row:
    task: str
    dataset: str
    language: str
    metric: str
    ours: float
    baseline: float | None
    reference: str
    bar: float | None = None
    split: str = "dev"

    @property
    def meets(self) -> str:
        if self.bar is None:
            return "–"
        gap = self.bar - self.ours
        return "yes" if gap <= 0 else f"no (−{gap:.3f})" if self.metric.startswith("MAP") else f"no (−{gap:.1f})"


class Sources:
    """Where each split comes from: train always from shared/datasets, evaluation split from
    --test-dir when the official test file exists there, else dev."""

    def __init__(self, test_dir: str | None) -> None:
        self.root = datasets_dir()
        self.test = Path(test_dir) if test_dir else None

    def eval_file(self, rel_dev: str, rel_test: str) -> tuple[Path, str]:
        if self.test is not None and (self.test / rel_test).exists():
            return self.test / rel_test, "test"
        return self.root / rel_dev, "dev"


def tfidf_lr(train_x, train_y, test_x, specs=None, C=10.0):
    specs = specs or [FeatureSpec("word", (1, 2), 2**18), FeatureSpec("char_wb", (2, 4), 2**18)]
    f = HashedTfidf(specs).fit(train_x)
    clf = LogisticRegression(C=C, max_iter=2000).fit(f.transform(train_x), train_y)
    return clf.predict(f.transform(test_x))


def require_static() -> StaticEmbedder:
    static = default_static()
    if static is None:
        raise RuntimeError("static vectors are needed: run `ttdn train static_vectors` first")
    return static

