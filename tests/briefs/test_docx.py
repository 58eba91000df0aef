import io
from datetime import timedelta

import pytest
from django.utils import timezone
from docx import Document

from tests.rollups.factories import make_analysed, make_outlet
from ttdn.briefs.content import build, vn_number
from ttdn.briefs.docx import render_docx
from ttdn.rollups.services import RollupQuery, totals

pytestmark = pytest.mark.django_db


def test_docx_figures_match_rollups():
    outlet = make_outlet("big.example", country="US", language="en", audience=4_500_000)
    make_analysed("Vietnam economy grows", outlet=outlet, tone="positive", score=0.5, days_ago=1, cluster="c1")
    make_analysed("Vietnam trade", outlet=outlet, tone="negative", score=-0.5, days_ago=1, cluster="c2")
    today = timezone.localdate()
    q = RollupQuery(start=today - timedelta(days=6), end=today)
    content = build(q, "weekly")
    doc = Document(io.BytesIO(render_docx(content, number="12", approver="Nguyễn Văn A")))
    text = "\n".join(c.text for t in doc.tables for r in t.rows for c in r.cells)
    text += "\n".join(p.text for p in doc.paragraphs)
    t = totals(q)
    assert t["reach"] >= 1_000_000
    assert vn_number(t["reach"]) in text
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in text and "Độc lập - Tự do - Hạnh phúc" in text
    assert "Số: 12/BT-BCĐ" in text and "NGƯỜI DUYỆT" in text and "Nguyễn Văn A" in text
    assert doc.styles["Normal"].font.name == "Times New Roman"
    assert doc.styles["Heading 1"].font.name == "Times New Roman"
