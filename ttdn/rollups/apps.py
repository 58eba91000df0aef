from django.apps import AppConfig


class RollupsConfig(AppConfig):
    name = "ttdn.rollups"
    label = "rollups"

    def ready(self) -> None:
        from . import signals  # noqa: F401  (connects the incremental update to analysis storage)
