"""Background jobs: the UI's "fetch now" and file uploads run here (in-process or on Celery)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.contrib.auth import get_user_model

from ttdn.jobs.registry import job

from .models import Source
from .services import due_sources, import_file, ingest_source


def _user(user_id: int | None) -> Any:
    return get_user_model().objects.filter(pk=user_id).first() if user_id else None


@job("sources.ingest")
def ingest(source_id: int, user_id: int | None = None) -> dict[str, Any]:
    source = Source.objects.get(pk=source_id)
    return ingest_source(source, user=_user(user_id)).as_dict()


@job("sources.ingest_due")
def ingest_due() -> dict[str, Any]:
    results = {str(source.pk): ingest_source(source).status for source in due_sources()}
    return {"sources": results}


@job("sources.import_file")
def import_uploaded_file(
    path: str,
    fmt: str | None = None,
    source_id: int | None = None,
    user_id: int | None = None,
    delete_after: bool = True,
) -> dict[str, Any]:
    source = Source.objects.filter(pk=source_id).first() if source_id else None
    try:
        result = import_file(path, fmt=fmt or None, source=source, user=_user(user_id))
    finally:
        # The upload was copied into the raw store before parsing; the temporary copy can go.
        if delete_after:
            Path(path).unlink(missing_ok=True)
    return result.as_dict()
