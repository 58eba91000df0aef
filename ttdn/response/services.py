"""The only paths that change response-desk state.

Each function checks permissions first, changes the rows, writes the audit log (who, when,
before/after) and, for cases, appends a CaseEvent. Views, the API, jobs and commands call these.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date, datetime, timedelta
from typing import Any

from django.contrib.auth.models import User
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.utils import timezone

from ttdn.accounts.models import Agency, Role
from ttdn.accounts.services import UserLike, audited_create, audited_update, record

from . import permissions as perm
from .models import (
    LANGUAGE_CODES,
    TRANSLATION_LANGUAGES,
    Case,
    CaseAttachment,
    CaseComment,
    CaseEvent,
    Correction,
    CorrectionVersion,
    Fact,
    FactSource,
    FactVersion,
    MatchingSettings,
    Narrative,
    Severity,
    SlaAlert,
    SlaPolicy,
    Suggestion,
)
from .text import fold, vi_slug

S = Case.Status

# Default SLA when no policy row exists: (triage hours, response hours) per severity.
DEFAULT_SLA = {
    Severity.CRITICAL: (2, 12),
    Severity.HIGH: (6, 24),
    Severity.MEDIUM: (24, 72),
    Severity.LOW: (72, 168),
}


class TransitionError(ValidationError):
    """A transition that the workflow does not allow from the current state."""


# --- facts ---------------------------------------------------------------------------------


def _fact_search_text(fact: Fact) -> str:
    parts = [fact.slug, fact.statement_vi, *[str(v) for v in fact.translations.values()]]
    return fold(" ".join(parts))


def fact_snapshot(fact: Fact) -> dict[str, Any]:
    """What a version keeps: every user-visible field and the sources."""
    return {
        "statement_vi": fact.statement_vi,
        "translations": {k: fact.translations[k] for k in sorted(fact.translations)},
        "category": fact.category,
        "valid_from": fact.valid_from.isoformat() if fact.valid_from else "",
        "valid_to": fact.valid_to.isoformat() if fact.valid_to else "",
        "status": fact.status,
        "approved_by": fact.approved_by.get_username() if fact.approved_by else "",
        "sources": [s.as_dict() for s in fact.sources.all()],
    }


def _clean_translations(translations: dict[str, str] | None) -> dict[str, str]:
    cleaned = {}
    for lang, text in (translations or {}).items():
        if lang not in TRANSLATION_LANGUAGES:
            raise ValidationError(f"Ngôn ngữ không hỗ trợ: {lang}")
        if text and text.strip():
            cleaned[lang] = text.strip()
    return cleaned


def _user(actor: UserLike) -> User | None:
    """The actor as a user foreign key: anonymous or system actors are stored as no user."""
    return actor if isinstance(actor, User) else None


def _replace_sources(fact: Fact, sources: Iterable[dict[str, Any]]) -> None:
    fact.sources.all().delete()
    for data in sources:
        source = FactSource(
            fact=fact, **{k: v for k, v in data.items() if k in {"title", "issuer", "number", "date", "url", "excerpt"}}
        )
        source.full_clean(exclude=["fact"])
        source.save()


def _write_version(actor: UserLike, fact: Fact, note: str) -> FactVersion:
    return FactVersion.objects.create(
        fact=fact,
        number=fact.version,
        data=fact_snapshot(fact),
        changed_by=_user(actor),
        note=note[:255],
    )


@transaction.atomic
def create_fact(
    actor: UserLike,
    *,
    agency: Agency,
    statement_vi: str,
    category: str = Fact.Category.OTHER,
    translations: dict[str, str] | None = None,
    sources: Iterable[dict[str, Any]] = (),
    valid_from: date | None = None,
    valid_to: date | None = None,
    slug: str = "",
    note: str = "",
) -> Fact:
    perm.require(actor, perm.EDIT_FACTS, agency, "tạo dữ kiện")
    fact = audited_create(
        actor,
        Fact,
        agency=agency,
        slug=slug or _unique_slug(Fact, vi_slug(statement_vi, 60)),
        category=category,
        statement_vi=statement_vi.strip(),
        translations=_clean_translations(translations),
        valid_from=valid_from,
        valid_to=valid_to,
    )
    _replace_sources(fact, sources)
    fact.search_text = _fact_search_text(fact)
    fact.save(update_fields=["search_text"])
    _write_version(actor, fact, note or "tạo mới")
    return fact


@transaction.atomic
def update_fact(
    actor: UserLike, fact: Fact, *, sources: Iterable[dict[str, Any]] | None = None, note: str = "", **changes: Any
) -> Fact:
    """Change a fact; a changed approved fact goes back to draft until it is approved again."""
    perm.require(actor, perm.EDIT_FACTS, fact.agency, "sửa dữ kiện")
    fact = Fact.objects.select_for_update().get(pk=fact.pk)
    before = fact_snapshot(fact)
    if "translations" in changes:
        changes["translations"] = _clean_translations(changes["translations"])
    allowed = {"statement_vi", "translations", "category", "valid_from", "valid_to"}
    unknown = set(changes) - allowed
    if unknown:
        raise ValidationError(f"Không sửa được trường: {', '.join(sorted(unknown))}")
    # Validate on a throw-away copy so the audit record sees the real before/after.
    probe = Fact.objects.get(pk=fact.pk)
    for name, value in changes.items():
        setattr(probe, name, value)
    probe.full_clean()
    if sources is not None:
        _replace_sources(fact, sources)
        fact = Fact.objects.get(pk=fact.pk)
    after = {**fact_snapshot(probe), "sources": fact_snapshot(fact)["sources"]}
    content_keys = set(before) - {"status", "approved_by"}
    if all(before[k] == after[k] for k in content_keys):
        return fact
    if before["sources"] != after["sources"]:
        record(actor, "fact.sources", fact, before={"sources": before["sources"]}, after={"sources": after["sources"]})
    extra: dict[str, Any] = {}
    if fact.status == Fact.Status.APPROVED:
        # A changed statement is a new claim of truth: it needs a new approval.
        extra = {"status": Fact.Status.DRAFT, "approved_by": None, "approved_at": None}
    probe.search_text = _fact_search_text(probe)
    audited_update(
        actor,
        fact,
        note=note,
        version=fact.version + 1,
        updated_at=timezone.now(),
        search_text=probe.search_text,
        **changes,
        **extra,
    )
    _write_version(actor, fact, note or "cập nhật")
    return fact


@transaction.atomic
def approve_fact(actor: UserLike, fact: Fact, note: str = "") -> Fact:
    perm.require(actor, perm.APPROVE, fact.agency, "phê duyệt dữ kiện")
    fact = Fact.objects.select_for_update().get(pk=fact.pk)  # the caller's copy may be stale
    if fact.status == Fact.Status.APPROVED:
        return fact
    if not fact.sources.exists():
        raise ValidationError("Dữ kiện phải có ít nhất một văn bản nguồn trước khi phê duyệt.")
    audited_update(
        actor,
        fact,
        note=note or "phê duyệt",
        status=Fact.Status.APPROVED,
        approved_by=actor,
        approved_at=timezone.now(),
        version=fact.version + 1,
    )
    _write_version(actor, fact, note or "phê duyệt")
    return fact


@transaction.atomic
def retire_fact(actor: UserLike, fact: Fact, valid_to: date | None = None, note: str = "") -> Fact:
    perm.require(actor, perm.APPROVE, fact.agency, "đánh dấu hết hiệu lực")
    fact = Fact.objects.select_for_update().get(pk=fact.pk)
    audited_update(
        actor,
        fact,
        note=note,
        status=Fact.Status.RETIRED,
        valid_to=valid_to or timezone.localdate(),
        version=fact.version + 1,
    )
    _write_version(actor, fact, note or "hết hiệu lực")
    return fact


def _unique_slug(model: type[Any], base: str) -> str:
    slug, n = base, 2
    while model.objects.filter(slug=slug).exists():
        slug = f"{base}-{n}"
        n += 1
    return slug


# --- narratives ----------------------------------------------------------------------------


@transaction.atomic
def create_narrative(
    actor: UserLike, *, agency: Agency, title: str, fact_ids: Iterable[int] = (), **fields: Any
) -> Narrative:
    perm.require(actor, perm.EDIT_FACTS, agency, "tạo luận điệu")
    fields.setdefault("slug", _unique_slug(Narrative, vi_slug(title, 80)))
    narrative = audited_create(actor, Narrative, agency=agency, title=title, **fields)
    narrative.facts.set(Fact.objects.filter(pk__in=list(fact_ids)))
    return narrative


@transaction.atomic
def update_narrative(
    actor: UserLike, narrative: Narrative, *, fact_ids: Iterable[int] | None = None, **changes: Any
) -> Narrative:
    perm.require(actor, perm.EDIT_FACTS, narrative.agency, "sửa luận điệu")
    audited_update(actor, narrative, **changes)
    if fact_ids is not None:
        ids = sorted(set(fact_ids))
        if ids != sorted(narrative.facts.values_list("pk", flat=True)):
            narrative.facts.set(Fact.objects.filter(pk__in=ids))
            record(actor, "update", narrative, after={"facts": ids})
    return narrative


# --- SLA -----------------------------------------------------------------------------------


def sla_hours(agency: Agency, severity: str) -> tuple[int, int]:
    """(triage hours, response hours): the agency's own policy, else the default row, else built-in."""
    policy = (
        SlaPolicy.objects.filter(agency=agency, severity=severity).first()
        or SlaPolicy.objects.filter(agency__isnull=True, severity=severity).first()
    )
    if policy is not None:
        return policy.triage_hours, policy.response_hours
    return DEFAULT_SLA[Severity(severity)]


