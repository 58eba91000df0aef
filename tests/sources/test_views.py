# ruff: noqa: E501 - fixtures are long literal documents
"""Sources pages: scoping, health badges, forms, fetch-now (htmx), upload, quarantine and its download."""

from __future__ import annotations

import json

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from ttdn.accounts.models import Role
from ttdn.articles.models import Article
from ttdn.jobs.models import JobRecord
from ttdn.sources.models import QuarantinedItem, Source
from ttdn.sources.services import create_source, store_raw

from .conftest import Route

pytestmark = pytest.mark.django_db


@pytest.fixture
def sources(agencies):
    return {
        "shared": create_source(None, name="Nguồn chung", kind="rss", url="https://chung.example/rss"),
        "hanoi": create_source(
            None, name="Nguồn Hà Nội", kind="rss", url="https://hn.example/rss", agency=agencies["hanoi"]
        ),
        "danang": create_source(
            None, name="Nguồn Đà Nẵng", kind="rss", url="https://dn.example/rss", agency=agencies["danang"]
        ),
    }


def test_pages_need_login(client, sources):
    for name in ("sources:list", "sources:quarantine", "sources:upload", "sources:add"):
        response = client.get(reverse(name))
        assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_list_shows_scoped_sources_with_health(logged_in, sources):
    Source.objects.filter(pk=sources["hanoi"].pk).update(last_error="HTTP 500 from https://hn.example/rss")
    response = logged_in.get(reverse("sources:list"))
    html = response.content.decode()
    assert "Nguồn chung" in html and "Nguồn Hà Nội" in html and "Nguồn Đà Nẵng" not in html
    assert "text-bg-danger" in html and "HTTP 500" in html
    assert 'hx-post="{}"'.format(reverse("sources:fetch", args=[sources["hanoi"].pk])) in html


def test_detail_shows_runs_and_quarantine_and_hides_other_agencies(logged_in, sources):
    raw, _ = store_raw(sources["hanoi"], b"<rss>broken", url="https://hn.example/rss")
    QuarantinedItem.objects.create(source=sources["hanoi"], raw=raw, reason="XML not well-formed: no element found")
    response = logged_in.get(reverse("sources:detail", args=[sources["hanoi"].pk]))
    assert response.status_code == 200
    assert "XML not well-formed" in response.content.decode()
    assert logged_in.get(reverse("sources:detail", args=[sources["danang"].pk])).status_code == 404


def test_add_and_edit_source(logged_in, agencies):
    data = {"name": "Báo tỉnh", "kind": "rss", "url": "https://baotinh.example.vn/rss", "agency": agencies["hanoi"].pk,
            "active": "on", "fetch_interval_minutes": 30, "config": '{"max_pages": 5}'}  # fmt: skip
    response = logged_in.post(reverse("sources:add"), data)
    source = Source.objects.get(name="Báo tỉnh")
    assert response.status_code == 302 and source.config == {"max_pages": 5}
    data.update(name="Báo tỉnh (sửa)", config="[1, 2]")
    response = logged_in.post(reverse("sources:edit", args=[source.pk]), data)
    assert response.status_code == 200 and "đối tượng JSON" in response.content.decode()
    data.update(config="{}")
    logged_in.post(reverse("sources:edit", args=[source.pk]), data)
    source.refresh_from_db()
    assert source.name == "Báo tỉnh (sửa)"
    # An RSS source needs a URL; another agency is not offered.
    data.update(url="", agency=agencies["danang"].pk)
    response = logged_in.post(reverse("sources:add"), data)
    assert response.status_code == 200 and Source.objects.count() == 1


def test_viewer_cannot_add_or_fetch(client, make_user, agencies, sources):
    viewer = make_user("viewer", agencies["hanoi"], (Role.VIEWER,))
    client.force_login(viewer)
    assert client.get(reverse("sources:add")).status_code == 403
    assert client.post(reverse("sources:fetch", args=[sources["hanoi"].pk])).status_code == 403
    assert client.get(reverse("sources:list")).status_code == 200


def test_fetch_now_enqueues_job_and_htmx_gets_a_fragment(
    logged_in, sources, settings, allow_private, http_server, django_capture_on_commit_callbacks
):
    settings.TTDN_JOBS_EAGER = True
    http_server.routes["/rss"] = Route(
        body=b'<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><link>https://t.example/</link><item><title>Tin</title><link>https://t.example/1</link></item></channel></rss>'
    )
    Source.objects.filter(pk=sources["hanoi"].pk).update(url=http_server.url("/rss"))
    with django_capture_on_commit_callbacks(execute=True):
        response = logged_in.post(reverse("sources:fetch", args=[sources["hanoi"].pk]), HTTP_HX_REQUEST="true")
    assert response.status_code == 200 and "tác vụ #" in response.content.decode()
    job = JobRecord.objects.get(name="sources.ingest")
    assert job.status == JobRecord.Status.DONE and job.result["created"] == 1
    assert Article.objects.get().source_id == sources["hanoi"].pk


