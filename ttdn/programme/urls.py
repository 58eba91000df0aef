from django.urls import path

from . import views

app_name = "programme"
urlpatterns = [
    path("", views.home, name="home"),
    path("agencies/", views.agencies, name="agencies"),
    path("reports/", views.report_list, name="reports"),
    path("reports/open/", views.report_open, name="report_open"),
    path("reports/<int:pk>/", views.report_detail, name="report_detail"),
    path("reports/<int:pk>/edit/", views.report_edit, name="report_edit"),
    path("reports/<int:pk>/action/", views.report_action, name="report_action"),
    path("reports/<int:pk>/template.xlsx", views.report_template, name="report_template"),
    path("reports/<int:pk>/upload/", views.report_upload, name="report_upload"),
    path("compliance/", views.compliance_dashboard, name="compliance"),
    path("compliance/export.<str:fmt>", views.compliance_export, name="compliance_export"),
    path("plans/", views.plan_list, name="plans"),
    path("plans/new/", views.plan_create, name="plan_create"),
    path("plans/<int:pk>/", views.plan_detail, name="plan_detail"),
    path("tasks/<int:pk>/", views.task_update, name="task_update"),
    path("tasks/<int:pk>/evidence/", views.task_evidence, name="task_evidence"),
    path("evidence/<int:pk>/", views.evidence_download, name="evidence_download"),
    path("training/", views.training, name="training"),
    path("indices/", views.index_list, name="indices"),
    path("indices/<slug:code>/", views.index_detail, name="index_detail"),
]
