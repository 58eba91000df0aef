"""Evaluate the rules after new analyses (and new claim-match suggestions) are committed.

At most one `alerts.evaluate` job waits at a time, so an analysis run of many chunks queues one
evaluation, not one per article.
"""

from __future__ import annotations

from typing import Any

from django.db import transaction
from django.db.models.signals import post_save
from django.dispatch import receiver

from ttdn.articles.signals import analysis_stored


def _enqueue_evaluation() -> None:
    from ttdn.jobs.models import JobRecord
    from ttdn.jobs.registry import enqueue

    from .models import AlertRule

    if not AlertRule.objects.filter(active=True).exists():
        return
    if JobRecord.objects.filter(name="alerts.evaluate", status=JobRecord.Status.QUEUED).exists():
        return
    enqueue("alerts.evaluate")


@receiver(analysis_stored, dispatch_uid="alerts.analysis_stored")
def _analysis_stored(sender: Any, article_ids: list[int], **kwargs: Any) -> None:
    transaction.on_commit(_enqueue_evaluation)


@receiver(post_save, sender="response.Suggestion", dispatch_uid="alerts.suggestion_saved")
def _suggestion_saved(sender: Any, instance: Any, created: bool, **kwargs: Any) -> None:
    if created:
        transaction.on_commit(_enqueue_evaluation)
