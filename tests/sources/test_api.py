# ruff: noqa: E501 - fixtures are long literal documents
"""Sources API: listing scoped by agency, create, trigger ingest, quarantine, and the push endpoint."""

from __future__ import annotations

import json

import pytest
from django.test import Client

from ttdn.accounts.models import AuditLog, Role
from ttdn.accounts.services import issue_token
from ttdn.articles.models import Article
from ttdn.jobs.models import JobRecord
from ttdn.sources.models import QuarantinedItem, RawDocument
from ttdn.sources.services import create_source, rotate_push_token

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]  # storage paths differ by backend


@pytest.fixture
def scoped_sources(agencies):
    return {
        "shared": create_source(None, name="Chung", kind="rss", url="https://chung.example/rss"),
        "hanoi": create_source(None, name="Hà Nội", kind="rss", url="https://hn.example/rss", agency=agencies["hanoi"]),
        "danang": create_source(
            None, name="Đà Nẵng", kind="rss", url="https://dn.example/rss", agency=agencies["danang"]
        ),
    }


def test_list_is_scoped_to_shared_and_own_agency(client: Client, api_headers, scoped_sources):
    response = client.get("/api/v1/sources/", headers=api_headers)
    assert response.status_code == 200
    assert {s["name"] for s in response.json()} == {"Chung", "Hà Nội"}
    assert response.json()[0]["health"] == "never"
    assert client.get(f"/api/v1/sources/{scoped_sources['danang'].pk}", headers=api_headers).status_code == 404
    assert client.get("/api/v1/sources/").status_code == 401


def test_create_source_in_own_agency_only(client: Client, api_headers, agencies):
    body = {
        "name": "Báo tỉnh",
        "kind": "rss",
        "url": "https://baotinh.example.vn/rss",
        "agency_id": agencies["hanoi"].pk,
    }
    response = client.post("/api/v1/sources/", json.dumps(body), content_type="application/json", headers=api_headers)
    assert response.status_code == 201 and response.json()["agency_id"] == agencies["hanoi"].pk
    assert AuditLog.objects.filter(object_type="sources.source", action="create").exists()
    body["agency_id"] = agencies["danang"].pk
    assert (
        client.post(
            "/api/v1/sources/", json.dumps(body), content_type="application/json", headers=api_headers
        ).status_code
        == 403
    )
    del body["agency_id"]
    assert (
        client.post(
            "/api/v1/sources/", json.dumps(body), content_type="application/json", headers=api_headers
        ).status_code
        == 403
    )
    bad = {"name": "x", "kind": "rss", "url": "javascript:alert(1)", "agency_id": agencies["hanoi"].pk}
    assert (
        client.post(
            "/api/v1/sources/", json.dumps(bad), content_type="application/json", headers=api_headers
        ).status_code
        == 400
    )


def test_trigger_ingest_enqueues_a_job(client: Client, api_headers, scoped_sources):
    response = client.post(f"/api/v1/sources/{scoped_sources['hanoi'].pk}/ingest", headers=api_headers)
    assert response.status_code == 202
    job = JobRecord.objects.get(pk=response.json()["job_id"])
    assert job.name == "sources.ingest" and job.kwargs["source_id"] == scoped_sources["hanoi"].pk
    # Shared sources are the administrators'.
    assert client.post(f"/api/v1/sources/{scoped_sources['shared'].pk}/ingest", headers=api_headers).status_code == 403


def test_quarantine_listing(client: Client, api_headers, scoped_sources):
    QuarantinedItem.objects.create(
        source=scoped_sources["hanoi"], locator="line 3", reason="invalid JSON", payload=b"{x"
    )
    QuarantinedItem.objects.create(source=scoped_sources["danang"], locator="line 1", reason="hidden")
    response = client.get("/api/v1/sources/quarantine", headers=api_headers)
    assert [(q["locator"], q["payload_size"]) for q in response.json()] == [("line 3", 2)]


@pytest.fixture
def push_source(agencies):
    source = create_source(None, name="Đối tác", kind="push", agency=agencies["hanoi"])
    return source, rotate_push_token(None, source)


BATCH = {
    "items": [
        {
            "id": "p-1",
            "title": "Du khách khen Hội An",
            "url": "https://social.example/p/1",
            "text": "Bài đăng tích cực.",
            "published_at": "2026-11-01T10:00:00+07:00",
            "platform": "forum",
            "engagement": {"likes": 20},
        },
        {
            "id": "p-2",
            "text": "Một bài đăng không có tiêu đề nhưng có nội dung đủ dài để làm tiêu đề",
            "url": "https://social.example/p/2",
            "language": "vi",
        },
        {"id": "p-3", "url": "https://social.example/p/3"},
        "not an object",
        {"id": "p-5", "title": "Bad url", "url": "javascript:alert(1)"},
    ]
}


