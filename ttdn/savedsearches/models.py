"""Saved searches: a named query (full search syntax + dashboard filters) owned by a user.

Matching articles are materialised as hits, so dashboards, alerts and briefs read a saved search
from the rollups (scope ``s:<id>``) instead of re-running the full-text query on every request.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class SavedSearch(models.Model):
    name = models.CharField(_("tên"), max_length=200)
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="saved_searches", verbose_name=_("người tạo")
    )
    agency = models.ForeignKey(
        "accounts.Agency", null=True, blank=True, on_delete=models.SET_NULL, verbose_name=_("cơ quan")
    )
    shared = models.BooleanField(_("chia sẻ trong cơ quan"), default=False)
    # Full search syntax (see docs/SEARCH.md); empty means "every article" (filters only).
    query = models.CharField(_("truy vấn"), max_length=1000, blank=True)
    # Dashboard filters applied on top of the hits: language, outlet_country, outlet, topic, tone, province.
    filters = models.JSONField(_("bộ lọc"), default=dict, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(default=timezone.now)
    matched_at = models.DateTimeField(null=True, blank=True, help_text="last full re-match of the archive")

    class Meta:
        verbose_name = _("tìm kiếm đã lưu")
        verbose_name_plural = _("tìm kiếm đã lưu")
        ordering = ["name", "pk"]

    def __str__(self) -> str:
        return self.name

    @property
    def scope(self) -> str:
        """The rollup scope that holds this search's matching articles."""
        return f"s:{self.pk}"


class SavedSearchHit(models.Model):
    search = models.ForeignKey(SavedSearch, on_delete=models.CASCADE, related_name="hits")
    article = models.ForeignKey("articles.Article", on_delete=models.CASCADE, related_name="saved_search_hits")

    class Meta:
        constraints = [models.UniqueConstraint(fields=["search", "article"], name="unique_saved_search_hit")]
        indexes = [models.Index(fields=["article"])]

    def __str__(self) -> str:
        return f"{self.search_id}:{self.article_id}"
