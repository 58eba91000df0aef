"""One search interface (SearchQuery in, SearchPage out) shared by the SQLite and PostgreSQL backends.

Query syntax (docs/SEARCH.md): words are ANDed; "quoted words" form a phrase; OR between two
items makes an alternative; a leading minus excludes (-word, -"a phrase"); word* matches a prefix.
Everything is folded first (case, diacritics, đ→d, CJK bigrams), exactly as the index text is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING, Literal, Protocol, TypeAlias, TypedDict

from django.db.models import Count, Exists, OuterRef, Q, QuerySet
from django.utils import timezone
from django.utils.safestring import SafeString

from ..models import Article, ArticleAnalysis, ArticleFacet
from .folding import CJK_RUN, fold, tokens

MAX_PAGE_SIZE = 100
Order = Literal["relevance", "date", "date_asc"]


class Rank(TypedDict):
    rank: float


if TYPE_CHECKING:
    from django_stubs_ext import WithAnnotations

    # Articles carrying the `rank` annotation a backend's rank() adds.
    RankedArticles: TypeAlias = QuerySet[WithAnnotations[Article, Rank]]


@dataclass(frozen=True)
class Term:
    """A phrase of index tokens (one token for a plain word); `prefix` marks word*."""

    tokens: tuple[str, ...]
    prefix: bool = False


@dataclass(frozen=True)
class Clause:
    """Alternatives joined by OR; a negated clause excludes what it matches."""

    alternatives: tuple[Term, ...]
    negated: bool = False


@dataclass(frozen=True)
class ParsedQuery:
    clauses: tuple[Clause, ...] = ()

    @property
    def positive(self) -> tuple[Clause, ...]:
        return tuple(c for c in self.clauses if not c.negated)

    @property
    def negative(self) -> tuple[Clause, ...]:
        return tuple(c for c in self.clauses if c.negated)

    @property
    def is_empty(self) -> bool:
        return not self.positive

    def highlight_terms(self) -> list[Term]:
        return [t for c in self.positive for t in c.alternatives]


@dataclass(frozen=True)
class SearchQuery:
    """Everything a search can ask for; the UI, the API and the benchmark all build one of these."""

    text: str = ""
    date_from: date | None = None
    date_to: date | None = None
    languages: tuple[str, ...] = ()
    outlet_ids: tuple[int, ...] = ()
    outlet_countries: tuple[str, ...] = ()
    source_ids: tuple[int, ...] = ()
    # Analysis facets (ArticleFacet / ArticleAnalysis rows).
    countries: tuple[str, ...] = ()
    provinces: tuple[str, ...] = ()  # codes before or after the 1/7/2025 merger
    topics: tuple[str, ...] = ()
    tones: tuple[str, ...] = ()
    min_relevance: float | None = None
    collapse_duplicates: bool = False
    order: Order = "relevance"
    page: int = 1
    page_size: int = 20

    def parsed(self) -> ParsedQuery:
        return parse_query(self.text)

    @property
    def offset(self) -> int:
        return (max(self.page, 1) - 1) * self.clamped_page_size

    @property
    def clamped_page_size(self) -> int:
        return max(1, min(self.page_size, MAX_PAGE_SIZE))


@dataclass
class SearchHit:
    article: Article
    rank: float | None = None
    title_html: SafeString | str = ""
    snippet_html: SafeString | str = ""
    copies: int = 0  # near-duplicates linked to this article (when it represents a group)


@dataclass
class SearchPage:
    query: SearchQuery
    hits: list[SearchHit] = field(default_factory=list)
    total: int = 0

    @property
    def page(self) -> int:
        return max(self.query.page, 1)

    @property
    def page_size(self) -> int:
        return self.query.clamped_page_size

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // self.page_size))

    @property
    def has_next(self) -> bool:
        return self.page < self.pages

    @property
    def has_previous(self) -> bool:
        return self.page > 1


class SearchBackend(Protocol):
    vendor: str

    def match(self, qs: QuerySet[Article], parsed: ParsedQuery) -> QuerySet[Article]:
        """Restrict `qs` to rows matching every positive clause of `parsed`."""
        ...

    def exclude(self, qs: QuerySet[Article], parsed: ParsedQuery) -> QuerySet[Article]:
        """Drop rows matching any (positive) clause of `parsed` from an already matched `qs`."""
        ...

    def rank(self, qs: QuerySet[Article], parsed: ParsedQuery) -> RankedArticles:
        """Annotate `rank` on a matched `qs` (higher is better)."""
        ...

    def search(self, query: SearchQuery, base: QuerySet[Article] | None = None) -> SearchPage: ...


# --- parsing ---------------------------------------------------------------------------------

_PIECE = re.compile(r'(?P<neg>-)?(?:"(?P<phrase>[^"]*)"?|(?P<word>[^\s"]+))')


def _term(raw: str, *, phrase: bool) -> Term | None:
    prefix = not phrase and raw.endswith("*") and len(raw.rstrip("*")) > 0
    folded = fold(raw.rstrip("*") if prefix else raw)
    toks = tuple(tokens(folded))
    if not toks:
        return None
    # A prefix only makes sense on a single non-CJK token.
    prefix = prefix and len(toks) == 1 and not CJK_RUN.fullmatch(toks[0])
    return Term(toks, prefix)


def parse_query(text: str) -> ParsedQuery:
    clauses: list[Clause] = []
    pending_or = False
    for m in _PIECE.finditer(text or ""):
        if m.group("word") == "OR" and not m.group("neg"):
            pending_or = bool(clauses) and not clauses[-1].negated
            continue
        raw = m.group("phrase") if m.group("phrase") is not None else m.group("word")
        term = _term(raw, phrase=m.group("phrase") is not None)
        if term is None:
            continue
        negated = bool(m.group("neg"))
        if pending_or and not negated:
            last = clauses.pop()
            clauses.append(Clause((*last.alternatives, term)))
        else:
            clauses.append(Clause((term,), negated))
        pending_or = False
    return ParsedQuery(tuple(clauses))


# --- filters shared by both backends ------------------------------------------------------------


def _day_start(day: date) -> datetime:
    return timezone.make_aware(datetime.combine(day, time.min), timezone.get_default_timezone())


def apply_filters(qs: QuerySet[Article], query: SearchQuery) -> QuerySet[Article]:
    """Metadata and analysis-facet filters (plain ORM, identical on every database)."""
    if query.date_from:
        qs = qs.filter(published_at__gte=_day_start(query.date_from))
    if query.date_to:
        qs = qs.filter(published_at__lt=_day_start(query.date_to + timedelta(days=1)))
    if query.languages:
        qs = qs.filter(language__in=query.languages)
    if query.outlet_ids:
        qs = qs.filter(outlet_id__in=query.outlet_ids)
    if query.outlet_countries:
        qs = qs.filter(outlet__country__in=[c.upper() for c in query.outlet_countries])
    if query.source_ids:
        qs = qs.filter(source_id__in=query.source_ids)
    facet_filters = [
        ([ArticleFacet.Kind.COUNTRY], [c.upper() for c in query.countries]),
        ([ArticleFacet.Kind.PROVINCE, ArticleFacet.Kind.PROVINCE_2025], list(query.provinces)),
        ([ArticleFacet.Kind.TOPIC], list(query.topics)),
    ]
    for kinds, values in facet_filters:
        if values:
            facets = ArticleFacet.objects.filter(article=OuterRef("pk"), kind__in=kinds, value__in=values)
            qs = qs.filter(Exists(facets))
    if query.tones or query.min_relevance is not None:
        analysis = ArticleAnalysis.objects.filter(article=OuterRef("pk"))
        if query.tones:
            analysis = analysis.filter(tone_label__in=query.tones)
        if query.min_relevance is not None:
            analysis = analysis.filter(vietnam_relevance__gte=query.min_relevance)
        qs = qs.filter(Exists(analysis))
    return qs


def collapse(qs: QuerySet[Article]) -> QuerySet[Article]:
    """Drop copies whose group representative is itself in the result set."""
    return qs.exclude(Q(duplicate_of__isnull=False) & Q(duplicate_of__in=qs.values("pk")))


def body_text(article: Article) -> str:
    """Summary and text, without repeating a summary that is just the opening of the text."""
    summary, text = (article.summary or "").strip(), (article.text or "").strip()
    if not summary or summary[:100] in text:
        return text or summary
    return f"{summary} {text}" if text else summary


def matching(backend: SearchBackend, qs: QuerySet[Article], parsed: ParsedQuery) -> QuerySet[Article]:
    """The rows of `qs` that a parsed query matches (positive clauses, then exclusions); unranked."""
    if parsed.positive:
        qs = backend.match(qs, parsed)
    if parsed.negative:
        excluded = ParsedQuery(tuple(Clause(c.alternatives) for c in parsed.negative))
        if parsed.positive:
            qs = backend.exclude(qs, excluded)
        else:
            qs = qs.exclude(pk__in=backend.match(Article.objects.all(), excluded).values("pk"))
    return qs


def _filtered_page(
    backend: SearchBackend, qs: QuerySet[Article], query: SearchQuery, parsed: ParsedQuery, offset: int, size: int
) -> tuple[int, list[tuple[int, float | None]]]:
    qs = matching(backend, qs, parsed)
    if query.collapse_duplicates:
        qs = collapse(qs)
    total = qs.count()
    # Sort only (id, rank) pairs, then load the page's rows: sorting whole rows (text, html…) of
    # every match costs several times more on large result sets.
    if parsed.positive and query.order == "relevance":
        ranked = backend.rank(qs, parsed).order_by("-rank", "-published_at", "-pk")
        return total, list(ranked.values_list("pk", "rank")[offset : offset + size])
    qs = qs.order_by("published_at", "pk") if query.order == "date_asc" else qs.order_by("-published_at", "-pk")
    return total, [(pk, None) for pk in qs.values_list("pk", flat=True)[offset : offset + size]]


def run_search(backend: SearchBackend, query: SearchQuery, base: QuerySet[Article] | None = None) -> SearchPage:
    """The shared search pipeline; backends only supply `match` and `rank`."""
    from .snippets import highlight, snippet

    qs = apply_filters(base if base is not None else Article.objects.all(), query)
    parsed = query.parsed()
    offset, size = query.offset, query.clamped_page_size
    fast = getattr(backend, "rank_everything", None)
    if (
        fast is not None
        and not qs.query.where  # no scoping, no filters: every indexed row is a candidate
        and parsed.positive
        and not parsed.negative
        and not query.collapse_duplicates
        and query.order == "relevance"
    ):
        total, ranked = fast(parsed, offset, size)
    else:
        total, ranked = _filtered_page(backend, qs, query, parsed, offset, size)
    rows = Article.objects.select_related("outlet", "source").in_bulk([pk for pk, _ in ranked])
    copies = dict(
        Article.objects.filter(duplicate_of__in=list(rows))
        .values("duplicate_of")
        .annotate(n=Count("pk"))
        .values_list("duplicate_of", "n")
    )
    terms = parsed.highlight_terms()
    hits = []
    for pk, rank in ranked:
        article = rows.get(pk)
        if article is None:  # deleted between the two queries
            continue
        hits.append(
            SearchHit(
                article=article,
                rank=rank,
                title_html=highlight(article.title, terms),
                snippet_html=snippet(body_text(article), terms),
                copies=copies.get(pk, 0),
            )
        )
    return SearchPage(query=query, hits=hits, total=total)