def test_push_with_source_token_answers_per_item_and_is_idempotent(client: Client, push_source):
    source, token = push_source
    headers = {"Authorization": f"Bearer {token}"}
    response = client.post(
        f"/api/v1/sources/{source.pk}/push", json.dumps(BATCH), content_type="application/json", headers=headers
    )
    assert response.status_code == 200, response.content
    body = response.json()
    assert (body["created"], body["duplicates"], body["quarantined"]) == (2, 0, 3)
    statuses = [(r["index"], r["status"], r["external_id"]) for r in body["results"]]
    assert statuses == [
        (0, "created", "p-1"),
        (1, "created", "p-2"),
        (2, "quarantined", "p-3"),
        (3, "quarantined", ""),
        (4, "quarantined", "p-5"),
    ]
    assert "neither a title nor a text" in body["results"][2]["reason"]
    article = Article.objects.get(url="https://social.example/p/1")
    assert article.metadata["external_id"] == "p-1" and article.metadata["engagement"] == {"likes": 20}
    assert Article.objects.get(url="https://social.example/p/2").title.startswith("Một bài đăng")
    raw = RawDocument.objects.get(pk=body["raw_id"])
    assert bytes(raw.content) == json.dumps(BATCH).encode()
    # Resubmission: nothing new, same answers for the bad ones, no duplicate quarantine rows.
    again = client.post(
        f"/api/v1/sources/{source.pk}/push", json.dumps(BATCH), content_type="application/json", headers=headers
    ).json()
    assert (again["created"], again["duplicates"], again["quarantined"]) == (0, 2, 3)
    assert Article.objects.count() == 2 and QuarantinedItem.objects.count() == 3 and RawDocument.objects.count() == 1


def test_push_with_user_token_and_refusals(client: Client, push_source, api_headers, make_user, agencies):
    source, token = push_source
    url = f"/api/v1/sources/{source.pk}/push"
    one = json.dumps({"items": [{"title": "Một", "url": "https://social.example/u/1"}]})
    assert client.post(url, one, content_type="application/json", headers=api_headers).json()["created"] == 1
    assert client.post(url, one, content_type="application/json").status_code == 401
    assert (
        client.post(url, one, content_type="application/json", headers={"Authorization": "Bearer wrong"}).status_code
        == 401
    )
    outsider = make_user("outsider", agencies["danang"], (Role.ANALYST,))
    _, key = issue_token(None, outsider, "t")
    assert (
        client.post(url, one, content_type="application/json", headers={"Authorization": f"Bearer {key}"}).status_code
        == 404
    )
    other = create_source(None, name="Khác", kind="push", agency=agencies["danang"])
    # A push token is valid for its own source only.
    assert (
        client.post(
            f"/api/v1/sources/{other.pk}/push",
            one,
            content_type="application/json",
            headers={"Authorization": f"Bearer {token}"},
        ).status_code
        == 401
    )


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (b"{not json", "not UTF-8 JSON"),
        (b'{"rows": []}', "items"),
        (b"\xff\xfe\x00", "not UTF-8 JSON"),
        (json.dumps({"items": [{}] * 1001}).encode(), "at most 1000"),
    ],
)
def test_push_bad_bodies_are_refused_and_kept(client: Client, push_source, body, message):
    source, token = push_source
    response = client.post(
        f"/api/v1/sources/{source.pk}/push",
        body,
        content_type="application/json",
        headers={"Authorization": f"Bearer {token}"},
    )
    assert response.status_code == 400 and message in response.json()["detail"]
    raw = RawDocument.objects.get(source=source)
    assert raw.status == RawDocument.Status.QUARANTINED and bytes(raw.content) == body


def test_push_token_rotation_via_api(client: Client, push_source, api_headers):
    source, old = push_source
    response = client.post(f"/api/v1/sources/{source.pk}/push-token", headers=api_headers)
    new = response.json()["push_token"]
    assert new != old
    source.refresh_from_db()
    assert old not in source.push_token_hash and new not in source.push_token_hash
    one = json.dumps([{"title": "Hai", "url": "https://social.example/u/2"}])
    url = f"/api/v1/sources/{source.pk}/push"
    assert (
        client.post(url, one, content_type="application/json", headers={"Authorization": f"Bearer {old}"}).status_code
        == 401
    )
    assert client.post(url, one, content_type="application/json", headers={"X-Push-Token": new}).status_code == 200


def test_push_ignores_session_cookies(client: Client, push_source, analyst):
    # A browser session must not be enough: another site could make the browser post (CSRF).
    source, _ = push_source
    client.force_login(analyst)
    one = json.dumps({"items": [{"title": "Một", "url": "https://social.example/s/1"}]})
    assert client.post(f"/api/v1/sources/{source.pk}/push", one, content_type="text/plain").status_code == 401
    assert not Article.objects.exists()
