"""Human names for codes the analysis produces (countries, provinces, topics), in the UI language."""

from __future__ import annotations

from functools import lru_cache

from babel import Locale
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

TOPIC_LABELS = {
    "diplomacy": _("Ngoại giao, chính trị"),
    "economy": _("Kinh tế, thương mại, đầu tư"),
    "tourism": _("Du lịch"),
    "culture": _("Văn hóa, di sản"),
    "sea_islands": _("Biển đảo, chủ quyền"),
    "human_rights": _("Nhân quyền, tôn giáo, dân tộc"),
    "defence": _("Quốc phòng, an ninh"),
    "science_technology": _("Khoa học, công nghệ"),
    "health": _("Y tế"),
    "environment": _("Môi trường, khí hậu"),
    "society": _("Xã hội"),
    "sports": _("Thể thao"),
    "education": _("Giáo dục"),
}
TONE_LABELS = {"negative": _("Tiêu cực"), "neutral": _("Trung lập"), "positive": _("Tích cực")}


@lru_cache(maxsize=4)
def _territories(language: str) -> dict[str, str]:
    return dict(Locale.parse(language).territories)


def country_name(code: str) -> str:
    language = "en" if (get_language() or "vi").startswith("en") else "vi"
    return _territories(language).get(code.upper(), code)


@lru_cache(maxsize=1)
def _province_names() -> dict[str, str]:
    try:
        from ttdn.analysis.provinces import load_units
    except ImportError:  # the analysis library is optional for the dashboard
        return {}
    return {unit.code: unit.short_name for unit in load_units().new}


def province_name(code: str) -> str:
    return _province_names().get(code, code)


def topic_name(code: str) -> str:
    return str(TOPIC_LABELS.get(code, code.replace("_", " ")))


def facet_label(kind: str, value: str) -> str:
    if kind == "country":
        return country_name(value)
    if kind == "province_2025":
        return province_name(value)
    if kind == "topic":
        return topic_name(value)
    return value
