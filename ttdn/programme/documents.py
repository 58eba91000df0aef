"""XLSX and DOCX in and out: report templates and uploads, compliance exports.

Uploads are validated row by row; any error and nothing is saved (save_report_values is one
transaction), and every error comes back with its row number.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from typing import Any

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from openpyxl import Workbook, load_workbook
from openpyxl.styles import Alignment, Font, PatternFill, Protection
from openpyxl.worksheet.datavalidation import DataValidation

from ttdn.accounts.services import UserLike

from .aggregation import ComplianceRow, summary
from .models import Indicator, Period, Report
from .services import ReportValidationError, parse_value, report_indicators, save_report_values

HEADER_ROW = 5
COLUMNS = ("Mã chỉ tiêu", "Chỉ tiêu", "Kiểu", "Đơn vị tính", "Giá trị", "Ghi chú")
MAX_UPLOAD_BYTES = 5 * 1024 * 1024
BOLD = Font(bold=True)
HEAD_FILL = PatternFill("solid", fgColor="DDEBF7")


def _display(indicator: Indicator, value: Any) -> Any:
    if value is None:
        return None
    if indicator.value_type == Indicator.ValueType.BOOLEAN:
        return "Có" if value else "Không"
    return float(value) if value != int(value) else int(value)


def report_template(report: Report) -> bytes:
    """A workbook the agency fills in Excel: one row per indicator, current values pre-filled."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Bao cao"
    ws["A1"] = f"Báo cáo công tác thông tin đối ngoại — {report.period.label}"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"], ws["B2"] = "Mã đơn vị", report.agency.code
    ws["C2"] = report.agency.name_vi
    ws["A3"], ws["B3"] = "Mã kỳ", report.period.code
    ws["C3"] = _("Không sửa mã đơn vị, mã kỳ và cột mã chỉ tiêu. Có/Không: nhập “Có” hoặc “Không”.")
    for col, title in enumerate(COLUMNS, start=1):
        cell = ws.cell(row=HEADER_ROW, column=col, value=title)
        cell.font, cell.fill = BOLD, HEAD_FILL
    stored = {v.indicator_id: v for v in report.values.all()}
    yes_no = DataValidation(type="list", formula1='"Có,Không"', allow_blank=True)
    ws.add_data_validation(yes_no)
    row = HEADER_ROW
    for indicator in report_indicators(report):
        if indicator.is_formula:
            continue  # computed, never entered
        row += 1
        value = stored.get(indicator.pk)
        ws.cell(row=row, column=1, value=indicator.code)
        ws.cell(row=row, column=2, value=indicator.name_vi).alignment = Alignment(wrap_text=True)
        ws.cell(row=row, column=3, value=indicator.get_value_type_display())
        ws.cell(row=row, column=4, value=indicator.unit)
        ws.cell(row=row, column=5, value=_display(indicator, value.value if value else None))
        ws.cell(row=row, column=6, value=value.note if value else "")
        for col in (5, 6):
            ws.cell(row=row, column=col).protection = Protection(locked=False)
        if indicator.value_type == Indicator.ValueType.BOOLEAN:
            yes_no.add(ws.cell(row=row, column=5))
    for letter, width in zip("ABCDEF", (14, 60, 14, 12, 14, 40), strict=True):
        ws.column_dimensions[letter].width = width
    ws.freeze_panes = f"A{HEADER_ROW + 1}"
    return _save(wb)


@dataclass(frozen=True)
class RowError:
    row: int
    code: str
    message: str

    def __str__(self) -> str:
        return _("Dòng %(row)d (%(code)s): %(msg)s") % {"row": self.row, "code": self.code or "—", "msg": self.message}


class UploadError(ValidationError):
    def __init__(self, errors: list[RowError]):
        self.row_errors = errors
        super().__init__([str(e) for e in errors])


def import_report_xlsx(actor: UserLike, report: Report, data: bytes) -> int:
    """Read an uploaded template into the report. Returns the number of rows read.
    Raises UploadError listing every bad row; nothing is stored then."""
    if len(data) > MAX_UPLOAD_BYTES:
        raise UploadError([RowError(0, "", _("tệp quá lớn (tối đa 5 MB)"))])
    try:
        wb = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for non-XLSX input
        raise UploadError([RowError(0, "", _("không đọc được tệp XLSX (%(e)s)") % {"e": type(exc).__name__})]) from exc
    ws = wb.worksheets[0]
    rows = list(ws.iter_rows(values_only=True))
    errors: list[RowError] = []

    def cell(r: int, c: int) -> Any:
        return rows[r - 1][c - 1] if len(rows) >= r and len(rows[r - 1]) >= c else None

    if str(cell(2, 2) or "").strip() != report.agency.code or str(cell(3, 2) or "").strip() != report.period.code:
        errors.append(
            RowError(
                2, "", _("mẫu này không phải của %(a)s, kỳ %(p)s") % {"a": report.agency.code, "p": report.period.code}
            )
        )
        raise UploadError(errors)
    indicators = {i.code: i for i in report_indicators(report)}
    entries: dict[str, tuple[Any, str]] = {}
    row_of: dict[str, int] = {}
    for number in range(HEADER_ROW + 1, len(rows) + 1):
        code = str(cell(number, 1) or "").strip()
        value, note = cell(number, 5), str(cell(number, 6) or "")
        if not code:
            if value not in (None, ""):
                errors.append(RowError(number, "", _("có giá trị nhưng thiếu mã chỉ tiêu")))
            continue
        if code in entries:
            errors.append(RowError(number, code, _("mã chỉ tiêu bị lặp (đã có ở dòng %(r)d)") % {"r": row_of[code]}))
            continue
        if code not in indicators:
            errors.append(RowError(number, code, _("mã chỉ tiêu không có trong mẫu báo cáo của đơn vị")))
            continue
        indicator = indicators[code]
        if indicator.is_formula:
            if value not in (None, ""):
                errors.append(RowError(number, code, _("chỉ tiêu công thức được tính tự động, không nhập")))
            continue
        try:
            parse_value(indicator, value)
        except ValueError as exc:
            errors.append(RowError(number, code, str(exc)))
            continue
        entries[code], row_of[code] = (value, note), number
    if not errors:
        try:
            save_report_values(actor, report, entries)
        except ReportValidationError as exc:
            errors = [RowError(row_of.get(code, 0), code, msg) for code, msg in exc.errors.items()]
    if errors:
        raise UploadError(sorted(errors, key=lambda e: e.row))
    return len(entries)


