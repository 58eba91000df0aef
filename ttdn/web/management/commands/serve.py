from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Serve the web app (migrates first). For production put a WSGI server in front of ttdn.wsgi."

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument("--host", default="127.0.0.1")
        parser.add_argument("--port", default="8000")

    def handle(self, *args: Any, **options: Any) -> None:
        call_command("migrate", interactive=False, verbosity=0)
        if not settings.TTDN_BROKER_URL:
            # In-process deployments schedule their own periodic jobs; with Celery run `ttdn scheduler`.
            from ttdn.jobs.schedule import start_in_thread

            start_in_thread()
        # --noreload: the in-process job pool must live in the serving process.
        call_command("runserver", f"{options['host']}:{options['port']}", use_reloader=False, use_threading=True)
