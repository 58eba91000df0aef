from __future__ import annotations

import importlib

from django.conf import settings
from django.conf.urls.static import static
from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import URLPattern, URLResolver, include, path

from ttdn.api.main import api

urlpatterns: list[URLPattern | URLResolver] = [
    path("admin/", admin.site.urls),
    path("i18n/", include("django.conf.urls.i18n")),
    path("accounts/login/", auth_views.LoginView.as_view(), name="login"),
    path("accounts/logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("api/v1/", api.urls),
    path("", include("ttdn.web.urls")),
]

# Apps mount their pages under their own prefix when they have a urls module.
APP_URLS = [
    ("sources/", "ttdn.sources.urls"),
    ("articles/", "ttdn.articles.urls"),
    ("monitoring/", "ttdn.monitoring.urls"),
    ("searches/", "ttdn.savedsearches.urls"),
    ("alerts/", "ttdn.alerts.urls"),
    ("briefs/", "ttdn.briefs.urls"),
    ("programme/", "ttdn.programme.urls"),
    ("response/", "ttdn.response.urls"),
    ("accounts/", "ttdn.accounts.urls"),
    ("jobs/", "ttdn.jobs.urls"),
    ("public/", "ttdn.portal.urls"),
]
for prefix, module_name in APP_URLS:
    try:
        importlib.import_module(module_name)
    except ModuleNotFoundError as exc:
        if exc.name != module_name:
            raise
        continue
    urlpatterns.append(path(prefix, include(module_name)))

if settings.DEBUG:
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)
