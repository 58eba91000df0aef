from __future__ import annotations

from django import template
from django.utils.safestring import SafeString, mark_safe

from ..services import sanitise_html

register = template.Library()


@register.filter
def sanitised(html: str) -> SafeString:
    """Article HTML cleaned again at display time (stored HTML is cleaned at ingest, too)."""
    return mark_safe(sanitise_html(html or ""))  # noqa: S308 - nh3 output
