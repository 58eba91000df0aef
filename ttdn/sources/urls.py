from django.urls import path

from . import views

app_name = "sources"
urlpatterns = [
    path("", views.source_list, name="list"),
    path("add/", views.source_add, name="add"),
    path("upload/", views.upload, name="upload"),
    path("quarantine/", views.quarantine_list, name="quarantine"),
    path("quarantine/<int:pk>/download/", views.quarantine_download, name="quarantine_download"),
    path("quarantine/<int:pk>/resolve/", views.quarantine_resolve, name="quarantine_resolve"),
    path("<int:pk>/", views.source_detail, name="detail"),
    path("<int:pk>/edit/", views.source_edit, name="edit"),
    path("<int:pk>/fetch/", views.fetch_now, name="fetch"),
    path("<int:pk>/push-token/", views.push_token, name="push_token"),
]
