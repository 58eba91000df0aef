"""Alert rules, the alerts they fire, comments on them, and one Delivery row per delivery attempt.

A rule belongs to an agency (who sees its alerts) and to its owner (whose visibility its queries
use). One event gives one alert: `(rule, event_key)` is unique, and a rule fires at most once per
`throttle_minutes`.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class AlertRule(models.Model):
    class Kind(models.TextChoices):
        VOLUME_SPIKE = "volume_spike", _("Tăng đột biến số tin")
        NEGATIVE_SPIKE = "negative_spike", _("Tăng đột biến tin tiêu cực")
        STORY_SPREAD = "story_spread", _("Sự kiện lan nhanh")
        WATCH = "watch", _("Theo dõi từ khóa, thực thể")
        CLAIM_MATCH = "claim_match", _("Trùng luận điệu sai trái")

    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="alert_rules", verbose_name=_("người tạo")
    )
    agency = models.ForeignKey(
        "accounts.Agency", null=True, blank=True, on_delete=models.CASCADE, verbose_name=_("cơ quan")
    )
    name = models.CharField(_("tên"), max_length=200)
    kind = models.CharField(_("loại"), max_length=32, choices=Kind.choices)
    # "" national, "p:<province code>"; a saved search replaces the scope with its own.
    scope = models.CharField(_("phạm vi"), max_length=40, blank=True, default="")
    saved_search = models.ForeignKey(
        "savedsearches.SavedSearch",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="alert_rules",
        verbose_name=_("tìm kiếm đã lưu"),
    )
    parameters = models.JSONField(_("tham số"), default=dict, blank=True)
    emails = models.TextField(_("gửi thư tới"), blank=True, help_text=_("Mỗi dòng một địa chỉ thư điện tử."))
    webhook_url = models.URLField(_("địa chỉ webhook"), max_length=1000, blank=True)
    webhook_secret = models.CharField(_("khóa bí mật webhook"), max_length=200, blank=True)
    active = models.BooleanField(_("đang bật"), default=True)
    throttle_minutes = models.PositiveIntegerField(_("giãn cách tối thiểu (phút)"), default=60)
    state = models.JSONField(default=dict, blank=True)  # cursors of watch and claim rules
    last_evaluated_at = models.DateTimeField(null=True, blank=True)
    last_fired_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("quy tắc cảnh báo")
        verbose_name_plural = _("quy tắc cảnh báo")
        ordering = ["name", "pk"]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("alerts:rule_edit", args=[self.pk])

    @property
    def email_list(self) -> list[str]:
        return [e.strip() for e in self.emails.replace(",", "\n").splitlines() if e.strip()]


class Alert(models.Model):
    class Status(models.TextChoices):
        NEW = "new", _("Mới")
        ACKNOWLEDGED = "acknowledged", _("Đã tiếp nhận")
        CLOSED = "closed", _("Đã đóng")

    rule = models.ForeignKey(AlertRule, on_delete=models.CASCADE, related_name="alerts", verbose_name=_("quy tắc"))
    agency = models.ForeignKey("accounts.Agency", null=True, blank=True, on_delete=models.CASCADE)
    kind = models.CharField(_("loại"), max_length=32, choices=AlertRule.Kind.choices)
    event_key = models.CharField(max_length=200)
    title = models.CharField(_("tiêu đề"), max_length=300)
    summary = models.TextField(_("mô tả"), blank=True)
    details = models.JSONField(default=dict, blank=True)  # figures of the test, the day, the cluster…
    article_ids = models.JSONField(default=list, blank=True)
    link = models.CharField(_("liên kết"), max_length=500, blank=True)  # e.g. the response desk's suggestion
    status = models.CharField(_("trạng thái"), max_length=16, choices=Status.choices, default=Status.NEW, db_index=True)
    assignee = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="assigned_alerts",
        verbose_name=_("người xử lý"),
    )
    acknowledged_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    acknowledged_at = models.DateTimeField(null=True, blank=True)
    fired_at = models.DateTimeField(_("thời điểm"), default=timezone.now, db_index=True)

    class Meta:
        verbose_name = _("cảnh báo")
        verbose_name_plural = _("cảnh báo")
        ordering = ["-fired_at", "-pk"]
        constraints = [models.UniqueConstraint(fields=["rule", "event_key"], name="unique_alert_event")]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("alerts:detail", args=[self.pk])


class AlertComment(models.Model):
    alert = models.ForeignKey(Alert, on_delete=models.CASCADE, related_name="comments")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL)
    body = models.TextField(_("nội dung"))
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("ý kiến")
        verbose_name_plural = _("ý kiến")
        ordering = ["created_at", "pk"]

    def __str__(self) -> str:
        return f"{self.alert_id}: {self.body[:40]}"


class Delivery(models.Model):
    """One attempt to deliver an alert on one channel; a failed attempt schedules the next."""

    class Channel(models.TextChoices):
        EMAIL = "email", _("Thư điện tử")
        WEBHOOK = "webhook", _("Webhook")

    class Status(models.TextChoices):
        SENT = "sent", _("Đã gửi")
        FAILED = "failed", _("Lỗi, sẽ thử lại")
        GAVE_UP = "gave_up", _("Lỗi, đã dừng")
        RETRIED = "retried", _("Lỗi, đã thử lại")

    alert = models.ForeignKey(Alert, on_delete=models.CASCADE, related_name="deliveries")
    channel = models.CharField(max_length=16, choices=Channel.choices)
    target = models.CharField(max_length=1000)
    attempt = models.PositiveIntegerField(default=1)
    status = models.CharField(max_length=16, choices=Status.choices, db_index=True)
    response_status = models.IntegerField(null=True, blank=True)
    error = models.TextField(blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    next_attempt_at = models.DateTimeField(null=True, blank=True, db_index=True)

    class Meta:
        verbose_name = _("lần gửi")
        verbose_name_plural = _("lần gửi")
        ordering = ["created_at", "pk"]

    def __str__(self) -> str:
        return f"{self.alert_id} {self.channel} #{self.attempt} {self.status}"
