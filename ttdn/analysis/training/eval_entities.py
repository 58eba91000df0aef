"""``ttdn eval`` rows for organisations and public figures: the pipeline (gazetteer + spaCy
NER for English + the public-figure title rules) against the gazetteer alone, on sentences we
wrote (``eval/data/entities_{en,vi}.tsv``). A private person kept counts against precision and
is reported on its own row. Vietnamese organisations come from the gazetteer in both columns,
so only its person rows are reported."""

from __future__ import annotations

from pathlib import Path

from ..text import strip_diacritics
from ..types import Analysis, Document
from .eval_core import EVAL_DATA, Row, Sources

Gold = tuple[str, set[str], set[str], set[str]]  # text, organisations, public figures, private persons
_ONLY = ("normalise", "language", "segment", "recognise", "ner")


def read_entities(path: Path) -> list[Gold]:
    out: list[Gold] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cols = (line.split("\t") + ["", "", ""])[:4]
        out.append((cols[0], *(_names(c) for c in cols[1:])))  # type: ignore[arg-type]
    return out


def _names(cell: str) -> set[str]:
    return {_key(n) for n in cell.split(";") if n.strip()}


def _key(name: str) -> str:
    name = name.strip()
    if name.lower().startswith("the "):
        name = name[4:]
    return strip_diacritics(name).casefold()


def predicted(a: Analysis, kind: str) -> list[set[str]]:
    """One set of surface forms (mention texts + display name) per recognised entity."""
    return [{_key(m.text) for m in e.mentions} | {_key(e.name)} for e in a.entities if e.kind == kind]


def score(data: list[Gold], results: list[Analysis]) -> dict[str, float]:
    tp = {"org": 0, "person": 0}
    n_pred = {"org": 0, "person": 0}
    found = {"org": 0, "person": 0}
    n_gold = {"org": 0, "person": 0}
    private_kept = private_total = 0
    for (_, orgs, people, private), a in zip(data, results, strict=True):
        for kind, gold in (("org", orgs), ("person", people)):
            ents = predicted(a, kind)
            n_pred[kind] += len(ents)
            tp[kind] += sum(1 for forms in ents if forms & gold)
            n_gold[kind] += len(gold)
            found[kind] += sum(1 for g in gold if any(g in forms for forms in ents))
        # A private person counts as kept if any entity (of either kind) carries the name.
        forms = [f for kind in ("org", "person") for ents in predicted(a, kind) for f in ents]
        private_total += len(private)
        private_kept += sum(1 for name in private if any(name in f for f in forms))
    out = {}
    for kind in ("org", "person"):
        out[f"{kind}_p"] = 100.0 * tp[kind] / n_pred[kind] if n_pred[kind] else 100.0
        out[f"{kind}_r"] = 100.0 * found[kind] / n_gold[kind] if n_gold[kind] else 100.0
    out["private"] = 100.0 * private_kept / private_total if private_total else 0.0
    return out


def analyse(texts: list[str], with_ner: bool, language: str = "en") -> list[Analysis]:
    from ..pipeline import COMPONENTS, Pipeline

    skip = [n for n, _ in COMPONENTS if n not in _ONLY or (n == "ner" and not with_ner)]
    pipe = Pipeline(profile="full", disable=skip)  # full: NER on every sentence of the text
    return pipe.analyse([Document(f"e{i}", "", t, language_hint=language) for i, t in enumerate(texts)])


def eval_entities(src: Sources) -> list[Row]:
    rows = []
    for lang in ("en", "vi"):
        data = read_entities(EVAL_DATA / f"entities_{lang}.tsv")
        texts = [t for t, *_ in data]
        ours = score(data, analyse(texts, with_ner=True, language=lang))
        base = score(data, analyse(texts, with_ner=False, language=lang))
        name = f"ours ({len(data)} sentences)"
        kinds = [("organisation recognition", "org"), ("public-figure recognition", "person")]
        for task, key in kinds if lang == "en" else kinds[1:]:
            for metric, suffix in (("precision %", "_p"), ("recall %", "_r")):
                rows.append(Row(task, name, lang, metric, ours[key + suffix], base[key + suffix], "–", None, "own"))
        rows.append(Row("private persons kept (lower is better)", name, lang, "% of private persons",
                        ours["private"], base["private"], "–", None, "own"))
    return rows
