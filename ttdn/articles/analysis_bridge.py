"""Django side of the analysis library: Article → Document, Analysis → ArticleAnalysis + facets.

The library (`ttdn.analysis`) is pure Python; everything that touches the database lives here,
so the same library can run on Celery chunks or in a notebook.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

import numpy as np
from django.conf import settings
from django.db import transaction
from django.db.models import Q, QuerySet
from django.utils import timezone

from .models import Article, ArticleAnalysis, ArticleFacet
from .signals import analysis_stored

logger = logging.getLogger(__name__)

CHUNK = 64
_pipeline: Any = None
_pipeline_lock = threading.Lock()


def state_path() -> Path:
    """Where the story clusterer keeps its state between runs (npz + JSON, no pickle)."""
    directory = Path(settings.TTDN_ANALYSIS_STATE_DIR)
    directory.mkdir(parents=True, exist_ok=True)
    return directory / "story_clusters"


def get_pipeline() -> Any:
    """One pipeline per process, so story clusters grow incrementally across batches."""
    global _pipeline
    with _pipeline_lock:
        if _pipeline is None:
            from ttdn.analysis import Pipeline, StoryClusterer

            path = state_path()
            clusterer = StoryClusterer.load(path) if path.with_suffix(".json").exists() else StoryClusterer()
            _pipeline = Pipeline(profile=settings.TTDN_ANALYSIS_PROFILE, clusterer=clusterer)
        return _pipeline


def reset_pipeline() -> None:
    global _pipeline
    with _pipeline_lock:
        _pipeline = None


def document_for(article: Article) -> Any:
    from ttdn.analysis import Document

    outlet = article.outlet
    return Document(
        id=str(article.pk),
        title=article.title,
        text=article.text or article.summary,
        url=article.url,
        language_hint=article.language or None,
        outlet_country=(outlet.country or None) if outlet is not None else None,
        published_at=article.published_at,
    )


def _locate(analysis: Any, start: int, end: int) -> tuple[str, int, int]:
    """Map a span in normalised title+"\\n\\n"+text onto the article field it falls in."""
    title_length = analysis.title_length
    if start < title_length:
        return "title", start, min(end, title_length)
    offset = title_length + 2
    return "text", max(start - offset, 0), max(end - offset, 0)


def _mention_rows(analysis: Any) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []

    def add(kind: str, value: str, label: str, mentions: Iterable[Any]) -> None:
        for mention in mentions:
            field, start, end = _locate(analysis, *mention.span)
            rows.append(
                {
                    "kind": kind,
                    "value": value,
                    "label": label,
                    "text": mention.text,
                    "field": field,
                    "start": start,
                    "end": end,
                }
            )

    for country in analysis.countries:
        add("country", country.code, country.code, country.mentions)
    for province in analysis.provinces:
        add("province", province.new_code, province.new_name, province.mentions)
    for region in analysis.regions:
        add("region", region.ref, region.text, [region])
    for entity in analysis.entities:
        add("person" if entity.kind == "person" else "organisation", entity.id, entity.name, entity.mentions)
    rows.sort(key=lambda r: (r["field"] != "title", r["start"]))
    return rows


def _tone_rows(analysis: Any) -> list[dict[str, Any]]:
    tone = analysis.tone
    if tone is None:
        return []
    rows = []
    for sentence in tone.sentences:
        start, end = sentence.span
        field, local_start, local_end = _locate(analysis, start, end)
        rows.append(
            {
                "text": analysis.normalised_text[start:end],
                "score": round(float(sentence.score), 4),
                "target": sentence.target,
                "field": field,
                "start": local_start,
                "end": local_end,
            }
        )
    return rows


def _facets(article: Article, analysis: Any) -> list[ArticleFacet]:
    facets: dict[tuple[str, str], float] = {}

    def put(kind: str, value: str, score: float = 1.0) -> None:
        key = (kind, value[:255])
        facets[key] = max(score, facets.get(key, 0.0))

    for country in analysis.countries:
        put(ArticleFacet.Kind.COUNTRY, country.code, float(len(country.mentions)))
    for province in analysis.provinces:
        put(ArticleFacet.Kind.PROVINCE_2025, province.new_code, float(len(province.mentions)))
        for old_code in province.old_codes:
            put(ArticleFacet.Kind.PROVINCE, old_code, float(len(province.mentions)))
    for topic in analysis.topics:
        put(ArticleFacet.Kind.TOPIC, topic.topic, float(topic.score))
    for entity in analysis.entities:
        kind = ArticleFacet.Kind.PERSON if entity.kind == "person" else ArticleFacet.Kind.ORGANISATION
        put(kind, entity.id, float(len(entity.mentions)))
    return [ArticleFacet(article=article, kind=k, value=v, score=s) for (k, v), s in facets.items()]


@transaction.atomic
def store_analysis(article: Article, analysis: Any, notify: bool = True) -> ArticleAnalysis:
    """Write one analysis and its facets; `notify=False` leaves the `analysis_stored` signal to a
    caller that sends it once for a whole chunk (rollups update far faster in batches)."""
    tone = analysis.tone
    embedding = np.asarray(analysis.embedding, dtype=np.float32).tobytes() if len(analysis.embedding) else None
    values = {
        "analysed_at": timezone.now(),
        "model_versions": dict(analysis.model_versions),
        "language": analysis.language[:8],
        "language_confidence": float(analysis.language_confidence),
        "vi_without_diacritics": bool(analysis.vi_without_diacritics),
        "vietnam_relevance": float(analysis.relevance),
        "tone_label": tone.label if tone is not None else ArticleAnalysis.Tone.NEUTRAL,
        "tone_score": float(tone.score) if tone is not None else 0.0,
        "tone_sentences": _tone_rows(analysis),
        "topics": [{"topic": t.topic, "score": round(float(t.score), 4)} for t in analysis.topics],
        "entities": _mention_rows(analysis),
        "story_cluster": (analysis.story_cluster or "")[:64],
        "embedding": embedding,
    }
    record, _ = ArticleAnalysis.objects.update_or_create(article=article, defaults=values)
    ArticleFacet.objects.filter(article=article).delete()
    ArticleFacet.objects.bulk_create(_facets(article, analysis))
    if not article.language and analysis.language:
        Article.objects.filter(pk=article.pk).update(language=analysis.language[:8])
    if notify:
        analysis_stored.send(sender=ArticleAnalysis, article_ids=[article.pk])
    return record


def current_versions() -> dict[str, str]:
    return dict(get_pipeline().model_versions())


def pending(reanalyse_outdated: bool = False) -> QuerySet[Article]:
    """Articles with no analysis, or (optionally) analysed with other model versions."""
    condition = Q(analysis__isnull=True)
    if reanalyse_outdated:
        condition |= ~Q(analysis__model_versions=current_versions())
    return Article.objects.filter(condition).order_by("pk")


def analyse_articles(article_ids: Sequence[int], progress: Callable[[int], None] | None = None) -> dict[str, int]:
    """Analyse and store in chunks; each chunk commits, so an interrupted run resumes where it stopped."""
    from ttdn.analysis import analyse_batch

    pipeline = get_pipeline()
    done = 0
    for start in range(0, len(article_ids), CHUNK):
        chunk_ids = list(article_ids[start : start + CHUNK])
        articles = list(Article.objects.filter(pk__in=chunk_ids).select_related("outlet").order_by("pk"))
        results = analyse_batch([document_for(a) for a in articles], pipeline=pipeline)
        by_id = {r.doc_id: r for r in results}
        with transaction.atomic():
            stored = []
            for article in articles:
                result = by_id.get(str(article.pk))
                if result is not None:
                    store_analysis(article, result, notify=False)
                    stored.append(article.pk)
            analysis_stored.send(sender=ArticleAnalysis, article_ids=stored)
        done += len(stored)
        pipeline.clusterer.save(state_path())
        if progress is not None:
            progress(len(articles))
    return {"analysed": done}
