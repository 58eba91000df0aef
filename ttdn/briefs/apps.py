from django.apps import AppConfig


class BriefsConfig(AppConfig):
    name = "ttdn.briefs"
    label = "briefs"
