"""The only paths that change sources state: registering sources, fetching, importing, pushing.

Order of work for every payload: fetch (or read) → keep the bytes as a RawDocument → parse →
`ttdn.articles.services.ingest_article` per item, committed in chunks with a resumable cursor.
"""

from __future__ import annotations

import hashlib
import json
import os
import secrets
import shutil
import tempfile
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from typing import Any

from django.conf import settings
from django.contrib.auth.models import User
from django.db import transaction
from django.db.models import Q, QuerySet
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from ttdn.accounts.models import Agency, Role
from ttdn.accounts.services import (
    UserLike,
    audited_create,
    audited_delete,
    audited_update,
    has_role,
    record,
    scope_queryset,
    sees_everything,
    visible_agency_ids,
)
from ttdn.articles.services import ingest_article

from . import fetch as fetching
from .models import IngestRun, QuarantinedItem, RawDocument, Source
from .parsers import ParseError
from .parsers.feeds import parse_feed
from .parsers.records import record_to_input
from .parsers.sitemap import parse_sitemap
from .parsers.web import extract_page
from .pipeline import DEFAULT_CHUNK, Counters, Progress, ProgressFn, consume, quarantine
from .readers import READERS, PayloadTooLarge, Record, open_payload

FILE_KINDS = {Source.Kind.JSONL, Source.Kind.CSV, Source.Kind.WARC, Source.Kind.GDELT}
EDIT_ROLES = (Role.ANALYST, Role.AGENCY_ADMIN, Role.SYSTEM_ADMIN)
MAX_PUSH_ITEMS = 1000
DEFAULT_MAX_PAGES = 50
MAX_CHILD_SITEMAPS = 10


# --- permissions and scoping -------------------------------------------------------------------


def visible_sources(user: UserLike) -> QuerySet[Source]:
    """Shared sources (agency=None) and those of the user's agency subtree."""
    return scope_queryset(Source.objects.all(), user, include_shared=True)


def can_edit(user: UserLike, source: Source | None = None) -> bool:
    if user is None or not getattr(user, "is_authenticated", False):
        return False
    if sees_everything(user):
        return True
    if source is not None and source.agency_id is None:
        return False  # shared sources belong to the steering committee's administrators
    if not any(has_role(user, role) for role in EDIT_ROLES):
        return False
    if source is None:
        return True
    ids = visible_agency_ids(user)
    return ids is None or source.agency_id in ids


def default_agency(user: UserLike) -> Agency | None:
    """Where a user's new source belongs: shared for administrators, else the user's own unit."""
    if sees_everything(user):
        return None
    membership = user.memberships.filter(role__in=EDIT_ROLES).select_related("agency").first()  # type: ignore[union-attr]
    return membership.agency if membership is not None else None


def editable_agencies(user: UserLike) -> QuerySet[Agency]:
    ids = visible_agency_ids(user)
    return Agency.objects.all() if ids is None else Agency.objects.filter(pk__in=ids)


# --- registering sources -----------------------------------------------------------------------

SOURCE_FIELDS = ("name", "kind", "url", "outlet", "agency", "active", "config", "fetch_interval_minutes")


def create_source(actor: UserLike, **fields: Any) -> Source:
    unknown = set(fields) - set(SOURCE_FIELDS)
    if unknown:
        raise ValueError(f"unknown source fields: {sorted(unknown)}")
    return audited_create(actor, Source, **fields)


def update_source(actor: UserLike, source: Source, **changes: Any) -> Source:
    unknown = set(changes) - set(SOURCE_FIELDS)
    if unknown:
        raise ValueError(f"unknown source fields: {sorted(unknown)}")
    return audited_update(actor, source, **changes)


def delete_source(actor: UserLike, source: Source) -> None:
    audited_delete(actor, source)


