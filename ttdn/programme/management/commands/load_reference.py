from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand

from ttdn.programme.reference import load_reference


class Command(BaseCommand):
    help = (
        "Load programme reference data (agencies 63→34, central bodies, task groups, indicators, periods, "
        "indices). Idempotent."
    )

    def handle(self, *args: Any, **options: Any) -> None:
        load_reference(self.stdout.write)
