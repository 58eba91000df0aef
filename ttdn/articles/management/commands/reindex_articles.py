from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand
from rich.progress import Progress

from ttdn.articles import dedupe
from ttdn.articles.models import Article
from ttdn.articles.search.maintenance import rebuild


class Command(BaseCommand):
    help = "Rebuild the article search index (folded text + FTS5) and, with --regroup, near-duplicate groups."

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument("--regroup", action="store_true", help="recompute MinHash signatures and groups")

    def handle(self, *args: Any, **options: Any) -> None:
        total = Article.objects.count()
        with Progress() as progress:
            task = progress.add_task("search index", total=total)
            rebuild(progress=lambda done: progress.update(task, completed=done))
        self.stdout.write(f"search index rebuilt for {total} articles")
        if options["regroup"]:
            self.stdout.write(f"near-duplicate groups rebuilt for {dedupe.regroup_all()} articles")
