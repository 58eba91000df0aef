"""``ttdn eval``: one table over the public benchmarks (train on train, score on dev, or on
official test files from ``--test-dir`` when present; nothing is ever fitted on them).
Each task lives in its own ``eval_*`` module."""

from __future__ import annotations

import time
from collections.abc import Callable

from .eval_claims import eval_claims_multilingual, eval_clef
from .eval_core import Row, Sources
from .eval_entities import eval_entities
from .eval_fakenews import eval_liar, eval_vfnd
from .eval_text import eval_langid, eval_places
from .eval_tone import eval_newsmtsc, eval_uit
from .eval_topic import eval_sib, eval_topics13

TASKS: dict[str, Callable[[Sources], list[Row]]] = {
    "langid": eval_langid, "places": eval_places, "sib": eval_sib, "uit": eval_uit, "newsmtsc": eval_newsmtsc,
    "clef": eval_clef, "claims_x": eval_claims_multilingual, "liar": eval_liar, "vfnd": eval_vfnd,
    "entities": eval_entities, "topics13": eval_topics13,
}


def fmt(v: float | None, metric: str) -> str:
    if v is None:
        return "–"
    return f"{v:.3f}" if metric.startswith("MAP") else f"{v:.1f}"


def render(rows: list[Row]) -> str:
    head = ["task", "dataset", "lang", "split", "metric", "ours", "baseline", "published / reference", "bar", "meets"]
    body = [[r.task, r.dataset, r.language, r.split, r.metric, fmt(r.ours, r.metric), fmt(r.baseline, r.metric),
             r.reference, fmt(r.bar, r.metric), r.meets] for r in rows]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    lines += ["| " + " | ".join(b) + " |" for b in body]
    return "\n".join(lines)


def run(test_dir: str | None = None, only: list[str] | None = None, log=print) -> list[Row]:
    src = Sources(test_dir)
    rows: list[Row] = []
    for name, fn in TASKS.items():
        if only and name not in only:
            continue
        t0 = time.time()
        rows.extend(fn(src))
        log(f"[{name}] {time.time() - t0:.0f}s")
    return rows


