"""Approved information materials for the public portal and the border-gate kiosks."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class InformationMaterial(models.Model):
    """A short public text (what to know at the border, investment, tourism…), per language."""

    agency = models.ForeignKey("accounts.Agency", verbose_name=_("đơn vị"), on_delete=models.PROTECT, related_name="+")
    slug = models.SlugField(max_length=120, unique=True)
    # {"vi": {"title": "...", "body": "..."}, "en": {...}}; Vietnamese is required.
    content = models.JSONField(_("nội dung theo ngôn ngữ"), default=dict)
    approved = models.BooleanField(_("đã duyệt"), default=False)
    approved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("người duyệt"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    approved_at = models.DateTimeField(null=True, blank=True)
    featured = models.BooleanField(_("hiển thị nổi bật (kiosk)"), default=False)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("tài liệu thông tin")
        verbose_name_plural = _("tài liệu thông tin")
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return self.title("vi")[0] or self.slug

    def get_absolute_url(self) -> str:
        return reverse("portal:material", args=["vi", self.slug])

    def _pick(self, language: str) -> tuple[dict[str, str], str]:
        if language in self.content and self.content[language].get("title"):
            return self.content[language], language
        return self.content.get("vi", {}), "vi"

    def title(self, language: str) -> tuple[str, str]:
        data, used = self._pick(language)
        return data.get("title", ""), used

    def body(self, language: str) -> tuple[str, str]:
        data, used = self._pick(language)
        return data.get("body", ""), used
