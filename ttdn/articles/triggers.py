"""New articles are analysed in the background, whatever path stored them (feeds, files, push API).

One queued `articles.analyse_pending` job serves any number of new articles: it analyses
everything still missing when it runs, so a second one is only queued once the first has started.
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.db import transaction
from django.db.models.signals import post_save
from django.dispatch import receiver

from .models import Article

JOB = "articles.analyse_pending"


def schedule_analysis() -> int | None:
    from ttdn.jobs.models import JobRecord
    from ttdn.jobs.registry import enqueue

    if JobRecord.objects.filter(name=JOB, status=JobRecord.Status.QUEUED).exists():
        return None
    return enqueue(JOB)


@receiver(post_save, sender=Article, dispatch_uid="ttdn.articles.analyse_new")
def analyse_new_articles(sender: type[Article], instance: Article, created: bool, **kwargs: Any) -> None:
    if created and settings.TTDN_AUTO_ANALYSE and not kwargs.get("raw"):
        transaction.on_commit(schedule_analysis)
