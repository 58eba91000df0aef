"""The only paths that change a brief: generate, review, approve (four-eyes), send. Each is audited."""

from __future__ import annotations

import hashlib
from datetime import date
from html import escape
from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.mail import EmailMessage
from django.db import transaction
from django.utils import timezone

from ttdn.accounts.services import record, snapshot
from ttdn.rollups.services import RollupQuery

from .content import BriefContent, build, period_for, vn_number
from .docx import render_docx
from .models import Brief, BriefStatus, BriefVersion


def render_html(content: BriefContent, *, number: str = "") -> str:
    rows = "".join(
        f"<tr><td>{escape(f.label)}</td><td>{vn_number(f.value, f.decimals)}</td>"
        f"<td>{vn_number(f.previous, f.decimals)}</td><td>{vn_number(f.change, 1)}</td></tr>"
        for f in content.figures
    )
    stories = "".join(f"<li>{escape(s.title)} — {vn_number(s.articles)} bài</li>" for s in content.stories)
    return (
        "<!doctype html><html lang='vi'><meta charset='utf-8'>"
        "<body style=\"font-family: 'Liberation Serif', 'Noto Serif', 'Noto Serif CJK SC', 'Noto Sans Thai', serif\">"
        f"<p>Số: {escape(number or '…')}/BT-BCĐ</p>"
        "<h1>BẢN TIN TỔNG HỢP DƯ LUẬN BÁO CHÍ TRONG VÀ NGOÀI NƯỚC</h1>"
        f"<p>Từ ngày {content.start:%d/%m/%Y} đến ngày {content.end:%d/%m/%Y}</p>"
        f"<table>{rows}</table><ol>{stories}</ol></body></html>"
    )


def render_pdf(html: str) -> bytes:
    """PDF from the brief's HTML with WeasyPrint (fonts from fontconfig: Liberation, Noto incl. CJK/Thai)."""
    from weasyprint import HTML

    return bytes(HTML(string=html).write_pdf())


def _store(brief: Brief, version: int, name: str, data: bytes) -> tuple[str, str]:
    folder = Path(settings.DATA_DIR) / "briefs" / str(brief.pk)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"v{version}.{name}"
    path.write_bytes(data)
    return str(path), hashlib.sha256(data).hexdigest()


@transaction.atomic
def generate(actor: Any, *, scope: str, period_kind: str, day: date, agency: Any = None) -> BriefVersion:
    start, end = period_for(period_kind, day)
    brief, created = Brief.objects.get_or_create(
        agency=agency,
        scope=scope,
        period_kind=period_kind,
        period_start=start,
        defaults={"period_end": end, "created_by": actor if getattr(actor, "pk", None) else None},
    )
    if created:
        brief.number = str(Brief.objects.filter(period_end__year=end.year).count())
        brief.save(update_fields=["number"])
        record(actor, "create", brief, after=snapshot(brief))
    content = build(RollupQuery(start=start, end=end, scope=scope), period_kind)
    number = (brief.versions.order_by("-version").values_list("version", flat=True).first() or 0) + 1
    docx_path, docx_sha = _store(brief, number, "docx", render_docx(content, number=brief.number))
    html = render_html(content, number=brief.number)
    html_path, html_sha = _store(brief, number, "html", html.encode())
    pdf_path, pdf_sha = _store(brief, number, "pdf", render_pdf(html))
    version = BriefVersion.objects.create(
        brief=brief,
        version=number,
        content=content.to_json(),
        docx_path=docx_path,
        html_path=html_path,
        pdf_path=pdf_path,
        sha256={"docx": docx_sha, "html": html_sha, "pdf": pdf_sha},
        generated_by=actor if getattr(actor, "pk", None) else None,
    )
    if brief.status != BriefStatus.DRAFT:
        brief.status = BriefStatus.DRAFT
        brief.save(update_fields=["status"])
    record(actor, "generate", brief, after={"version": number, "sha256": version.sha256})
    return version


def _move(actor: Any, brief: Brief, frm: str, to: str, action: str, **fields: Any) -> Brief:
    if brief.status != frm:
        raise ValidationError(f"brief is {brief.status}, not {frm}")
    before = snapshot(brief)
    brief.status = to
    for k, v in fields.items():
        setattr(brief, k, v)
    brief.save()
    record(actor, action, brief, before=before, after=snapshot(brief))
    return brief


def review(actor: Any, brief: Brief) -> Brief:
    return _move(actor, brief, BriefStatus.DRAFT, BriefStatus.REVIEWED, "review", reviewed_by=actor)


def approve(actor: Any, brief: Brief) -> Brief:
    generators = set(brief.versions.values_list("generated_by_id", flat=True)) | {brief.created_by_id}
    if actor.pk in generators:
        raise PermissionDenied("four-eyes: the generator cannot approve")
    return _move(actor, brief, BriefStatus.REVIEWED, BriefStatus.APPROVED, "approve", approved_by=actor)


def send(actor: Any, brief: Brief, recipients: list[str] | None = None) -> int:
    to = recipients or [a.strip() for a in brief.distribution.replace(";", ",").split(",") if a.strip()]
    if not to:
        raise ValidationError("empty distribution list")
    version = brief.versions.order_by("-version").first()
    assert version is not None
    mail = EmailMessage(f"Bản tin số {brief.number}: {brief.period_start:%d/%m/%Y}", "", to=to)
    mail.attach(f"bantin-{brief.number}.docx", Path(version.docx_path).read_bytes())
    mail.attach(f"bantin-{brief.number}.pdf", Path(version.pdf_path).read_bytes(), "application/pdf")
    sent = mail.send()
    _move(actor, brief, BriefStatus.APPROVED, BriefStatus.SENT, "send", sent_at=timezone.now())
    return sent
