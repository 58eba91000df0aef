"""The `ttdn serve` parent process: one scheduler and one job runner, whatever the number of web workers.

Web worker processes (gunicorn) only record in-process jobs (`executor="deferred"`, status queued);
`run_queue_forever` executes them one at a time in the parent, oldest first. The scheduler runs only
while its process holds an exclusive lock on `DATA_DIR/scheduler.lock` (which also records its pid), so
even two `ttdn serve` on the same data directory schedule each period once.
"""

from __future__ import annotations

import contextlib
import fcntl
import logging
import os
import threading
from pathlib import Path
from typing import IO

from django.conf import settings
from django.db import close_old_connections

from .models import JobRecord
from .registry import run_job

logger = logging.getLogger(__name__)


def lock_path() -> Path:
    return Path(settings.DATA_DIR) / "scheduler.lock"


def acquire_scheduler_lock(path: Path | None = None) -> IO[str] | None:
    """The open, locked file (keep it open while scheduling), or None when another process holds it."""
    path = path or lock_path()
    handle = path.open("a+")
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        handle.close()
        return None
    handle.seek(0)
    handle.truncate()
    handle.write(f"{os.getpid()}\n")
    handle.flush()
    return handle


def run_pending_once() -> int:
    """Run the queued deferred jobs present now; returns how many ran."""
    ran = 0
    ids = list(
        JobRecord.objects.filter(executor="deferred", status=JobRecord.Status.QUEUED)
        .order_by("created_at", "pk")
        .values_list("pk", flat=True)[:100]
    )
    for pk in ids:
        with contextlib.suppress(Exception):  # the failure is recorded on the JobRecord
            run_job(pk, claim=True)
        ran += 1
    return ran


def run_queue_forever(stop: threading.Event, poll: float = 1.0) -> None:
    while not stop.is_set():
        ran = 0
        try:
            close_old_connections()
            ran = run_pending_once()
        except Exception:  # a failing poll (database restarting) must not stop the runner
            logger.exception("job runner poll failed")
        finally:
            close_old_connections()
        if not ran:
            stop.wait(poll)


def start_runner_in_thread(poll: float = 1.0) -> threading.Event:
    stop = threading.Event()
    threading.Thread(target=run_queue_forever, args=(stop, poll), name="ttdn-job-runner", daemon=True).start()
    return stop