def rotate_push_token(actor: UserLike, source: Source) -> str:
    """A new push token for `source`; only its SHA-256 is kept, the clear token is returned once."""
    token = "ttdnpush_" + secrets.token_urlsafe(32)
    Source.objects.filter(pk=source.pk).update(push_token_hash=hashlib.sha256(token.encode()).hexdigest())
    source.refresh_from_db()
    record(actor, "rotate_push_token", source, note="push token issued")
    return token


def check_push_token(source: Source, token: str) -> bool:
    if not source.push_token_hash or not token:
        return False
    return secrets.compare_digest(source.push_token_hash, hashlib.sha256(token.encode()).hexdigest())


def due_sources(now: Any = None) -> list[Source]:
    """Active fetchable sources whose interval has elapsed since their last fetch."""
    now = now or timezone.now()
    due = []
    for source in Source.objects.filter(active=True).exclude(kind=Source.Kind.PUSH):
        if source.kind in FILE_KINDS and not source.url and not source.config.get("path"):
            continue
        if (
            source.last_fetch_at is None
            or source.last_fetch_at + timedelta(minutes=source.fetch_interval_minutes) <= now
        ):
            due.append(source)
    return due


def is_fetchable(source: Source) -> bool:
    """Whether "fetch now" can do anything: push sources receive data, uploaded files have nothing to fetch."""
    if source.kind == Source.Kind.PUSH:
        return False
    return source.kind not in FILE_KINDS or bool(source.url or source.config.get("path"))


@dataclass(frozen=True)
class Health:
    code: str  # ok | stale | error | never | push | inactive
    label: str
    badge: str


def health_states() -> list[Health]:
    return [
        Health("ok", str(_("Tốt")), "success"),
        Health("stale", str(_("Quá hạn")), "warning"),
        Health("error", str(_("Lỗi")), "danger"),
        Health("never", str(_("Chưa lấy tin")), "secondary"),
        Health("push", str(_("Chờ dữ liệu đẩy")), "info"),
        Health("inactive", str(_("Tạm dừng")), "secondary"),
    ]


def _state(code: str) -> Health:
    return next(state for state in health_states() if state.code == code)


def health(source: Source, now: Any = None) -> Health:
    """ok, stale (no success for three intervals), error (last fetch failed), never, push, inactive."""
    now = now or timezone.now()
    if not source.active:
        return _state("inactive")
    if source.last_error:
        return _state("error")
    if source.last_success_at is None:
        return _state("push" if source.kind == Source.Kind.PUSH else "never")
    periodic = source.kind not in FILE_KINDS and source.kind != Source.Kind.PUSH
    if periodic and source.last_success_at < now - timedelta(minutes=3 * source.fetch_interval_minutes):
        return _state("stale")
    return _state("ok")


# --- raw payloads ------------------------------------------------------------------------------


def store_raw(
    source: Source | None,
    content: bytes,
    *,
    url: str = "",
    http_status: int | None = None,
    headers: dict[str, str] | None = None,
    content_type: str = "",
    fetched_at: Any = None,
) -> tuple[RawDocument, bool]:
    """Keep the payload byte for byte before parsing; the same bytes from the same source are kept once."""
    digest = hashlib.sha256(content).hexdigest()
    existing = RawDocument.objects.filter(source=source, content_hash=digest).first()
    if existing is not None:
        return existing, False
    raw = RawDocument.objects.create(
        source=source,
        url=url[:2000],
        fetched_at=fetched_at or timezone.now(),
        http_status=http_status,
        headers=headers or {},
        content=content,
        content_hash=digest,
        content_type=content_type[:255],
        size=len(content),
    )
    return raw, True


def raw_store_dir() -> Path:
    path = Path(settings.DATA_DIR) / "raw"
    path.mkdir(parents=True, exist_ok=True)
    return path


