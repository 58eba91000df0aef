"""`ttdn add-source --name … --kind rss --url …`: register a source from the command line."""

from __future__ import annotations

import json
from typing import Any

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError, CommandParser

from ttdn.accounts.models import Agency
from ttdn.sources.models import Source
from ttdn.sources.services import create_source, rotate_push_token


class Command(BaseCommand):
    help = "Register a source (RSS/Atom, web page, sitemap, bulk file URL or path, GDELT, push)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--name", required=True)
        parser.add_argument("--kind", required=True, choices=[k.value for k in Source.Kind])
        parser.add_argument("--url", default="")
        parser.add_argument("--agency", default="", help="agency code; empty means shared by all agencies")
        parser.add_argument("--interval", type=int, default=60, help="fetch interval in minutes")
        parser.add_argument("--config", default="{}", help='JSON, e.g. {"max_pages": 20} or {"path": "/data/x.jsonl"}')

    def handle(self, *args: Any, **options: Any) -> None:
        agency = None
        if options["agency"]:
            agency = Agency.objects.filter(code=options["agency"]).first()
            if agency is None:
                raise CommandError(f"no agency with code {options['agency']!r}")
        try:
            config = json.loads(options["config"])
        except json.JSONDecodeError as exc:
            raise CommandError(f"--config is not JSON: {exc}")
        try:
            source = create_source(
                None,
                name=options["name"],
                kind=options["kind"],
                url=options["url"],
                agency=agency,
                fetch_interval_minutes=options["interval"],
                config=config,
            )
        except ValidationError as exc:
            raise CommandError("; ".join(exc.messages))
        self.stdout.write(f"source #{source.pk} {source.name} ({source.kind})")
        if source.kind == Source.Kind.PUSH:
            self.stdout.write(f"push token (shown once): {rotate_push_token(None, source)}")
