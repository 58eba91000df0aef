"""Admin for every programme model (system administrators correct reference data here)."""

from __future__ import annotations

from django.contrib import admin

from . import models as m


@admin.register(m.AgencySuccession)
class AgencySuccessionAdmin(admin.ModelAdmin):
    list_display = ("predecessor", "successor", "effective_date", "weight", "kind")
    list_filter = ("kind", "effective_date")
    search_fields = ("predecessor__code", "predecessor__name_vi", "successor__code", "successor__name_vi")
    autocomplete_fields = ("predecessor", "successor")


@admin.register(m.TaskGroup)
class TaskGroupAdmin(admin.ModelAdmin):
    list_display = ("number", "title_vi")


@admin.register(m.Period)
class PeriodAdmin(admin.ModelAdmin):
    list_display = ("__str__", "type", "year", "number", "start", "end", "deadline")
    list_filter = ("type", "year")


class TargetInline(admin.TabularInline):
    model = m.IndicatorTarget
    extra = 0


@admin.register(m.Indicator)
class IndicatorAdmin(admin.ModelAdmin):
    list_display = ("code", "name_vi", "value_type", "aggregation", "task_group", "required", "active")
    list_filter = ("value_type", "task_group", "active")
    search_fields = ("code", "name_vi", "name_en")
    inlines = [TargetInline]


@admin.register(m.IndicatorTarget)
class IndicatorTargetAdmin(admin.ModelAdmin):
    list_display = ("indicator", "agency_kind", "period_type", "period", "value")


class TaskInline(admin.TabularInline):
    model = m.Task
    extra = 0
    fields = ("title", "task_group", "status", "progress", "due")


@admin.register(m.Plan)
class PlanAdmin(admin.ModelAdmin):
    list_display = ("agency", "year", "title", "status", "issued_on")
    list_filter = ("year", "status")
    search_fields = ("agency__code", "agency__name_vi", "title")
    inlines = [TaskInline]


@admin.register(m.Task)
class TaskAdmin(admin.ModelAdmin):
    list_display = ("title", "plan", "task_group", "status", "progress", "due")
    list_filter = ("status", "task_group")


@admin.register(m.TaskEvidence)
class TaskEvidenceAdmin(admin.ModelAdmin):
    list_display = ("__str__", "task", "size", "uploaded_by", "uploaded_at")


class ValueInline(admin.TabularInline):
    model = m.ReportValue
    extra = 0


class EventInline(admin.TabularInline):
    model = m.ReportEvent
    extra = 0
    readonly_fields = ("at", "actor", "from_status", "to_status", "comment")


@admin.register(m.Report)
class ReportAdmin(admin.ModelAdmin):
    list_display = ("agency", "period", "status", "submitted_at", "reviewed_at", "accepted_at")
    list_filter = ("status", "period")
    search_fields = ("agency__code", "agency__name_vi")
    inlines = [ValueInline, EventInline]


@admin.register(m.ReportValue)
class ReportValueAdmin(admin.ModelAdmin):
    list_display = ("report", "indicator", "value")


@admin.register(m.ReportEvent)
class ReportEventAdmin(admin.ModelAdmin):
    list_display = ("report", "at", "actor", "from_status", "to_status")


@admin.register(m.ReminderLog)
class ReminderLogAdmin(admin.ModelAdmin):
    list_display = ("agency", "period", "kind", "sent_at")


class ParticipantsInline(admin.TabularInline):
    model = m.CourseParticipants
    extra = 0


@admin.register(m.TrainingCourse)
class TrainingCourseAdmin(admin.ModelAdmin):
    list_display = ("title", "organiser", "level", "start", "end", "place")
    list_filter = ("level",)
    inlines = [ParticipantsInline]


@admin.register(m.CourseParticipants)
class CourseParticipantsAdmin(admin.ModelAdmin):
    list_display = ("course", "group", "count")


class EntryInline(admin.TabularInline):
    model = m.IndexEntry
    extra = 0


@admin.register(m.InternationalIndex)
class InternationalIndexAdmin(admin.ModelAdmin):
    list_display = ("name", "publisher", "higher_is_better", "countries_covered")
    inlines = [EntryInline]


@admin.register(m.IndexEntry)
class IndexEntryAdmin(admin.ModelAdmin):
    list_display = ("index", "year", "country", "rank", "score", "n_countries", "source_url")
    list_filter = ("index", "country")


@admin.register(m.IndexTarget)
class IndexTargetAdmin(admin.ModelAdmin):
    list_display = ("index", "year", "target_rank", "target_score")
