"""One job interface, two executors.

    @job("articles.analyse")
    def analyse_articles(article_ids: list[int]) -> dict: ...

    enqueue("articles.analyse", article_ids=[1, 2])

Without TTDN_BROKER_URL jobs run in a small in-process thread pool (or inline when
TTDN_JOBS_EAGER=1, as in tests); with a broker they go to Celery workers (`ttdn worker`).
Under `ttdn serve` (TTDN_JOBS_DEFERRED=1) the web worker processes only record the job and the
single runner thread of the `ttdn serve` parent executes it (see runner.py).
Keyword arguments must be JSON-serialisable so both executors see the same call.
"""

from __future__ import annotations

import contextlib
import json
import logging
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from django.conf import settings
from django.db import close_old_connections, transaction
from django.utils import timezone

logger = logging.getLogger(__name__)

JobFunc = Callable[..., Any]
_REGISTRY: dict[str, JobFunc] = {}
_pool: ThreadPoolExecutor | None = None
_pool_lock = threading.Lock()


def job(name: str) -> Callable[[JobFunc], JobFunc]:
    def register(func: JobFunc) -> JobFunc:
        _REGISTRY[name] = func
        return func

    return register


def registered() -> dict[str, JobFunc]:
    _import_job_modules()
    return dict(_REGISTRY)


def _import_job_modules() -> None:
    import importlib

    from django.apps import apps
    from django.utils.module_loading import module_has_submodule

    for config in apps.get_app_configs():
        if config.name.startswith("ttdn.") and module_has_submodule(config.module, "jobs"):
            importlib.import_module(f"{config.name}.jobs")


def run_job(record_id: int, claim: bool = False) -> Any:
    """Execute a recorded job; used by every executor.

    With `claim`, the job runs only if it is still queued (an atomic queued → running update), so a
    record is never executed twice even if two runners see it.
    """
    from .models import JobRecord

    _import_job_modules()
    record = JobRecord.objects.get(pk=record_id)
    func = _REGISTRY[record.name]
    started = JobRecord.objects.filter(pk=record_id)
    if claim:
        started = started.filter(status=JobRecord.Status.QUEUED)
    if not started.update(status=JobRecord.Status.RUNNING, started_at=timezone.now()):
        return None
    try:
        result = func(**record.kwargs)
    except Exception as exc:  # a job failure is recorded, never lost
        logger.exception("job %s failed", record.name)
        JobRecord.objects.filter(pk=record_id).update(
            status=JobRecord.Status.FAILED, finished_at=timezone.now(), error=f"{type(exc).__name__}: {exc}"
        )
        raise
    safe = json.loads(json.dumps(result, default=str)) if result is not None else None
    JobRecord.objects.filter(pk=record_id).update(status=JobRecord.Status.DONE, finished_at=timezone.now(), result=safe)
    return result


def _run_in_thread(record_id: int) -> None:
    close_old_connections()
    try:
        with contextlib.suppress(Exception):  # already recorded on the JobRecord
            run_job(record_id)
    finally:
        close_old_connections()


def _get_pool() -> ThreadPoolExecutor:
    global _pool
    with _pool_lock:
        if _pool is None:
            # One worker: SQLite has a single writer, and analysis already uses both cores.
            _pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="ttdn-job")
        return _pool


def executor_name() -> str:
    if getattr(settings, "TTDN_JOBS_EAGER", False):
        return "eager"
    if settings.TTDN_BROKER_URL:
        return "celery"
    return "deferred" if getattr(settings, "TTDN_JOBS_DEFERRED", False) else "inprocess"


def enqueue(name: str, **kwargs: Any) -> int:
    """Queue job `name`; returns the JobRecord id. Dispatch happens after the current transaction commits."""
    from .models import JobRecord

    _import_job_modules()
    if name not in _REGISTRY:
        raise KeyError(f"unknown job {name!r}")
    json.dumps(kwargs)  # fail fast on arguments a broker could not carry
    executor = executor_name()
    record = JobRecord.objects.create(name=name, kwargs=kwargs, executor=executor)

    if executor == "eager":
        # Inline and immediately (tests, scripts): the caller sees the finished record.
        with contextlib.suppress(Exception):  # the failure is recorded on the JobRecord
            run_job(record.pk)
        return record.pk

    if executor == "deferred":
        return record.pk  # the runner in the `ttdn serve` parent picks it up once committed

    def dispatch() -> None:
        if executor == "celery":
            from .tasks import run_job_task

            run_job_task.delay(record.pk)
        else:
            _get_pool().submit(_run_in_thread, record.pk)

    transaction.on_commit(dispatch)
    return record.pk


def wait_idle(timeout: float = 60.0) -> None:
    """Block until queued in-process jobs finished (used by `ttdn demo` and tests)."""
    pool = _pool
    if pool is None:
        return
    marker: Future[None] = pool.submit(lambda: None)
    marker.result(timeout=timeout)
