from django.contrib import admin

from .models import Alert, AlertComment, AlertRule, Delivery


@admin.register(AlertRule)
class AlertRuleAdmin(admin.ModelAdmin):
    list_display = ("name", "kind", "agency", "owner", "active", "last_evaluated_at", "last_fired_at")
    list_filter = ("kind", "active")
    exclude = ("webhook_secret",)


@admin.register(Alert)
class AlertAdmin(admin.ModelAdmin):
    list_display = ("title", "kind", "status", "agency", "fired_at")
    list_filter = ("kind", "status")
    readonly_fields = ("rule", "event_key", "details", "article_ids")


admin.site.register(AlertComment)
admin.site.register(Delivery)
