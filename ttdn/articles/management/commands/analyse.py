from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

from ttdn.articles.analysis_bridge import analyse_articles, current_versions, pending


class Command(BaseCommand):
    help = (
        "Analyse articles with the offline analysis library. Resumable: each chunk commits, and a rerun "
        "picks up what is still missing. --reanalyse-outdated also redoes articles analysed with other model versions."
    )

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument("--reanalyse-outdated", action="store_true")
        parser.add_argument("--limit", type=int, default=0)

    def handle(self, *args: Any, **options: Any) -> None:
        ids = list(pending(options["reanalyse_outdated"]).values_list("pk", flat=True))
        if options["limit"]:
            ids = ids[: options["limit"]]
        if not ids:
            # Return before loading any model: `ttdn demo` calls this on every start.
            self.stdout.write("nothing to analyse")
            return
        self.stdout.write(f"models: {current_versions()}")
        columns = (TextColumn("analyse"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn())
        with Progress(*columns, disable=not self.stdout.isatty()) as bar:
            task = bar.add_task("analyse", total=len(ids))
            result = analyse_articles(ids, progress=lambda n: bar.advance(task, n))
        self.stdout.write(self.style.SUCCESS(f"analysed {result['analysed']} of {len(ids)} articles"))
