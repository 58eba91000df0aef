from django.apps import AppConfig


class SourcesConfig(AppConfig):
    name = "ttdn.sources"
    label = "sources"
