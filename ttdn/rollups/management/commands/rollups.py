from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError

from ttdn.rollups.services import rebuild, verify


class Command(BaseCommand):
    help = (
        "Rollups behind dashboards, alerts and briefs. They are kept current as analyses are stored; "
        "--rebuild recomputes them from scratch, --check compares them with a rebuild without changing them."
    )

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument("--rebuild", action="store_true")
        parser.add_argument("--check", action="store_true")

    def handle(self, *args: Any, **options: Any) -> None:
        if options["check"]:
            problems = verify()
            if problems:
                raise CommandError(f"{len(problems)} rollup cells differ from a rebuild, e.g. {problems[:3]}")
            self.stdout.write(self.style.SUCCESS("rollups agree with a rebuild"))
        if options["rebuild"]:
            result = rebuild()
            self.stdout.write(self.style.SUCCESS(", ".join(f"{k}: {v}" for k, v in result.items())))
        if not (options["rebuild"] or options["check"]):
            raise CommandError("say --rebuild or --check")
