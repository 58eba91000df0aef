import io
from pathlib import Path

import pytest
from django.utils import timezone
from pypdf import PdfReader

from tests.rollups.factories import make_analysed, make_outlet
from ttdn.briefs import services

pytestmark = pytest.mark.django_db


def test_pdf_renders_vietnamese_and_cjk(admin_user, settings, tmp_path):
    settings.DATA_DIR = tmp_path
    cn = make_outlet("xinhua.example", country="CN", language="zh", audience=9_000_000)
    make_analysed("越南经济增长", outlet=cn, tone="positive", score=0.5, days_ago=1, cluster="z1")
    v = services.generate(admin_user, scope="", period_kind="weekly", day=timezone.localdate())
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(Path(v.pdf_path).read_bytes())).pages)
    assert "BẢN TIN TỔNG HỢP" in text
    assert "越南经济增长" in text
    assert "9.000.000" in text
