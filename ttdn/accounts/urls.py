from django.urls import path

from . import views

app_name = "accounts"
urlpatterns = [
    path("audit.csv", views.audit_csv, name="audit-csv"),
    path("tokens/", views.tokens, name="tokens"),
    path("tokens/<int:pk>/revoke/", views.revoke, name="revoke-token"),
]
