from __future__ import annotations

from ttdn.jobs.registry import enqueue, job, registered

from .analysis_bridge import analyse_articles, pending


def _then_match_claims(article_ids: list[int]) -> None:
    """Newly analysed articles go on to the response desk's claim matcher when it is installed."""
    if article_ids and "response.match_articles" in registered():
        enqueue("response.match_articles", article_ids=article_ids)


@job("articles.analyse")
def analyse(article_ids: list[int]) -> dict[str, int]:
    result = analyse_articles(article_ids)
    _then_match_claims(list(article_ids))
    return result


@job("articles.analyse_pending")
def analyse_pending(limit: int = 5000) -> dict[str, int]:
    """Analyse articles that have none yet (enqueued after ingestion)."""
    ids = list(pending().values_list("pk", flat=True)[:limit])
    result = analyse_articles(ids)
    _then_match_claims(ids)
    return result
