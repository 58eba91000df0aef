"""What the public may see: approved, currently valid facts; published corrections; approved materials."""

from __future__ import annotations

from django.db.models import Q, QuerySet
from django.utils import timezone

from ttdn.response.models import Correction, Fact

from .models import InformationMaterial


def public_facts() -> QuerySet[Fact]:
    today = timezone.localdate()
    return (
        Fact.objects.filter(status=Fact.Status.APPROVED)
        .filter(Q(valid_to__isnull=True) | Q(valid_to__gte=today))
        .select_related("approved_by")
        .prefetch_related("sources")
    )


def public_corrections() -> QuerySet[Correction]:
    return (
        Correction.objects.filter(published_at__isnull=False, approved_by__isnull=False)
        .select_related("agency", "approved_by", "case")
        .order_by("-published_at")
    )


def public_materials() -> QuerySet[InformationMaterial]:
    return InformationMaterial.objects.filter(approved=True).order_by("-approved_at", "-pk")
