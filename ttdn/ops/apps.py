from django.apps import AppConfig


class OpsConfig(AppConfig):
    name = "ttdn.ops"
    label = "ops"
    verbose_name = "Operations (backup, restore, store checks)"
