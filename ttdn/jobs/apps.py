from django.apps import AppConfig


class JobsConfig(AppConfig):
    name = "ttdn.jobs"
    label = "jobs"
