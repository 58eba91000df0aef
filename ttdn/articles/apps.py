from django.apps import AppConfig


class ArticlesConfig(AppConfig):
    name = "ttdn.articles"
    label = "articles"

    def ready(self) -> None:
        from . import triggers  # noqa: F401 - connects the analyse-new-articles signal
