"""Adapter between the analysis library's claim matcher and the response desk.

References are built from approved, valid facts (one per language text) and narratives; the
library scores each article against them; scores above an agency's "suggest" threshold become
Suggestions, and narrative matches above its "auto-link" threshold are linked to a case at once.
Suggestions keep their decision (confirmed / rejected) as labelled data for evaluation.
"""

from __future__ import annotations

import csv
import inspect
import io
import logging
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from django.db import transaction
from django.db.models import Q, QuerySet
from django.utils import timezone

from ttdn.accounts.models import Agency
from ttdn.accounts.services import audited_create, audited_update

from .models import Fact, MatchingSettings, Narrative, Suggestion
from .services import confirm_suggestion

logger = logging.getLogger(__name__)

DEFAULT_SUGGEST = 0.5
DEFAULT_AUTO_LINK = 0.9
ARTICLE_CHARS = 4000  # the claim is nearly always in the title and lead

Matcher = Callable[..., list[list[Any]]]


def library_matcher() -> Matcher:
    """The analysis library's matcher (imported late: it loads models on first use)."""
    import ttdn.analysis as analysis

    matcher = getattr(analysis, "match_claims", None)
    if matcher is None:
        raise ImportError("ttdn.analysis.match_claims is not available")
    return matcher


def _accepts_languages(matcher: Matcher) -> bool:
    try:
        return "languages" in inspect.signature(matcher).parameters
    except (TypeError, ValueError):
        return False


def reference_type() -> type:
    import ttdn.analysis as analysis

    found = getattr(analysis, "ClaimReference", None)
    if found is not None:
        return found
    from ttdn.analysis.types import ClaimReference

    return ClaimReference


def thresholds(agency: Agency) -> tuple[float, float]:
    settings = MatchingSettings.objects.filter(agency=agency).first()
    if settings is None:
        return DEFAULT_SUGGEST, DEFAULT_AUTO_LINK
    return settings.suggest_threshold, settings.auto_link_threshold


def active_facts() -> QuerySet[Fact]:
    today = timezone.localdate()
    return (
        Fact.objects.filter(status=Fact.Status.APPROVED)
        .filter(Q(valid_from__isnull=True) | Q(valid_from__lte=today))
        .filter(Q(valid_to__isnull=True) | Q(valid_to__gte=today))
    )


def build_references(reference_type: type) -> list[Any]:
    """One reference per fact text (Vietnamese and each translation) and per narrative."""
    refs = []
    for fact in active_facts():
        refs.append(
            reference_type(id=f"fact:{fact.pk}:vi", text=fact.statement_vi, kind="fact", title=fact.slug, language="vi")
        )
        for lang, text in sorted(fact.translations.items()):
            refs.append(
                reference_type(id=f"fact:{fact.pk}:{lang}", text=text, kind="fact", title=fact.slug, language=lang)
            )
    for narrative in Narrative.objects.all():
        text = "\n".join([narrative.title, narrative.claim_summary, " ".join(narrative.keywords)])
        refs.append(
            reference_type(
                id=f"narrative:{narrative.pk}", text=text, kind="narrative", title=narrative.title, language="vi"
            )
        )
    return refs


@dataclass(frozen=True)
class Target:
    kind: str  # "fact" or "narrative"
    pk: int


def parse_reference_id(reference_id: str) -> Target:
    kind, pk, *_rest = reference_id.split(":")
    return Target(kind, int(pk))


def best_per_target(matches: Iterable[Any]) -> dict[Target, tuple[float, float]]:
    """A fact matched in several languages counts once, with its best score."""
    best: dict[Target, tuple[float, float]] = {}
    for match in matches:
        target = parse_reference_id(match.reference_id)
        if target not in best or match.score > best[target][0]:
            best[target] = (float(match.score), float(getattr(match, "similarity", match.score)))
    return best


def _agencies_for(owner: Agency) -> list[Agency]:
    """The owner of a reference and every agency that configured its own thresholds."""
    agencies = {owner.pk: owner}
    for settings in MatchingSettings.objects.select_related("agency"):
        agencies.setdefault(settings.agency_id, settings.agency)
    return list(agencies.values())


