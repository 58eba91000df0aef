"""The only paths that change portal content; approval needs an approver of the owning agency."""

from __future__ import annotations

from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from ttdn.accounts.models import Agency, Role
from ttdn.accounts.services import UserLike, audited_create, audited_update
from ttdn.response import permissions as perm
from ttdn.response.models import LANGUAGE_CODES
from ttdn.response.text import vi_slug

EDIT = {Role.RESPONDER, Role.APPROVER, Role.AGENCY_ADMIN}


def _clean_content(content: dict[str, Any]) -> dict[str, dict[str, str]]:
    cleaned = {}
    for lang, data in content.items():
        if lang not in LANGUAGE_CODES:
            raise ValidationError(f"Ngôn ngữ không hỗ trợ: {lang}")
        title, body = str(data.get("title", "")).strip(), str(data.get("body", "")).strip()
        if title:
            cleaned[lang] = {"title": title, "body": body}
    if "vi" not in cleaned:
        raise ValidationError("Cần có nội dung tiếng Việt.")
    return cleaned


@transaction.atomic
def create_material(
    actor: UserLike, *, agency: Agency, content: dict[str, Any], slug: str = "", featured: bool = False
) -> Any:
    from .models import InformationMaterial

    perm.require(actor, EDIT, agency, "tạo tài liệu thông tin")
    content = _clean_content(content)
    return audited_create(
        actor,
        InformationMaterial,
        agency=agency,
        content=content,
        featured=featured,
        slug=slug or vi_slug(content["vi"]["title"], 80),
    )


@transaction.atomic
def update_material(
    actor: UserLike, material: Any, *, content: dict[str, Any] | None = None, featured: bool | None = None
) -> Any:
    perm.require(actor, EDIT, material.agency, "sửa tài liệu thông tin")
    changes: dict[str, Any] = {}
    if content is not None:
        changes["content"] = _clean_content(content)
        # Changed text must be approved again before it is public.
        changes.update(approved=False, approved_by=None, approved_at=None)
    if featured is not None:
        changes["featured"] = featured
    return audited_update(actor, material, **changes)


@transaction.atomic
def approve_material(actor: UserLike, material: Any) -> Any:
    perm.require(actor, perm.APPROVE, material.agency, "duyệt tài liệu thông tin")
    return audited_update(actor, material, approved=True, approved_by=actor, approved_at=timezone.now())
