from __future__ import annotations

from datetime import date
from typing import Any

from ninja import Router, Schema

from .services import CoverageFilter, coverage

router = Router(tags=["monitoring"])


class CoverageOut(Schema):
    stories: int
    copies: int
    analysed: int
    tone_counts: dict[str, int]
    mean_tone: float | None
    positive_share: float | None
    negative_share: float | None
    reach: int
    daily: list[dict[str, Any]]
    by_language: list[dict[str, Any]]
    by_outlet: list[dict[str, Any]]
    by_facet: dict[str, list[dict[str, Any]]]


@router.get("/coverage", response=CoverageOut)
def get_coverage(  # type: ignore[no-untyped-def]
    request,
    days: int = 30,
    end: date | None = None,
    language: str = "",
    outlet_country: str = "",
    country: str = "",
    province: str = "",
    topic: str = "",
    min_relevance: float = 0.0,
):
    """Volume, tone and reach of coverage visible to the caller (near-duplicates counted once)."""
    flt = CoverageFilter(
        days=max(1, min(days, 3660)),
        end=end,
        language=language,
        outlet_country=outlet_country,
        country=country,
        province=province,
        topic=topic,
        min_relevance=min_relevance,
    )
    result = coverage(request.user, flt)
    return {**result.__dict__, "positive_share": result.positive_share, "negative_share": result.negative_share}
