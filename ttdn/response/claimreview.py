"""schema.org ClaimReview JSON-LD for a published correction, one document per language.

Follows the properties Google documents for fact-check markup: claimReviewed, reviewRating
(ratingValue, bestRating, worstRating, alternateName), url, author, datePublished, itemReviewed
(a Claim with appearance / firstAppearance as CreativeWork with url), inLanguage.
"""

from __future__ import annotations

import json
from typing import Any

from django.conf import settings
from django.urls import reverse
from django.utils import timezone

from .models import Correction

# alternateName: the verdict in words, in the language of the review.
RATING_NAMES: dict[str, dict[int, str]] = {
    "vi": {1: "Sai sự thật", 2: "Phần lớn sai", 3: "Gây hiểu lầm", 4: "Phần lớn đúng", 5: "Đúng sự thật"},
    "en": {1: "False", 2: "Mostly false", 3: "Misleading", 4: "Mostly true", 5: "True"},
    "fr": {1: "Faux", 2: "Plutôt faux", 3: "Trompeur", 4: "Plutôt vrai", 5: "Vrai"},
    "zh": {1: "错误", 2: "大部分错误", 3: "误导", 4: "大部分正确", 5: "正确"},
    "ja": {1: "誤り", 2: "ほぼ誤り", 3: "ミスリーディング", 4: "ほぼ正確", 5: "正確"},
    "ko": {1: "거짓", 2: "대체로 거짓", 3: "오해의 소지", 4: "대체로 사실", 5: "사실"},
    "ru": {1: "Ложь", 2: "Скорее ложь", 3: "Вводит в заблуждение", 4: "Скорее правда", 5: "Правда"},
    "es": {1: "Falso", 2: "Mayormente falso", 3: "Engañoso", 4: "Mayormente cierto", 5: "Verdadero"},
    "de": {1: "Falsch", 2: "Überwiegend falsch", 3: "Irreführend", 4: "Überwiegend richtig", 5: "Richtig"},
}


def public_base_url() -> str:
    """Absolute origin of the public portal (set TTDN_PUBLIC_BASE_URL in production)."""
    return getattr(settings, "TTDN_PUBLIC_BASE_URL", "") or "http://127.0.0.1:8000"


def rating_name(rating: int, language: str) -> str:
    return RATING_NAMES.get(language, RATING_NAMES["en"])[rating]


def correction_url(correction: Correction, language: str, base_url: str | None = None) -> str:
    path = reverse("portal:correction", args=[language, correction.slug])
    return (base_url or public_base_url()).rstrip("/") + path


def claim_review(correction: Correction, language: str, base_url: str | None = None) -> dict[str, Any]:
    """The JSON-LD object for one language version of a published correction."""
    versions = correction.current_versions()
    version = versions.get(language) or versions["vi"]
    case = correction.case
    articles = sorted(case.articles.select_related("outlet"), key=lambda a: a.published_at)
    appearance_urls = [a.url for a in articles if a.url]
    if case.appearance_url and case.appearance_url not in appearance_urls:
        appearance_urls.insert(0, case.appearance_url)
    item: dict[str, Any] = {
        "@type": "Claim",
        "datePublished": timezone.localtime(case.first_seen_at).date().isoformat(),
        "appearance": [{"@type": "CreativeWork", "url": url} for url in appearance_urls],
    }
    if appearance_urls:
        item["firstAppearance"] = {"@type": "CreativeWork", "url": appearance_urls[0]}
    if articles and articles[0].outlet:
        item["author"] = {"@type": "Organization", "name": articles[0].outlet.name}
    agency = correction.agency
    published = correction.published_at or timezone.now()
    return {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "url": correction_url(correction, version.language, base_url),
        "headline": version.headline,
        "claimReviewed": version.claim_reviewed,
        "itemReviewed": item,
        "reviewRating": {
            "@type": "Rating",
            "ratingValue": correction.rating,
            "bestRating": 5,
            "worstRating": 1,
            "alternateName": rating_name(correction.rating, version.language),
        },
        "author": {
            "@type": "Organization",
            "name": agency.display_name(version.language),
            "url": (base_url or public_base_url()).rstrip("/") + reverse("portal:home"),
        },
        "datePublished": timezone.localtime(published).date().isoformat(),
        "inLanguage": version.language,
    }


def claim_review_script(data: dict[str, Any]) -> str:
    """JSON for a <script type="application/ld+json"> block; '<' escaped so text cannot close the tag."""
    return json.dumps(data, ensure_ascii=False).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