# --- compliance exports -------------------------------------------------------------------


def _value_text(row: ComplianceRow, indicator: Indicator) -> str:
    value = row.value.value
    if value is None:
        return ""
    if indicator.value_type == Indicator.ValueType.BOOLEAN:
        return "Có" if value else "Không"
    return f"{value.normalize():f}"


def _table(rows: list[ComplianceRow], indicator: Indicator) -> list[list[str]]:
    out = []
    for n, row in enumerate(rows, start=1):
        out.append(
            [
                str(n),
                row.agency.code,
                row.agency.name_vi,
                row.report.get_status_display() if row.report else _("Chưa có báo cáo"),
                _value_text(row, indicator),
                f"{row.target.normalize():f}" if row.target is not None else "",
                str(row.status_label),
                _("Muộn") if row.late else "",
                row.value.note,
            ]
        )
    return out


TABLE_HEAD = ["STT", "Mã", "Cơ quan, đơn vị", "Trạng thái báo cáo", "Giá trị", "Mục tiêu", "Đánh giá", "Hạn", "Ghi chú"]


def compliance_xlsx(indicator: Indicator, period: Period, rows: list[ComplianceRow]) -> bytes:
    wb = Workbook()
    ws = wb.active
    ws.title = "Tuan thu"
    ws["A1"] = f"{indicator.code} · {indicator.name_vi}"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = f"{period.label} (hạn nộp {period.deadline:%d/%m/%Y})"
    s = summary(rows)
    ws["A3"] = (
        f"Đạt: {s['compliant']}/{s['total']} · Không đạt: {s['not_compliant']} · "
        f"Chờ duyệt: {s['pending']} · Quá hạn: {s['overdue']}"
    )
    for col, title in enumerate(TABLE_HEAD, start=1):
        cell = ws.cell(row=5, column=col, value=title)
        cell.font, cell.fill = BOLD, HEAD_FILL
    for r, values in enumerate(_table(rows, indicator), start=6):
        for c, value in enumerate(values, start=1):
            ws.cell(row=r, column=c, value=value)
    for letter, width in zip("ABCDEFGHI", (6, 12, 40, 18, 10, 10, 24, 8, 40), strict=True):
        ws.column_dimensions[letter].width = width
    return _save(wb)


def compliance_docx(indicator: Indicator, period: Period, rows: list[ComplianceRow]) -> bytes:
    """A government-style summary: Times New Roman 13, bold centred title, plain table."""
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.shared import Pt

    doc = Document()
    for style_name in ("Normal", "Title", "Heading 1", "Heading 2", "Table Grid"):
        try:
            style = doc.styles[style_name]
        except KeyError:
            continue
        style.font.name = "Times New Roman"
        style.font.size = Pt(13)
        rpr = style.element.get_or_add_rPr()
        rpr.get_or_add_rFonts().set(qn("w:eastAsia"), "Times New Roman")
    head = doc.add_paragraph()
    head.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = head.add_run("BAN CHỈ ĐẠO CÔNG TÁC THÔNG TIN ĐỐI NGOẠI")
    run.bold = True
    title = doc.add_paragraph()
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = title.add_run(f"TÌNH HÌNH THỰC HIỆN CHỈ TIÊU “{indicator.name_vi.upper()}”")
    run.bold, run.font.size = True, Pt(14)
    sub = doc.add_paragraph(f"{period.label} — hạn nộp báo cáo {period.deadline:%d/%m/%Y}")
    sub.alignment = WD_ALIGN_PARAGRAPH.CENTER
    s = summary(rows)
    doc.add_paragraph(
        f"Tổng số đơn vị: {s['total']}; đạt: {s['compliant']}; không đạt: {s['not_compliant']}; "
        f"chờ duyệt: {s['pending']}; quá hạn chưa có số liệu: {s['overdue']}; nộp muộn: {s['late']}."
    )
    failing = [r.agency.name_vi for r in rows if r.status == "not_compliant"]
    if failing:
        doc.add_paragraph("Đơn vị chưa đạt: " + ", ".join(failing) + ".")
    data = _table(rows, indicator)
    table = doc.add_table(rows=1, cols=len(TABLE_HEAD))
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, TABLE_HEAD, strict=True):
        cell.text = text
        for p in cell.paragraphs:
            for r in p.runs:
                r.bold = True
    for values in data:
        cells = table.add_row().cells
        for cell, text in zip(cells, values, strict=True):
            cell.text = text
    buffer = io.BytesIO()
    doc.save(buffer)
    return buffer.getvalue()


def _save(wb: Workbook) -> bytes:
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()
