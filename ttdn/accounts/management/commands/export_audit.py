from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from ttdn.accounts.audit_export import filtered, write_csv


class Command(BaseCommand):
    help = "Export the audit log as CSV (UTF-8), optionally filtered by dates, agency code and object type."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("file", help="output CSV file ('-' for stdout)")
        parser.add_argument("--since", default="", help="first day, YYYY-MM-DD")
        parser.add_argument("--until", default="", help="last day, YYYY-MM-DD")
        parser.add_argument("--agency", default="", help="agency code")
        parser.add_argument("--object-type", default="", help="e.g. sources.source")

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            qs = filtered(options["since"], options["until"], options["agency"], options["object_type"])
        except ValueError as exc:
            raise CommandError(f"bad date: {exc}") from exc
        if options["file"] == "-":
            count = write_csv(qs, self.stdout)
        else:
            with open(options["file"], "w", encoding="utf-8", newline="") as handle:
                count = write_csv(qs, handle)
            self.stdout.write(f"{count} audit entries written to {options['file']}")
