"""SQLite FTS5 backend: an external-content FTS5 table `articles_fts` over the folded shadow columns.

The table is JOINed through the unmanaged ArticleSearchIndex model so that Django builds every
filter, the count and the pagination; ranking is FTS5's bm25 with the title weighted 3:1.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.db import connection
from django.db.models import FloatField, Lookup, QuerySet, TextField
from django.db.models.expressions import RawSQL

from ..models import Article
from .base import Clause, ParsedQuery, SearchPage, SearchQuery, Term, run_search

if TYPE_CHECKING:
    from .base import RankedArticles

TITLE_WEIGHT, BODY_WEIGHT = 3.0, 1.0
RANK_EVERYTHING_SQL = (
    "SELECT rowid, -bm25(articles_fts, 3.0, 1.0) AS score FROM articles_fts "
    "WHERE articles_fts MATCH %s ORDER BY score DESC, rowid DESC LIMIT %s OFFSET %s"
)


@TextField.register_lookup
class FtsMatch(Lookup):
    """`<fts table hidden column> MATCH <expression>` (only meaningful on the FTS5 table)."""

    lookup_name = "fts_match"

    def as_sql(self, compiler, connection):  # type: ignore[no-untyped-def]
        lhs, lhs_params = self.process_lhs(compiler, connection)
        rhs, rhs_params = self.process_rhs(compiler, connection)
        return f"{lhs} MATCH {rhs}", [*lhs_params, *rhs_params]


def _quote(token: str) -> str:
    return '"' + token.replace('"', '""') + '"'


def _term(term: Term) -> str:
    return _quote(" ".join(term.tokens)) + ("*" if term.prefix else "")


def _clause(clause: Clause) -> str:
    parts = [_term(t) for t in clause.alternatives]
    return parts[0] if len(parts) == 1 else "(" + " OR ".join(parts) + ")"


def to_match(parsed: ParsedQuery) -> str:
    """FTS5 query text: every token is quoted, so user input can never inject FTS5 syntax."""
    positive = " AND ".join(_clause(c) for c in parsed.positive)
    for clause in parsed.negative:
        positive = f"({positive}) NOT {_clause(clause)}"
    return positive


class SqliteFtsBackend:
    vendor = "sqlite"

    def match(self, qs: QuerySet[Article], parsed: ParsedQuery) -> QuerySet[Article]:
        return qs.filter(fts__match__fts_match=to_match(ParsedQuery(parsed.positive)))

    def exclude(self, qs: QuerySet[Article], parsed: ParsedQuery) -> QuerySet[Article]:
        # FTS5's binary NOT needs both sides in one MATCH; the positive match is already a JOIN.
        return qs.exclude(pk__in=self.match(Article.objects.all(), parsed).values("pk"))

    def rank(self, qs: QuerySet[Article], parsed: ParsedQuery) -> RankedArticles:
        # bm25() is lower-is-better; negate it so every backend ranks "higher is better".
        return qs.annotate(
            # Constant SQL: only module constants, no user input.
            rank=RawSQL(f"-bm25(articles_fts, {TITLE_WEIGHT}, {BODY_WEIGHT})", [], output_field=FloatField())  # noqa: S611
        )

    def rank_everything(self, parsed: ParsedQuery, offset: int, size: int) -> tuple[int, list[tuple[int, float]]]:
        """Count and rank inside FTS5 alone, for searches with no filter and no scoping.

        Skipping the JOIN to articles_article for every match makes broad queries 2–3× faster
        (docs/PERFORMANCE.md). Ties in bm25 fall back to the newest id, not the newest date.
        """
        match = to_match(ParsedQuery(parsed.positive))
        with connection.cursor() as cursor:
            cursor.execute("SELECT count(*) FROM articles_fts WHERE articles_fts MATCH %s", [match])
            total = cursor.fetchone()[0]
            cursor.execute(RANK_EVERYTHING_SQL, [match, size, offset])
            return total, [(int(pk), float(score)) for pk, score in cursor.fetchall()]

    def search(self, query: SearchQuery, base: QuerySet[Article] | None = None) -> SearchPage:
        return run_search(self, query, base)
