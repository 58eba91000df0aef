"""Articles: one row per distinct published item; syndicated copies are linked, not recounted."""

from __future__ import annotations

from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class Outlet(models.Model):
    class Kind(models.TextChoices):
        NEWSPAPER = "newspaper", _("Báo in/điện tử")
        AGENCY = "agency", _("Hãng thông tấn")
        BROADCAST = "broadcast", _("Phát thanh, truyền hình")
        ONLINE = "online", _("Trang tin")
        SOCIAL = "social", _("Mạng xã hội")
        GOVERNMENT = "government", _("Cổng thông tin chính phủ")
        OTHER = "other", _("Khác")

    name = models.CharField(_("tên"), max_length=255)
    domain = models.CharField(_("tên miền"), max_length=255, unique=True)
    country = models.CharField(_("quốc gia"), max_length=2, blank=True, help_text="ISO 3166-1 alpha-2")
    language = models.CharField(_("ngôn ngữ chính"), max_length=8, blank=True)
    kind = models.CharField(_("loại"), max_length=16, choices=Kind.choices, default=Kind.ONLINE)
    audience = models.PositiveBigIntegerField(_("độ phủ ước tính"), null=True, blank=True)

    class Meta:
        verbose_name = _("cơ quan báo chí")
        verbose_name_plural = _("cơ quan báo chí")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class Article(models.Model):
    class DateQuality(models.TextChoices):
        OK = "ok", _("Hợp lệ")
        MISSING = "missing", _("Thiếu ngày đăng")
        FUTURE = "future", _("Ngày đăng ở tương lai")
        UNPARSED = "unparsed", _("Không đọc được ngày đăng")

    source = models.ForeignKey("sources.Source", null=True, blank=True, on_delete=models.SET_NULL, related_name="articles")
    raw = models.ForeignKey("sources.RawDocument", null=True, blank=True, on_delete=models.SET_NULL, related_name="articles")
    outlet = models.ForeignKey(Outlet, null=True, blank=True, on_delete=models.SET_NULL, related_name="articles")
    url = models.CharField(_("địa chỉ"), max_length=2000, blank=True)
    canonical_url = models.CharField(max_length=2000, blank=True, db_index=True)
    content_hash = models.CharField(max_length=64, db_index=True)
    title = models.TextField(_("tiêu đề"))
    summary = models.TextField(_("tóm tắt"), blank=True)
    text = models.TextField(_("nội dung"), blank=True)
    html = models.TextField(blank=True, help_text="sanitised HTML")
    language = models.CharField(_("ngôn ngữ"), max_length=8, blank=True, db_index=True)
    author = models.CharField(_("tác giả"), max_length=255, blank=True)
    published_at = models.DateTimeField(_("ngày đăng"), db_index=True)
    published_at_raw = models.CharField(max_length=100, blank=True)
    date_quality = models.CharField(max_length=16, choices=DateQuality.choices, default=DateQuality.OK)
    fetched_at = models.DateTimeField(default=timezone.now)
    created_at = models.DateTimeField(default=timezone.now, db_index=True)
    # Near-duplicate grouping: the first article of a group is its own representative.
    duplicate_of = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="duplicates"
    )
    minhash = models.BinaryField(null=True, blank=True)
    metadata = models.JSONField(default=dict, blank=True)

    class Meta:
        verbose_name = _("bài viết")
        verbose_name_plural = _("bài viết")
        ordering = ["-published_at", "-pk"]
        indexes = [models.Index(fields=["language", "published_at"])]

    def __str__(self) -> str:
        return self.title[:120]

    def get_absolute_url(self) -> str:
        return reverse("articles:detail", args=[self.pk])