def _due_at(case: Case) -> datetime:
    _, response = sla_hours(case.agency, case.severity)
    return case.first_seen_at + timedelta(hours=response)


# --- cases: creation and transitions ------------------------------------------------------

# Which states each transition may start from.
ALLOWED_FROM: dict[str, set[str]] = {
    "triage": {S.NEW},
    "assign": {S.TRIAGED, S.ASSIGNED, S.DRAFTING},
    "start_drafting": {S.ASSIGNED},
    "submit_for_review": {S.DRAFTING},
    "return_for_changes": {S.IN_REVIEW},
    "approve": {S.IN_REVIEW},
    "publish": {S.APPROVED},
    "close": {S.PUBLISHED},
    "dismiss": {S.NEW, S.TRIAGED, S.ASSIGNED, S.DRAFTING, S.IN_REVIEW},
}


def allowed_transitions(user: UserLike, case: Case) -> list[str]:
    """Transitions this user may run on this case now (drives the buttons in the UI)."""
    roles = {
        "triage": perm.HANDLE_CASE,
        "assign": perm.HANDLE_CASE,
        "start_drafting": perm.DRAFT,
        "submit_for_review": perm.DRAFT,
        "return_for_changes": perm.APPROVE,
        "approve": perm.APPROVE,
        "publish": perm.APPROVE,
        "close": perm.HANDLE_CASE,
        "dismiss": perm.HANDLE_CASE,
    }
    return [
        name
        for name, states in ALLOWED_FROM.items()
        if case.status in states and perm.holds(user, roles[name], case.agency)
    ]


