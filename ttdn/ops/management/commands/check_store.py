from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError

from ttdn.ops.store import check_store


class Command(BaseCommand):
    help = "Verify that every raw payload file matches its hash and row, and every row has its file."

    def handle(self, *args: Any, **options: Any) -> None:
        problems = check_store()
        for line in problems:
            self.stderr.write(line)
        if problems:
            raise CommandError(f"{len(problems)} problem(s) in the raw store")
        self.stdout.write("raw store OK")