def match_articles(article_ids: Sequence[int], matcher: Matcher | None = None, top_k: int = 5) -> dict[str, int]:
    """Score articles against the fact base and narratives; store suggestions; auto-link above threshold."""
    from ttdn.articles.models import Article

    matcher = matcher or library_matcher()
    references = build_references(reference_type())
    requested = Article.objects.filter(pk__in=list(article_ids))
    # Syndicated copies are matched through the first copy; confirming it links them all.
    articles = list(requested.filter(duplicate_of__isnull=True).order_by("pk"))
    counts = {
        "articles": len(articles),
        "duplicates_skipped": requested.exclude(duplicate_of__isnull=True).count(),
        "references": len(references),
        "suggested": 0,
        "auto_linked": 0,
    }
    if not articles or not references:
        return counts
    texts = [f"{a.title}\n\n{a.text[:ARTICLE_CHARS]}" for a in articles]
    if _accepts_languages(matcher):  # the library rescales cosines per language pair
        results = matcher(texts, references, top_k=top_k, languages=[a.language or None for a in articles])
    else:
        results = matcher(texts, references, top_k=top_k)
    facts = {f.pk: f for f in Fact.objects.select_related("agency")}
    narratives = {n.pk: n for n in Narrative.objects.select_related("agency")}
    matcher_name = getattr(matcher, "__module__", "") + "." + getattr(matcher, "__name__", "matcher")
    for article, matches in zip(articles, results, strict=True):
        for target, (score, similarity) in best_per_target(matches).items():
            obj = facts.get(target.pk) if target.kind == "fact" else narratives.get(target.pk)
            if obj is None:
                continue
            for agency in _agencies_for(obj.agency):
                suggest_at, auto_at = thresholds(agency)
                if score < suggest_at:
                    continue
                suggestion, created = _store(agency, article, target, obj, score, similarity, matcher_name)
                if created:
                    counts["suggested"] += 1
                if target.kind == "narrative" and score >= auto_at and suggestion.status == Suggestion.Status.PENDING:
                    confirm_suggestion(None, suggestion, system=True)
                    counts["auto_linked"] += 1
    return counts


@transaction.atomic
def _store(
    agency: Agency, article: Any, target: Target, obj: Any, score: float, similarity: float, matcher: str
) -> tuple[Suggestion, bool]:
    lookup = {"agency": agency, "article": article, target.kind: obj}
    existing = Suggestion.objects.filter(**lookup).first()
    if existing is not None:
        if existing.status == Suggestion.Status.PENDING and abs(existing.score - score) > 1e-6:
            audited_update(None, existing, score=score, similarity=similarity, matcher=matcher[:100])
        return existing, False
    return audited_create(None, Suggestion, score=score, similarity=similarity, matcher=matcher[:100], **lookup), True


LABEL_COLUMNS = [
    "suggestion_id",
    "agency",
    "article_id",
    "article_title",
    "article_language",
    "kind",
    "reference_id",
    "reference",
    "score",
    "similarity",
    "label",
    "decided_by",
    "decided_at",
    "matcher",
]


def labelled_rows(suggestions: QuerySet[Suggestion]) -> list[list[str]]:
    """Decided suggestions as evaluation data: label 1 = the article makes the claim, 0 = it does not."""
    rows: list[list[str]] = [LABEL_COLUMNS]
    labels: dict[str, str] = {Suggestion.Status.CONFIRMED: "1", Suggestion.Status.REJECTED: "0"}
    qs = suggestions.filter(status__in=list(labels)).select_related(
        "agency", "article", "narrative", "fact", "decided_by"
    )
    for s in qs.order_by("pk"):
        kind = "narrative" if s.narrative_id else "fact"
        ref = s.narrative or s.fact
        assert ref is not None  # a suggestion always targets a narrative or a fact (both cascade on delete)
        rows.append(
            [
                str(s.pk),
                s.agency.code,
                str(s.article_id),
                s.article.title,
                s.article.language,
                kind,
                str(ref.pk),
                str(ref),
                f"{s.score:.4f}",
                f"{s.similarity:.4f}",
                labels[s.status],
                s.decided_by.get_username() if s.decided_by else "",
                s.decided_at.isoformat() if s.decided_at else "",
                s.matcher,
            ]
        )
    return rows


def labelled_csv(suggestions: QuerySet[Suggestion]) -> bytes:
    buffer = io.StringIO()
    csv.writer(buffer).writerows(labelled_rows(suggestions))
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")
