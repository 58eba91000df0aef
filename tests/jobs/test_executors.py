"""Both executors run real work: the in-process pool here, Celery with a real Redis broker in a subprocess worker."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from django.test import override_settings

from ttdn.jobs.models import JobRecord
from ttdn.jobs.registry import enqueue, wait_idle

REPO = Path(__file__).resolve().parents[2]


@pytest.mark.django_db(transaction=True)
@override_settings(TTDN_JOBS_EAGER=False, TTDN_BROKER_URL="")
def test_in_process_executor_runs_job_in_background_thread():
    record_id = enqueue("jobs.ping", message="hello")
    wait_idle(timeout=30)
    record = JobRecord.objects.get(pk=record_id)
    assert record.executor == "inprocess"
    assert record.status == JobRecord.Status.DONE
    assert record.result["message"] == "hello" and record.result["pid"] == os.getpid()


@pytest.mark.django_db(transaction=True)
@override_settings(TTDN_JOBS_EAGER=True)
def test_failed_job_is_recorded_not_lost():
    record_id = enqueue("jobs.fail", reason="boom")
    record = JobRecord.objects.get(pk=record_id)
    assert record.status == JobRecord.Status.FAILED
    assert "boom" in record.error


@pytest.mark.django_db
def test_unknown_job_and_unserialisable_arguments_are_refused():
    with pytest.raises(KeyError):
        enqueue("jobs.nope")
    with pytest.raises(TypeError):
        enqueue("jobs.ping", message=object())


def _ttdn(env: dict[str, str], *args: str, timeout: float = 120) -> str:
    result = subprocess.run(
        [sys.executable, "-m", "ttdn.cli", *args], env=env, cwd=REPO, capture_output=True, text=True, timeout=timeout
    )
    assert result.returncode == 0, result.stderr[-2000:]
    return result.stdout


def test_celery_worker_with_redis_broker_runs_enqueued_job(tmp_path):
    """A separate worker process (as on a scale-out machine) consumes from Redis and writes the result."""
    env = {
        **os.environ,
        "TTDN_DATA_DIR": str(tmp_path),
        "TTDN_BROKER_URL": f"redis://127.0.0.1:6379/{7 + (os.getpid() % 8)}",
        "DJANGO_SETTINGS_MODULE": "ttdn.settings",
    }
    env.pop("TTDN_DATABASE_URL", None)
    _ttdn(env, "migrate", "--verbosity", "0")
    queue = f"ttdn-test-{os.getpid()}"
    worker = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "celery",
            "-A",
            "ttdn.celery",
            "worker",
            "--pool=solo",
            "--loglevel=warning",
            "-Q",
            queue,
            "--without-heartbeat",
            "--without-gossip",
            "--without-mingle",
        ],
        env={**env, "CELERY_TASK_DEFAULT_QUEUE": queue},
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        script = (
            f"from ttdn.celery import app; app.conf.task_default_queue={queue!r}\n"
            "from django.db import transaction\n"
            "from ttdn.jobs.registry import enqueue\n"
            "with transaction.atomic():\n    rid = enqueue('jobs.ping', message='via-celery')\n"
            "print(rid)\n"
        )
        record_id = int(_ttdn(env, "shell", "-c", script).strip().splitlines()[-1])
        deadline = time.monotonic() + 90
        state = None
        while time.monotonic() < deadline:
            out = _ttdn(
                env,
                "shell",
                "-c",
                f"import json; from ttdn.jobs.models import JobRecord as J; r=J.objects.get(pk={record_id}); "
                "print(json.dumps([r.status, r.executor, r.result]))",
            )
            state = json.loads(out.strip().splitlines()[-1])
            if state[0] in ("done", "failed"):
                break
            time.sleep(1)
        assert state is not None and state[0] == "done", (state, worker.poll())
        assert state[1] == "celery"
        assert state[2]["message"] == "via-celery" and state[2]["pid"] != os.getpid()
    finally:
        worker.terminate()
        try:
            worker.wait(timeout=20)
        except subprocess.TimeoutExpired:
            worker.kill()


def test_job_pages_and_api(logged_in, api_headers, client):
    record_id = enqueue("jobs.ping", message="page")
    assert "jobs.ping" in logged_in.get("/jobs/").content.decode()
    assert "page" in logged_in.get(f"/jobs/{record_id}/").content.decode()
    client.logout()
    data = client.get(f"/api/v1/jobs/{record_id}", headers=api_headers).json()
    assert data["status"] == "done" and data["result"]["message"] == "page"
    assert client.get(f"/api/v1/jobs/{record_id}").status_code == 401
