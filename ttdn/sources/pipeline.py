"""Records to Articles in committed chunks, with the run's cursor saved in the same transaction.

Killing the process mid-batch loses at most the uncommitted chunk; rerunning continues from the
cursor, and anything redone is caught by ingest_article's exact dedupe.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field
from datetime import datetime
from typing import Any

from django.db import DataError, IntegrityError, transaction
from django.db.models import F

from ttdn.articles.services import ingest_article

from .models import IngestRun, QuarantinedItem, RawDocument, Source
from .readers import Record

DEFAULT_CHUNK = 200


@dataclass
class Counters:
    fetched: int = 0
    created: int = 0
    duplicates: int = 0
    quarantined: int = 0
    skipped: int = 0
    not_modified: int = 0
    errors: list[str] = field(default_factory=list)

    def add(self, other: Counters) -> None:
        for name in ("fetched", "created", "duplicates", "quarantined", "skipped", "not_modified"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.errors.extend(other.errors)

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Progress:
    """What a progress bar needs: position (bytes or items) out of total, and the running counts."""

    done: int
    total: int | None
    counters: Counters
    message: str = ""


ProgressFn = Callable[[Progress], None]


def quarantine(
    source: Source | None, raw: RawDocument | None, reason: str, locator: str = "", payload: bytes = b""
) -> QuarantinedItem:
    """Record one unparseable payload or record; idempotent per (raw, locator)."""
    if raw is not None:
        item, _ = QuarantinedItem.objects.get_or_create(
            raw=raw, locator=locator[:255], defaults={"source": source, "reason": reason, "payload": payload}
        )
        return item
    # Without a payload (a page that could not be fetched), repeat runs reuse the open item.
    item, _ = QuarantinedItem.objects.get_or_create(
        raw=None, source=source, locator=locator[:255], reason=reason, resolved=False, defaults={"payload": payload}
    )
    return item


def consume(
    records: Iterable[Record],
    *,
    run: IngestRun,
    source: Source | None,
    raw: RawDocument | None,
    fetched_at: datetime,
    counters: Counters,
    total: int | None = None,
    progress: ProgressFn | None = None,
    chunk_size: int = DEFAULT_CHUNK,
) -> None:
    chunk: list[Record] = []
    for record in records:
        chunk.append(record)
        if len(chunk) >= chunk_size:
            _commit_chunk(chunk, run, source, raw, fetched_at, counters, total, progress)
            chunk = []
    if chunk:
        _commit_chunk(chunk, run, source, raw, fetched_at, counters, total, progress)


def _commit_chunk(
    chunk: list[Record],
    run: IngestRun,
    source: Source | None,
    raw: RawDocument | None,
    fetched_at: datetime,
    counters: Counters,
    total: int | None,
    progress: ProgressFn | None,
) -> None:
    local = Counters()
    with transaction.atomic():
        for record in chunk:
            local.fetched += 1
            if record.skipped:
                local.skipped += 1
            elif record.error or record.item is None:
                quarantine(source, raw, record.error or "no item", record.locator, record.payload)
                local.quarantined += 1
            else:
                try:
                    with transaction.atomic():
                        _, created = ingest_article(record.item, source=source, raw=raw, fetched_at=fetched_at)
                except (ValueError, IntegrityError, DataError) as exc:
                    quarantine(source, raw, f"rejected by the article store: {exc}", record.locator, record.payload)
                    local.quarantined += 1
                else:
                    if created:
                        local.created += 1
                    else:
                        local.duplicates += 1
            if progress is not None:
                running = Counters()
                running.add(counters)
                running.add(local)
                progress(Progress(record.position or counters.fetched + local.fetched, total, running, record.locator))
        run.cursor = chunk[-1].cursor
        IngestRun.objects.filter(pk=run.pk).update(
            cursor=run.cursor,
            fetched=F("fetched") + local.fetched,
            created=F("created") + local.created,
            duplicates=F("duplicates") + local.duplicates,
            quarantined=F("quarantined") + local.quarantined,
        )
        if source is not None and local.created:
            Source.objects.filter(pk=source.pk).update(items_total=F("items_total") + local.created)
        if raw is not None and local.created:
            RawDocument.objects.filter(pk=raw.pk).update(items_created=F("items_created") + local.created)
    counters.add(local)
