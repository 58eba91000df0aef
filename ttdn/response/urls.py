from django.urls import path

from . import views

app_name = "response"
urlpatterns = [
    path("", views.home, name="home"),
    path("facts/", views.fact_list, name="fact_list"),
    path("facts/new/", views.fact_edit, name="fact_create"),
    path("facts/export/", views.fact_export, name="fact_export"),
    path("facts/import/", views.fact_import, name="fact_import"),
    path("facts/<slug:slug>/", views.fact_detail, name="fact_detail"),
    path("facts/<slug:slug>/edit/", views.fact_edit, name="fact_edit"),
    path("facts/<slug:slug>/approve/", views.fact_approve, name="fact_approve"),
    path("narratives/", views.narrative_list, name="narrative_list"),
    path("narratives/new/", views.narrative_create, name="narrative_create"),
    path("narratives/<int:pk>/", views.narrative_detail, name="narrative_detail"),
    path("narratives/<int:pk>/edit/", views.narrative_edit, name="narrative_edit"),
    path("materials/", views.material_list, name="material_list"),
    path("materials/new/", views.material_edit, name="material_create"),
    path("materials/<int:pk>/edit/", views.material_edit, name="material_edit"),
    path("materials/<int:pk>/approve/", views.material_approve, name="material_approve"),
    path("cases/", views.case_list, name="case_list"),
    path("cases/new/", views.case_create, name="case_create"),
    path("cases/<int:pk>/", views.case_detail, name="case_detail"),
    path("cases/<int:pk>/do/<slug:action>/", views.case_transition, name="case_transition"),
    path("cases/<int:pk>/draft/", views.case_draft, name="case_draft"),
    path("cases/<int:pk>/comment/", views.case_comment, name="case_comment"),
    path("cases/<int:pk>/attach/", views.case_attach, name="case_attach"),
    path("cases/<int:pk>/claimreview.json", views.case_claimreview, name="case_claimreview"),
    path("attachments/<int:pk>/", views.attachment_download, name="attachment"),
    path("suggestions/", views.suggestion_list, name="suggestions"),
    path("suggestions/<int:pk>/decide/", views.suggestion_decide, name="suggestion_decide"),
    path("suggestions/export.csv", views.suggestion_export, name="suggestion_export"),
    path("statistics/", views.statistics, name="statistics"),
    path("alerts/", views.sla_alerts, name="sla_alerts"),
    path("settings/", views.agency_settings, name="agency_settings"),
]
