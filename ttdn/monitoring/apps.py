from django.apps import AppConfig


class MonitoringConfig(AppConfig):
    name = "ttdn.monitoring"
    label = "monitoring"
