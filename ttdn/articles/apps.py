from django.apps import AppConfig


class ArticlesConfig(AppConfig):
    name = "ttdn.articles"
    label = "articles"
