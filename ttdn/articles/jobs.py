from __future__ import annotations

from ttdn.jobs.registry import job

from .analysis_bridge import analyse_articles, pending


@job("articles.analyse")
def analyse(article_ids: list[int]) -> dict[str, int]:
    return analyse_articles(article_ids)


@job("articles.analyse_pending")
def analyse_pending(limit: int = 5000) -> dict[str, int]:
    """Analyse articles that have none yet (enqueued after each ingest run)."""
    ids = list(pending().values_list("pk", flat=True)[:limit])
    return analyse_articles(ids)
