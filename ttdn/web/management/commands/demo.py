from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand

from ttdn.accounts.demo import DEMO_ADMIN
from ttdn.web.demo import POST_ANALYSIS_STEPS, run_demo_steps


class Command(BaseCommand):
    help = "Migrate, load the demo data (idempotent) and start the web app."

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument("--host", default="127.0.0.1")
        parser.add_argument("--port", default="8000")
        parser.add_argument("--no-serve", action="store_true", help="load the demo data and exit")

    def handle(self, *args: Any, **options: Any) -> None:
        call_command("migrate", interactive=False, verbosity=0)
        self.stdout.write("Loading demo data…")
        # Analysed below in one pass rather than by a background job per batch.
        settings.TTDN_AUTO_ANALYSE = False
        run_demo_steps(self.stdout.write)
        # The demo corpus is analysed at start-up so dashboards, filters and suggestions have data.
        self.stdout.write("Analysing articles (first run only; later runs only analyse what is new)…")
        call_command("analyse", stdout=self.stdout)
        from ttdn.jobs.registry import wait_idle

        wait_idle(timeout=3600)
        run_demo_steps(self.stdout.write, POST_ANALYSIS_STEPS)
        wait_idle(timeout=3600)
        username, password = DEMO_ADMIN
        self.stdout.write(self.style.SUCCESS(f"\nDemo ready. Log in at http://{options['host']}:{options['port']}/"))
        self.stdout.write(self.style.SUCCESS(f"  user: {username}   password: {password}\n"))
        if not options["no_serve"]:
            call_command("serve", host=options["host"], port=options["port"])
