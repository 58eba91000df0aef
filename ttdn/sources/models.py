"""Where articles come from, and the verbatim payloads fetched from there."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class Source(models.Model):
    class Kind(models.TextChoices):
        RSS = "rss", _("RSS/Atom")
        WEB = "web", _("Trang web")
        SITEMAP = "sitemap", _("Sitemap")
        JSONL = "jsonl", _("Tệp JSONL")
        CSV = "csv", _("Tệp CSV")
        WARC = "warc", _("Lưu trữ WARC")
        GDELT = "gdelt", _("GDELT GKG 2.1")
        PUSH = "push", _("Đẩy dữ liệu (API)")

    name = models.CharField(_("tên"), max_length=255)
    kind = models.CharField(_("loại"), max_length=16, choices=Kind.choices)
    url = models.URLField(_("địa chỉ"), max_length=2000, blank=True)
    outlet = models.ForeignKey(
        "articles.Outlet", verbose_name=_("cơ quan báo chí"), null=True, blank=True, on_delete=models.SET_NULL
    )
    agency = models.ForeignKey(
        "accounts.Agency",
        verbose_name=_("đơn vị sở hữu"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        help_text=_("Để trống: nguồn dùng chung cho mọi đơn vị."),
    )
    active = models.BooleanField(_("đang hoạt động"), default=True)
    config = models.JSONField(_("cấu hình"), default=dict, blank=True)
    fetch_interval_minutes = models.PositiveIntegerField(_("chu kỳ lấy tin (phút)"), default=60)
    # HTTP validators for conditional GET.
    etag = models.CharField(max_length=255, blank=True)
    last_modified = models.CharField(max_length=64, blank=True)
    # Health, shown on the sources page.
    last_fetch_at = models.DateTimeField(_("lần lấy gần nhất"), null=True, blank=True)
    last_success_at = models.DateTimeField(_("lần thành công gần nhất"), null=True, blank=True)
    last_error = models.TextField(_("lỗi gần nhất"), blank=True)
    items_total = models.PositiveIntegerField(_("số bài"), default=0)
    push_token_hash = models.CharField(max_length=64, blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("nguồn tin")
        verbose_name_plural = _("nguồn tin")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class RawDocument(models.Model):
    """A fetched payload kept byte for byte before any parsing (Media Cloud keeps WARCs for the same reason)."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Chờ xử lý")
        PARSED = "parsed", _("Đã xử lý")
        QUARANTINED = "quarantined", _("Cách ly")

    source = models.ForeignKey(Source, null=True, blank=True, on_delete=models.SET_NULL, related_name="raw_documents")
    url = models.CharField(max_length=2000, blank=True)
    fetched_at = models.DateTimeField(default=timezone.now, db_index=True)
    http_status = models.PositiveSmallIntegerField(null=True, blank=True)
    headers = models.JSONField(default=dict, blank=True)
    # Small payloads live in the row; bulk files too large for memory are copied, while hashing,
    # into a content-addressed file under TTDN_DATA_DIR/raw and referenced here.
    content = models.BinaryField(blank=True, default=b"")
    stored_path = models.CharField(max_length=500, blank=True)
    content_hash = models.CharField(max_length=64, db_index=True)
    content_type = models.CharField(max_length=255, blank=True)
    size = models.PositiveBigIntegerField(default=0)
    encoding = models.CharField(max_length=32, blank=True)
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.PENDING, db_index=True)
    error = models.TextField(blank=True)
    items_created = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = _("dữ liệu gốc")
        verbose_name_plural = _("dữ liệu gốc")
        ordering = ["-fetched_at"]
        constraints = [models.UniqueConstraint(fields=["source", "content_hash"], name="unique_raw_per_source")]

    def __str__(self) -> str:
        return f"{self.url or self.content_hash[:12]} ({self.get_status_display()})"


class QuarantinedItem(models.Model):
    """One item that could not be parsed: the whole payload, or one line/record of a batch file."""

    raw = models.ForeignKey(
        RawDocument, null=True, blank=True, on_delete=models.CASCADE, related_name="quarantined_items"
    )
    source = models.ForeignKey(
        Source, null=True, blank=True, on_delete=models.SET_NULL, related_name="quarantined_items"
    )
    created_at = models.DateTimeField(default=timezone.now, db_index=True)
    locator = models.CharField(_("vị trí"), max_length=255, blank=True, help_text=_("e.g. line 17, record 3"))
    reason = models.TextField(_("lý do"))
    payload = models.BinaryField(blank=True, default=b"")
    resolved = models.BooleanField(default=False)

    class Meta:
        verbose_name = _("mục cách ly")
        verbose_name_plural = _("mục cách ly")
        ordering = ["-created_at"]
        constraints = [
            # Re-running an import must not quarantine the same line twice.
            models.UniqueConstraint(
                fields=["raw", "locator"], condition=models.Q(raw__isnull=False), name="unique_quarantine_locator"
            )
        ]

    def __str__(self) -> str:
        return f"{self.locator}: {self.reason[:60]}"


class IngestRun(models.Model):
    """One ingest of a source or file; its cursor lets an interrupted run resume."""

    class Status(models.TextChoices):
        RUNNING = "running", _("Đang chạy")
        DONE = "done", _("Hoàn tất")
        FAILED = "failed", _("Lỗi")

    source = models.ForeignKey(Source, null=True, blank=True, on_delete=models.SET_NULL, related_name="runs")
    raw = models.ForeignKey(RawDocument, null=True, blank=True, on_delete=models.SET_NULL, related_name="runs")
    started_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL)
    label = models.CharField(max_length=500, blank=True)
    started_at = models.DateTimeField(default=timezone.now)
    finished_at = models.DateTimeField(null=True, blank=True)
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.RUNNING)
    cursor = models.JSONField(default=dict, blank=True)
    fetched = models.PositiveIntegerField(default=0)
    created = models.PositiveIntegerField(default=0)
    duplicates = models.PositiveIntegerField(default=0)
    quarantined = models.PositiveIntegerField(default=0)
    error = models.TextField(blank=True)

    class Meta:
        verbose_name = _("lượt thu thập")
        verbose_name_plural = _("lượt thu thập")
        ordering = ["-started_at"]

    def __str__(self) -> str:
        return f"{self.label or self.source} {self.started_at:%Y-%m-%d %H:%M}"
