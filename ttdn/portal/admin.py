from django.contrib import admin

from .models import InformationMaterial


@admin.register(InformationMaterial)
class InformationMaterialAdmin(admin.ModelAdmin):
    list_display = ["slug", "agency", "approved", "featured", "approved_by", "created_at"]
    list_filter = ["approved", "featured"]
    search_fields = ["slug"]
