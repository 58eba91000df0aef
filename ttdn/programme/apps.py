from django.apps import AppConfig


class ProgrammeConfig(AppConfig):
    name = "ttdn.programme"
    label = "programme"
