"""`ttdn ingest --source ID` / `ttdn ingest --all-due`: fetch sources now, with progress and a summary."""

from __future__ import annotations

from typing import Any, TextIO, cast

from django.core.management.base import BaseCommand, CommandError, CommandParser
from rich.console import Console

from ttdn.sources.models import Source
from ttdn.sources.pipeline import Counters
from ttdn.sources.services import due_sources, ingest_source

from ._progress import analysis_deferred, analysis_hint, progress_bar, summary_line, summary_table


class Command(BaseCommand):
    help = "Fetch and ingest one source (--source ID) or every source whose interval elapsed (--all-due)."

    def add_arguments(self, parser: CommandParser) -> None:
        group = parser.add_mutually_exclusive_group(required=True)
        group.add_argument("--source", type=int, action="append", help="source id (repeatable)")
        group.add_argument("--all-due", action="store_true", help="every active source whose fetch interval elapsed")

    def handle(self, *args: Any, **options: Any) -> None:
        if options["all_due"]:
            sources = due_sources()
        else:
            sources = list(Source.objects.filter(pk__in=options["source"]))
            missing = set(options["source"]) - {s.pk for s in sources}
            if missing:
                raise CommandError(f"no source with id {', '.join(map(str, sorted(missing)))}")
        # The stream OutputWrapper wraps (its stubs only expose attributes through __getattr__).
        console = Console(file=cast(TextIO, self.stdout._out), force_terminal=None)
        rows = []
        total = Counters()
        for source in sources:
            in_bytes = source.kind in ("jsonl", "csv", "warc", "gdelt")
            with analysis_deferred(), progress_bar(console, source.name[:40], in_bytes=in_bytes) as update:
                result = ingest_source(source, progress=update)
            rows.append((f"#{source.pk} {source.name}", result.status, result.counters, result.message))
            total.add(result.counters)
        if console.is_terminal:
            console.print(summary_table(rows))
        for name, status, counters, message in rows:
            self.stdout.write(f"{name}: {status} {summary_line(counters)} {message}".rstrip())
        self.stdout.write(f"total: sources={len(rows)} {summary_line(total)}")
        if hint := analysis_hint(total.created):
            self.stdout.write(hint)
        if rows and all(status == "failed" for _, status, _, _ in rows):
            raise CommandError("every source failed; see the messages above")
