from django.urls import path

from . import views

app_name = "briefs"

urlpatterns = [
    path("", views.brief_list, name="list"),
    path("<int:pk>/<str:fmt>/", views.download, name="download"),
]