def store_raw_file(source: Source | None, path: Path, *, label: str = "") -> tuple[RawDocument, bool]:
    """Copy a bulk file into the content-addressed raw store while hashing it (bounded memory)."""
    size = path.stat().st_size
    if size > settings.TTDN_IMPORT_MAX_BYTES:
        raise PayloadTooLarge(
            f"file of {size:,} bytes exceeds the {settings.TTDN_IMPORT_MAX_BYTES:,}-byte import limit"
        )
    digest = hashlib.sha256()
    store = raw_store_dir()
    with tempfile.NamedTemporaryFile(dir=store, delete=False, prefix=".incoming-") as tmp, open(path, "rb") as src:
        while chunk := src.read(1 << 20):
            digest.update(chunk)
            tmp.write(chunk)
    content_hash = digest.hexdigest()
    existing = RawDocument.objects.filter(source=source, content_hash=content_hash).first()
    final = store / content_hash[:2] / content_hash
    final.parent.mkdir(exist_ok=True)
    if final.exists():
        os.unlink(tmp.name)
    else:
        shutil.move(tmp.name, final)
    if existing is not None:
        if not existing.stored_path:
            RawDocument.objects.filter(pk=existing.pk).update(stored_path=str(final))
            existing.stored_path = str(final)
        return existing, False
    raw = RawDocument.objects.create(
        source=source,
        url=(label or path.name)[:2000],
        content=b"",
        stored_path=str(final),
        content_hash=content_hash,
        size=size,
        headers={"filename": path.name},
    )
    return raw, True


def raw_bytes(raw: RawDocument, limit: int | None = None) -> bytes:
    """The payload (from the row or the raw store), optionally only its first `limit` bytes."""
    if raw.stored_path:
        with open(raw.stored_path, "rb") as handle:
            return handle.read(limit if limit is not None else -1)
    data = bytes(raw.content)
    return data if limit is None else data[:limit]


def _mark_raw(raw: RawDocument, status: str, error: str = "", encoding: str = "") -> None:
    changes: dict[str, Any] = {"status": status, "error": error[:5000]}
    if encoding:
        changes["encoding"] = encoding[:32]
    RawDocument.objects.filter(pk=raw.pk).update(**changes)
    for key, value in changes.items():
        setattr(raw, key, value)


def quarantine_raw(source: Source | None, raw: RawDocument, reason: str) -> QuarantinedItem:
    _mark_raw(raw, RawDocument.Status.QUARANTINED, reason)
    return quarantine(source, raw, reason, "", raw_bytes(raw, 1 << 20))


# --- runs --------------------------------------------------------------------------------------


@dataclass
class IngestResult:
    run_id: int | None
    counters: Counters
    status: str
    message: str = ""
    runs: list[int] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {"run_id": self.run_id, "status": self.status, "message": self.message, **self.counters.as_dict()}


def _start_run(
    source: Source | None, user: UserLike, label: str, raw: RawDocument | None = None, cursor: dict | None = None
) -> IngestRun:
    started_by = user if isinstance(user, User) else None
    return IngestRun.objects.create(
        source=source, raw=raw, started_by=started_by, label=label[:500], cursor=cursor or {}
    )


def _finish_run(run: IngestRun, counters: Counters, status: str, error: str = "") -> None:
    IngestRun.objects.filter(pk=run.pk).update(status=status, finished_at=timezone.now(), error=error[:5000])
    run.status = status
    run.error = error


def _source_result(source: Source, *, ok: bool, error: str = "", **validators: str) -> None:
    now = timezone.now()
    changes: dict[str, Any] = {"last_fetch_at": now, "last_error": "" if ok else error[:5000]}
    if ok:
        changes["last_success_at"] = now
    changes.update(validators)
    Source.objects.filter(pk=source.pk).update(**changes)
    for key, value in changes.items():
        setattr(source, key, value)


# --- file imports ------------------------------------------------------------------------------

EXTENSIONS = {
    ".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "jsonl", ".csv": "csv", ".tsv": "csv",
    ".warc": "warc", ".arc": "warc", ".xml": "rss", ".rss": "rss", ".atom": "rss",
}  # fmt: skip


