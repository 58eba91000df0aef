"""What a brief says, computed from the rollups only; DOCX, HTML and PDF render this one object."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, replace
from datetime import date, timedelta
from typing import Any

from django.utils import timezone

from ttdn.rollups import services as rollups


def vn_number(value: float | int | None, decimals: int = 0) -> str:
    """9000000 -> "9.000.000"; 0.25 with decimals=1 -> "0,3"."""
    if value is None:
        return "–"
    text = f"{value:,.{decimals}f}"
    return text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")


def period_for(kind: str, day: date) -> tuple[date, date]:
    """The period of `kind` ("daily"/"weekly", Monday–Sunday) that contains `day`."""
    if kind == "weekly":
        start = day - timedelta(days=day.weekday())
        return start, start + timedelta(days=6)
    return day, day


def last_complete_period(kind: str, today: date) -> tuple[date, date]:
    """Yesterday, or the last full Monday–Sunday week before `today`."""
    if kind == "weekly":
        return period_for(kind, today - timedelta(days=today.weekday() + 1))
    return period_for(kind, today - timedelta(days=1))


@dataclass(frozen=True)
class Figure:
    label: str
    value: float
    previous: float
    decimals: int = 0

    @property
    def change(self) -> float | None:
        return None if not self.previous else (self.value - self.previous) / self.previous * 100


@dataclass(frozen=True)
class StoryItem:
    cluster: str
    title: str
    article_id: int | None
    articles: int
    outlets: int
    countries: int
    reach: int
    mean_tone: float | None


@dataclass(frozen=True)
class BriefContent:
    scope: str
    period_kind: str
    start: date
    end: date
    figures: tuple[Figure, ...]
    series: tuple[dict[str, Any], ...]
    by_country: tuple[dict[str, Any], ...]
    by_language: tuple[dict[str, Any], ...]
    stories: tuple[StoryItem, ...]
    negative: tuple[StoryItem, ...]
    generated_at: str = field(default="")

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["start"], data["end"] = self.start.isoformat(), self.end.isoformat()
        data["series"] = [{**r, "day": r["day"].isoformat()} for r in self.series]
        return data


def _story(row: dict[str, Any]) -> StoryItem:
    return StoryItem(
        cluster=row["cluster"],
        title=row.get("title") or "",
        article_id=row.get("article_id"),
        articles=int(row["articles"] or 0),
        outlets=int(row["outlets"] or 0),
        countries=int(row["countries"] or 0),
        reach=int(row["reach"] or 0),
        mean_tone=row.get("mean_tone"),
    )


def build(q: rollups.RollupQuery, period_kind: str) -> BriefContent:
    now, before = rollups.totals(q), rollups.totals(q.previous())
    figures = (
        Figure("Số bài", now["articles"], before["articles"]),
        Figure("Số câu chuyện", now["stories"], before["stories"]),
        Figure("Lượt tiếp cận", now["reach"], before["reach"]),
        Figure("Chỉ số sắc thái", now["tone_index"] or 0.0, before["tone_index"] or 0.0, 2),
        Figure("Tỷ lệ tích cực (%)", (now["positive_share"] or 0.0) * 100, (before["positive_share"] or 0.0) * 100, 1),
    )
    negative_q = replace(q, tone="negative")
    return BriefContent(
        scope=q.scope,
        period_kind=period_kind,
        start=q.start,
        end=q.end,
        figures=figures,
        series=tuple(rollups.series(q)),
        by_country=tuple(rollups.breakdown(q, "outlet_country", top=15)),
        by_language=tuple(rollups.breakdown(q, "language", top=15)),
        stories=tuple(_story(r) for r in rollups.top_stories(q, top=10)),
        negative=tuple(_story(r) for r in rollups.top_stories(negative_q, top=5)),
        generated_at=timezone.localtime().isoformat(timespec="seconds"),
    )
