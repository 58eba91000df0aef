"""Main navigation. Entries whose URL name does not exist (an app not installed) are skipped."""

from __future__ import annotations

from dataclasses import dataclass

from django.http import HttpRequest
from django.urls import NoReverseMatch, reverse
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _


@dataclass(frozen=True)
class NavItem:
    url_name: str
    label: str | Promise
    icon: str


NAV_ITEMS = [
    NavItem("web:home", _("Tổng quan"), "speedometer2"),
    NavItem("monitoring:dashboard", _("Dư luận"), "graph-up"),
    NavItem("alerts:inbox", _("Cảnh báo"), "bell"),
    NavItem("briefs:list", _("Bản tin"), "file-earmark-text"),
    NavItem("articles:list", _("Bài viết"), "newspaper"),
    NavItem("articles:search", _("Tìm kiếm"), "search"),
    NavItem("sources:list", _("Nguồn tin"), "rss"),
    NavItem("response:home", _("Phản bác"), "shield-check"),
    NavItem("programme:home", _("Chương trình"), "clipboard-check"),
    NavItem("portal:home", _("Cổng công khai"), "globe2"),
]


def nav_items(request: HttpRequest) -> list[dict[str, object]]:
    items: list[dict[str, object]] = []
    for item in NAV_ITEMS:
        try:
            url = reverse(item.url_name)
        except NoReverseMatch:
            continue
        active = request.path.startswith(url) if url != "/" else request.path == "/"
        items.append({"url": url, "label": item.label, "icon": item.icon, "active": active})
    return items


def context(request: HttpRequest) -> dict[str, object]:
    return {"nav_items": nav_items(request) if request.user.is_authenticated else []}
