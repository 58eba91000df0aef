"""The case workflow: every transition through services, with permission checks, audit and history."""

from __future__ import annotations

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from ttdn.accounts.models import AuditLog
from ttdn.response import services
from ttdn.response.models import Case, CaseEvent

pytestmark = pytest.mark.postgres

S = Case.Status


def _draft(user, case, fact, lang="vi", headline="Việt Nam không bị cô lập"):
    return services.save_draft(
        user,
        case,
        language=lang,
        headline=headline,
        claim_reviewed="Việt Nam bị cô lập về ngoại giao",
        body="Việt Nam có 9 đối tác chiến lược toàn diện.",
        fact_ids=[fact.pk],
    )


def test_full_workflow_with_return_writes_history_and_audit(desk, agencies, fact, narrative, article):
    r, a = desk["hn_responder"], desk["hn_approver"]
    case = services.create_case(
        r,
        agency=agencies["hanoi"],
        title="Blog claims isolation",
        narrative=narrative,
        article_ids=[article.pk],
        origin=Case.Origin.SEARCH,
    )
    assert case.status == S.NEW and case.first_seen_at == article.published_at and case.due_at is not None
    services.triage_case(r, case, severity="critical")
    services.assign_case(r, case, assignee=r)
    _draft(r, case, fact)
    _draft(r, case, fact, "en", "Viet Nam is not isolated")
    services.submit_for_review(r, case)
    services.return_for_changes(a, case, "Thêm nguồn")
    case.refresh_from_db()
    assert case.status == S.DRAFTING
    _draft(r, case, fact, "en", "Viet Nam is not isolated (v2)")
    services.submit_for_review(r, case)
    services.approve_correction(a, case)
    services.publish_correction(a, case)
    services.close_case(r, case)
    case.refresh_from_db()
    assert case.status == S.CLOSED and case.correction.approved_by == a and case.correction.published_at
    kinds = list(CaseEvent.objects.filter(case=case, from_status__gt="").values_list("to_status", flat=True))
    assert kinds == [
        S.TRIAGED,
        S.ASSIGNED,
        S.DRAFTING,
        S.IN_REVIEW,
        S.DRAFTING,
        S.IN_REVIEW,
        S.APPROVED,
        S.PUBLISHED,
        S.CLOSED,
    ]
    audit = AuditLog.objects.filter(object_type="response.case", action__startswith="case.")
    assert audit.filter(action="case.return_for_changes", actor=a).exists()
    assert audit.filter(action="case.publish", actor=a).count() == 1
    versions = case.correction.current_versions()
    assert versions["en"].number == 2 and versions["en"].headline.endswith("(v2)")
    assert case.first_draft_at <= case.published_at


def test_only_approver_of_owning_agency_can_approve(desk, agencies, fact, narrative):
    r = desk["hn_responder"]
    case = services.create_case(r, agency=agencies["hanoi"], title="x", narrative=narrative)
    services.triage_case(r, case)
    services.assign_case(r, case, assignee=r)
    _draft(r, case, fact)
    services.submit_for_review(r, case)
    for outsider in (r, desk["dn_approver"], desk["hn_analyst"]):
        with pytest.raises(PermissionDenied):
            services.approve_correction(outsider, case)
    services.approve_correction(desk["hn_approver"], case)
    assert Case.objects.get(pk=case.pk).status == S.APPROVED


def test_invalid_transitions_and_dismiss_needs_reason(desk, agencies):
    r = desk["hn_responder"]
    case = services.create_case(r, agency=agencies["hanoi"], title="x")
    with pytest.raises(ValidationError):
        services.submit_for_review(r, case)
    with pytest.raises(ValidationError):
        services.dismiss_case(r, case, "  ")
    services.dismiss_case(r, case, "Không liên quan")
    case.refresh_from_db()
    assert case.status == S.DISMISSED and case.dismissed_reason == "Không liên quan"
    with pytest.raises(ValidationError):
        services.triage_case(r, case)


def test_other_province_responder_cannot_change_case(desk, agencies):
    case = services.create_case(desk["hn_responder"], agency=agencies["hanoi"], title="x")
    with pytest.raises(PermissionDenied):
        services.triage_case(desk["dn_responder"], case)
    with pytest.raises(PermissionDenied):
        services.add_comment(desk["dn_responder"], case, "hi")


def test_assignee_must_be_responder_of_target_agency(desk, agencies):
    r = desk["hn_responder"]
    case = services.create_case(r, agency=agencies["hanoi"], title="x")
    services.triage_case(r, case)
    with pytest.raises(ValidationError):
        services.assign_case(r, case, assignee=desk["dn_responder"])
    services.assign_case(r, case, assignee=desk["dn_responder"], agency=agencies["danang"])
    case.refresh_from_db()
    assert case.agency == agencies["danang"] and case.assignee == desk["dn_responder"]


def test_past_handling_can_be_recorded_but_not_future(desk, agencies, fact, narrative, article):
    from datetime import timedelta

    from django.utils import timezone

    r = desk["hn_responder"]
    case = services.create_case(r, agency=agencies["hanoi"], title="x", narrative=narrative, article_ids=[article.pk])
    with pytest.raises(ValidationError):
        services.triage_case(r, case, at=timezone.now() + timedelta(hours=1))
    when = case.first_seen_at + timedelta(hours=2)
    services.triage_case(r, case, at=when)
    case.refresh_from_db()
    assert case.triaged_at == when and case.events.get(kind="triage").at == when


def test_draft_may_cite_only_approved_facts(desk, agencies, fact, narrative):
    r = desk["hn_responder"]
    draft_fact = services.create_fact(
        r, agency=agencies["hanoi"], statement_vi="Chưa kiểm chứng", sources=[{"title": "t"}]
    )
    case = services.create_case(r, agency=agencies["hanoi"], title="x", narrative=narrative)
    services.triage_case(r, case)
    services.assign_case(r, case, assignee=r)
    with pytest.raises(ValidationError):
        _draft(r, case, draft_fact)
    with pytest.raises(ValidationError):
        services.save_draft(
            r, case, language="vi", headline="h", claim_reviewed="c", body="b", fact_ids=[fact.pk, draft_fact.pk]
        )
    _draft(r, case, fact)
