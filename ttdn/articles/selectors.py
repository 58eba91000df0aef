"""Read-side helpers: which articles a user may see."""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Any

from django.db.models import Q, QuerySet
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from ttdn.accounts.services import UserLike, visible_agency_ids

from .labels import province_names, topic_label
from .models import Article, ArticleAnalysis, ArticleFacet


def visible_articles(user: UserLike) -> QuerySet[Article]:
    """Articles from shared sources (no agency), from the user's agencies' sources, or with no source."""
    qs = Article.objects.all()
    ids = visible_agency_ids(user)
    if ids is None:
        return qs
    return qs.filter(Q(source__isnull=True) | Q(source__agency__isnull=True) | Q(source__agency__in=ids))


def _int(value: Any) -> int:
    return value if isinstance(value, int) else -1


def _locate(text: str, span: dict[str, Any], not_before: int) -> tuple[int, int] | None:
    """Where a mention really is: its recorded span, or the same words a few characters away
    (the analysis works on a normalised copy of the text, whose offsets can drift slightly)."""
    start, end, mention = span.get("start"), span.get("end"), span.get("text") or ""
    if not isinstance(start, int) or not isinstance(end, int):
        return None
    if not_before <= start < end <= len(text) and (not mention or text[start:end] == mention):
        return start, end
    if not mention:
        return None
    found = text.find(mention, max(not_before, start - 40))
    if found == -1 or abs(found - start) > 80:
        return None
    return found, found + len(mention)


def mark_spans(text: str, spans: list[dict[str, Any]]) -> SafeString:
    """`text` escaped, with the given character spans wrapped in <mark> (kind as a class).

    Spans come from the analysis job; any that fall outside the text, overlap an earlier one or
    do not match the mention they claim are skipped rather than trusted.
    """
    out: list[str] = []
    pos = 0
    for span in sorted(spans, key=lambda s: (_int(s.get("start")), -_int(s.get("end")))):
        located = _locate(text, span, pos)
        if located is None:
            continue
        start, end = located
        kind = re.sub(r"[^a-z0-9_-]", "", str(span.get("kind", "")).lower())
        label = str(span.get("label") or span.get("value") or kind)
        out.append(escape(text[pos:start]))
        out.append(f'<mark class="entity entity-{kind}" title="{escape(label)}">{escape(text[start:end])}</mark>')
        pos = end
    out.append(escape(text[pos:]))
    return mark_safe("".join(out))  # noqa: S308 - every piece of text is escaped above


def _facet_label(facet: ArticleFacet) -> str:
    if facet.kind == ArticleFacet.Kind.TOPIC:
        return topic_label(facet.value)
    if facet.kind in (ArticleFacet.Kind.PROVINCE, ArticleFacet.Kind.PROVINCE_2025):
        old, new = province_names()
        return (new if facet.kind == ArticleFacet.Kind.PROVINCE_2025 else old).get(facet.value, "")
    return ""


def analysis_view(article: Article, analysis: ArticleAnalysis | None) -> dict[str, Any]:
    """What the detail page's analysis block shows (facets by kind, marked text, tone sentences)."""
    entities = list(analysis.entities or []) if analysis else []
    # Readable names for facet codes, taken from the mentions the analysis recorded.
    labels = {
        (str(e.get("kind")), str(e.get("value"))): str(e.get("label"))
        for e in entities
        if isinstance(e, dict) and e.get("label")
    }
    facets: dict[str, list[ArticleFacet]] = defaultdict(list)
    for facet in ArticleFacet.objects.filter(article=article).order_by("kind", "-score", "value"):
        kind = "province" if facet.kind == ArticleFacet.Kind.PROVINCE_2025 else facet.kind
        facet.label = labels.get((kind, facet.value)) or _facet_label(facet)  # type: ignore[attr-defined]
        facets[facet.kind].append(facet)
    title_spans = [e for e in entities if isinstance(e, dict) and e.get("field") == "title"]
    text_spans = [e for e in entities if isinstance(e, dict) and e.get("field", "text") == "text"]
    return {
        "facets": dict(facets),
        "marked_title": mark_spans(article.title, title_spans) if title_spans else None,
        "marked_text": mark_spans(article.text, text_spans) if text_spans and article.text else None,
        "tone_sentences": [s for s in (analysis.tone_sentences or []) if isinstance(s, dict)] if analysis else [],
        "facet_kinds": ArticleFacet.Kind,
    }
