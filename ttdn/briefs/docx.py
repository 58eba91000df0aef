"""The brief as DOCX in Vietnamese administrative style (Decree 30/2020/NĐ-CP)."""

from __future__ import annotations

import io

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt

from .content import BriefContent, vn_number

FONT = "Times New Roman"
ISSUER = "BAN CHỈ ĐẠO CÔNG TÁC THÔNG TIN ĐỐI NGOẠI"
MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO_2 = "Độc lập - Tự do - Hạnh phúc"


def _font(style_or_run: object, size: int | None = None) -> None:
    font = style_or_run.font  # type: ignore[attr-defined]
    font.name = FONT
    if size:
        font.size = Pt(size)
    element = style_or_run.element  # type: ignore[attr-defined]
    rpr = element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.append(fonts)
    for attr in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(attr), FONT)


def render_docx(content: BriefContent, *, number: str = "", issuer: str = ISSUER, approver: str = "") -> bytes:
    doc = Document()
    _font(doc.styles["Normal"], 13)
    for name in ("Heading 1", "Heading 2", "Title"):
        _font(doc.styles[name], 13)
    header = doc.add_table(rows=2, cols=2)
    cells = header.rows[0].cells
    cells[0].paragraphs[0].add_run(issuer).bold = True
    cells[1].paragraphs[0].add_run(MOTTO).bold = True
    cells[1].add_paragraph().add_run(MOTTO_2).bold = True
    end = content.end
    header.rows[1].cells[0].paragraphs[0].add_run(f"Số: {number or '…'}/BT-BCĐ")
    header.rows[1].cells[1].paragraphs[0].add_run(
        f"Hà Nội, ngày {end.day:02d} tháng {end.month:02d} năm {end.year}"
    ).italic = True
    for row in header.rows:
        for cell in row.cells:
            for p in cell.paragraphs:
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    title = doc.add_paragraph()
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    title.add_run("BẢN TIN TỔNG HỢP DƯ LUẬN BÁO CHÍ TRONG VÀ NGOÀI NƯỚC").bold = True
    doc.add_paragraph(
        f"Từ ngày {content.start:%d/%m/%Y} đến ngày {content.end:%d/%m/%Y}"
    ).alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_heading("I. SỐ LIỆU CHÍNH", level=1)
    table = doc.add_table(rows=1, cols=4)
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, ("Chỉ số", "Kỳ này", "Kỳ trước", "Thay đổi (%)"), strict=True):
        cell.text = text
    for f in content.figures:
        row = table.add_row().cells
        row[0].text = f.label
        row[1].text = vn_number(f.value, f.decimals)
        row[2].text = vn_number(f.previous, f.decimals)
        row[3].text = vn_number(f.change, 1)
    doc.add_heading("II. CÂU CHUYỆN NỔI BẬT", level=1)
    for i, s in enumerate(content.stories, 1):
        doc.add_paragraph(
            f"{i}. {s.title} — {vn_number(s.articles)} bài, {vn_number(s.outlets)} cơ quan báo chí, "
            f"{vn_number(s.countries)} quốc gia"
        )
    doc.add_heading("III. SẮC THÁI THEO QUỐC GIA VÀ NGÔN NGỮ", level=1)
    for label, rows in (("Quốc gia", content.by_country), ("Ngôn ngữ", content.by_language)):
        t = doc.add_table(rows=1, cols=4)
        t.style = "Table Grid"
        for cell, text in zip(t.rows[0].cells, (label, "Số bài", "Tiêu cực", "Tích cực"), strict=True):
            cell.text = text
        for r in rows:
            c = t.add_row().cells
            c[0].text, c[1].text = str(r["key"]), vn_number(r["articles"])
            c[2].text, c[3].text = vn_number(r["negative"]), vn_number(r["positive"])
    doc.add_heading("IV. THÔNG TIN TIÊU CỰC ĐÁNG CHÚ Ý", level=1)
    for i, s in enumerate(content.negative, 1):
        doc.add_paragraph(f"{i}. {s.title} — {vn_number(s.articles)} bài")
    sign = doc.add_table(rows=1, cols=2)
    sign.rows[0].cells[0].paragraphs[0].add_run("Nơi nhận:").bold = True
    sign.rows[0].cells[0].add_paragraph("- Như trên;\n- Lưu: VT.")
    right = sign.rows[0].cells[1].paragraphs[0]
    right.alignment = WD_ALIGN_PARAGRAPH.CENTER
    right.add_run("NGƯỜI DUYỆT").bold = True
    sign.rows[0].cells[1].add_paragraph(approver or "").alignment = WD_ALIGN_PARAGRAPH.CENTER
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()
