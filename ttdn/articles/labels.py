"""Readable names for facet codes (provinces, topics, countries) shown in filters and on pages.

The reference data lives in the analysis library; if it cannot be loaded the code itself is shown.
"""

from __future__ import annotations

import logging
from functools import lru_cache

from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

logger = logging.getLogger(__name__)

# The TTĐN topic taxonomy of the analysis library (ttdn.analysis.topics.TOPICS), named in the UI language.
TOPIC_LABELS = {
    "diplomacy_politics": _("Ngoại giao, chính trị"),
    "economy_trade_investment": _("Kinh tế, thương mại, đầu tư"),
    "tourism": _("Du lịch"),
    "culture_heritage": _("Văn hóa, di sản"),
    "sea_islands_sovereignty": _("Biển đảo, chủ quyền"),
    "human_rights_religion_ethnic": _("Nhân quyền, tôn giáo, dân tộc"),
    "defence_security": _("Quốc phòng, an ninh"),
    "science_technology": _("Khoa học, công nghệ"),
    "health": _("Y tế"),
    "environment_climate": _("Môi trường, khí hậu"),
    "society": _("Xã hội"),
    "sports": _("Thể thao"),
    "education": _("Giáo dục"),
}


@lru_cache(maxsize=1)
def _provinces() -> tuple[dict[str, str], dict[str, str]]:
    try:
        from ttdn.analysis.provinces import load_units

        units = load_units()
    except Exception:  # reference data missing or malformed: fall back to codes
        logger.warning("province names unavailable", exc_info=True)
        return {}, {}
    return {u.code: u.short_name for u in units.old}, {u.code: u.short_name for u in units.new}


@lru_cache(maxsize=1)
def _topics() -> dict[str, str]:
    try:
        from ttdn.analysis.topics import LABELS_VI
    except Exception:
        logger.warning("topic names unavailable", exc_info=True)
        return {}
    return dict(LABELS_VI)


def province_names() -> tuple[dict[str, str], dict[str, str]]:
    """(code → name before 1/7/2025, code → name from 1/7/2025)."""
    return _provinces()


def province_label(code: str) -> str:
    """`48 · Đà Nẵng` — with both names when the code meant another unit before 1/7/2025."""
    old, new = _provinces()
    names = [n for n in (new.get(code), old.get(code)) if n]
    if not names:
        return code
    if len(names) == 2 and names[0] != names[1]:
        return gettext("%(code)s · %(new)s (từ 1/7/2025) / %(old)s (trước đó)") % {
            "code": code,
            "new": names[0],
            "old": names[1],
        }
    return f"{code} · {names[0]}"


def topic_label(topic: str) -> str:
    if topic in TOPIC_LABELS:
        return str(TOPIC_LABELS[topic])
    return _topics().get(topic, topic)


def country_label(code: str, language: str = "vi") -> str:
    try:
        from babel import Locale

        name = Locale.parse(language).territories.get(code.upper())
    except Exception:
        name = None
    return f"{code} · {name}" if name else code
