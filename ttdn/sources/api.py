"""Sources API (/api/v1/sources/): registry, ingest trigger, quarantine, and the push endpoint.

The push endpoint accepts either the source's own push token (for an external exporter that should
be able to do nothing else) or a user token/session of someone allowed to edit the source.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from django.core.exceptions import ValidationError
from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from ninja import Router, Schema, Status
from ninja.errors import HttpError

from ttdn.accounts.models import Agency
from ttdn.accounts.services import authenticate_token
from ttdn.jobs.registry import enqueue

from .models import Source
from .parsers import ParseError
from .services import (
    can_edit,
    check_push_token,
    create_source,
    health,
    push_items,
    quarantine_for,
    rotate_push_token,
    visible_agency_ids,
    visible_sources,
)

router = Router(tags=["sources"])


class SourceOut(Schema):
    id: int
    name: str
    kind: str
    url: str
    agency_id: int | None
    active: bool
    fetch_interval_minutes: int
    last_fetch_at: datetime | None
    last_success_at: datetime | None
    last_error: str
    items_total: int
    health: str

    @staticmethod
    def resolve_health(obj: Source) -> str:
        return health(obj).code


class SourceIn(Schema):
    name: str
    kind: Source.Kind
    url: str = ""
    agency_id: int | None = None
    active: bool = True
    fetch_interval_minutes: int = 60
    config: dict[str, Any] = {}


class JobOut(Schema):
    job_id: int


class TokenOut(Schema):
    push_token: str


class QuarantineOut(Schema):
    id: int
    source_id: int | None
    raw_id: int | None
    locator: str
    reason: str
    created_at: datetime
    resolved: bool
    payload_size: int

    @staticmethod
    def resolve_payload_size(obj: Any) -> int:
        return len(obj.payload or b"")


class PushItemOut(Schema):
    index: int
    status: str
    external_id: str = ""
    article_id: int | None = None
    reason: str = ""


class PushOut(Schema):
    raw_id: int
    created: int
    duplicates: int
    quarantined: int
    results: list[PushItemOut]


class ErrorOut(Schema):
    detail: str


def _get_visible(request: HttpRequest, source_id: int) -> Source:
    return get_object_or_404(visible_sources(request.user), pk=source_id)


@router.get("/", response=list[SourceOut])
def list_sources(request: HttpRequest) -> Any:
    return visible_sources(request.user).order_by("name")


@router.get("/quarantine", response=list[QuarantineOut])
def list_quarantine(
    request: HttpRequest, source_id: int | None = None, resolved: bool = False, limit: int = 100
) -> Any:
    items = quarantine_for(request.user).filter(resolved=resolved)
    if source_id is not None:
        items = items.filter(source_id=source_id)
    return items.order_by("-created_at")[: max(1, min(limit, 1000))]


@router.get("/{source_id}", response=SourceOut)
def get_source(request: HttpRequest, source_id: int) -> Any:
    return _get_visible(request, source_id)


@router.post("/", response={201: SourceOut, 400: ErrorOut, 403: ErrorOut})
def add_source(request: HttpRequest, payload: SourceIn) -> Any:
    if not can_edit(request.user):
        return Status(403, {"detail": "not allowed to register sources"})
    agency = None
    if payload.agency_id is not None:
        ids = visible_agency_ids(request.user)
        if ids is not None and payload.agency_id not in ids:
            return Status(403, {"detail": "agency outside your scope"})
        agency = get_object_or_404(Agency, pk=payload.agency_id)
    elif visible_agency_ids(request.user) is not None:
        return Status(403, {"detail": "only administrators may register shared sources; give an agency_id"})
    try:
        source = create_source(
            request.user,
            name=payload.name,
            kind=payload.kind,
            url=payload.url,
            agency=agency,
            active=payload.active,
            fetch_interval_minutes=payload.fetch_interval_minutes,
            config=payload.config,
        )
    except ValidationError as exc:
        return Status(400, {"detail": "; ".join(exc.messages)})
    return Status(201, source)


@router.post("/{source_id}/ingest", response={202: JobOut, 403: ErrorOut})
def trigger_ingest(request: HttpRequest, source_id: int) -> Any:
    source = _get_visible(request, source_id)
    if not can_edit(request.user, source):
        return Status(403, {"detail": "not allowed to fetch this source"})
    return Status(202, {"job_id": enqueue("sources.ingest", source_id=source.pk, user_id=request.user.pk)})


@router.post("/{source_id}/push-token", response={200: TokenOut, 403: ErrorOut})
def new_push_token(request: HttpRequest, source_id: int) -> Any:
    source = _get_visible(request, source_id)
    if not can_edit(request.user, source) or source.kind != Source.Kind.PUSH:
        return Status(403, {"detail": "push tokens are issued for push sources by their editors"})
    return {"push_token": rotate_push_token(request.user, source)}


def _bearer(request: HttpRequest) -> str:
    header = request.headers.get("Authorization", "")
    if header.lower().startswith("bearer "):
        return header[7:].strip()
    return request.headers.get("X-Push-Token", "") or request.headers.get("X-API-Key", "")


@router.post(
    "/{source_id}/push", auth=None, response={200: PushOut, 400: ErrorOut, 401: ErrorOut, 403: ErrorOut, 404: ErrorOut}
)
def push(request: HttpRequest, source_id: int) -> Any:
    """Accept a JSON batch of items (schema: docs/INGESTION.md) and answer per item."""
    source = Source.objects.filter(pk=source_id, kind=Source.Kind.PUSH, active=True).first()
    token = _bearer(request)
    user = None
    if source is not None and check_push_token(source, token):
        pass
    else:
        # Tokens only: a session cookie would let another site post here on a user's behalf (CSRF).
        user = authenticate_token(token) if token else None
        if user is None:
            raise HttpError(401, "a push token or a user token is required")
        if source is None or not visible_sources(user).filter(pk=source.pk).exists():
            return Status(404, {"detail": "no such push source"})
        if not can_edit(user, source):
            return Status(403, {"detail": "not allowed to push to this source"})
    assert source is not None
    try:
        results, raw = push_items(source, request.body, user=user)
    except ParseError as exc:
        return Status(400, {"detail": str(exc)})
    return {
        "raw_id": raw.pk,
        "created": sum(r.status == "created" for r in results),
        "duplicates": sum(r.status == "duplicate" for r in results),
        "quarantined": sum(r.status == "quarantined" for r in results),
        "results": [r.__dict__ for r in results],
    }
