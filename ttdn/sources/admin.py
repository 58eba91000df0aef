from django.contrib import admin

from .models import IngestRun, QuarantinedItem, RawDocument, Source


@admin.register(Source)
class SourceAdmin(admin.ModelAdmin):
    list_display = ("name", "kind", "agency", "active", "last_fetch_at", "last_success_at", "items_total")
    list_filter = ("kind", "active", "agency")
    search_fields = ("name", "url")
    readonly_fields = ("etag", "last_modified", "last_fetch_at", "last_success_at", "items_total", "push_token_hash")


@admin.register(RawDocument)
class RawDocumentAdmin(admin.ModelAdmin):
    list_display = ("pk", "source", "url", "status", "http_status", "size", "fetched_at")
    list_filter = ("status",)
    search_fields = ("url", "content_hash")
    exclude = ("content",)
    readonly_fields = (
        "source",
        "url",
        "fetched_at",
        "http_status",
        "headers",
        "content_hash",
        "content_type",
        "size",
        "stored_path",
    )


@admin.register(QuarantinedItem)
class QuarantinedItemAdmin(admin.ModelAdmin):
    list_display = ("pk", "source", "locator", "reason", "resolved", "created_at")
    list_filter = ("resolved",)
    exclude = ("payload",)


@admin.register(IngestRun)
class IngestRunAdmin(admin.ModelAdmin):
    list_display = ("pk", "source", "label", "status", "fetched", "created", "duplicates", "quarantined", "started_at")
    list_filter = ("status",)
