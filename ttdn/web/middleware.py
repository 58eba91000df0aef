"""Vietnamese is the default UI language: only an explicit choice (the language switch) changes it."""

from __future__ import annotations

from collections.abc import Callable

from django.http import HttpRequest, HttpResponse


class IgnoreBrowserLanguageMiddleware:
    """Drops Accept-Language before LocaleMiddleware, so a browser set to English still gets Vietnamese
    until the user picks English (stored in the language cookie by the switch)."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        request.META.pop("HTTP_ACCEPT_LANGUAGE", None)
        return self.get_response(request)
