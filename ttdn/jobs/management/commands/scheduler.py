from __future__ import annotations

import threading
from typing import Any

from django.core.management.base import BaseCommand

from ttdn.jobs.schedule import SCHEDULE, run_forever, tick


class Command(BaseCommand):
    help = "Enqueue periodic jobs (fetch due sources, analyse, SLA checks, report reminders). Use with Celery workers."

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument("--once", action="store_true", help="one tick, then exit")
        parser.add_argument("--interval", type=float, default=30.0)

    def handle(self, *args: Any, **options: Any) -> None:
        for entry in SCHEDULE:
            self.stdout.write(f"  {entry.job}: every {entry.every}")
        if options["once"]:
            self.stdout.write(f"enqueued: {', '.join(tick()) or 'nothing due'}")
            return
        run_forever(threading.Event(), options["interval"])
