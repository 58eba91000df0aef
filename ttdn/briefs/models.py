"""Stored, versioned briefs ("Bản tin tổng hợp dư luận báo chí trong và ngoài nước")."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class PeriodKind(models.TextChoices):
    DAILY = "daily", _("Hằng ngày")
    WEEKLY = "weekly", _("Hằng tuần")


class BriefStatus(models.TextChoices):
    DRAFT = "draft", _("Dự thảo")
    REVIEWED = "reviewed", _("Đã rà soát")
    APPROVED = "approved", _("Đã duyệt")
    SENT = "sent", _("Đã gửi")


class Brief(models.Model):
    agency = models.ForeignKey("accounts.Agency", null=True, blank=True, on_delete=models.PROTECT)
    scope = models.CharField(max_length=40, blank=True, default="")
    period_kind = models.CharField(max_length=10, choices=PeriodKind.choices)
    period_start = models.DateField()
    period_end = models.DateField()
    status = models.CharField(max_length=10, choices=BriefStatus.choices, default=BriefStatus.DRAFT)
    number = models.CharField(max_length=40, blank=True, default="")
    distribution = models.TextField(blank=True, default="")
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    approved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    sent_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-period_end", "-id"]
        constraints = [
            models.UniqueConstraint(
                fields=["agency", "scope", "period_kind", "period_start"], name="brief_unique_period"
            )
        ]

    def __str__(self) -> str:
        return f"{self.number or self.pk} {self.period_kind} {self.period_start}–{self.period_end}"


class BriefVersion(models.Model):
    brief = models.ForeignKey(Brief, on_delete=models.CASCADE, related_name="versions")
    version = models.PositiveIntegerField()
    content = models.JSONField(default=dict)
    docx_path = models.CharField(max_length=500, blank=True, default="")
    pdf_path = models.CharField(max_length=500, blank=True, default="")
    html_path = models.CharField(max_length=500, blank=True, default="")
    sha256 = models.JSONField(default=dict)
    generated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    generated_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["brief", "-version"]
        constraints = [models.UniqueConstraint(fields=["brief", "version"], name="briefversion_unique")]

    def __str__(self) -> str:
        return f"{self.brief_id} v{self.version}"
