"""`ttdn serve` is gunicorn with N workers, hashed static files, and exactly one scheduler."""

from __future__ import annotations

import os
import re
import signal
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from ttdn.jobs.schedule import SCHEDULE


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _children(pid: int) -> list[int]:
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            found.append(int(stat.parent.name))
    return found


def _get(url: str) -> tuple[int, bytes]:
    with urllib.request.urlopen(url, timeout=10) as response:  # noqa: S310 (loopback)
        return response.status, response.read()


def test_serve_runs_gunicorn_workers_with_one_scheduler(tmp_path):
    port = _free_port()
    env = {k: v for k, v in os.environ.items() if k not in {"TTDN_DATABASE_URL", "TTDN_BROKER_URL", "TTDN_DEBUG"}}
    env.update(TTDN_DATA_DIR=str(tmp_path), TTDN_AUTO_ANALYSE="0", TTDN_JOBS_EAGER="0")
    log = (tmp_path / "serve.log").open("w")
    cli = [sys.executable, "-m", "ttdn.cli", "serve", "--port", str(port), "--workers", "2"]
    parent = subprocess.Popen(cli, env=env, stdout=log, stderr=subprocess.STDOUT)
    try:
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 120
        while True:
            try:
                status, page = _get(f"{base}/accounts/login/")
                break
            except OSError:
                assert parent.poll() is None, (tmp_path / "serve.log").read_text()
                assert time.monotonic() < deadline, "ttdn serve did not answer"
                time.sleep(0.5)
        assert status == 200 and b'name="password"' in page
        # Hashed (cache-forever) static names, served by WhiteNoise with compression.
        css = re.search(rb'href="(/static/ttdn/app\.[0-9a-f]{12}\.css)"', page)
        assert css, page[:2000]
        request = urllib.request.Request(base + css.group(1).decode(), headers={"Accept-Encoding": "gzip"})
        with urllib.request.urlopen(request, timeout=10) as response:  # noqa: S310 (loopback)
            assert response.status == 200
            assert response.headers["Content-Encoding"] == "gzip"
            assert "immutable" in response.headers["Cache-Control"]
        # gunicorn master (child of `ttdn serve`) with exactly 2 workers.
        (master,) = _children(parent.pid)
        assert len(_children(master)) == 2
        # The scheduler lock is held by the `ttdn serve` process itself, not by a web worker.
        assert (tmp_path / "scheduler.lock").read_text().strip() == str(parent.pid)
        # Every periodic job was scheduled once (three schedulers would each have ticked at start-up)
        # and ran in the parent's runner.
        names = {entry.job for entry in SCHEDULE}
        db = sqlite3.connect(tmp_path / "ttdn.sqlite3")
        deadline = time.monotonic() + 60
        while True:
            rows = db.execute("SELECT name, executor, status FROM jobs_jobrecord").fetchall()
            if len(rows) >= len(names) and all(r[2] in {"done", "failed"} for r in rows):
                break
            assert time.monotonic() < deadline, rows
            time.sleep(0.5)
        time.sleep(2)  # a second scheduler would have ticked by now
        rows = db.execute("SELECT name, executor, status FROM jobs_jobrecord").fetchall()
        assert sorted(r[0] for r in rows) == sorted(names)
        assert {(r[1], r[2]) for r in rows} == {("deferred", "done")}
        db.close()
    finally:
        parent.send_signal(signal.SIGTERM)
        try:
            parent.wait(timeout=30)
        except subprocess.TimeoutExpired:
            parent.kill()
            raise
        log.close()
    assert parent.returncode == 0
