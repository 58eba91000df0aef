from datetime import timedelta

from django.utils import timezone

from ttdn.jobs.models import JobRecord
from ttdn.jobs.schedule import SCHEDULE, due, tick


def test_every_scheduled_job_exists_and_runs_once_per_interval(db):
    names = {entry.job for entry in SCHEDULE}
    assert set(due()) == names  # nothing has run yet: all due, and all registered
    now = timezone.now()
    enqueued = tick(now)
    assert set(enqueued) == names
    assert {r.name for r in JobRecord.objects.all()} == names
    assert tick(now + timedelta(minutes=1)) == []
    later = tick(now + timedelta(minutes=16))
    assert "response.check_sla" in later and "programme.send_reminders" not in later
