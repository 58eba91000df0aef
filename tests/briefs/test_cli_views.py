import io

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from docx import Document

from tests.rollups.factories import make_analysed
from ttdn.briefs import jobs, services
from ttdn.briefs.models import Brief

pytestmark = pytest.mark.django_db


def test_cli_writes_docx(tmp_path):
    make_analysed("Tin", days_ago=1)
    out = tmp_path / "b.docx"
    call_command("brief", "--scope", "national", "--period", "weekly", "--format", "docx", "--output", str(out))
    assert "BẢN TIN" in "\n".join(p.text for p in Document(io.BytesIO(out.read_bytes())).paragraphs)


def test_job_idempotent_and_list_view(client, admin_user, settings, tmp_path):
    settings.DATA_DIR = tmp_path
    assert jobs.generate_due() == 2
    assert jobs.generate_due() == 0
    services.generate(admin_user, scope="", period_kind="daily", day=timezone.localdate())
    client.force_login(admin_user)
    page = client.get(reverse("briefs:list"))
    assert page.status_code == 200
    brief = Brief.objects.first()
    assert client.get(reverse("briefs:download", args=[brief.pk, "docx"])).status_code == 200


def test_demo_idempotent(settings, tmp_path):
    from ttdn.briefs.demo import load_demo

    settings.DATA_DIR = tmp_path
    make_analysed("Tin", days_ago=8)
    load_demo(print)
    load_demo(print)
    assert Brief.objects.count() == 1
