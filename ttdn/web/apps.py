from django.apps import AppConfig


class WebConfig(AppConfig):
    verbose_name = "ttdn"
    name = "ttdn.web"
    label = "web"
