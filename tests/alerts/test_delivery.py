"""Delivery for real: a local SMTP server (aiosmtpd) and a local HTTP receiver that checks signatures."""

from __future__ import annotations

import json
import socket
import threading
from datetime import timedelta
from email import message_from_bytes, policy
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from aiosmtpd.controller import Controller
from django.utils import timezone

from tests.rollups.factories import make_analysed
from ttdn.alerts import delivery, services
from ttdn.alerts.models import AlertRule, Delivery

pytestmark = pytest.mark.django_db
SECRET = "webhook-secret-1"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class _Inbox:
    def __init__(self) -> None:
        self.messages: list[tuple[str, list[str], bytes]] = []

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 - aiosmtpd hook name
        self.messages.append((envelope.mail_from, list(envelope.rcpt_tos), envelope.original_content))
        return "250 OK"


@pytest.fixture
def smtp(settings):
    inbox = _Inbox()
    port = _free_port()
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = port
    settings.EMAIL_USE_TLS = False
    settings.EMAIL_USE_SSL = False
    settings.EMAIL_TIMEOUT = 5
    yield inbox
    controller.stop()


@pytest.fixture
def receiver(settings):
    """An HTTP receiver on 127.0.0.1 answering with the queued statuses (then 200)."""
    settings.TTDN_ALLOW_PRIVATE_FETCH = True
    state = {"statuses": [], "requests": []}

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self):  # noqa: N802
            body = self.rfile.read(int(self.headers["Content-Length"]))
            ok = delivery.verify(SECRET, self.headers["X-Ttdn-Timestamp"], body, self.headers["X-Ttdn-Signature"])
            state["requests"].append({"body": body, "valid": ok, "headers": dict(self.headers)})
            status = state["statuses"].pop(0) if state["statuses"] else (200 if ok else 401)
            self.send_response(status)
            self.end_headers()
            self.wfile.write(b"ok" if status == 200 else b"boom")

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    state["url"] = f"http://127.0.0.1:{server.server_address[1]}/hook"
    yield state
    server.shutdown()
    server.server_close()


def _fire(analyst, **channels):
    rule = services.create_rule(
        analyst, name="Theo dõi Sa Pa", kind=AlertRule.Kind.WATCH, parameters={"query": "Sa Pa"}, **channels
    )
    make_analysed("Sa Pa mùa lúa chín", days_ago=0.1)
    (alert,) = services.evaluate_rule(rule)
    return alert


def test_email_reaches_a_real_smtp_server(analyst, smtp):
    alert = _fire(analyst, emails="a@example.vn\nb@example.vn")
    assert len(smtp.messages) == 1
    sender, recipients, raw = smtp.messages[0]
    assert sorted(recipients) == ["a@example.vn", "b@example.vn"]
    message = message_from_bytes(raw, policy=policy.default)
    assert "Sa Pa" in message["Subject"]
    assert f"/alerts/{alert.pk}/" in message.get_body().get_content()
    (row,) = Delivery.objects.filter(alert=alert)
    assert row.channel == "email" and row.status == "sent"


def test_email_failure_is_recorded_and_retried(analyst, settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", _free_port(), 2
    alert = _fire(analyst, emails="a@example.vn")
    (row,) = Delivery.objects.filter(alert=alert)
    assert row.status == "failed" and row.error and row.next_attempt_at > timezone.now()


def test_webhook_signed_and_retried_after_500(analyst, receiver):
    receiver["statuses"] = [500]
    alert = _fire(analyst, webhook_url=receiver["url"], webhook_secret=SECRET)
    first = Delivery.objects.get(alert=alert)
    assert first.status == "failed" and first.response_status == 500 and first.attempt == 1
    assert first.next_attempt_at is not None
    # Nothing is due yet; once the backoff has passed, the retry job sends attempt 2.
    assert delivery.retry_due() == {"sent": 0, "failed": 0}
    assert delivery.retry_due(first.next_attempt_at + timedelta(seconds=1)) == {"sent": 1, "failed": 0}
    rows = list(Delivery.objects.filter(alert=alert).order_by("attempt"))
    assert [(r.attempt, r.status, r.response_status) for r in rows] == [(1, "retried", 500), (2, "sent", 200)]
    assert len(receiver["requests"]) == 2 and all(r["valid"] for r in receiver["requests"])
    body = json.loads(receiver["requests"][1]["body"])
    assert body["id"] == alert.pk and body["rule"]["kind"] == "watch" and body["article_ids"] == alert.article_ids


def test_webhook_backoff_grows_and_gives_up(analyst, receiver):
    receiver["statuses"] = [500] * 10
    alert = _fire(analyst, webhook_url=receiver["url"], webhook_secret=SECRET)
    when = timezone.now()
    for _ in range(delivery.MAX_ATTEMPTS):
        when += timedelta(hours=1)
        delivery.retry_due(when)
    rows = list(Delivery.objects.filter(alert=alert).order_by("attempt"))
    assert [r.attempt for r in rows] == [1, 2, 3, 4, 5]
    assert rows[-1].status == "gave_up" and rows[-1].next_attempt_at is None
    gaps = [(r.next_attempt_at - r.created_at).total_seconds() for r in rows[:2]]
    assert gaps == [60, 120]


def test_webhook_with_wrong_secret_is_refused_by_receiver(analyst, receiver):
    alert = _fire(analyst, webhook_url=receiver["url"], webhook_secret="not-the-secret")
    row = Delivery.objects.get(alert=alert)
    assert row.response_status == 401 and row.status == "failed"


def test_webhook_goes_through_the_ssrf_guard(analyst, settings):
    settings.TTDN_ALLOW_PRIVATE_FETCH = False
    alert = _fire(analyst, webhook_url="http://127.0.0.1:9/hook", webhook_secret=SECRET)
    row = Delivery.objects.get(alert=alert)
    assert row.status == "failed" and "private" in row.error


def test_retry_job_is_scheduled():
    from ttdn.jobs.schedule import SCHEDULE

    assert "alerts.retry_deliveries" in {p.job for p in SCHEDULE}


def test_signature_covers_timestamp_and_body():
    import time

    now = str(int(time.time()))
    body = b'{"id": 1}'
    signature = delivery.sign(SECRET, now, body)
    assert signature.startswith("sha256=") and delivery.verify(SECRET, now, body, signature)
    assert not delivery.verify(SECRET, now, b'{"id": 2}', signature)
    assert not delivery.verify(SECRET, str(int(now) + 1), body, signature)
    old = str(int(time.time()) - 3600)
    assert not delivery.verify(SECRET, old, body, delivery.sign(SECRET, old, body))  # replayed
