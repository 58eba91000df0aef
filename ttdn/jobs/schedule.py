"""Periodic jobs. `ttdn serve` runs the loop in a thread; with Celery, run `ttdn scheduler` once.

Each entry is enqueued when its interval has passed since the last JobRecord of that name, so
restarts neither skip nor repeat work, and several schedulers would at worst overlap by one run.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from datetime import datetime, timedelta

from django.db import close_old_connections
from django.utils import timezone

from .models import JobRecord
from .registry import enqueue, registered

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Periodic:
    job: str
    every: timedelta


SCHEDULE = [
    Periodic("sources.ingest_due", timedelta(minutes=5)),
    Periodic("articles.analyse_pending", timedelta(minutes=10)),
    Periodic("response.check_sla", timedelta(minutes=15)),
    Periodic("alerts.evaluate", timedelta(minutes=15)),
    Periodic("alerts.retry_deliveries", timedelta(minutes=5)),
    Periodic("programme.send_reminders", timedelta(hours=24)),
    Periodic("briefs.generate_due", timedelta(hours=1)),
]


def due(now: datetime | None = None) -> list[str]:
    now = now or timezone.now()
    names = registered()
    result = []
    for entry in SCHEDULE:
        if entry.job not in names:
            continue
        last = (
            JobRecord.objects.filter(name=entry.job)
            .order_by("-created_at")
            .values_list("created_at", flat=True)
            .first()
        )
        if last is None or now - last >= entry.every:
            result.append(entry.job)
    return result


def tick(now: datetime | None = None) -> list[str]:
    names = due(now)
    for name in names:
        enqueue(name)
    return names


def run_forever(stop: threading.Event, interval: float = 30.0) -> None:
    while not stop.is_set():
        try:
            close_old_connections()
            tick()
        except Exception:  # a failing tick must not stop the scheduler
            logger.exception("scheduler tick failed")
        stop.wait(interval)


def start_in_thread(interval: float = 30.0) -> threading.Event:
    stop = threading.Event()
    threading.Thread(target=run_forever, args=(stop, interval), name="ttdn-scheduler", daemon=True).start()
    return stop