def guess_format(path: Path) -> str:
    name = path.name.lower()
    if ".gkg." in name or name.startswith("gkg") or "gkg" in name and name.endswith((".zip", ".csv")):
        return "gdelt"
    for suffix in (".gz", ".zip"):
        name = name.removesuffix(suffix)
    for ext, fmt in EXTENSIONS.items():
        if name.endswith(ext):
            return fmt
    with open_payload(path) as stream:
        head = stream.read(65536)
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if stripped.startswith(b"WARC/"):
        return "warc"
    if stripped.startswith(b"{"):
        return "jsonl"
    if stripped.startswith(b"<"):
        return "rss"
    first_line = head.split(b"\n", 1)[0]
    if first_line.count(b"\t") == 26:
        return "gdelt"
    return "csv"


def import_file(
    path: str | Path,
    *,
    fmt: str | None = None,
    source: Source | None = None,
    source_name: str = "",
    user: UserLike = None,
    progress: ProgressFn | None = None,
    chunk_size: int = DEFAULT_CHUNK,
    declared_charset: str | None = None,
) -> IngestResult:
    """Import a bulk file; rerunning the same file resumes an interrupted run or reports it done."""
    path = Path(path)
    if not path.is_file():
        raise FileNotFoundError(f"no such file: {path}")
    fmt = fmt or guess_format(path)
    if fmt not in (*READERS, "rss"):
        raise ValueError(f"unknown import format {fmt!r}; use jsonl, csv, warc, gdelt or rss")
    if source is None:
        name = source_name or f"Nhập tệp {path.name}"
        source = Source.objects.filter(name=name, kind=fmt).first() or create_source(
            user, name=name, kind=fmt, config={"imported_file": path.name}
        )
    raw, _ = store_raw_file(source, path, label=f"file:{path.name}")
    if fmt == "rss":
        return _process_feed_raw(source, raw, user, progress, label=f"import {path.name}")
    previous = IngestRun.objects.filter(raw=raw).order_by("-started_at", "-pk").first()
    if previous is not None and previous.status == IngestRun.Status.DONE:
        return IngestResult(previous.pk, Counters(), "done", "already imported: nothing new")
    cursor = dict(previous.cursor) if previous is not None else {}
    run = _start_run(source, user, f"import {path.name}", raw=raw, cursor=cursor)
    if previous is not None and previous.status == IngestRun.Status.RUNNING:
        # Its process died without recording an end (killed, power cut): say so, and where it went on.
        IngestRun.objects.filter(pk=previous.pk).update(
            status=IngestRun.Status.FAILED, finished_at=timezone.now(), error=f"interrupted; resumed by run #{run.pk}"
        )
    counters = Counters()
    try:
        with open_payload(Path(raw.stored_path)) as stream:
            records = READERS[fmt](stream, cursor, declared_charset)
            consume(
                records, run=run, source=source, raw=raw, fetched_at=raw.fetched_at, counters=counters,
                total=raw.size, progress=progress, chunk_size=chunk_size,
            )  # fmt: skip
    except (ParseError, OSError, EOFError) as exc:
        # The whole file (or its remainder) is unreadable: keep what was committed, quarantine the rest.
        reason = f"{fmt} file unreadable: {exc}"
        quarantine(source, raw, reason, f"after {run.cursor or 'start'}", b"")
        counters.quarantined += 1
        counters.errors.append(reason)
        _mark_raw(raw, RawDocument.Status.QUARANTINED, reason)
        _finish_run(run, counters, IngestRun.Status.DONE, reason)
        _source_result(source, ok=False, error=reason)
        record(user, "ingest", source, note=f"{path.name}: {reason}")
        return IngestResult(run.pk, counters, "quarantined", reason)
    except BaseException as exc:
        _finish_run(run, counters, IngestRun.Status.FAILED, f"interrupted: {type(exc).__name__}: {exc}")
        raise
    _mark_raw(raw, RawDocument.Status.PARSED)
    _finish_run(run, counters, IngestRun.Status.DONE)
    _source_result(source, ok=True)
    record(user, "ingest", source, note=f"{path.name}: {_summary(counters)}")
    return IngestResult(run.pk, counters, "done", _summary(counters))


