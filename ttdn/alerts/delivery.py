"""Deliver alerts: e-mail through Django's e-mail backend, webhooks through the SSRF-guarded fetcher.

Webhooks POST a JSON body signed with HMAC-SHA256 over ``f"{timestamp}.{body}"`` with the rule's
secret; the receiver checks ``X-Ttdn-Signature: sha256=<hex>`` and that ``X-Ttdn-Timestamp`` is
recent. Each attempt is one `Delivery` row; a failure schedules the next attempt with exponential
backoff (1, 2, 4, 8 minutes…) until `MAX_ATTEMPTS`, and `retry_due` (a periodic job) sends them.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import time
from datetime import datetime, timedelta
from typing import Any

from django.conf import settings
from django.core.mail import EmailMessage
from django.utils import timezone

from .models import Alert, Delivery

logger = logging.getLogger(__name__)

MAX_ATTEMPTS = 5
BACKOFF_SECONDS = 60


def sign(secret: str, timestamp: str, body: bytes) -> str:
    message = timestamp.encode() + b"." + body
    return "sha256=" + hmac.new(secret.encode(), message, hashlib.sha256).hexdigest()


def verify(secret: str, timestamp: str, body: bytes, signature: str, tolerance: int = 300) -> bool:
    """What a receiver does (used by the tests and documented for integrators)."""
    try:
        if abs(time.time() - int(timestamp)) > tolerance:
            return False
    except ValueError:
        return False
    return hmac.compare_digest(sign(secret, timestamp, body), signature)


def absolute(path: str) -> str:
    base = getattr(settings, "TTDN_PUBLIC_BASE_URL", "") or ""
    return base.rstrip("/") + path if base and path.startswith("/") else path


def payload(alert: Alert) -> dict[str, Any]:
    return {
        "id": alert.pk,
        "rule": {"id": alert.rule_id, "name": alert.rule.name, "kind": alert.kind},
        "event_key": alert.event_key,
        "title": alert.title,
        "summary": alert.summary,
        "details": alert.details,
        "article_ids": alert.article_ids,
        "link": absolute(alert.link) if alert.link else "",
        "url": absolute(alert.get_absolute_url()),
        "fired_at": alert.fired_at.isoformat(),
    }


def backoff(attempt: int) -> timedelta:
    return timedelta(seconds=BACKOFF_SECONDS * 2 ** (attempt - 1))


def _record(
    alert: Alert, channel: str, target: str, attempt: int, ok: bool, status: int | None, error: str
) -> Delivery:
    now = timezone.now()
    if ok:
        state, next_at = Delivery.Status.SENT, None
    elif attempt >= MAX_ATTEMPTS:
        state, next_at = Delivery.Status.GAVE_UP, None
    else:
        state, next_at = Delivery.Status.FAILED, now + backoff(attempt)
    return Delivery.objects.create(
        alert=alert,
        channel=channel,
        target=target[:1000],
        attempt=attempt,
        status=state,
        response_status=status,
        error=error[:2000],
        created_at=now,
        next_attempt_at=next_at,
    )


def send_email(alert: Alert, recipients: list[str], attempt: int = 1) -> Delivery:
    lines = [alert.summary, "", absolute(alert.get_absolute_url())]
    if alert.link:
        lines.append(absolute(alert.link))
    message = EmailMessage(
        subject=f"[ttdn] {alert.title}"[:250],
        body="\n".join(lines),
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=recipients,
    )
    try:
        message.send(fail_silently=False)
    except Exception as exc:  # SMTP refusals, connection errors: recorded, retried
        logger.warning("alert %s e-mail failed: %s", alert.pk, exc)
        return _record(alert, Delivery.Channel.EMAIL, ", ".join(recipients), attempt, False, None, f"{exc}")
    return _record(alert, Delivery.Channel.EMAIL, ", ".join(recipients), attempt, True, None, "")


def send_webhook(alert: Alert, url: str, secret: str, attempt: int = 1) -> Delivery:
    from ttdn.sources.fetch import FetchError, post

    body = json.dumps(payload(alert), ensure_ascii=False, sort_keys=True).encode()
    timestamp = str(int(time.time()))
    headers = {
        "Content-Type": "application/json",
        "X-Ttdn-Timestamp": timestamp,
        "X-Ttdn-Signature": sign(secret, timestamp, body),
        "X-Ttdn-Event": alert.kind,
    }
    try:
        result = post(url, body, headers=headers)
    except FetchError as exc:
        return _record(alert, Delivery.Channel.WEBHOOK, url, attempt, False, None, str(exc))
    ok = 200 <= result.status < 300
    error = "" if ok else f"HTTP {result.status}: {result.content[:200].decode('utf-8', 'replace')}"
    return _record(alert, Delivery.Channel.WEBHOOK, url, attempt, ok, result.status, error)


def deliver(alert: Alert) -> list[Delivery]:
    """First attempt on every channel of the alert's rule."""
    rule = alert.rule
    done = []
    if rule.email_list:
        done.append(send_email(alert, rule.email_list))
    if rule.webhook_url:
        done.append(send_webhook(alert, rule.webhook_url, rule.webhook_secret))
    return done


def retry_due(now: datetime | None = None) -> dict[str, int]:
    """Send the next attempt of every failed delivery whose time has come."""
    now = now or timezone.now()
    sent = failed = 0
    due = Delivery.objects.filter(status=Delivery.Status.FAILED, next_attempt_at__lte=now).select_related("alert__rule")
    for previous in list(due):
        # Claim the row first so two schedulers never send the same attempt twice.
        if not Delivery.objects.filter(pk=previous.pk, status=Delivery.Status.FAILED).update(
            status=Delivery.Status.RETRIED
        ):
            continue
        alert, rule = previous.alert, previous.alert.rule
        if previous.channel == Delivery.Channel.EMAIL:
            result = send_email(alert, rule.email_list or previous.target.split(", "), previous.attempt + 1)
        else:
            result = send_webhook(alert, rule.webhook_url or previous.target, rule.webhook_secret, previous.attempt + 1)
        if result.status == Delivery.Status.SENT:
            sent += 1
        else:
            failed += 1
    return {"sent": sent, "failed": failed}
