from __future__ import annotations

import os
import signal
import subprocess
import sys
from types import FrameType
from typing import Any

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError


class Command(BaseCommand):
    help = (
        "Serve the web app with gunicorn (migrates and collects static files first). "
        "This process runs the one periodic scheduler and the in-process job runner; --dev uses Django's server."
    )

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument("--host", default="127.0.0.1")
        parser.add_argument("--port", default="8000")
        parser.add_argument(
            "--workers",
            type=int,
            default=settings.TTDN_WEB_WORKERS,
            help="web worker processes (default: TTDN_WEB_WORKERS or 2)",
        )
        parser.add_argument("--threads", type=int, default=4, help="threads per web worker")
        parser.add_argument("--dev", action="store_true", help="Django's development server (single process)")

    def handle(self, *args: Any, **options: Any) -> None:
        call_command("migrate", interactive=False, verbosity=0)
        call_command("collectstatic", interactive=False, verbosity=0)
        in_process = not settings.TTDN_BROKER_URL
        lock = None
        if in_process:
            # With Celery, run `ttdn scheduler` once and `ttdn worker` instead.
            from ttdn.jobs.runner import acquire_scheduler_lock
            from ttdn.jobs.schedule import start_in_thread

            lock = acquire_scheduler_lock()
            if lock is None:
                self.stderr.write("Another `ttdn serve` holds the scheduler lock: this one does not schedule.")
            else:
                start_in_thread()
        if options["dev"]:
            # --noreload: the in-process job pool must live in the serving process.
            call_command("runserver", f"{options['host']}:{options['port']}", use_reloader=False, use_threading=True)
            return
        if options["workers"] < 1:
            raise CommandError("--workers must be at least 1")
        env = dict(os.environ, DJANGO_SETTINGS_MODULE=os.environ.get("DJANGO_SETTINGS_MODULE", "ttdn.settings"))
        if in_process:
            # Web workers only record jobs; this process executes them, one at a time.
            from ttdn.jobs.runner import start_runner_in_thread

            settings.TTDN_JOBS_DEFERRED = True
            env["TTDN_JOBS_DEFERRED"] = "1"
            start_runner_in_thread()
        command = [
            sys.executable,
            "-m",
            "gunicorn",
            "ttdn.wsgi:application",
            "--bind",
            f"{options['host']}:{options['port']}",
            "--workers",
            str(options["workers"]),
            "--threads",
            str(options["threads"]),
            "--worker-class",
            "gthread",
            "--timeout",
            "120",
            "--graceful-timeout",
            "30",
            "--max-requests",
            "5000",
            "--max-requests-jitter",
            "500",
        ]
        self.stdout.write(f"gunicorn: {options['workers']} workers × {options['threads']} threads")
        process = subprocess.Popen(command, env=env)

        def forward(signum: int, frame: FrameType | None) -> None:
            process.send_signal(signum)

        for signum in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP):  # SIGHUP: gunicorn reloads its workers
            signal.signal(signum, forward)
        code = process.wait()
        if lock is not None:
            lock.close()
        if code not in (0, -signal.SIGTERM, -signal.SIGINT):
            raise CommandError(f"gunicorn exited with status {code}")
