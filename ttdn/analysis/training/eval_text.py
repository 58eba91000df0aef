"""``ttdn eval`` rows for language id and place recognition."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from ..text import normalise, strip_diacritics
from .data import SIB_LANGS, read_jsonl
from .eval_core import EVAL_DATA, Row, Sources


def eval_langid(src: Sources) -> list[Row]:
    from langidentify import Detector

    from ..langid import default_identifier

    ours = default_identifier()
    bare = Detector(ours._model)
    gold, pred, base, split = [], [], [], "dev"
    for folder, code in SIB_LANGS.items():
        path, split = src.eval_file(f"sib200/{folder}/dev.jsonl", f"sib200/{folder}/test.jsonl")
        for r in read_jsonl(path):
            gold.append(code)
            pred.append(ours.identify(r["text"]).language)
            base.append(bare.detect(r["text"]).value[0].split("-")[0])

    def acc(p, merged=False):
        fold = (lambda c: "id" if c == "ms" else c) if merged else (lambda c: c)
        return 100 * np.mean([fold(a) == fold(b) for a, b in zip(p, gold, strict=True)])

    rows = [
        Row("language id", "SIB-200 (16 langs)", "16", "accuracy %", acc(pred), acc(base),
            "langidentify alone ≈99.4", 99.5, split),
        Row("language id", "SIB-200 (16 langs)", "16", "accuracy %, id+ms merged", acc(pred, True), acc(base, True),
            "langidentify alone ≈99.97", 99.9, split),
    ]
    # Unaccented Vietnamese: our own sentences plus SIB vi (diacritics stripped).
    own = [ln.strip() for ln in (EVAL_DATA / "vi_unaccented.txt").read_text("utf-8").splitlines()
           if ln.strip() and not ln.startswith("#")]
    path, _ = src.eval_file("sib200/vie_Latn/dev.jsonl", "sib200/vie_Latn/test.jsonl")
    texts = [strip_diacritics(t) for t in own + [r["text"] for r in read_jsonl(path)]]
    ok = [ours.identify(t) for t in texts]
    ours_acc = 100 * float(np.mean([g.language == "vi" and g.vi_without_diacritics for g in ok]))
    base_acc = 100 * float(np.mean([bare.detect(t).value[0] == "vi" for t in texts]))
    rows.append(Row("language id", "vi without diacritics (ours + SIB vi)", "vi", "accuracy % (lang+flag)",
                    ours_acc, base_acc, "–", 98.0, split))
    return rows



def read_places(path: Path) -> list[tuple[str, set[str], set[str]]]:
    from ..provinces import load_units

    units = load_units()
    by_name = {u.short_name: u for u in units.old}
    out = []
    for line in path.read_text("utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        text, countries, provs = (line.split("\t") + ["", ""])[:3]
        pcodes = set()
        for name in filter(None, (p.strip() for p in provs.split(";"))):
            pcodes.add(units.successor(by_name[normalise(name)].code).code)
        out.append((text, set(countries.split()), pcodes))
    return out


def _prf(gold: list[set[str]], pred: list[set[str]]) -> tuple[float, float]:
    tp = sum(len(g & p) for g, p in zip(gold, pred, strict=True))
    npred = sum(len(p) for p in pred)
    ngold = sum(len(g) for g in gold)
    return 100 * tp / max(1, npred), 100 * tp / max(1, ngold)


def eval_places(src: Sources) -> list[Row]:
    from .. import recognise
    from ..provinces import load_units

    units = load_units()
    # Baseline: case-insensitive substring search for the 63 official short names.
    naive = {normalise(u.short_name).lower(): units.successor(u.code).code for u in units.old}
    rows = []
    for lang in ("vi", "en"):
        data = read_places(EVAL_DATA / f"places_{lang}.tsv")
        pc, pp, bp = [], [], []
        for text, _gc, _gp in data:
            t = normalise(text)
            hits = recognise.find(t)
            pc.append({h.entry.ref for h in hits if h.entry.kind == "country"})
            pp.append({units.successor(h.entry.ref).code for h in hits if h.entry.kind == "province"})
            low = t.lower()
            bp.append({code for name, code in naive.items() if name in low})
        for kind, pred, gold in (("country", pc, [g for _, g, _ in data]), ("province", pp, [g for _, _, g in data])):
            p, r = _prf(gold, pred)
            base = bp if kind == "province" else None
            bpr = _prf(gold, base) if base else (None, None)
            rows.append(Row(f"{kind} recognition", f"ours ({len(data)} sentences)", lang, "precision %", p, bpr[0],
                            "–", 95.0, "own"))
            rows.append(Row(f"{kind} recognition", f"ours ({len(data)} sentences)", lang, "recall %", r, bpr[1],
                            "–", 95.0, "own"))
    return rows


