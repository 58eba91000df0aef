from __future__ import annotations

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class JobRecord(models.Model):
    """What ran, where and how it ended: visible to users, useful after a crash."""

    class Status(models.TextChoices):
        QUEUED = "queued", _("Đang chờ")
        RUNNING = "running", _("Đang chạy")
        DONE = "done", _("Hoàn tất")
        FAILED = "failed", _("Lỗi")

    name = models.CharField(max_length=100, db_index=True)
    kwargs = models.JSONField(default=dict, blank=True)
    executor = models.CharField(max_length=16, default="inprocess")
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.QUEUED, db_index=True)
    created_at = models.DateTimeField(default=timezone.now)
    started_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    result = models.JSONField(null=True, blank=True)
    error = models.TextField(blank=True)

    class Meta:
        verbose_name = _("tác vụ nền")
        verbose_name_plural = _("tác vụ nền")
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"{self.name} [{self.status}]"
