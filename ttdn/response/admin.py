from django.contrib import admin

from .models import (
    Case,
    CaseAttachment,
    CaseComment,
    CaseEvent,
    Correction,
    CorrectionVersion,
    Fact,
    FactSource,
    FactVersion,
    MatchingSettings,
    Narrative,
    SlaAlert,
    SlaPolicy,
    Suggestion,
)


class FactSourceInline(admin.TabularInline):
    model = FactSource
    extra = 0


@admin.register(Fact)
class FactAdmin(admin.ModelAdmin):
    list_display = ["slug", "category", "status", "agency", "valid_from", "valid_to", "version", "approved_by"]
    list_filter = ["category", "status"]
    search_fields = ["slug", "statement_vi", "search_text"]
    readonly_fields = ["version", "search_text", "approved_by", "approved_at"]
    inlines = [FactSourceInline]


@admin.register(FactVersion)
class FactVersionAdmin(admin.ModelAdmin):
    list_display = ["fact", "number", "changed_by", "changed_at", "note"]
    readonly_fields = ["fact", "number", "data", "changed_by", "changed_at", "note"]


@admin.register(Narrative)
class NarrativeAdmin(admin.ModelAdmin):
    list_display = ["title", "agency", "severity", "first_seen", "last_seen"]
    list_filter = ["severity"]
    search_fields = ["title", "claim_summary"]
    filter_horizontal = ["facts"]


@admin.register(SlaPolicy)
class SlaPolicyAdmin(admin.ModelAdmin):
    list_display = ["agency", "severity", "triage_hours", "response_hours"]


class CaseEventInline(admin.TabularInline):
    model = CaseEvent
    extra = 0
    readonly_fields = ["at", "actor", "kind", "from_status", "to_status", "note"]


@admin.register(Case)
class CaseAdmin(admin.ModelAdmin):
    list_display = [
        "pk",
        "title",
        "agency",
        "status",
        "severity",
        "assignee",
        "first_seen_at",
        "due_at",
        "sla_breached_at",
    ]
    list_filter = ["status", "severity", "origin"]
    search_fields = ["title", "summary"]
    raw_id_fields = ["articles"]
    inlines = [CaseEventInline]


admin.site.register(CaseComment)
admin.site.register(CaseAttachment)
admin.site.register(SlaAlert)
admin.site.register(MatchingSettings)


class CorrectionVersionInline(admin.StackedInline):
    model = CorrectionVersion
    extra = 0


@admin.register(Correction)
class CorrectionAdmin(admin.ModelAdmin):
    list_display = ["slug", "agency", "rating", "approved_by", "published_at"]
    inlines = [CorrectionVersionInline]


@admin.register(Suggestion)
class SuggestionAdmin(admin.ModelAdmin):
    list_display = ["article", "narrative", "fact", "agency", "score", "status", "decided_by"]
    list_filter = ["status"]
    raw_id_fields = ["article", "case"]
