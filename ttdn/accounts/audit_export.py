"""CSV export of the audit log (the `/accounts/audit.csv` view and `ttdn export-audit`)."""

from __future__ import annotations

import csv
import json
from datetime import date, datetime, time
from typing import Any, Protocol

from django.db.models import QuerySet
from django.utils import timezone

from .models import AuditLog


class _Writable(Protocol):
    def write(self, s: str, /) -> Any: ...


COLUMNS = [
    "id",
    "at",
    "actor",
    "action",
    "object_type",
    "object_id",
    "object_repr",
    "agency",
    "before",
    "after",
    "note",
]


def _day(value: str | date | None, end: bool = False) -> datetime | None:
    if not value:
        return None
    day = value if isinstance(value, date) else date.fromisoformat(str(value))
    return timezone.make_aware(datetime.combine(day, time.max if end else time.min))


def filtered(
    since: str | date | None = None,
    until: str | date | None = None,
    agency: str = "",
    object_type: str = "",
) -> QuerySet[AuditLog]:
    """Entries from `since` to `until` (inclusive days), of an agency code and an object type (`sources.source`)."""
    qs = AuditLog.objects.select_related("agency").order_by("at", "pk")
    if start := _day(since):
        qs = qs.filter(at__gte=start)
    if stop := _day(until, end=True):
        qs = qs.filter(at__lte=stop)
    if agency:
        qs = qs.filter(agency__code=agency)
    if object_type:
        qs = qs.filter(object_type=object_type.lower())
    return qs


def _json(value: Any) -> str:
    return "" if value is None else json.dumps(value, ensure_ascii=False, sort_keys=True)


def write_csv(qs: QuerySet[AuditLog], handle: _Writable) -> int:
    writer = csv.writer(handle)
    writer.writerow(COLUMNS)
    count = 0
    for entry in qs.iterator(chunk_size=2000):
        writer.writerow(
            [
                entry.pk,
                entry.at.isoformat(),
                entry.actor_name,
                entry.action,
                entry.object_type,
                entry.object_id,
                entry.object_repr,
                entry.agency.code if entry.agency else "",
                _json(entry.before),
                _json(entry.after),
                entry.note,
            ]
        )
        count += 1
    return count
