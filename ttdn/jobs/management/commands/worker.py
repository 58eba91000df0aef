from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError


class Command(BaseCommand):
    help = "Start a Celery worker for scale-out (needs TTDN_BROKER_URL)."

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument("--concurrency", type=int, default=2)
        parser.add_argument("--loglevel", default="info")

    def handle(self, *args: Any, **options: Any) -> None:
        if not settings.TTDN_BROKER_URL:
            raise CommandError("Set TTDN_BROKER_URL (redis://127.0.0.1:6379/0 or amqp://guest@127.0.0.1//) first.")
        from ttdn.celery import app

        app.worker_main(["worker", f"--concurrency={options['concurrency']}", f"--loglevel={options['loglevel']}"])
