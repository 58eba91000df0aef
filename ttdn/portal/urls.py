"""Public portal, mounted at /public/ with no login. Language is part of every URL."""

from django.urls import path, register_converter

from . import views
from .labels import PORTAL_LANGUAGES


class LanguageConverter:
    regex = "(?:" + "|".join(PORTAL_LANGUAGES) + ")"

    def to_python(self, value: str) -> str:
        return value

    def to_url(self, value: str) -> str:
        return value


register_converter(LanguageConverter, "lang")

app_name = "portal"
urlpatterns = [
    path("", views.home, name="home"),
    path("claimreviews.json", views.claimreview_feed, name="claimreview_feed"),
    path("kiosk/", views.kiosk, name="kiosk"),
    path("kiosk/sw.js", views.service_worker, name="kiosk_sw"),
    path("kiosk/<lang:lang>/", views.kiosk, name="kiosk_lang"),
    path("<lang:lang>/", views.home, name="home_lang"),
    path("<lang:lang>/facts/", views.fact_list, name="facts"),
    path("<lang:lang>/facts/<slug:slug>/", views.fact_detail, name="fact"),
    path("<lang:lang>/corrections/", views.correction_list, name="corrections"),
    path("<lang:lang>/corrections/<slug:slug>/", views.correction_detail, name="correction"),
    path("<lang:lang>/materials/<slug:slug>/", views.material_detail, name="material"),
]
