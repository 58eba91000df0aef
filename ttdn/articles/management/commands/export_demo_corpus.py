"""`ttdn export-demo-corpus FILE.jsonl`: write the demo corpus in the JSONL import schema.

Useful for benchmarks and for trying `ttdn import` on realistic multilingual data. The file is
deterministic for a given --seed and --today.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from ttdn.articles.demo_corpus import DEFAULT_SEED, generate_corpus

FIELDS = (
    "title",
    "url",
    "text",
    "summary",
    "language",
    "author",
    "published_at",
    "outlet",
    "outlet_domain",
    "outlet_country",
)


def to_record(item: dict[str, Any], labels: bool) -> dict[str, Any]:
    record = {name: item[name] for name in FIELDS}
    record["published_at"] = item["published_at"].isoformat()
    if labels:
        record["metadata"] = {"demo": item["demo"]}
    return record


class Command(BaseCommand):
    help = "Write the demo corpus as JSONL (title, url, text, summary, language, author, published_at, outlet…)."

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument("file", help="output path, or - for standard output")
        parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
        parser.add_argument("--today", help="YYYY-MM-DD the corpus ends near (default: today in Asia/Ho_Chi_Minh)")
        parser.add_argument("--labels", action="store_true", help="add metadata.demo (topic, tone, narrative, event)")

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            today = date.fromisoformat(options["today"]) if options["today"] else timezone.localdate()
        except ValueError as exc:
            raise CommandError(f"--today must be YYYY-MM-DD: {exc}") from exc
        items = generate_corpus(seed=options["seed"], today=today)
        lines = "".join(json.dumps(to_record(i, options["labels"]), ensure_ascii=False) + "\n" for i in items)
        if options["file"] == "-":
            self.stdout.write(lines, ending="")
            return
        path = Path(options["file"])
        if not path.parent.exists():
            raise CommandError(f"directory {path.parent} does not exist")
        path.write_text(lines, encoding="utf-8")
        self.stderr.write(f"{len(items)} articles written to {path}")