def _check_state(case: Case, transition: str) -> None:
    if case.status not in ALLOWED_FROM[transition]:
        raise TransitionError(f"Không thể '{transition}' khi vụ việc đang ở trạng thái '{case.get_status_display()}'.")


def _when(at: datetime | None) -> datetime:
    """When the step happened: now, or an earlier time when recording past handling (demo, backfill)."""
    now = timezone.now()
    if at is None:
        return now
    if at > now:
        raise ValidationError("Thời điểm không được ở tương lai.")
    return at


def _event(
    case: Case,
    actor: UserLike,
    kind: str,
    from_status: str = "",
    to_status: str = "",
    note: str = "",
    at: datetime | None = None,
) -> CaseEvent:
    return CaseEvent.objects.create(
        case=case,
        at=at or timezone.now(),
        actor=_user(actor),
        kind=kind,
        from_status=from_status,
        to_status=to_status,
        note=note,
    )


def _transition(
    actor: UserLike, case: Case, to: str, kind: str, note: str = "", at: datetime | None = None, **fields: Any
) -> Case:
    """Move a case to `to`, stamping fields, with one audit record and one CaseEvent."""
    before = case.status
    audited_update(actor, case, note=note, status=to, **fields)
    record(actor, f"case.{kind}", case, before={"status": before}, after={"status": to}, note=note)
    _event(case, actor, kind, before, to, note, at=at)
    return case


def _locked(case: Case) -> Case:
    """Re-read the case inside the transaction so two people cannot both move it."""
    return Case.objects.select_for_update().get(pk=case.pk)