def _summary(counters: Counters) -> str:
    return (
        f"fetched {counters.fetched}, created {counters.created}, duplicates {counters.duplicates}, "
        f"quarantined {counters.quarantined}"
    )


def _item_records(items: list, start: int = 0) -> list[Record]:
    return [Record(f"item {i + 1}", {"item": i + 1}, item=item) for i, item in enumerate(items) if i >= start]


def _process_feed_raw(
    source: Source,
    raw: RawDocument,
    user: UserLike,
    progress: ProgressFn | None,
    *,
    label: str,
    charset: str | None = None,
) -> IngestResult:
    previous = IngestRun.objects.filter(raw=raw).order_by("-started_at", "-pk").first()
    if previous is not None and previous.status == IngestRun.Status.DONE:
        return IngestResult(previous.pk, Counters(), "done", "feed unchanged since the last fetch")
    run = _start_run(source, user, label, raw=raw)
    counters = Counters()
    try:
        items, warning = parse_feed(raw_bytes(raw), url=raw.url, declared_charset=charset)
    except ParseError as exc:
        quarantine_raw(source, raw, str(exc))
        counters.quarantined += 1
        counters.errors.append(str(exc))
        _finish_run(run, counters, IngestRun.Status.DONE, str(exc))
        _source_result(source, ok=False, error=str(exc))
        IngestRun.objects.filter(pk=run.pk).update(quarantined=1)
        return IngestResult(run.pk, counters, "quarantined", str(exc))
    start = int((previous.cursor or {}).get("item", 0)) if previous is not None else 0
    try:
        consume(
            _item_records(items, start), run=run, source=source, raw=raw, fetched_at=raw.fetched_at,
            counters=counters, total=len(items), progress=progress,
        )  # fmt: skip
    except BaseException as exc:
        _finish_run(run, counters, IngestRun.Status.FAILED, f"interrupted: {type(exc).__name__}: {exc}")
        raise
    _mark_raw(raw, RawDocument.Status.PARSED, warning)
    _finish_run(run, counters, IngestRun.Status.DONE, warning)
    return IngestResult(run.pk, counters, "done", warning or _summary(counters))


# --- fetching sources --------------------------------------------------------------------------


def ingest_source(source: Source, *, user: UserLike = None, progress: ProgressFn | None = None) -> IngestResult:
    """Fetch and ingest one source now. Failures are recorded on the source, never raised to the caller."""
    try:
        if source.kind == Source.Kind.PUSH:
            return IngestResult(None, Counters(), "skipped", "push sources receive data through the API")
        if source.kind == Source.Kind.RSS:
            result = _ingest_feed(source, user, progress)
        elif source.kind == Source.Kind.WEB:
            result = _ingest_pages(source, [source.url], user, progress, label=f"page {source.url}")
        elif source.kind == Source.Kind.SITEMAP:
            result = _ingest_sitemap(source, user, progress)
        else:
            result = _ingest_remote_file(source, user, progress)
    except (fetching.FetchError, OSError, ParseError) as exc:
        run = _start_run(source, user, f"fetch {source.url}")
        counters = Counters(errors=[str(exc)])
        _finish_run(run, counters, IngestRun.Status.FAILED, str(exc))
        _source_result(source, ok=False, error=str(exc))
        record(user, "ingest", source, note=f"failed: {exc}")
        return IngestResult(run.pk, counters, "failed", str(exc))
    if result.status in ("done", "not_modified"):
        _source_result(source, ok=True)
    record(user, "ingest", source, note=f"{result.status}: {result.message}"[:1000])
    return result


