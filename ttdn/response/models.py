"""Response desk: fact base, narratives (recurring false claims), cases and their corrections.

State changes go through `ttdn.response.services`; these models only hold data.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

# Languages a fact, correction or portal page may be written in (ISO 639-1), Vietnamese first.
CONTENT_LANGUAGES: list[tuple[str, str]] = [
    ("vi", "Tiếng Việt"),
    ("en", "English"),
    ("fr", "Français"),
    ("zh", "中文"),
    ("ja", "日本語"),
    ("ko", "한국어"),
    ("ru", "Русский"),
    ("es", "Español"),
    ("de", "Deutsch"),
    ("lo", "ພາສາລາວ"),
    ("km", "ភាសាខ្មែរ"),
    ("th", "ภาษาไทย"),
]
LANGUAGE_CODES = [code for code, _name in CONTENT_LANGUAGES]
TRANSLATION_LANGUAGES = LANGUAGE_CODES[1:]


class Severity(models.TextChoices):
    LOW = "low", _("Thấp")
    MEDIUM = "medium", _("Trung bình")
    HIGH = "high", _("Cao")
    CRITICAL = "critical", _("Khẩn cấp")


class Fact(models.Model):
    """A verified statement in Vietnamese with translations and official sources."""

    class Category(models.TextChoices):
        FOREIGN_RELATIONS = "foreign_relations", _("Quan hệ đối ngoại")
        SOVEREIGNTY = "sovereignty", _("Chủ quyền, biên giới, biển đảo")
        ECONOMY = "economy", _("Kinh tế, thương mại")
        RIGHTS = "rights", _("Quyền con người, tín ngưỡng, tôn giáo")
        GOVERNANCE = "governance", _("Pháp luật, bộ máy nhà nước")
        SOCIETY = "society", _("Xã hội, dân số")
        ENVIRONMENT = "environment", _("Môi trường, khí hậu")
        OTHER = "other", _("Khác")

    class Status(models.TextChoices):
        DRAFT = "draft", _("Dự thảo")
        APPROVED = "approved", _("Đã duyệt")
        RETIRED = "retired", _("Hết hiệu lực")

    slug = models.SlugField(_("mã định danh"), max_length=120, unique=True)
    agency = models.ForeignKey(
        "accounts.Agency", verbose_name=_("đơn vị quản lý"), on_delete=models.PROTECT, related_name="facts"
    )
    category = models.CharField(_("lĩnh vực"), max_length=32, choices=Category.choices, default=Category.OTHER)
    statement_vi = models.TextField(_("nội dung (tiếng Việt)"))
    # {"en": "...", "fr": "..."}: one text per language; Vietnamese lives in statement_vi.
    translations = models.JSONField(_("bản dịch"), default=dict, blank=True)
    valid_from = models.DateField(_("hiệu lực từ"), null=True, blank=True)
    valid_to = models.DateField(_("hiệu lực đến"), null=True, blank=True)
    status = models.CharField(_("trạng thái"), max_length=16, choices=Status.choices, default=Status.DRAFT)
    approved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("người phê duyệt"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    approved_at = models.DateTimeField(_("thời điểm phê duyệt"), null=True, blank=True)
    version = models.PositiveIntegerField(_("phiên bản"), default=1)
    # Lower-case, accent-free copy of every text, so "hien phap" finds "Hiến pháp" on any database.
    search_text = models.TextField(blank=True, editable=False)
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("dữ kiện")
        verbose_name_plural = _("dữ kiện")
        ordering = ["category", "slug"]

    def __str__(self) -> str:
        return self.statement_vi[:100]

    def get_absolute_url(self) -> str:
        return reverse("response:fact_detail", args=[self.slug])

    def text(self, language: str) -> tuple[str, str]:
        """(text, language actually used): falls back to Vietnamese when no translation exists."""
        if language != "vi" and self.translations.get(language):
            return self.translations[language], language
        return self.statement_vi, "vi"


class FactSource(models.Model):
    """An official document a fact rests on."""

    fact = models.ForeignKey(Fact, on_delete=models.CASCADE, related_name="sources")
    title = models.CharField(_("tên văn bản"), max_length=500)
    issuer = models.CharField(_("cơ quan ban hành"), max_length=255, blank=True)
    number = models.CharField(_("số, ký hiệu"), max_length=100, blank=True)
    date = models.DateField(_("ngày ban hành"), null=True, blank=True)
    url = models.URLField(_("địa chỉ"), max_length=1000, blank=True)
    excerpt = models.TextField(_("trích dẫn"), blank=True)

    class Meta:
        verbose_name = _("văn bản nguồn")
        verbose_name_plural = _("văn bản nguồn")
        ordering = ["fact", "pk"]

    def __str__(self) -> str:
        return f"{self.number} {self.title}".strip()

    def as_dict(self) -> dict[str, str]:
        return {
            "title": self.title,
            "issuer": self.issuer,
            "number": self.number,
            "date": self.date.isoformat() if self.date else "",
            "url": self.url,
            "excerpt": self.excerpt,
        }


class FactVersion(models.Model):
    """A full snapshot of a fact after each change; consecutive snapshots are diffed in the UI."""

    fact = models.ForeignKey(Fact, on_delete=models.CASCADE, related_name="versions")
    number = models.PositiveIntegerField(_("phiên bản"))
    data = models.JSONField()
    changed_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL)
    changed_at = models.DateTimeField(default=timezone.now)
    note = models.CharField(_("ghi chú"), max_length=255, blank=True)

    class Meta:
        verbose_name = _("phiên bản dữ kiện")
        verbose_name_plural = _("phiên bản dữ kiện")
        ordering = ["fact", "-number"]
        constraints = [models.UniqueConstraint(fields=["fact", "number"], name="unique_fact_version")]

    def __str__(self) -> str:
        return f"{self.fact.slug} v{self.number}"


class Narrative(models.Model):
    """A recurring false or distorted claim (EUvsDisinfo-style case fields)."""

    agency = models.ForeignKey(
        "accounts.Agency", verbose_name=_("đơn vị theo dõi"), on_delete=models.PROTECT, related_name="narratives"
    )
    slug = models.SlugField(max_length=120, unique=True)
    title = models.CharField(_("tiêu đề"), max_length=300)
    claim_summary = models.TextField(_("tóm tắt luận điệu"))
    disproof = models.TextField(_("phản bác"), blank=True)
    keywords = models.JSONField(_("từ khóa"), default=list, blank=True)
    languages = models.JSONField(_("ngôn ngữ"), default=list, blank=True)
    target_countries = models.JSONField(_("quốc gia nhắm tới"), default=list, blank=True)
    outlets_seen = models.JSONField(_("nơi xuất hiện"), default=list, blank=True)
    first_seen = models.DateField(_("xuất hiện lần đầu"), null=True, blank=True)
    last_seen = models.DateField(_("xuất hiện gần nhất"), null=True, blank=True)
    severity = models.CharField(_("mức độ"), max_length=16, choices=Severity.choices, default=Severity.MEDIUM)
    facts = models.ManyToManyField(Fact, verbose_name=_("dữ kiện liên quan"), blank=True, related_name="narratives")
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("luận điệu sai trái")
        verbose_name_plural = _("luận điệu sai trái")
        ordering = ["-last_seen", "title"]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("response:narrative_detail", args=[self.pk])


class SlaPolicy(models.Model):
    """Hours allowed per severity; an agency row overrides the default row (agency empty)."""

    agency = models.ForeignKey("accounts.Agency", null=True, blank=True, on_delete=models.CASCADE)
    severity = models.CharField(_("mức độ"), max_length=16, choices=Severity.choices)
    triage_hours = models.PositiveIntegerField(_("thời hạn phân loại (giờ)"))
    response_hours = models.PositiveIntegerField(_("thời hạn đăng bài phản bác (giờ)"))

    class Meta:
        verbose_name = _("thời hạn xử lý (SLA)")
        verbose_name_plural = _("thời hạn xử lý (SLA)")
        constraints = [models.UniqueConstraint(fields=["agency", "severity"], name="unique_sla_agency_severity")]

    def __str__(self) -> str:
        return f"{self.agency or '*'} {self.severity}: {self.triage_hours}h/{self.response_hours}h"


class Case(models.Model):
    """One appearance of a false claim to handle."""

    class Status(models.TextChoices):
        NEW = "new", _("Mới")
        TRIAGED = "triaged", _("Đã phân loại")
        ASSIGNED = "assigned", _("Đã giao")
        DRAFTING = "drafting", _("Đang soạn")
        IN_REVIEW = "in_review", _("Chờ duyệt")
        APPROVED = "approved", _("Đã duyệt")
        PUBLISHED = "published", _("Đã đăng")
        CLOSED = "closed", _("Đã đóng")
        DISMISSED = "dismissed", _("Bỏ qua")

    class Origin(models.TextChoices):
        ALERT = "alert", _("Cảnh báo")
        CLAIM_MATCH = "claim_match", _("Gợi ý đối chiếu")
        SEARCH = "search", _("Kết quả tìm kiếm")
        MANUAL = "manual", _("Nhập tay")

    agency = models.ForeignKey(
        "accounts.Agency", verbose_name=_("đơn vị xử lý"), on_delete=models.PROTECT, related_name="cases"
    )
    title = models.CharField(_("tiêu đề"), max_length=300)
    summary = models.TextField(_("mô tả"), blank=True)
    origin = models.CharField(_("nguồn phát hiện"), max_length=16, choices=Origin.choices, default=Origin.MANUAL)
    narrative = models.ForeignKey(
        Narrative, verbose_name=_("luận điệu"), null=True, blank=True, on_delete=models.SET_NULL, related_name="cases"
    )
    articles = models.ManyToManyField(
        "articles.Article", verbose_name=_("bài viết"), blank=True, related_name="response_cases"
    )
    appearance_url = models.URLField(_("địa chỉ xuất hiện"), max_length=2000, blank=True)
    severity = models.CharField(_("mức độ"), max_length=16, choices=Severity.choices, default=Severity.MEDIUM)
    status = models.CharField(_("trạng thái"), max_length=16, choices=Status.choices, default=Status.NEW, db_index=True)
    dismissed_reason = models.TextField(_("lý do bỏ qua"), blank=True)
    assignee = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("người được giao"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="assigned_cases",
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)
    # Timeliness: measured from the first appearance of the claim, not from case creation.
    first_seen_at = models.DateTimeField(_("xuất hiện lần đầu"), default=timezone.now)
    triaged_at = models.DateTimeField(null=True, blank=True)
    first_draft_at = models.DateTimeField(null=True, blank=True)
    approved_at = models.DateTimeField(null=True, blank=True)
    published_at = models.DateTimeField(null=True, blank=True)
    closed_at = models.DateTimeField(null=True, blank=True)
    due_at = models.DateTimeField(_("hạn xử lý"), null=True, blank=True)
    sla_breached_at = models.DateTimeField(_("quá hạn từ"), null=True, blank=True)

    class Meta:
        verbose_name = _("vụ việc")
        verbose_name_plural = _("vụ việc")
        ordering = ["-created_at", "-pk"]

    def __str__(self) -> str:
        return f"#{self.pk} {self.title}"

    def get_absolute_url(self) -> str:
        return reverse("response:case_detail", args=[self.pk])

    @property
    def is_open(self) -> bool:
        return self.status not in {self.Status.PUBLISHED, self.Status.CLOSED, self.Status.DISMISSED}


class CaseEvent(models.Model):
    """Append-only history of a case: transitions, assignments, comments, drafts."""

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="events")
    at = models.DateTimeField(default=timezone.now)
    actor = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL)
    kind = models.CharField(max_length=32)
    from_status = models.CharField(max_length=16, blank=True)
    to_status = models.CharField(max_length=16, blank=True)
    note = models.TextField(blank=True)

    class Meta:
        verbose_name = _("lịch sử vụ việc")
        verbose_name_plural = _("lịch sử vụ việc")
        ordering = ["case", "at", "pk"]

    def __str__(self) -> str:
        return f"{self.case_id} {self.kind} {self.from_status}→{self.to_status}"


class CaseComment(models.Model):
    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="comments")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL)
    body = models.TextField(_("nội dung"))
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("ý kiến")
        verbose_name_plural = _("ý kiến")
        ordering = ["case", "created_at"]

    def __str__(self) -> str:
        return self.body[:60]


class CaseAttachment(models.Model):
    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="attachments")
    file = models.FileField(_("tệp"), upload_to="response/attachments/%Y/%m/")
    name = models.CharField(_("tên tệp"), max_length=255)
    uploaded_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL)
    uploaded_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("tệp đính kèm")
        verbose_name_plural = _("tệp đính kèm")

    def __str__(self) -> str:
        return self.name


class Correction(models.Model):
    """The public answer to a case; its text lives in CorrectionVersion rows, one series per language."""

    class Rating(models.IntegerChoices):
        # ClaimReview ratingValue on a 1 (false) … 5 (true) scale.
        FALSE = 1, _("Sai sự thật")
        MOSTLY_FALSE = 2, _("Phần lớn sai")
        MISLEADING = 3, _("Gây hiểu lầm")
        MOSTLY_TRUE = 4, _("Phần lớn đúng")
        TRUE = 5, _("Đúng sự thật")

    case = models.OneToOneField(Case, on_delete=models.CASCADE, related_name="correction")
    agency = models.ForeignKey("accounts.Agency", on_delete=models.PROTECT, related_name="corrections")
    slug = models.SlugField(max_length=140, unique=True)
    rating = models.PositiveSmallIntegerField(_("đánh giá"), choices=Rating.choices, default=Rating.FALSE)
    approved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="approved_corrections"
    )
    approved_at = models.DateTimeField(null=True, blank=True)
    published_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("bài phản bác")
        verbose_name_plural = _("bài phản bác")
        ordering = ["-published_at", "-pk"]

    def __str__(self) -> str:
        return self.slug

    @property
    def is_published(self) -> bool:
        return self.published_at is not None

    def current_versions(self) -> dict[str, CorrectionVersion]:
        """Latest version per language."""
        latest: dict[str, CorrectionVersion] = {}
        for version in self.versions.order_by("language", "-number").prefetch_related("facts"):
            latest.setdefault(version.language, version)
        return latest


class CorrectionVersion(models.Model):
    correction = models.ForeignKey(Correction, on_delete=models.CASCADE, related_name="versions")
    language = models.CharField(_("ngôn ngữ"), max_length=8, choices=CONTENT_LANGUAGES)
    number = models.PositiveIntegerField(_("phiên bản"))
    headline = models.CharField(_("tiêu đề"), max_length=300)
    claim_reviewed = models.TextField(_("luận điệu được thẩm định"))
    body = models.TextField(_("nội dung"))
    facts = models.ManyToManyField(Fact, verbose_name=_("dữ kiện trích dẫn"), related_name="correction_versions")
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("phiên bản bài phản bác")
        verbose_name_plural = _("phiên bản bài phản bác")
        ordering = ["correction", "language", "-number"]
        constraints = [
            models.UniqueConstraint(fields=["correction", "language", "number"], name="unique_correction_version")
        ]

    def __str__(self) -> str:
        return f"{self.correction.slug} [{self.language}] v{self.number}"


class MatchingSettings(models.Model):
    """Per-agency thresholds on the calibrated claim-match score."""

    agency = models.OneToOneField("accounts.Agency", on_delete=models.CASCADE, related_name="matching_settings")
    suggest_threshold = models.FloatField(_("ngưỡng gợi ý"), default=0.5)
    auto_link_threshold = models.FloatField(_("ngưỡng tự liên kết"), default=0.9)

    class Meta:
        verbose_name = _("ngưỡng đối chiếu")
        verbose_name_plural = _("ngưỡng đối chiếu")

    def __str__(self) -> str:
        return f"{self.agency}: {self.suggest_threshold}/{self.auto_link_threshold}"


class Suggestion(models.Model):
    """An article the matcher thinks repeats a narrative or touches a fact; a person decides."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Chờ xác nhận")
        CONFIRMED = "confirmed", _("Đúng")
        REJECTED = "rejected", _("Không đúng")
        AUTO_LINKED = "auto_linked", _("Tự liên kết")

    agency = models.ForeignKey("accounts.Agency", on_delete=models.CASCADE, related_name="suggestions")
    article = models.ForeignKey("articles.Article", on_delete=models.CASCADE, related_name="claim_suggestions")
    narrative = models.ForeignKey(
        Narrative, null=True, blank=True, on_delete=models.CASCADE, related_name="suggestions"
    )
    fact = models.ForeignKey(Fact, null=True, blank=True, on_delete=models.CASCADE, related_name="suggestions")
    score = models.FloatField(_("điểm"))
    similarity = models.FloatField(default=0.0)
    status = models.CharField(
        _("trạng thái"), max_length=16, choices=Status.choices, default=Status.PENDING, db_index=True
    )
    case = models.ForeignKey(Case, null=True, blank=True, on_delete=models.SET_NULL, related_name="suggestions")
    decided_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL)
    decided_at = models.DateTimeField(null=True, blank=True)
    matcher = models.CharField(max_length=100, blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("gợi ý đối chiếu")
        verbose_name_plural = _("gợi ý đối chiếu")
        ordering = ["-score", "-pk"]
        constraints = [
            models.UniqueConstraint(fields=["agency", "article", "narrative"], name="unique_suggestion_narrative"),
            models.UniqueConstraint(fields=["agency", "article", "fact"], name="unique_suggestion_fact"),
        ]

    def __str__(self) -> str:
        target = self.narrative or self.fact
        return f"{self.article_id} → {target} ({self.score:.2f})"


class SlaAlert(models.Model):
    """In-app notice that a case missed its deadline (also e-mailed)."""

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="sla_alerts")
    agency = models.ForeignKey("accounts.Agency", on_delete=models.CASCADE, related_name="+")
    kind = models.CharField(max_length=16, default="response")  # "triage" or "response"
    created_at = models.DateTimeField(default=timezone.now)
    acknowledged_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL)
    acknowledged_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("cảnh báo quá hạn")
        verbose_name_plural = _("cảnh báo quá hạn")
        ordering = ["-created_at"]
        constraints = [models.UniqueConstraint(fields=["case", "kind"], name="unique_sla_alert")]

    def __str__(self) -> str:
        return f"{self.case} {self.kind}"
