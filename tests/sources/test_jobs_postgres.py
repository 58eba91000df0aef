"""Jobs (the UI's entry points) and the backend-sensitive paths, also run on PostgreSQL (`make test`)."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest
from django.utils import timezone

from ttdn.articles.models import Article
from ttdn.jobs.models import JobRecord
from ttdn.jobs.registry import enqueue
from ttdn.sources.models import IngestRun, QuarantinedItem, Source
from ttdn.sources.services import create_source, due_sources, import_file, push_items

from .conftest import Route


@pytest.mark.django_db
def test_due_sources_respect_interval_activity_and_kind(raw_dir):
    now = timezone.now()
    due = create_source(None, name="due", kind="rss", url="https://a.example/rss", fetch_interval_minutes=30)
    Source.objects.filter(pk=due.pk).update(last_fetch_at=now - timedelta(minutes=31))
    fresh = create_source(None, name="fresh", kind="rss", url="https://b.example/rss", fetch_interval_minutes=30)
    Source.objects.filter(pk=fresh.pk).update(last_fetch_at=now - timedelta(minutes=5))
    create_source(None, name="never", kind="rss", url="https://c.example/rss")
    create_source(None, name="off", kind="rss", url="https://d.example/rss", active=False)
    create_source(None, name="push", kind="push")
    create_source(None, name="file without path", kind="jsonl")
    assert sorted(s.name for s in due_sources(now)) == ["due", "never"]


@pytest.mark.django_db
def test_ingest_jobs_run_through_the_job_interface(
    settings, allow_private, http_server, django_capture_on_commit_callbacks
):
    settings.TTDN_JOBS_EAGER = True
    http_server.routes["/rss"] = Route(
        body=b'<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><link>https://t.example/</link>'
        b"<item><title>Job item</title><link>https://t.example/job</link></item></channel></rss>"
    )
    source = create_source(None, name="T", kind="rss", url=http_server.url("/rss"))
    with django_capture_on_commit_callbacks(execute=True):
        enqueue("sources.ingest_due")
    record = JobRecord.objects.get(name="sources.ingest_due")
    assert record.status == JobRecord.Status.DONE and record.result == {"sources": {str(source.pk): "done"}}
    assert Article.objects.get().title == "Job item"


def _jsonl(path, n):
    path.write_text(
        "".join(json.dumps({"title": f"Tin {i}", "url": f"https://pg.example.vn/{i}"}) + "\n" for i in range(n))
    )


@pytest.mark.postgres
@pytest.mark.django_db
def test_resume_after_interruption_on_this_backend(tmp_path, raw_dir):
    path = tmp_path / "resume.jsonl"
    _jsonl(path, 35)

    def interrupt(progress):
        if progress.counters.fetched == 17:
            raise RuntimeError("killed")

    with pytest.raises(RuntimeError):
        import_file(path, progress=interrupt, chunk_size=5)
    assert Article.objects.count() == 15 and IngestRun.objects.get().cursor["line"] == 15
    assert import_file(path, chunk_size=5).counters.created == 20
    assert Article.objects.count() == 35


@pytest.mark.postgres
@pytest.mark.django_db
def test_push_resubmission_is_idempotent_on_this_backend():
    source = create_source(None, name="P", kind="push")
    body = json.dumps(
        {"items": [{"title": "Một", "url": "https://pg.example.vn/p"}, {"url": "https://pg.example.vn/x"}]}
    ).encode()
    first, _ = push_items(source, body)
    second, _ = push_items(source, body)
    assert [r.status for r in first] == ["created", "quarantined"]
    assert [r.status for r in second] == ["duplicate", "quarantined"]
    assert Article.objects.count() == 1 and QuarantinedItem.objects.count() == 1


@pytest.mark.django_db
def test_file_source_path_is_confined_to_the_imports_folder(raw_dir):
    (raw_dir / "imports").mkdir()
    (raw_dir / "imports" / "feed.jsonl").write_text(
        json.dumps({"title": "Từ thư mục imports", "url": "https://i.example.vn/1"}) + "\n"
    )
    (raw_dir / "secret.csv").write_text("title,text\nsecret,do not read\n")
    from ttdn.sources.services import ingest_source

    inside = create_source(None, name="inside", kind="jsonl", config={"path": "feed.jsonl"})
    assert ingest_source(inside).counters.created == 1
    for path in ("../secret.csv", str(raw_dir / "secret.csv"), "/etc/passwd"):
        outside = create_source(None, name=f"outside {path}", kind="csv", config={"path": path})
        result = ingest_source(outside)
        assert result.status == "failed" and "imports" in result.message
    missing = create_source(None, name="missing", kind="jsonl", config={"path": "nope.jsonl"})
    assert ingest_source(missing).status == "failed"
    assert Article.objects.count() == 1


@pytest.mark.django_db
def test_health_states():
    from ttdn.sources.services import health

    now = timezone.now()
    source = Source(name="x", kind="rss", url="https://x.example/rss", fetch_interval_minutes=60)
    assert health(source, now).code == "never"
    source.last_success_at = now - timedelta(minutes=30)
    assert health(source, now).code == "ok"
    source.last_success_at = now - timedelta(hours=4)
    assert health(source, now).code == "stale"
    source.last_error = "HTTP 500"
    assert health(source, now).code == "error"
    source.active = False
    assert health(source, now).code == "inactive"
    upload = Source(name="f", kind="jsonl", last_success_at=now - timedelta(days=30))
    assert health(upload, now).code == "ok"  # a one-off file import does not go stale
    assert health(Source(name="p", kind="push"), now).code == "push"