def _fetch_ok(url: str, **kwargs: Any) -> fetching.FetchResult:
    result = fetching.fetch(url, **kwargs)
    if not result.not_modified and not 200 <= result.status < 300:
        raise fetching.FetchError(f"HTTP {result.status} from {result.url}")
    return result


def _ingest_feed(source: Source, user: UserLike, progress: ProgressFn | None) -> IngestResult:
    result = _fetch_ok(
        source.url, etag=source.etag, last_modified=source.last_modified,
        accept="application/rss+xml, application/atom+xml, application/xml;q=0.9, */*;q=0.5",
    )  # fmt: skip
    if result.not_modified:
        run = _start_run(source, user, f"fetch {source.url}")
        counters = Counters(not_modified=1)
        _finish_run(run, counters, IngestRun.Status.DONE, "")
        return IngestResult(run.pk, counters, "not_modified", "HTTP 304: nothing new")
    raw, _ = store_raw(
        source, result.content, url=result.url, http_status=result.status, headers=result.headers,
        content_type=result.content_type, fetched_at=result.fetched_at,
    )  # fmt: skip
    outcome = _process_feed_raw(source, raw, user, progress, label=f"fetch {source.url}", charset=result.charset)
    if outcome.status == "done":
        # Validators are saved only after the items are stored, so a crash refetches rather than skips.
        _source_result(
            source,
            ok=True,
            etag=result.headers.get("etag", "")[:255],
            last_modified=result.headers.get("last-modified", "")[:64],
        )
    outcome.counters.fetched = max(outcome.counters.fetched, 1)
    return outcome


def _ingest_pages(
    source: Source, urls: list[str], user: UserLike, progress: ProgressFn | None, *, label: str
) -> IngestResult:
    run = _start_run(source, user, label)
    counters = Counters()
    client = fetching.make_client()
    try:
        for index, url in enumerate(urls, start=1):
            page_counters = _ingest_page(source, url, client)
            counters.add(page_counters)
            IngestRun.objects.filter(pk=run.pk).update(
                cursor={"page": index}, fetched=counters.fetched, created=counters.created,
                duplicates=counters.duplicates, quarantined=counters.quarantined,
            )  # fmt: skip
            if progress is not None:
                progress(Progress(index, len(urls), counters, url))
    except BaseException as exc:
        _finish_run(run, counters, IngestRun.Status.FAILED, f"interrupted: {type(exc).__name__}: {exc}")
        raise
    finally:
        client.close()
    if len(urls) == 1 and counters.errors and not counters.created and not counters.duplicates:
        _finish_run(run, counters, IngestRun.Status.FAILED, counters.errors[0])
        _source_result(source, ok=False, error=counters.errors[0])
        return IngestResult(run.pk, counters, "failed", counters.errors[0])
    _finish_run(run, counters, IngestRun.Status.DONE, "; ".join(counters.errors)[:2000])
    return IngestResult(run.pk, counters, "done", _summary(counters))


def _ingest_page(source: Source, url: str, client: Any) -> Counters:
    counters = Counters(fetched=1)
    if RawDocument.objects.filter(source=source, url=url, status=RawDocument.Status.PARSED).exists():
        counters.duplicates += 1  # already fetched and stored on an earlier (possibly interrupted) run
        return counters
    try:
        result = _fetch_ok(
            url, respect_robots=True, client=client, accept="text/html,application/xhtml+xml;q=0.9,*/*;q=0.5"
        )
    except fetching.FetchError as exc:
        quarantine(source, None, str(exc), url[:255])
        counters.quarantined += 1
        counters.errors.append(str(exc))
        return counters
    raw, _ = store_raw(
        source, result.content, url=result.url, http_status=result.status, headers=result.headers,
        content_type=result.content_type, fetched_at=result.fetched_at,
    )  # fmt: skip
    try:
        item = extract_page(result.content, url=result.url, declared_charset=result.charset)
    except ParseError as exc:
        quarantine_raw(source, raw, str(exc))
        counters.quarantined += 1
        counters.errors.append(f"{url}: {exc}")
        return counters
    with transaction.atomic():
        _, created = ingest_article(item, source=source, raw=raw, fetched_at=result.fetched_at)
        if created:
            counters.created += 1
            RawDocument.objects.filter(pk=raw.pk).update(items_created=1)
            Source.objects.filter(pk=source.pk).update(items_total=source.items_total + 1)
            source.items_total += 1
        else:
            counters.duplicates += 1
        _mark_raw(raw, RawDocument.Status.PARSED)
    return counters


