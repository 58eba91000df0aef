"""Versioned REST API (/api/v1/, OpenAPI at /api/v1/openapi.json, docs at /api/v1/docs).

Each app contributes `ttdn/<app>/api.py` exposing `router`; they are mounted here.
Authentication: `Authorization: Bearer <token>` (per-user tokens), or the browser session.
"""

from __future__ import annotations

import importlib
from typing import Any

from django.http import HttpRequest
from ninja import NinjaAPI
from ninja.security import APIKeyHeader, HttpBearer, django_auth

from ttdn.accounts.services import authenticate_token

# (mount path, module) — the order is the order in the OpenAPI document.
APP_ROUTERS = [
    ("/sources", "ttdn.sources.api"),
    ("/articles", "ttdn.articles.api"),
    ("/monitoring", "ttdn.monitoring.api"),
    ("/searches", "ttdn.savedsearches.api"),
    ("/alerts", "ttdn.alerts.api"),
    ("/briefs", "ttdn.briefs.api"),
    ("/programme", "ttdn.programme.api"),
    ("/response", "ttdn.response.api"),
    ("/portal", "ttdn.portal.api"),
    ("/accounts", "ttdn.accounts.api"),
    ("/jobs", "ttdn.jobs.api"),
]


class TokenAuth(HttpBearer):
    def authenticate(self, request: HttpRequest, token: str) -> Any:
        user = authenticate_token(token)
        if user is not None:
            request.user = user  # type: ignore[assignment]  # ninja callers read request.user
        return user


class HeaderTokenAuth(APIKeyHeader):
    param_name = "X-API-Key"

    def authenticate(self, request: HttpRequest, key: str | None) -> Any:
        user = authenticate_token(key or "")
        if user is not None:
            request.user = user  # type: ignore[assignment]  # ninja callers read request.user
        return user


api = NinjaAPI(
    title="ttdn API",
    version="1",
    description="Monitoring, response desk and programme data for foreign information work.",
    urls_namespace="api-1",
    auth=[TokenAuth(), HeaderTokenAuth(), django_auth],
)

for prefix, module_name in APP_ROUTERS:
    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError as exc:
        if exc.name != module_name:
            raise
        continue
    api.add_router(prefix, module.router)
