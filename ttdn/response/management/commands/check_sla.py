from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Find open response cases past their SLA deadline; alert in the app and by e-mail."

    def handle(self, *args: Any, **options: Any) -> None:
        from ttdn.response.sla import check_sla

        counts = check_sla()
        self.stdout.write(
            f"checked {counts['checked']} open cases: {counts['triage']} new triage alerts, "
            f"{counts['response']} new response alerts"
        )
