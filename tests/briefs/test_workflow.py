import pytest
from django.core import mail
from django.core.exceptions import PermissionDenied
from django.utils import timezone

from tests.rollups.factories import make_analysed
from ttdn.accounts.models import AuditLog
from ttdn.briefs import services
from ttdn.briefs.models import BriefStatus

pytestmark = pytest.mark.django_db


def test_workflow_four_eyes_audit_and_mail(make_user, settings, tmp_path):
    settings.DATA_DIR = tmp_path
    make_analysed("Tin tốt", tone="positive", score=0.4, days_ago=1, cluster="a")
    gen, approver = make_user("gen"), make_user("appr")
    v = services.generate(gen, scope="", period_kind="weekly", day=timezone.localdate())
    brief = v.brief
    services.review(gen, brief)
    with pytest.raises(PermissionDenied):
        services.approve(gen, brief)
    services.approve(approver, brief)
    brief.distribution = "a@example.org, b@example.org"
    assert services.send(approver, brief) == 1
    assert brief.status == BriefStatus.SENT
    assert mail.outbox[0].attachments[0][0].endswith(".docx")
    actions = set(AuditLog.objects.values_list("action", flat=True))
    assert {"generate", "review", "approve", "send"} <= actions