@transaction.atomic
def create_case(
    actor: UserLike,
    *,
    agency: Agency,
    title: str,
    summary: str = "",
    origin: str = Case.Origin.MANUAL,
    narrative: Narrative | None = None,
    article_ids: Iterable[int] = (),
    appearance_url: str = "",
    severity: str | None = None,
    first_seen_at: datetime | None = None,
    system: bool = False,
    at: datetime | None = None,
) -> Case:
    """Open a case. `system=True` is for the matcher's auto-link (no user behind it)."""
    when = _when(at)
    if not system:
        perm.require(actor, perm.CREATE_CASE, agency, "tạo vụ việc")
    from ttdn.articles.models import Article

    articles = list(Article.objects.filter(pk__in=list(article_ids)))
    if first_seen_at is None:
        first_seen_at = min((a.published_at for a in articles), default=None) or timezone.now()
    if not appearance_url and articles:
        appearance_url = min(articles, key=lambda a: a.published_at).url
    case = audited_create(
        actor,
        Case,
        agency=agency,
        title=title[:300],
        summary=summary,
        origin=origin,
        narrative=narrative,
        appearance_url=appearance_url[:2000],
        severity=severity or (narrative.severity if narrative else Severity.MEDIUM),
        first_seen_at=first_seen_at,
        created_by=_user(actor),
        created_at=when,
    )
    case.articles.set(articles)
    case.due_at = _due_at(case)
    case.save(update_fields=["due_at"])
    _event(case, actor, "create", "", S.NEW, f"{case.get_origin_display()}", at=when)
    return case


@transaction.atomic
def link_articles(actor: UserLike, case: Case, article_ids: Iterable[int], system: bool = False) -> Case:
    if not system:
        perm.require(actor, perm.CREATE_CASE, case.agency, "liên kết bài viết")
    from ttdn.articles.models import Article

    new = list(Article.objects.filter(pk__in=list(article_ids)).exclude(pk__in=case.articles.values("pk")))
    if new:
        case.articles.add(*new)
        earliest = min(a.published_at for a in new)
        if earliest < case.first_seen_at:
            # An older copy moves the first appearance back, and the SLA deadline with it.
            case.first_seen_at = earliest
            audited_update(actor, Case.objects.get(pk=case.pk), first_seen_at=earliest, due_at=_due_at(case))
        record(actor, "case.link_articles", case, after={"articles": [a.pk for a in new]})
        _event(case, actor, "link", note=", ".join(f"#{a.pk}" for a in new))
    return case


@transaction.atomic
def triage_case(
    actor: UserLike,
    case: Case,
    *,
    severity: str | None = None,
    narrative: Narrative | None = None,
    note: str = "",
    at: datetime | None = None,
) -> Case:
    case = _locked(case)
    perm.require(actor, perm.HANDLE_CASE, case.agency, "phân loại vụ việc")
    _check_state(case, "triage")
    when = _when(at)
    fields: dict[str, Any] = {"triaged_at": when}
    if severity:
        fields["severity"] = Severity(severity)
    if narrative is not None:
        fields["narrative"] = narrative
    case.severity = fields.get("severity", case.severity)
    fields["due_at"] = _due_at(case)
    return _transition(actor, case, S.TRIAGED, "triage", note, at=when, **fields)


@transaction.atomic
def assign_case(
    actor: UserLike,
    case: Case,
    *,
    assignee: Any,
    agency: Agency | None = None,
    note: str = "",
    at: datetime | None = None,
) -> Case:
    """Give the case to a responder (optionally of another agency, which then owns it)."""
    case = _locked(case)
    perm.require(actor, perm.HANDLE_CASE, case.agency, "giao vụ việc")
    _check_state(case, "assign")
    target = agency or case.agency
    if not perm.holds(assignee, perm.DRAFT, target):
        raise ValidationError(f"{assignee} không phải cán bộ phản hồi của {target}.")
    to = S.ASSIGNED if case.status == S.TRIAGED else case.status
    correction = Correction.objects.filter(case=case).first()
    if correction is not None and correction.agency_id != target.pk:
        audited_update(actor, correction, agency=target)  # the new owner answers, and signs, the correction
    return _transition(
        actor,
        case,
        to,
        "assign",
        note or f"→ {assignee.get_username()} ({target.code})",
        at=_when(at),
        assignee=assignee,
        agency=target,
    )


