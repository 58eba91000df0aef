"""Human names for codes the analysis produces (countries, provinces, topics), in the UI language."""

from __future__ import annotations

from functools import lru_cache

from babel import Locale
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from ttdn.articles.labels import TOPIC_LABELS, province_names, topic_label

__all__ = ["TOPIC_LABELS", "TONE_LABELS", "country_name", "facet_label", "province_name", "topic_label"]

TONE_LABELS = {"negative": _("Tiêu cực"), "neutral": _("Trung lập"), "positive": _("Tích cực")}


@lru_cache(maxsize=4)
def _territories(language: str) -> dict[str, str]:
    return dict(Locale.parse(language).territories)


def country_name(code: str) -> str:
    language = "en" if (get_language() or "vi").startswith("en") else "vi"
    return _territories(language).get(code.upper(), code)


def _province_names() -> dict[str, str]:
    """Post-merger province code → name (reference data loaded once by the articles labels)."""
    return province_names()[1]


def province_name(code: str) -> str:
    return _province_names().get(code, code)


def facet_label(kind: str, value: str) -> str:
    if kind == "country":
        return country_name(value)
    if kind == "province_2025":
        return province_name(value)
    if kind == "topic":
        return topic_label(value)
    return value
