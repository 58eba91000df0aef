from django.apps import AppConfig


class ResponseConfig(AppConfig):
    name = "ttdn.response"
    label = "response"
