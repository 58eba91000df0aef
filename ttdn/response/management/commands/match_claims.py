from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Match articles (by id, or the latest N) against facts and narratives; store suggestions."

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument("ids", nargs="*", type=int)
        parser.add_argument("--latest", type=int, default=0, help="match the N most recent articles")

    def handle(self, *args: Any, **options: Any) -> None:
        from ttdn.articles.models import Article
        from ttdn.response.matching import match_articles

        ids = list(options["ids"])
        if options["latest"]:
            ids += list(Article.objects.order_by("-published_at").values_list("pk", flat=True)[: options["latest"]])
        counts = match_articles(ids)
        self.stdout.write(", ".join(f"{k}: {v}" for k, v in counts.items()))
