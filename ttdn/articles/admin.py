from __future__ import annotations

from django.contrib import admin

from .models import Article, ArticleAnalysis, ArticleFacet, Outlet


@admin.register(Outlet)
class OutletAdmin(admin.ModelAdmin):
    list_display = ("name", "domain", "country", "language", "kind")
    list_filter = ("kind", "country", "language")
    search_fields = ("name", "domain")


class FacetInline(admin.TabularInline):
    model = ArticleFacet
    extra = 0


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    list_display = ("title", "outlet", "language", "published_at", "date_quality", "duplicate_of")
    list_filter = ("language", "date_quality", "outlet__country")
    search_fields = ("title", "url", "canonical_url")
    date_hierarchy = "published_at"
    raw_id_fields = ("source", "raw", "outlet", "duplicate_of")
    readonly_fields = ("content_hash", "canonical_url", "search_title", "search_body", "minhash")
    inlines = [FacetInline]


@admin.register(ArticleAnalysis)
class ArticleAnalysisAdmin(admin.ModelAdmin):
    list_display = ("article", "language", "tone_label", "tone_score", "vietnam_relevance", "analysed_at")
    list_filter = ("tone_label", "language", "vi_without_diacritics")
    raw_id_fields = ("article",)
    search_fields = ("story_cluster",)


@admin.register(ArticleFacet)
class ArticleFacetAdmin(admin.ModelAdmin):
    list_display = ("article", "kind", "value", "score")
    list_filter = ("kind",)
    search_fields = ("value",)
    raw_id_fields = ("article",)
