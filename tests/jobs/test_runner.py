"""Deferred jobs (`ttdn serve`'s web workers) run once in the parent's runner; the scheduler lock is exclusive."""

from __future__ import annotations

import pytest
from django.test import override_settings

from ttdn.jobs.models import JobRecord
from ttdn.jobs.registry import enqueue, run_job
from ttdn.jobs.runner import acquire_scheduler_lock, run_pending_once


@pytest.mark.django_db
@override_settings(TTDN_JOBS_EAGER=False, TTDN_BROKER_URL="", TTDN_JOBS_DEFERRED=True)
def test_deferred_job_is_recorded_then_run_once_by_the_runner():
    record_id = enqueue("jobs.ping", message="hi")
    record = JobRecord.objects.get(pk=record_id)
    assert (record.executor, record.status) == ("deferred", JobRecord.Status.QUEUED)
    assert run_pending_once() == 1
    record.refresh_from_db()
    assert record.status == JobRecord.Status.DONE and record.result["message"] == "hi"
    assert run_pending_once() == 0
    assert run_job(record_id, claim=True) is None  # already claimed: not run again
    record.refresh_from_db()
    assert record.status == JobRecord.Status.DONE


def test_scheduler_lock_is_exclusive(tmp_path):
    path = tmp_path / "scheduler.lock"
    first = acquire_scheduler_lock(path)
    assert first is not None
    # flock locks belong to the open file description: a second open is refused even in-process.
    assert acquire_scheduler_lock(path) is None
    first.close()
    second = acquire_scheduler_lock(path)
    assert second is not None
    second.close()
