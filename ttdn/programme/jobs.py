"""Programme jobs (in-process or Celery, see ttdn.jobs.registry)."""

from __future__ import annotations

from ttdn.jobs.registry import job

from .services import send_reminders


@job("programme.send_reminders")
def send_reminders_job(today: str | None = None) -> dict[str, int]:
    """Daily: e-mail reporters before and after report deadlines (each reminder once)."""
    from datetime import date

    result = send_reminders(date.fromisoformat(today) if today else None)
    return {"sent": result.sent, "skipped_no_recipient": result.skipped_no_recipient}