def _ingest_sitemap(source: Source, user: UserLike, progress: ProgressFn | None) -> IngestResult:
    result = _fetch_ok(source.url, respect_robots=True)
    raw, _ = store_raw(
        source, result.content, url=result.url, http_status=result.status, headers=result.headers,
        content_type=result.content_type, fetched_at=result.fetched_at,
    )  # fmt: skip
    try:
        kind, entries = parse_sitemap(result.content)
        if kind == "index":
            pages = []
            for child in entries[: int(source.config.get("max_sitemaps", MAX_CHILD_SITEMAPS))]:
                child_result = _fetch_ok(child.loc, respect_robots=True)
                child_raw, _ = store_raw(
                    source,
                    child_result.content,
                    url=child_result.url,
                    http_status=child_result.status,
                    headers=child_result.headers,
                    fetched_at=child_result.fetched_at,
                )
                try:
                    child_kind, child_entries = parse_sitemap(child_result.content)
                except ParseError as exc:
                    quarantine_raw(source, child_raw, str(exc))
                    continue
                _mark_raw(child_raw, RawDocument.Status.PARSED)
                if child_kind == "urlset":
                    pages.extend(child_entries)
            entries = pages
    except ParseError as exc:
        quarantine_raw(source, raw, str(exc))
        _source_result(source, ok=False, error=str(exc))
        return IngestResult(None, Counters(quarantined=1, errors=[str(exc)]), "quarantined", str(exc))
    _mark_raw(raw, RawDocument.Status.PARSED)
    # Newest first (by lastmod), so a capped run gets the fresh pages.
    entries.sort(key=lambda e: e.lastmod, reverse=True)
    urls = [e.loc for e in entries[: int(source.config.get("max_pages", DEFAULT_MAX_PAGES))]]
    return _ingest_pages(source, urls, user, progress, label=f"sitemap {source.url}")


def import_dir() -> Path:
    return Path(settings.DATA_DIR) / "imports"


def local_import_path(value: str) -> Path:
    """A source's `config.path`, confined to TTDN_DATA_DIR/imports: editors must not read arbitrary server files."""
    root = import_dir().resolve()
    candidate = (root / value).resolve()
    if not candidate.is_relative_to(root):
        raise fetching.FetchError(f"config.path must be a file under {root}, not {value!r}")
    return candidate


def _ingest_remote_file(source: Source, user: UserLike, progress: ProgressFn | None) -> IngestResult:
    local = source.config.get("path")
    if local:
        return import_file(local_import_path(local), fmt=source.kind, source=source, user=user, progress=progress)
    if not source.url:
        return IngestResult(None, Counters(), "skipped", "file source without URL or path: use `ttdn import`")
    result = _fetch_ok(source.url, etag=source.etag, last_modified=source.last_modified)
    if result.not_modified:
        return IngestResult(None, Counters(not_modified=1), "not_modified", "HTTP 304: nothing new")
    with tempfile.NamedTemporaryFile(
        dir=raw_store_dir(), suffix="-" + Path(result.url).name[-80:], delete=False
    ) as tmp:
        tmp.write(result.content)
    try:
        outcome = import_file(tmp.name, fmt=source.kind, source=source, user=user, progress=progress)
    finally:
        os.unlink(tmp.name)
    _source_result(
        source,
        ok=outcome.status == "done",
        error=outcome.message,
        etag=result.headers.get("etag", "")[:255],
        last_modified=result.headers.get("last-modified", "")[:64],
    )
    return outcome