@transaction.atomic
def start_drafting(actor: UserLike, case: Case, note: str = "") -> Case:
    case = _locked(case)
    perm.require(actor, perm.DRAFT, case.agency, "soạn bài phản bác")
    _check_state(case, "start_drafting")
    return _transition(actor, case, S.DRAFTING, "start_drafting", note)


def _correction_for(actor: UserLike, case: Case) -> Correction:
    correction = Correction.objects.filter(case=case).first()
    if correction is None:
        base = vi_slug(case.narrative.title if case.narrative else case.title, 80)
        correction = audited_create(
            actor, Correction, case=case, agency=case.agency, slug=_unique_slug(Correction, base)
        )
    return correction


@transaction.atomic
def save_draft(
    actor: UserLike,
    case: Case,
    *,
    language: str,
    headline: str,
    claim_reviewed: str,
    body: str,
    fact_ids: Iterable[int] = (),
    rating: int | None = None,
    at: datetime | None = None,
) -> CorrectionVersion:
    """Add a new version of the correction in one language (assigned → drafting on the first one)."""
    case = _locked(case)
    perm.require(actor, perm.DRAFT, case.agency, "soạn bài phản bác")
    when = _when(at)
    if case.status == S.ASSIGNED:
        _transition(actor, case, S.DRAFTING, "start_drafting", at=when)
    if case.status != S.DRAFTING:
        raise TransitionError(f"Chỉ soạn được khi vụ việc đang soạn (hiện: {case.get_status_display()}).")
    if language not in LANGUAGE_CODES:
        raise ValidationError(f"Ngôn ngữ không hỗ trợ: {language}")
    wanted = set(fact_ids)
    facts = list(Fact.objects.filter(pk__in=wanted, status=Fact.Status.APPROVED))
    if not facts:
        raise ValidationError("Bài phản bác phải trích dẫn ít nhất một dữ kiện.")
    if len(facts) != len(wanted):
        # A public correction may only rest on facts a named approver has verified.
        raise ValidationError("Chỉ được trích dẫn dữ kiện đã được phê duyệt.")
    correction = _correction_for(actor, case)
    if rating is not None and rating != correction.rating:
        audited_update(actor, correction, rating=Correction.Rating(rating))
    last = correction.versions.filter(language=language).order_by("-number").first()
    version = CorrectionVersion(
        correction=correction,
        language=language,
        number=(last.number + 1) if last else 1,
        headline=headline.strip(),
        claim_reviewed=claim_reviewed.strip(),
        body=body.strip(),
        created_by=_user(actor),
        created_at=when,
    )
    version.full_clean(exclude=["facts"])
    version.save()
    version.facts.set(facts)
    record(
        actor,
        "correction.draft",
        correction,
        after={"language": language, "version": version.number, "facts": [f.pk for f in facts]},
    )
    if case.first_draft_at is None:
        audited_update(actor, case, first_draft_at=version.created_at)
    _event(case, actor, "draft", note=f"{language} v{version.number}", at=when)
    return version


@transaction.atomic
def submit_for_review(actor: UserLike, case: Case, note: str = "", at: datetime | None = None) -> Case:
    case = _locked(case)
    perm.require(actor, perm.DRAFT, case.agency, "gửi duyệt")
    _check_state(case, "submit_for_review")
    correction = Correction.objects.filter(case=case).first()
    if correction is None or "vi" not in correction.current_versions():
        raise ValidationError("Cần có bản tiếng Việt trước khi gửi duyệt.")
    return _transition(actor, case, S.IN_REVIEW, "submit_for_review", note, at=_when(at))


@transaction.atomic
def return_for_changes(actor: UserLike, case: Case, note: str) -> Case:
    case = _locked(case)
    perm.require(actor, perm.APPROVE, case.agency, "trả lại để sửa")
    _check_state(case, "return_for_changes")
    if not note.strip():
        raise ValidationError("Cần ghi rõ yêu cầu sửa.")
    return _transition(actor, case, S.DRAFTING, "return_for_changes", note)


@transaction.atomic
def approve_correction(actor: UserLike, case: Case, note: str = "", at: datetime | None = None) -> Case:
    """Only an approver of the owning agency; the approver is named on the correction."""
    case = _locked(case)
    perm.require(actor, perm.APPROVE, case.agency, "phê duyệt bài phản bác")
    _check_state(case, "approve")
    now = _when(at)
    audited_update(actor, case.correction, approved_by=actor, approved_at=now)
    return _transition(actor, case, S.APPROVED, "approve", note, at=now, approved_at=now)


