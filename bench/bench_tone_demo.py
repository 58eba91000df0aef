"""Agreement of the predicted document tone with the tone the demo stories were written with.

    .venv/bin/python bench/bench_tone_demo.py [--profile fast|full] [--split all|tune|report] [--dump FILE]

The demo corpus (ttdn/articles/demo_corpus) is generated from story templates we wrote, each with
an intended tone (``metadata["demo"]["tone"]``). Stories, not articles, are split in two halves by a
hash of the story id: ``tune`` for choosing thresholds/weights, ``report`` for the number we quote,
so variants of the same template never sit on both sides. Caveat: the corpus is ours, written
alongside the lexicon, so this is a product sanity check, not an independent benchmark."""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections import Counter, defaultdict
from datetime import date

from ttdn.analysis import Document, Pipeline
from ttdn.analysis.tone import LABEL_THRESHOLD
from ttdn.articles.demo_corpus import generate_corpus

TODAY = date(2026, 11, 1)  # fixed so the corpus (dates in the text) is reproducible


def split_of(story: str) -> str:
    return "tune" if hashlib.sha1(story.encode()).digest()[0] % 2 == 0 else "report"


def label(score: float, threshold: float) -> str:
    return "positive" if score > threshold else "negative" if score < -threshold else "neutral"


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--profile", default="fast", choices=["fast", "full"])
    ap.add_argument("--split", default="all", choices=["all", "tune", "report"])
    ap.add_argument("--dump", help="write per-article scores (JSONL) for threshold tuning")
    args = ap.parse_args(argv)
    arts = [a for a in generate_corpus(today=TODAY)
            if args.split == "all" or split_of(a["demo"]["story"]) == args.split]
    docs = [Document(str(i), a["title"], a["text"], a["url"], a["language"], a["outlet_country"], a["published_at"])
            for i, a in enumerate(arts)]
    results = Pipeline(profile=args.profile).analyse(docs)
    by_lang: dict[str, Counter] = defaultdict(Counter)
    confusion: Counter = Counter()
    rows = []
    for a, r in zip(arts, results, strict=True):
        gold = a["demo"]["tone"]
        score = r.tone.score if r.tone else 0.0
        pred = label(score, LABEL_THRESHOLD) if r.tone else "neutral"
        for key in (a["language"], "all"):
            by_lang[key]["n"] += 1
            by_lang[key]["ok"] += pred == gold
        confusion[gold, pred] += 1
        rows.append({"story": a["demo"]["story"], "split": split_of(a["demo"]["story"]), "lang": a["language"],
                     "gold": gold, "score": score, "has_tone": r.tone is not None})
    print(f"profile={args.profile} split={args.split} threshold={LABEL_THRESHOLD}")
    for lang, c in sorted(by_lang.items(), key=lambda kv: -kv[1]["n"]):
        print(f"  {lang:4s} n={c['n']:4d} agreement={100 * c['ok'] / c['n']:5.1f}%")
    print("  gold → predicted:", {f"{g}→{p}": n for (g, p), n in sorted(confusion.items())})
    if args.dump:
        with open(args.dump, "w", encoding="utf-8") as fh:
            for row in rows:
                fh.write(json.dumps(row) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
