"""`ttdn import FILE [--format …] [--source-name …]`: bulk import with a progress bar and a summary."""

from __future__ import annotations

from pathlib import Path
from typing import Any, TextIO, cast

from django.core.management.base import BaseCommand, CommandError, CommandParser
from rich.console import Console

from ttdn.sources.models import Source
from ttdn.sources.parsers import ParseError
from ttdn.sources.services import guess_format, import_file

from ._progress import analysis_deferred, analysis_hint, progress_bar, summary_line


class Command(BaseCommand):
    help = "Import a JSONL, CSV, WARC, GDELT GKG 2.1 or RSS/Atom file (format guessed when omitted)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("file")
        parser.add_argument("--format", choices=["jsonl", "csv", "warc", "gdelt", "rss"], default=None)
        parser.add_argument("--source-name", default="", help="name of the source to create or reuse")
        parser.add_argument("--source", type=int, default=None, help="id of an existing source")
        parser.add_argument("--charset", default=None, help="declared encoding (a hint; detection still checks it)")
        parser.add_argument("--chunk-size", type=int, default=200, help="items committed per transaction")

    def handle(self, *args: Any, **options: Any) -> None:
        path = Path(options["file"])
        if not path.is_file():
            raise CommandError(f"no such file: {path}")
        source = None
        if options["source"]:
            source = Source.objects.filter(pk=options["source"]).first()
            if source is None:
                raise CommandError(f"no source with id {options['source']}")
        fmt = options["format"] or guess_format(path)
        # The stream OutputWrapper wraps (its stubs only expose attributes through __getattr__).
        console = Console(file=cast(TextIO, self.stdout._out))
        try:
            with analysis_deferred(), progress_bar(console, f"{path.name} ({fmt})", in_bytes=True) as update:
                result = import_file(
                    path,
                    fmt=fmt,
                    source=source,
                    source_name=options["source_name"],
                    progress=update,
                    chunk_size=max(1, options["chunk_size"]),
                    declared_charset=options["charset"],
                )
        except (ParseError, ValueError, OSError) as exc:
            raise CommandError(str(exc))
        self.stdout.write(f"{path.name}: {result.status} format={fmt} {summary_line(result.counters)}")
        if result.message:
            self.stdout.write(result.message)
        if hint := analysis_hint(result.counters.created):
            self.stdout.write(hint)
