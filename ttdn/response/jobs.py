"""Background jobs of the response desk (run in-process or on Celery workers)."""

from __future__ import annotations

from ttdn.jobs.registry import job


@job("response.match_articles")
def match_articles(article_ids: list[int]) -> dict[str, int]:
    from .matching import match_articles as run

    return run(article_ids)


@job("response.check_sla")
def check_sla() -> dict[str, int]:
    from .sla import check_sla as run

    return run()
