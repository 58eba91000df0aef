from django.apps import AppConfig


class AlertsConfig(AppConfig):
    name = "ttdn.alerts"
    label = "alerts"

    def ready(self) -> None:
        from . import signals  # noqa: F401
