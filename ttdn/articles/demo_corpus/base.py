"""The shape of a hand-written story template.

A story is written by the project in one or more languages. Each language version has a few
alternative titles and a list of paragraphs; a paragraph is either one text or a list of
alternative texts (the generator picks one), so two articles made from the same story differ in
wording and not only in slot values. ``extra`` paragraphs are optional and added now and then.

Slots in the texts (``{place}``, ``{partner}``, ``{n}``…) are filled per article: see
``generator.fill_slots``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

TOPICS = (
    "diplomacy",
    "economy",
    "tourism",
    "culture",
    "sea_islands",
    "human_rights",
    "defence",
    "science_tech",
    "environment",
    "health",
    "sports",
    "education",
)
TONES = ("positive", "neutral", "negative")

Para = str | list[str]


@dataclass(frozen=True)
class Text:
    titles: list[str]
    paras: list[Para]
    extra: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Story:
    id: str
    topic: str
    tone: str
    texts: dict[str, Text]
    # How many articles to make from this story (spread over the languages it is written in).
    count: int = 4
    # Slot name -> a place group name (see places.py), a partner group, or an (low, high) int range.
    slots: dict[str, str | tuple[int, int]] = field(default_factory=dict)
    # Outlet selection: "mainstream" (real-looking press) or "fringe" (invented sites that spread claims).
    outlets: str = "mainstream"
    # A wire story: each instance is also republished by 2-4 outlets of the same language with small edits.
    wire: bool = False
    # False narrative this story belongs to, and whether it spreads the claim or rebuts it.
    narrative: str | None = None
    narrative_role: str | None = None
    # Days before "today" (inclusive range) in which instances appear; events pin a short window.
    days: tuple[int, int] = (1, 95)
    event: str | None = None
    # Language weights for picking the language of each instance (default: equal).
    weights: dict[str, int] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if self.topic not in TOPICS:
            raise ValueError(f"{self.id}: unknown topic {self.topic}")
        if self.tone not in TONES:
            raise ValueError(f"{self.id}: unknown tone {self.tone}")
        if self.narrative and self.narrative_role not in ("claim", "rebuttal"):
            raise ValueError(f"{self.id}: narrative stories need narrative_role claim or rebuttal")


def T(titles: list[str] | str, *paras: Para, extra: list[str] | None = None) -> Text:  # noqa: N802 - short on purpose, used hundreds of times
    titles = [titles] if isinstance(titles, str) else list(titles)
    return Text(titles=titles, paras=list(paras), extra=list(extra or []))