@transaction.atomic
def publish_correction(actor: UserLike, case: Case, note: str = "", at: datetime | None = None) -> Case:
    """Put the approved correction on the public portal (and its ClaimReview JSON-LD)."""
    case = _locked(case)
    perm.require(actor, perm.APPROVE, case.agency, "đăng bài phản bác")
    _check_state(case, "publish")
    correction = case.correction
    if correction.approved_by is None:
        raise PermissionDenied("Bài chưa được phê duyệt.")
    now = _when(at)
    audited_update(actor, correction, published_at=now)
    return _transition(actor, case, S.PUBLISHED, "publish", note, at=now, published_at=now)


@transaction.atomic
def close_case(actor: UserLike, case: Case, note: str = "") -> Case:
    case = _locked(case)
    perm.require(actor, perm.HANDLE_CASE, case.agency, "đóng vụ việc")
    _check_state(case, "close")
    return _transition(actor, case, S.CLOSED, "close", note, closed_at=timezone.now())


@transaction.atomic
def dismiss_case(actor: UserLike, case: Case, reason: str) -> Case:
    case = _locked(case)
    perm.require(actor, perm.HANDLE_CASE, case.agency, "bỏ qua vụ việc")
    _check_state(case, "dismiss")
    if not reason.strip():
        raise ValidationError("Cần ghi lý do bỏ qua.")
    return _transition(
        actor, case, S.DISMISSED, "dismiss", reason, dismissed_reason=reason.strip(), closed_at=timezone.now()
    )


TRANSITIONS: dict[str, Callable[..., Case]] = {
    "triage": triage_case,
    "start_drafting": start_drafting,
    "submit_for_review": submit_for_review,
    "return_for_changes": return_for_changes,
    "approve": approve_correction,
    "publish": publish_correction,
    "close": close_case,
    "dismiss": dismiss_case,
}


# --- comments and attachments -------------------------------------------------------------


@transaction.atomic
def add_comment(actor: UserLike, case: Case, body: str) -> CaseComment:
    perm.require(actor, perm.COMMENT, case.agency, "góp ý")
    if not body.strip():
        raise ValidationError("Ý kiến trống.")
    comment = audited_create(actor, CaseComment, case=case, author=actor, body=body.strip())
    _event(case, actor, "comment", note=body.strip()[:200])
    return comment


ATTACHMENT_MAX_BYTES = 20 * 1024 * 1024


@transaction.atomic
def add_attachment(actor: UserLike, case: Case, upload: UploadedFile) -> CaseAttachment:
    perm.require(actor, perm.COMMENT, case.agency, "đính kèm tệp")
    if upload.size and upload.size > ATTACHMENT_MAX_BYTES:
        raise ValidationError("Tệp quá lớn (tối đa 20 MB).")
    attachment = CaseAttachment(case=case, file=upload, name=(upload.name or "tep")[:255], uploaded_by=_user(actor))
    attachment.save()
    record(
        actor, "create", attachment, after={"name": attachment.name, "file": attachment.file.name, "size": upload.size}
    )
    _event(case, actor, "attachment", note=attachment.name)
    return attachment


# --- suggestions ---------------------------------------------------------------------------


def _open_case_for(narrative: Narrative, agency: Agency) -> Case | None:
    return (
        Case.objects.filter(narrative=narrative, agency=agency)
        .exclude(status__in=[S.PUBLISHED, S.CLOSED, S.DISMISSED])
        .order_by("created_at")
        .first()
    )


