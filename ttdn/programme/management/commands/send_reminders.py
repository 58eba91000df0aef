from __future__ import annotations

from datetime import date
from typing import Any

from django.core.management.base import BaseCommand

from ttdn.programme.services import send_reminders


class Command(BaseCommand):
    help = "E-mail reporters whose periodic report is due within 7 days or overdue (each reminder once)."

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument("--today", type=date.fromisoformat, default=None, help="YYYY-MM-DD (default: today)")
        parser.add_argument("--queue", action="store_true", help="run as a background job instead")

    def handle(self, *args: Any, **options: Any) -> None:
        if options["queue"]:
            from ttdn.jobs.registry import enqueue

            today = options["today"].isoformat() if options["today"] else None
            job_id = enqueue("programme.send_reminders", today=today)
            self.stdout.write(f"queued job {job_id}")
            return
        result = send_reminders(options["today"])
        self.stdout.write(
            f"reminders sent: {result.sent}; units without a reporter e-mail: {result.skipped_no_recipient}"
        )
