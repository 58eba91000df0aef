"""Rollups: additive daily counts that every dashboard, alert and brief reads.

An analysed article contributes one row per (scope, topic) it belongs to in `CoverageDay`, one
row per named place/organisation/person in `FacetDay` and one row for its story cluster in
`StoryDay`. What it added is kept in `RollupLedger`, so a re-analysis or a deletion subtracts
exactly that and adds the new contribution (``services.refresh_articles``). Keys never hold NULL
(0 and "" stand for "none") so one ``INSERT … ON CONFLICT … DO UPDATE`` works on SQLite and
PostgreSQL alike.

Scopes: ``""`` national (every article), ``p:<code>`` a post-2025 province by its NSO code
(mentions of a pre-merger province count for its successor, so a 2024 period of a merged
province aggregates its predecessors), ``s:<id>`` a saved search. ``owner`` is the agency that
owns the article's source (0: shared sources), which is how agency visibility and the agency
scope are applied. Topic ``*`` is the all-topics row.
"""

from __future__ import annotations

from django.db import models

ALL_TOPICS = "*"


class CoverageDay(models.Model):
    day = models.DateField()
    owner = models.IntegerField(default=0)
    scope = models.CharField(max_length=40, default="")
    language = models.CharField(max_length=8, default="")
    outlet_country = models.CharField(max_length=2, default="")
    outlet = models.IntegerField(default=0)
    topic = models.CharField(max_length=64, default=ALL_TOPICS)
    tone = models.CharField(max_length=16, default="")
    articles = models.IntegerField(default=0)
    stories = models.IntegerField(default=0)  # near-duplicate groups (an article that is no one's copy)
    reach = models.BigIntegerField(default=0)  # audiences of every outlet that carried a copy
    tone_sum = models.FloatField(default=0.0)  # sum of tone scores over stories

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["day", "owner", "scope", "language", "outlet_country", "outlet", "topic", "tone"],
                name="unique_coverage_day_cell",
            )
        ]
        indexes = [
            models.Index(fields=["scope", "topic", "day"]),
        ]

    def __str__(self) -> str:
        return f"{self.day} {self.scope or 'VN'} {self.topic} {self.tone}: {self.articles}"


class FacetDay(models.Model):
    """Mentions per day: countries, provinces, organisations and public figures (never private persons)."""

    day = models.DateField()
    owner = models.IntegerField(default=0)
    language = models.CharField(max_length=8, default="")
    kind = models.CharField(max_length=16)
    value = models.CharField(max_length=255)
    articles = models.IntegerField(default=0)
    stories = models.IntegerField(default=0)
    tone_sum = models.FloatField(default=0.0)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["day", "owner", "language", "kind", "value"], name="unique_facet_day_cell")
        ]
        indexes = [models.Index(fields=["kind", "day"])]

    def __str__(self) -> str:
        return f"{self.day} {self.kind}={self.value}: {self.articles}"


class StoryDay(models.Model):
    """Articles of one story cluster per day and outlet, for top stories and spread (outlets, countries)."""

    day = models.DateField()
    owner = models.IntegerField(default=0)
    cluster = models.CharField(max_length=64)
    outlet = models.IntegerField(default=0)
    outlet_country = models.CharField(max_length=2, default="")
    language = models.CharField(max_length=8, default="")
    articles = models.IntegerField(default=0)
    stories = models.IntegerField(default=0)
    reach = models.BigIntegerField(default=0)
    tone_sum = models.FloatField(default=0.0)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["day", "owner", "cluster", "outlet", "outlet_country", "language"],
                name="unique_story_day_cell",
            )
        ]
        indexes = [models.Index(fields=["day", "cluster"]), models.Index(fields=["cluster"])]

    def __str__(self) -> str:
        return f"{self.day} {self.cluster}: {self.articles}"


class RollupLedger(models.Model):
    """What one article added to the rollups (so it can be taken back exactly)."""

    article_id = models.BigIntegerField(primary_key=True)
    contribution = models.JSONField(default=dict)

    def __str__(self) -> str:
        return f"ledger:{self.article_id}"