@transaction.atomic
def confirm_suggestion(
    actor: UserLike, suggestion: Suggestion, *, system: bool = False, open_case: bool | None = None
) -> Case | None:
    """The match is right. A narrative match links the article (and its syndicated copies) to the
    narrative's open case in that agency, or opens one; a fact match is only labelled unless
    `open_case=True` (an article touching a fact is not by itself a false claim)."""
    suggestion = Suggestion.objects.select_for_update().get(pk=suggestion.pk)
    if not system:
        perm.require(actor, perm.CREATE_CASE, suggestion.agency, "xác nhận gợi ý")
        if suggestion.status != Suggestion.Status.PENDING:
            raise TransitionError("Gợi ý đã được xử lý.")
    if open_case is None:
        open_case = suggestion.narrative_id is not None
    article = suggestion.article
    case = None
    if open_case:
        appearances = [article.pk, *article.duplicates.values_list("pk", flat=True)]
        case = _open_case_for(suggestion.narrative, suggestion.agency) if suggestion.narrative else None
        if case is None:
            case = create_case(
                actor,
                agency=suggestion.agency,
                title=suggestion.narrative.title if suggestion.narrative else article.title,
                summary=f"{article.title}\n{article.url}",
                origin=Case.Origin.CLAIM_MATCH,
                narrative=suggestion.narrative,
                article_ids=appearances,
                system=system,
            )
        else:
            link_articles(actor, case, appearances, system=system)
    if suggestion.narrative is not None:
        _note_sighting(actor, suggestion.narrative, article)
    status = Suggestion.Status.AUTO_LINKED if system else Suggestion.Status.CONFIRMED
    audited_update(
        actor,
        suggestion,
        status=status,
        case=case,
        decided_by=None if system else actor,
        decided_at=timezone.now(),
    )
    return case


def _note_sighting(actor: UserLike, narrative: Narrative, article: Any) -> None:
    """A confirmed appearance widens the narrative's first/last seen dates and outlets list."""
    day = timezone.localtime(article.published_at).date()
    changes: dict[str, Any] = {}
    if narrative.first_seen is None or day < narrative.first_seen:
        changes["first_seen"] = day
    if narrative.last_seen is None or day > narrative.last_seen:
        changes["last_seen"] = day
    outlet = article.outlet.name if article.outlet_id else ""
    if outlet and outlet not in narrative.outlets_seen:
        changes["outlets_seen"] = [*narrative.outlets_seen, outlet]
    if changes:
        audited_update(actor, narrative, note="xuất hiện mới", **changes)


@transaction.atomic
def reject_suggestion(actor: UserLike, suggestion: Suggestion) -> Suggestion:
    perm.require(actor, perm.CREATE_CASE, suggestion.agency, "từ chối gợi ý")
    if suggestion.status != Suggestion.Status.PENDING:
        raise TransitionError("Gợi ý đã được xử lý.")
    return audited_update(
        actor, suggestion, status=Suggestion.Status.REJECTED, decided_by=actor, decided_at=timezone.now()
    )


@transaction.atomic
def acknowledge_alert(actor: UserLike, alert: SlaAlert) -> SlaAlert:
    perm.require(actor, perm.COMMENT, alert.agency, "xác nhận cảnh báo")
    if alert.acknowledged_at is not None:
        return alert
    return audited_update(actor, alert, acknowledged_by=actor, acknowledged_at=timezone.now())


# --- agency settings: matching thresholds and SLA ----------------------------------------

SETTINGS_ROLES = {Role.AGENCY_ADMIN}


@transaction.atomic
def set_matching_thresholds(actor: UserLike, agency: Agency, *, suggest: float, auto_link: float) -> MatchingSettings:
    perm.require(actor, SETTINGS_ROLES, agency, "đặt ngưỡng đối chiếu")
    if not 0 <= suggest <= 1 or not 0 <= auto_link <= 1.0001 or auto_link < suggest:
        raise ValidationError("Ngưỡng phải trong khoảng 0–1 và ngưỡng tự liên kết không nhỏ hơn ngưỡng gợi ý.")
    current = MatchingSettings.objects.filter(agency=agency).first()
    if current is None:
        return audited_create(
            actor, MatchingSettings, agency=agency, suggest_threshold=suggest, auto_link_threshold=auto_link
        )
    return audited_update(actor, current, suggest_threshold=suggest, auto_link_threshold=auto_link)


@transaction.atomic
def set_sla_policy(
    actor: UserLike, agency: Agency, *, severity: str, triage_hours: int, response_hours: int
) -> SlaPolicy:
    perm.require(actor, SETTINGS_ROLES, agency, "đặt thời hạn xử lý")
    if triage_hours <= 0 or response_hours < triage_hours:
        raise ValidationError("Thời hạn phải dương và thời hạn đăng bài không ngắn hơn thời hạn phân loại.")
    current = SlaPolicy.objects.filter(agency=agency, severity=severity).first()
    if current is None:
        return audited_create(
            actor,
            SlaPolicy,
            agency=agency,
            severity=Severity(severity),
            triage_hours=triage_hours,
            response_hours=response_hours,
        )
    return audited_update(actor, current, triage_hours=triage_hours, response_hours=response_hours)
