"""`ttdn alerts-eval`: precision, recall and delay of the spike detector (synthetic series, demo rollups)."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from django.core.management.base import BaseCommand
from django.utils import timezone


class Command(BaseCommand):
    help = "Evaluate the spike detector on synthetic series with injected spikes, and on the demo corpus rollups."

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument("--series", type=int, default=300, help="number of synthetic series (182 days each)")
        parser.add_argument("--seed", type=int, default=2026)
        parser.add_argument("--demo", action="store_true", help="also scan the national rollups of this database")
        parser.add_argument("--days", type=int, default=100, help="days of rollups scanned with --demo")

    def handle(self, *args: Any, **options: Any) -> None:
        from ttdn.alerts.evaluation import run, table

        results = run(options["series"], options["seed"])
        self.stdout.write(f"synthetic: {options['series']} series × 182 days, seed {options['seed']}")
        self.stdout.write(table(results))
        if options["demo"]:
            self._demo(options["days"])

    def _demo(self, days: int) -> None:
        from collections import defaultdict

        from ttdn.alerts.detection import SpikeParams, scan
        from ttdn.articles.models import Article
        from ttdn.rollups.services import RollupQuery, series

        today = timezone.localdate()
        rows = series(RollupQuery(today - timedelta(days=days - 1), today))
        first = next((i for i, r in enumerate(rows) if r["articles"]), 0)
        rows = rows[first:]  # days before the corpus begins are not a baseline
        events: dict[Any, set[str]] = defaultdict(set)
        for published, meta in Article.objects.filter(metadata__demo__event__isnull=False).values_list(
            "published_at", "metadata"
        ):
            event = ((meta or {}).get("demo") or {}).get("event")
            if event:
                events[timezone.localtime(published).date()].add(event)
        for measure in ("articles", "stories", "negative"):
            values = [float(r[measure]) for r in rows]
            weekdays = [r["day"].weekday() for r in rows]
            params = SpikeParams(min_count=3) if measure == "negative" else SpikeParams()
            found = [(rows[i]["day"], r) for i, r in enumerate(scan(values, weekdays, params)) if r and r.fired]
            self.stdout.write(f"\ndemo rollups, national {measure}: {len(found)} alarms over {len(rows)} days")
            for day, r in found:
                label = ", ".join(sorted(events.get(day, ()))) or "-"
                self.stdout.write(
                    f"  {day:%d/%m/%Y}: {int(r.count)} vs {r.expected:.1f} expected (z {r.z:.1f}, p {r.p_value:.1e});"
                    f" corpus event: {label}"
                )
        self.stdout.write(
            "\ncorpus events by day: "
            + "; ".join(f"{d:%d/%m}: {', '.join(sorted(e))}" for d, e in sorted(events.items()))
        )
