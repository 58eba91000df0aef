"""Public portal and border-gate kiosk: no login, no cookies, no forms, content per language."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from django.conf import settings
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, render
from django.templatetags.static import static
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.cache import cache_control

from ttdn.response.claimreview import claim_review, claim_review_script, rating_name
from ttdn.response.models import Correction, Fact

from .labels import LANGUAGE_NAMES, PORTAL_LANGUAGES, labels
from .models import InformationMaterial
from .selectors import public_corrections, public_facts, public_materials

DEFAULT_LANGUAGE = "vi"
KIOSK_ROTATE_SECONDS = 12
KIOSK_MAX_ITEMS = 12
KIOSK_REFRESH_MINUTES = 15


@dataclass
class Item:
    kind: str  # fact / correction / material
    slug: str
    title: str
    lang: str  # the language the text is actually in (fallback: vi)
    body: str = ""
    url: str = ""
    extra: dict[str, Any] = field(default_factory=dict)


def _fact_item(fact: Fact, lang: str) -> Item:
    text, used = fact.text(lang)
    return Item(
        "fact",
        fact.slug,
        text,
        used,
        url=reverse("portal:fact", args=[lang, fact.slug]),
        extra={"sources": list(fact.sources.all()), "fact": fact},
    )


def _correction_item(correction: Correction, lang: str) -> Item:
    versions = correction.current_versions()
    version = versions.get(lang) or versions.get("vi")
    if version is None:
        raise Http404
    return Item(
        "correction",
        correction.slug,
        version.headline,
        version.language,
        body=version.body,
        url=reverse("portal:correction", args=[lang, correction.slug]),
        extra={
            "claim": version.claim_reviewed,
            "verdict": rating_name(correction.rating, version.language),
            "rating": correction.rating,
            "published_at": correction.published_at,
            "approved_by": correction.approved_by,
            "agency": correction.agency.display_name(version.language),
            "facts": [_fact_item(f, lang) for f in version.facts.all()],
            "languages": sorted(versions),
        },
    )


def _material_item(material: InformationMaterial, lang: str) -> Item:
    title, used = material.title(lang)
    body, _ = material.body(lang)
    return Item(
        "material", material.slug, title, used, body=body, url=reverse("portal:material", args=[lang, material.slug])
    )


def _switcher(request: HttpRequest, lang: str) -> list[dict[str, Any]]:
    match = request.resolver_match
    name = match.view_name if match else "portal:home"
    kwargs = dict(match.kwargs) if match else {}
    if name == "portal:home":
        name = "portal:home_lang"
    if name == "portal:kiosk":
        name = "portal:kiosk_lang"
    links = []
    for code in PORTAL_LANGUAGES:
        links.append(
            {
                "code": code,
                "name": LANGUAGE_NAMES[code],
                "url": reverse(name, kwargs={**kwargs, "lang": code}),
                "current": code == lang,
            }
        )
    return links


def _render(request: HttpRequest, template: str, lang: str, context: dict[str, Any]) -> HttpResponse:
    context |= {
        "lang": lang,
        "L": labels(lang),
        "languages": _switcher(request, lang),
        "lang_name": LANGUAGE_NAMES[lang],
    }
    response = render(request, template, context)
    response["Content-Language"] = lang
    return response


def home(request: HttpRequest, lang: str = DEFAULT_LANGUAGE) -> HttpResponse:
    facts = [_fact_item(f, lang) for f in public_facts().order_by("-approved_at")[:6]]
    corrections = [_correction_item(c, lang) for c in public_corrections()[:6]]
    materials = [_material_item(m, lang) for m in public_materials()[:6]]
    return _render(
        request, "portal/home.html", lang, {"facts": facts, "corrections": corrections, "materials": materials}
    )


def fact_list(request: HttpRequest, lang: str) -> HttpResponse:
    facts = public_facts()
    category = request.GET.get("category", "")
    if category in Fact.Category.values:
        facts = facts.filter(category=category)
    return _render(request, "portal/fact_list.html", lang, {"facts": [_fact_item(f, lang) for f in facts]})


def fact_detail(request: HttpRequest, lang: str, slug: str) -> HttpResponse:
    fact = get_object_or_404(public_facts(), slug=slug)
    return _render(request, "portal/fact_detail.html", lang, {"item": _fact_item(fact, lang), "fact": fact})


def correction_list(request: HttpRequest, lang: str) -> HttpResponse:
    return _render(
        request,
        "portal/correction_list.html",
        lang,
        {"corrections": [_correction_item(c, lang) for c in public_corrections()]},
    )


def correction_detail(request: HttpRequest, lang: str, slug: str) -> HttpResponse:
    correction = get_object_or_404(public_corrections(), slug=slug)
    item = _correction_item(correction, lang)
    data = claim_review(correction, item.lang, request.build_absolute_uri("/"))
    return _render(request, "portal/correction_detail.html", lang, {"item": item, "jsonld": claim_review_script(data)})


def material_detail(request: HttpRequest, lang: str, slug: str) -> HttpResponse:
    material = get_object_or_404(public_materials(), slug=slug)
    return _render(request, "portal/material_detail.html", lang, {"item": _material_item(material, lang)})


# --- kiosk ---------------------------------------------------------------------------------


def kiosk_items(lang: str) -> list[Item]:
    """Featured materials first, then the latest corrections and facts."""
    items = [_material_item(m, lang) for m in public_materials().filter(featured=True)]
    items += [_correction_item(c, lang) for c in public_corrections()[:4]]
    items += [_fact_item(f, lang) for f in public_facts().order_by("-approved_at")[:6]]
    return items[:KIOSK_MAX_ITEMS]


@cache_control(no_cache=True)
def kiosk(request: HttpRequest, lang: str = DEFAULT_LANGUAGE) -> HttpResponse:
    return _render(
        request,
        "portal/kiosk.html",
        lang,
        {
            "items": kiosk_items(lang),
            "rotate_seconds": KIOSK_ROTATE_SECONDS,
            "refresh_minutes": KIOSK_REFRESH_MINUTES,
            "generated_at": timezone.now(),
        },
    )


def kiosk_precache() -> list[str]:
    """Everything a kiosk needs to keep running without network."""
    pages = [reverse("portal:kiosk")] + [reverse("portal:kiosk_lang", args=[code]) for code in PORTAL_LANGUAGES]
    assets = [
        static("vendor/bootstrap/bootstrap.min.css"),
        static("portal/kiosk.css"),
        static("portal/kiosk.js"),
        static("portal/kiosk-manifest.json"),
        static("ttdn/favicon.svg"),
    ]
    return pages + assets


def offline_hours() -> float:
    """How long a kiosk may show cached pages after its last contact (TTDN_KIOSK_OFFLINE_HOURS, default 24)."""
    return float(getattr(settings, "TTDN_KIOSK_OFFLINE_HOURS", 24))


@cache_control(no_cache=True)
def service_worker(request: HttpRequest) -> HttpResponse:
    scope = reverse("portal:kiosk")
    body = render(
        request,
        "portal/sw.js",
        {
            "precache": json.dumps(kiosk_precache()),
            "scope": json.dumps(scope),
            "max_age_ms": int(offline_hours() * 3600 * 1000),
        },
        content_type="application/javascript; charset=utf-8",
    )
    body["Service-Worker-Allowed"] = scope
    return body


def claimreview_feed(request: HttpRequest) -> JsonResponse:
    """Every published correction as ClaimReview, one object per language version (for aggregators)."""
    base = request.build_absolute_uri("/")
    items = []
    for correction in public_corrections():
        for language in sorted(correction.current_versions()):
            items.append(claim_review(correction, language, base))
    return JsonResponse({"@context": "https://schema.org", "@graph": items}, json_dumps_params={"ensure_ascii": False})