def test_upload_imports_the_file_through_a_job(logged_in, raw_dir, settings, django_capture_on_commit_callbacks):
    settings.TTDN_JOBS_EAGER = True
    content = (json.dumps({"title": "Tin tải lên", "url": "https://up.example.vn/1"}) + "\n{oops\n").encode()
    upload = SimpleUploadedFile("export.jsonl", content, content_type="application/octet-stream")
    with django_capture_on_commit_callbacks(execute=True):
        response = logged_in.post(
            reverse("sources:upload"), {"file": upload, "format": "", "source_name": "Tệp đối tác"}
        )
    source = Source.objects.get(name="Tệp đối tác")
    assert response.status_code == 302 and response["Location"] == reverse("sources:detail", args=[source.pk])
    assert Article.objects.get().title == "Tin tải lên"
    item = QuarantinedItem.objects.get()
    assert item.locator == "line 2" and item.source == source
    assert source.agency is not None and source.agency.code == "T01"  # an analyst's upload belongs to their unit
    assert not list((raw_dir / "uploads").iterdir())  # the temporary upload is gone, the raw store keeps it
    page = logged_in.get(reverse("sources:detail", args=[source.pk])).content.decode()
    assert "line 2" in page and "invalid JSON" in page


def test_quarantine_page_download_and_resolve(logged_in, sources):
    raw, _ = store_raw(sources["hanoi"], b"\x00\x01 whole payload", url="https://hn.example/rss")
    whole = QuarantinedItem.objects.create(source=sources["hanoi"], raw=raw, reason="not a feed")
    line = QuarantinedItem.objects.create(
        source=sources["hanoi"], raw=raw, locator="line 17", reason="invalid JSON", payload=b"{bad"
    )
    hidden = QuarantinedItem.objects.create(source=sources["danang"], locator="line 1", reason="secret")
    page = logged_in.get(reverse("sources:quarantine")).content.decode()
    assert "line 17" in page and "not a feed" in page and "secret" not in page
    download = logged_in.get(reverse("sources:quarantine_download", args=[line.pk]))
    assert download.content == b"{bad" and "attachment" in download["Content-Disposition"]
    assert logged_in.get(reverse("sources:quarantine_download", args=[whole.pk])).content == b"\x00\x01 whole payload"
    assert logged_in.get(reverse("sources:quarantine_download", args=[hidden.pk])).status_code == 404
    response = logged_in.post(reverse("sources:quarantine_resolve", args=[line.pk]), {"next": "https://evil.example/"})
    assert response["Location"] == reverse("sources:quarantine")
    line.refresh_from_db()
    assert line.resolved
    assert "line 17" not in logged_in.get(reverse("sources:quarantine")).content.decode()


def test_push_token_page_shows_token_once(logged_in, agencies):
    source = create_source(None, name="Đẩy", kind="push", agency=agencies["hanoi"])
    response = logged_in.post(reverse("sources:push_token", args=[source.pk]))
    assert "ttdnpush_" in response.content.decode()
    source.refresh_from_db()
    assert len(source.push_token_hash) == 64


def test_list_filters_and_health_summary(logged_in, sources):
    create_source(None, name="Tệp đẩy", kind="push")
    Source.objects.filter(pk=sources["hanoi"].pk).update(last_error="boom")
    html = logged_in.get(reverse("sources:list"), {"health": "error"}).content.decode()
    assert "Nguồn Hà Nội" in html and "Nguồn chung" not in html
    assert "Lỗi: 1" in html and "Chưa lấy tin: 1" in html and "Chờ dữ liệu đẩy: 1" in html
    html = logged_in.get(reverse("sources:list"), {"kind": "push"}).content.decode()
    assert "Tệp đẩy" in html and "Nguồn chung" not in html
    # A push source has no fetch button.
    push = Source.objects.get(name="Tệp đẩy")
    assert reverse("sources:fetch", args=[push.pk]) not in html
    html = logged_in.get(reverse("sources:list"), {"q": "chung"}).content.decode()
    assert "Nguồn chung" in html and "Nguồn Hà Nội" not in html


def test_quarantine_shows_a_safe_preview_of_the_payload(logged_in, sources):
    QuarantinedItem.objects.create(
        source=sources["hanoi"],
        locator="line 9",
        reason="invalid JSON",
        payload=b"<script>alert(1)</script>\x00\xff rest",
    )
    html = logged_in.get(reverse("sources:quarantine")).content.decode()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html and "<script>alert(1)" not in html
