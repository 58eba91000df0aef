from django.apps import AppConfig


class AlertsConfig(AppConfig):
    name = "ttdn.alerts"
    label = "alerts"