# --- push --------------------------------------------------------------------------------------


@dataclass
class PushItemResult:
    index: int
    status: str  # created | duplicate | quarantined
    external_id: str = ""
    article_id: int | None = None
    reason: str = ""


def push_items(source: Source, body: bytes, *, user: UserLike = None) -> tuple[list[PushItemResult], RawDocument]:
    """Store a pushed batch verbatim, then ingest each item; resubmitting the same batch is harmless."""
    raw, _ = store_raw(source, body, url="push", content_type="application/json")
    try:
        document = json.loads(body.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as exc:
        quarantine_raw(source, raw, f"push body is not UTF-8 JSON: {exc}")
        raise ParseError(f"body is not UTF-8 JSON: {exc}")
    items = document.get("items") if isinstance(document, dict) else document
    if not isinstance(items, list):
        quarantine_raw(source, raw, "push body has no 'items' list")
        raise ParseError('body must be {"items": [...]} or a JSON list of items')
    if len(items) > MAX_PUSH_ITEMS:
        quarantine_raw(source, raw, f"push batch of {len(items)} items exceeds {MAX_PUSH_ITEMS}")
        raise ParseError(f"at most {MAX_PUSH_ITEMS} items per request, got {len(items)}")
    results: list[PushItemResult] = []
    created_count = 0
    run = _start_run(source, user, "push", raw=raw)
    counters = Counters()
    with transaction.atomic():
        for index, payload in enumerate(items):
            external_id = str(payload.get("id", ""))[:200] if isinstance(payload, dict) else ""
            counters.fetched += 1
            try:
                extra = {"external_id": external_id} if external_id else {}
                item = record_to_input(payload, extra_metadata=extra)
                with transaction.atomic():
                    article, created = ingest_article(item, source=source, raw=raw)
            except (ParseError, ValueError) as exc:
                quarantine(
                    source,
                    raw,
                    str(exc),
                    f"item {index}",
                    json.dumps(payload, ensure_ascii=False, default=str).encode()[:65536],
                )
                counters.quarantined += 1
                results.append(PushItemResult(index, "quarantined", external_id, None, str(exc)))
                continue
            created_count += created
            if created:
                counters.created += 1
            else:
                counters.duplicates += 1
            results.append(PushItemResult(index, "created" if created else "duplicate", external_id, article.pk))
        IngestRun.objects.filter(pk=run.pk).update(
            fetched=counters.fetched,
            created=counters.created,
            duplicates=counters.duplicates,
            quarantined=counters.quarantined,
        )
        if created_count:
            Source.objects.filter(pk=source.pk).update(items_total=source.items_total + created_count)
        _mark_raw(raw, RawDocument.Status.PARSED)
    _finish_run(run, counters, IngestRun.Status.DONE)
    _source_result(source, ok=True)
    return results, raw


def resolve_quarantined(actor: UserLike, item: QuarantinedItem) -> QuarantinedItem:
    return audited_update(actor, item, resolved=True)


def payload_preview(payload: bytes, limit: int = 400) -> str:
    """A readable glimpse of quarantined bytes for the UI (the download has them all)."""
    text = bytes(payload[: limit * 4]).decode("utf-8", errors="replace")
    text = "".join(ch if ch.isprintable() or ch in "\n\t" else "\ufffd" for ch in text)
    return text[:limit] + ("…" if len(text) > limit or len(payload) > limit * 4 else "")


def quarantine_for(user: UserLike) -> QuerySet[QuarantinedItem]:
    sources = visible_sources(user)
    return QuarantinedItem.objects.filter(Q(source__in=sources)).select_related("source", "raw")
