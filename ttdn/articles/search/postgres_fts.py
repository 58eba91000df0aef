"""PostgreSQL backend: a stored generated tsvector (weights A=title, B=body) with a GIN index.

The vector is built with the 'simple' configuration (content is multilingual: no stemming) over
ttdn_fold(), an IMMUTABLE wrapper around unaccent() plus translate() for đ/Đ, applied to the same
folded shadow columns the SQLite backend indexes; queries go through the same folding.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from django.db.models import BooleanField, Expression, FloatField, QuerySet

from ..models import Article
from .base import Clause, ParsedQuery, SearchPage, SearchQuery, Term, run_search

if TYPE_CHECKING:
    from .base import RankedArticles

TSQUERY = "to_tsquery('simple'::regconfig, ttdn_fold(%s))"


def _lexeme(token: str, prefix: bool = False) -> str:
    # Tokens are letters/digits only (see folding.TOKEN); quoting still guards the syntax.
    return "'" + token.replace("'", "''").replace("\\", "") + "'" + (":*" if prefix else "")


def _term(term: Term) -> str:
    if len(term.tokens) == 1:
        return _lexeme(term.tokens[0], term.prefix)
    return "(" + " <-> ".join(_lexeme(t) for t in term.tokens) + ")"


def _clause(clause: Clause) -> str:
    parts = [_term(t) for t in clause.alternatives]
    return parts[0] if len(parts) == 1 else "(" + " | ".join(parts) + ")"


def to_tsquery(parsed: ParsedQuery) -> str:
    positive = " & ".join(_clause(c) for c in parsed.positive)
    negative = " & ".join("!" + _clause(c) for c in parsed.negative)
    return " & ".join(p for p in (positive, negative) if p)


class _OnVector(Expression):
    """SQL over the article table's search_vector, qualified with the alias the query gives it.

    (RawSQL would hard-code "articles_article", which is wrong inside Django's aliased subqueries.)
    """

    def __init__(self, template: str, tsquery: str, output_field: Any) -> None:
        super().__init__(output_field=output_field)
        self.template, self.tsquery = template, tsquery

    def as_sql(self, compiler, connection):  # type: ignore[no-untyped-def]
        column = f"{compiler.quote_name_unless_alias(compiler.query.base_table)}.search_vector"
        return self.template.format(vector=column, tsquery=TSQUERY), [self.tsquery]


class PostgresFtsBackend:
    vendor = "postgresql"

    def match(self, qs: QuerySet[Article], parsed: ParsedQuery) -> QuerySet[Article]:
        tsq = to_tsquery(ParsedQuery(parsed.positive))
        return qs.filter(_OnVector("{vector} @@ {tsquery}", tsq, BooleanField()))

    def exclude(self, qs: QuerySet[Article], parsed: ParsedQuery) -> QuerySet[Article]:
        tsq = to_tsquery(ParsedQuery(parsed.positive))
        return qs.filter(_OnVector("NOT ({vector} @@ {tsquery})", tsq, BooleanField()))

    def rank(self, qs: QuerySet[Article], parsed: ParsedQuery) -> RankedArticles:
        tsq = to_tsquery(ParsedQuery(parsed.positive))
        # Normalisation 1 divides by 1 + log(length) so long articles do not win by size alone.
        return qs.annotate(rank=_OnVector("ts_rank_cd({vector}, {tsquery}, 1)", tsq, FloatField()))

    def search(self, query: SearchQuery, base: QuerySet[Article] | None = None) -> SearchPage:
        return run_search(self, query, base)
