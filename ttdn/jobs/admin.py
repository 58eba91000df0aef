from django.contrib import admin

from .models import JobRecord


@admin.register(JobRecord)
class JobRecordAdmin(admin.ModelAdmin):
    list_display = ["name", "status", "executor", "created_at", "started_at", "finished_at"]
    list_filter = ["status", "name", "executor"]
    readonly_fields = [f.name for f in JobRecord._meta.fields]
