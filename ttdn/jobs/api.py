from __future__ import annotations

from datetime import datetime
from typing import Any

from django.shortcuts import get_object_or_404
from ninja import Router, Schema

from .models import JobRecord

router = Router(tags=["jobs"])


class JobOut(Schema):
    id: int
    name: str
    status: str
    executor: str
    created_at: datetime
    started_at: datetime | None
    finished_at: datetime | None
    result: Any = None
    error: str


@router.get("/{job_id}", response=JobOut)
def get_job(request, job_id: int):  # type: ignore[no-untyped-def]
    return get_object_or_404(JobRecord, pk=job_id)
