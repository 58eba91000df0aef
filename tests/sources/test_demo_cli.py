"""Demo loader (idempotent) and the `ttdn` commands: add-source, import, ingest."""

from __future__ import annotations

import json
from io import StringIO

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from ttdn.articles.models import Article
from ttdn.sources.demo import load_demo
from ttdn.sources.models import IngestRun, QuarantinedItem, Source

from .conftest import Route

pytestmark = pytest.mark.django_db


def test_demo_is_idempotent_and_shows_quarantine(raw_dir):
    lines: list[str] = []
    load_demo(lines.append)
    counts = (
        Source.objects.count(),
        Article.objects.count(),
        QuarantinedItem.objects.count(),
        IngestRun.objects.count(),
    )
    assert counts[1] >= 19  # 12 GKG rows + 7 good JSONL rows
    assert QuarantinedItem.objects.filter(locator="line 8", source__kind="gdelt").exists()
    assert QuarantinedItem.objects.filter(locator="line 6", source__kind="jsonl").exists()
    future = Article.objects.get(url="https://greenasia-blog.example/future-post")
    assert future.date_quality == Article.DateQuality.FUTURE
    load_demo(lines.append)
    assert (
        Source.objects.count(),
        Article.objects.count(),
        QuarantinedItem.objects.count(),
        IngestRun.objects.count(),
    ) == counts
    assert not Source.objects.filter(kind="rss", active=True).exists()  # the offline demo fetches nothing


def test_add_source_command(agencies):
    out = StringIO()
    call_command(
        "add_source",
        "--name",
        "Báo Mẫu",
        "--kind",
        "rss",
        "--url",
        "https://baomau.example.vn/rss",
        "--agency",
        agencies["hanoi"].code,
        stdout=out,
    )
    source = Source.objects.get(name="Báo Mẫu")
    assert source.agency == agencies["hanoi"] and f"#{source.pk}" in out.getvalue()
    out = StringIO()
    call_command("add_source", "--name", "Đẩy", "--kind", "push", stdout=out)
    assert "push token (shown once): ttdnpush_" in out.getvalue()
    with pytest.raises(CommandError, match="agency"):
        call_command("add_source", "--name", "X", "--kind", "rss", "--url", "https://x.example", "--agency", "NOPE")
    with pytest.raises(CommandError):
        call_command("add_source", "--name", "X", "--kind", "rss", "--url", "not a url")


def test_import_command_guesses_format_and_prints_summary(tmp_path, raw_dir):
    path = tmp_path / "items.jsonl"
    path.write_text(json.dumps({"title": "Một", "url": "https://a.example.vn/1"}) + "\n{bad\n", encoding="utf-8")
    out = StringIO()
    call_command("import", str(path), "--source-name", "Nhập thử", stdout=out)
    text = out.getvalue()
    assert "format=jsonl" in text and "created=1" in text and "quarantined=1" in text
    assert Source.objects.get().name == "Nhập thử"
    with pytest.raises(CommandError, match="no such file"):
        call_command("import", str(tmp_path / "missing.jsonl"))


def test_ingest_command_for_one_source_and_all_due(allow_private, http_server):
    http_server.routes["/rss"] = Route(
        body=b'<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><link>https://t.example/</link>'
        b"<item><title>Tin mot</title><link>https://t.example/1</link></item></channel></rss>"
    )
    source = Source.objects.create(name="T", kind="rss", url=http_server.url("/rss"))
    out = StringIO()
    call_command("ingest", "--source", str(source.pk), stdout=out)
    assert "created=1" in out.getvalue() and "total: sources=1" in out.getvalue()
    # Just fetched: not due again.
    out = StringIO()
    call_command("ingest", "--all-due", stdout=out)
    assert "total: sources=0" in out.getvalue()
    Source.objects.filter(pk=source.pk).update(fetch_interval_minutes=0)
    out = StringIO()
    call_command("ingest", "--all-due", stdout=out)
    assert "total: sources=1" in out.getvalue() and "created=0" in out.getvalue()
    with pytest.raises(CommandError, match="no source"):
        call_command("ingest", "--source", "99999")


def test_commands_defer_analysis_to_one_run_after_the_batch(
    tmp_path, raw_dir, settings, django_capture_on_commit_callbacks
):
    from ttdn.articles.triggers import schedule_analysis
    from ttdn.sources.services import import_file

    settings.TTDN_AUTO_ANALYSE = True
    path = tmp_path / "two.jsonl"
    path.write_text(
        "".join(json.dumps({"title": f"Bài {i}", "url": f"https://d.example.vn/{i}"}) + "\n" for i in range(2))
    )
    with django_capture_on_commit_callbacks() as callbacks:
        out = StringIO()
        call_command("import", str(path), stdout=out)
    assert "created=2" in out.getvalue() and "ttdn analyse" in out.getvalue()
    assert schedule_analysis not in callbacks  # no analysis job racing the import for the database
    assert settings.TTDN_AUTO_ANALYSE is True  # restored afterwards
    # Outside the command, the articles app's trigger is untouched.
    other = tmp_path / "one.jsonl"
    other.write_text(json.dumps({"title": "Khác", "url": "https://d.example.vn/x"}) + "\n")
    with django_capture_on_commit_callbacks() as callbacks:
        import_file(other)
    assert schedule_analysis in callbacks
