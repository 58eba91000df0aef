# ruff: noqa: E501 - fixtures are long literal documents
"""A real kill: `ttdn import` in a subprocess is SIGKILLed mid-batch, then rerun to completion.

Runs against its own SQLite file (the test database of pytest-django is not visible to a child
process), so it checks the committed state with the sqlite3 module directly.
"""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

TTDN = [sys.executable, "-m", "ttdn.cli"]


def _query(db: Path, sql: str) -> list[tuple]:
    with sqlite3.connect(db, timeout=30) as connection:
        return connection.execute(sql).fetchall()


def test_sigkill_mid_batch_loses_nothing_and_rerun_completes(tmp_path):
    env = {**os.environ, "TTDN_DATA_DIR": str(tmp_path / "data"), "DJANGO_SETTINGS_MODULE": "ttdn.settings"}
    env.pop("TTDN_DATABASE_URL", None)
    subprocess.run([*TTDN, "migrate", "-v0"], env=env, check=True, timeout=180)
    db = tmp_path / "data" / "ttdn.sqlite3"
    path = tmp_path / "batch.jsonl"
    rng = random.Random(3)
    words = [
        "biển",
        "đảo",
        "du",
        "lịch",
        "đầu",
        "tư",
        "văn",
        "hóa",
        "ngoại",
        "giao",
        "hội",
        "nghị",
        "cảng",
        "xuất",
        "khẩu",
        "giáo",
        "dục",
        "khoa",
        "học",
        "tỉnh",
    ]
    with open(path, "w", encoding="utf-8") as handle:
        for i in range(3000):
            # Distinct texts: near-identical ones would all land in one near-duplicate group.
            text = " ".join(rng.choice(words) for _ in range(60))
            handle.write(
                json.dumps(
                    {"title": f"Bản tin {i}: {text[:40]}", "url": f"https://kill.example.vn/{i}", "text": text},
                    ensure_ascii=False,
                )
                + "\n"
            )

    child = subprocess.Popen(
        [*TTDN, "import", str(path), "--chunk-size", "25"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    deadline = time.monotonic() + 120
    committed = 0
    while time.monotonic() < deadline and child.poll() is None:
        rows = _query(db, "SELECT cursor FROM sources_ingestrun") if db.exists() else []
        committed = json.loads(rows[0][0]).get("line", 0) if rows and rows[0][0] else 0
        if committed >= 100:
            break
        time.sleep(0.05)
    assert child.poll() is None, "the import finished before it could be killed; make the file larger"
    os.kill(child.pid, signal.SIGKILL)
    child.wait(timeout=30)

    ((status, cursor),) = _query(db, "SELECT status, cursor FROM sources_ingestrun")
    line = json.loads(cursor)["line"]
    articles = _query(db, "SELECT COUNT(*) FROM articles_article")[0][0]
    assert status == "running"  # it never got to record an end
    assert line >= 100 and line % 25 == 0
    assert articles == line  # every committed chunk is there, nothing half-written
    assert _query(db, "SELECT COUNT(*) FROM sources_rawdocument")[0][0] == 1

    rerun = subprocess.run(
        [*TTDN, "import", str(path), "--chunk-size", "25"], env=env, capture_output=True, text=True, timeout=600
    )
    assert rerun.returncode == 0, rerun.stderr
    assert f"fetched={3000 - line}" in rerun.stdout and f"created={3000 - line}" in rerun.stdout
    assert _query(db, "SELECT COUNT(*) FROM articles_article")[0][0] == 3000
    assert _query(db, "SELECT COUNT(DISTINCT canonical_url) FROM articles_article")[0][0] == 3000
    runs = _query(db, "SELECT id, status, error FROM sources_ingestrun ORDER BY id")
    assert [status for _, status, _ in runs] == ["failed", "done"]
    assert runs[0][2] == f"interrupted; resumed by run #{runs[1][0]}"
