from django.apps import AppConfig


class SavedSearchesConfig(AppConfig):
    name = "ttdn.savedsearches"
    label = "savedsearches"
