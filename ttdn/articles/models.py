"""Articles: one row per distinct published item; syndicated copies are linked, not recounted."""

from __future__ import annotations

from typing import Any

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

    source = models.ForeignKey(
        "sources.Source", null=True, blank=True, on_delete=models.SET_NULL, related_name="articles"
    )
    raw = models.ForeignKey(
        "sources.RawDocument", null=True, blank=True, on_delete=models.SET_NULL, related_name="articles"
    )
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
    # Folded shadow text (no diacritics, đ→d, CJK as bigrams) that the full-text index reads;
    # filled by save() through ttdn.articles.search.folding (see docs/SEARCH.md).
    search_title = models.TextField(blank=True, default="", editable=False)
    search_body = models.TextField(blank=True, default="", editable=False)

    class Meta:
        verbose_name = _("bài viết")
        verbose_name_plural = _("bài viết")
        ordering = ["-published_at", "-pk"]
        indexes = [models.Index(fields=["language", "published_at"])]

    def __str__(self) -> str:
        return self.title[:120]

    def save(self, *args: Any, **kwargs: Any) -> None:
        from .search.folding import fill_search_fields

        fill_search_fields(self)
        update_fields = kwargs.get("update_fields")
        if update_fields is not None and set(update_fields) & {"title", "summary", "text"}:
            kwargs["update_fields"] = {*update_fields, "search_title", "search_body"}
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return reverse("articles:detail", args=[self.pk])

    @property
    def representative_id(self) -> int:
        return self.duplicate_of_id or self.pk


class ArticleSearchIndex(models.Model):
    """The SQLite FTS5 table (external content over Article.search_title/search_body).

    Created by a migration on SQLite only; never written through the ORM (triggers keep it in
    sync). It exists as a model so search can JOIN it and let Django build the filters.
    """

    article = models.OneToOneField(
        Article, primary_key=True, db_column="rowid", on_delete=models.DO_NOTHING, related_name="fts"
    )
    # FTS5's hidden column named after the table: `articles_fts MATCH '…'` searches all columns.
    match = models.TextField(db_column="articles_fts")

    class Meta:
        managed = False
        db_table = "articles_fts"

    def __str__(self) -> str:
        return f"fts:{self.pk}"


class ArticleAnalysis(models.Model):
    """What the analysis library found in one article (filled by the analysis job)."""

    class Tone(models.TextChoices):
        NEGATIVE = "negative", _("Tiêu cực")
        NEUTRAL = "neutral", _("Trung lập")
        POSITIVE = "positive", _("Tích cực")

    article = models.OneToOneField(Article, on_delete=models.CASCADE, related_name="analysis")
    analysed_at = models.DateTimeField(_("thời điểm phân tích"), default=timezone.now)
    model_versions = models.JSONField(default=dict, blank=True)
    language = models.CharField(_("ngôn ngữ"), max_length=8, blank=True)
    language_confidence = models.FloatField(default=0.0)
    vi_without_diacritics = models.BooleanField(_("tiếng Việt không dấu"), default=False)
    vietnam_relevance = models.FloatField(_("mức liên quan tới Việt Nam"), default=0.0)
    tone_label = models.CharField(
        _("sắc thái"), max_length=16, choices=Tone.choices, default=Tone.NEUTRAL, db_index=True
    )
    tone_score = models.FloatField(_("điểm sắc thái"), default=0.0)
    # [{"text": str, "score": float, "start": int, "end": int}] — the sentences that drove the tone.
    tone_sentences = models.JSONField(default=list, blank=True)
    topics = models.JSONField(default=list, blank=True)
    # [{"text", "kind", "start", "end", "field", "value"}] — mentions with character spans.
    entities = models.JSONField(default=list, blank=True)
    story_cluster = models.CharField(max_length=64, blank=True, db_index=True)
    embedding = models.BinaryField(null=True, blank=True)

    class Meta:
        verbose_name = _("kết quả phân tích")
        verbose_name_plural = _("kết quả phân tích")

    def __str__(self) -> str:
        return f"{self.article_id}: {self.language} {self.tone_label}"


class ArticleFacet(models.Model):
    """One filterable finding (a country, a province, a topic…) of one article."""

    class Kind(models.TextChoices):
        COUNTRY = "country", _("Quốc gia")
        PROVINCE = "province", _("Tỉnh, thành (trước 1/7/2025)")
        PROVINCE_2025 = "province_2025", _("Tỉnh, thành (từ 1/7/2025)")
        TOPIC = "topic", _("Chủ đề")
        ORGANISATION = "organisation", _("Tổ chức")
        PERSON = "person", _("Nhân vật công khai")

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="facets")
    kind = models.CharField(_("loại"), max_length=16, choices=Kind.choices)
    value = models.CharField(_("giá trị"), max_length=255)
    score = models.FloatField(_("điểm"), default=1.0)

    class Meta:
        verbose_name = _("đặc trưng bài viết")
        verbose_name_plural = _("đặc trưng bài viết")
        indexes = [models.Index(fields=["kind", "value"])]
        constraints = [models.UniqueConstraint(fields=["article", "kind", "value"], name="unique_article_facet")]

    def __str__(self) -> str:
        return f"{self.kind}={self.value}"
