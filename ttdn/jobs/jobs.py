"""Built-in jobs: a health probe that proves an executor really runs work (used by tests and `ttdn jobs-check`)."""

from __future__ import annotations

import os
import socket

from django.db import connection

from .registry import job


@job("jobs.ping")
def ping(message: str = "pong") -> dict[str, object]:
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
    return {"message": message, "pid": os.getpid(), "host": socket.gethostname()}


@job("jobs.fail")
def fail(reason: str = "requested failure") -> None:
    raise RuntimeError(reason)
