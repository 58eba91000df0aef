"""Keep rollups current: an analysis stored or replaced, an article changed or deleted."""

from __future__ import annotations

from typing import Any

from django.db.models.signals import post_save, pre_delete
from django.dispatch import receiver

from ttdn.articles.models import Article, ArticleAnalysis
from ttdn.articles.signals import analysis_stored

from .models import RollupLedger
from .services import forget_articles, refresh_articles


@receiver(analysis_stored, dispatch_uid="rollups.analysis_stored")
def _analysis_stored(sender: Any, article_ids: list[int], **kwargs: Any) -> None:
    from ttdn.savedsearches.services import match_articles

    match_articles(article_ids)  # saved-search hits are a scope of the rollups: update them first
    refresh_articles(article_ids)


@receiver(post_save, sender=Article, dispatch_uid="rollups.article_saved")
def _article_saved(sender: Any, instance: Article, created: bool, **kwargs: Any) -> None:
    # A change of date, outlet or duplicate group moves an analysed article between cells.
    if not created and RollupLedger.objects.filter(article_id=instance.pk).exists():
        refresh_articles([instance.pk])


@receiver(pre_delete, sender=Article, dispatch_uid="rollups.article_deleted")
def _article_deleted(sender: Any, instance: Article, **kwargs: Any) -> None:
    forget_articles([instance.pk])


@receiver(pre_delete, sender=ArticleAnalysis, dispatch_uid="rollups.analysis_deleted")
def _analysis_deleted(sender: Any, instance: ArticleAnalysis, **kwargs: Any) -> None:
    forget_articles([instance.article_id])
