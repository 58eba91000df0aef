from django.urls import path

from . import views

app_name = "monitoring"
urlpatterns = [
    path("", views.dashboard, name="dashboard"),
    path("daily.csv", views.daily_csv, name="daily-csv"),
]
