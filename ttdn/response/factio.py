"""Fact base import/export as CSV or XLSX.

One row per (fact, source document); a fact with several sources repeats its slug on the
following rows (their fact columns may be left empty). Import is all-or-nothing: every row is
checked first, errors are reported with their row number, and nothing is written if any fails.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction

from ttdn.accounts.models import Agency
from ttdn.accounts.services import UserLike

from . import permissions as perm
from .models import TRANSLATION_LANGUAGES, Fact
from .services import create_fact, fact_snapshot, update_fact

SOURCE_COLUMNS = ["source_title", "source_issuer", "source_number", "source_date", "source_url", "source_excerpt"]
COLUMNS = [
    "slug",
    "category",
    "statement_vi",
    *[f"text_{lang}" for lang in TRANSLATION_LANGUAGES],
    "valid_from",
    "valid_to",
    *SOURCE_COLUMNS,
    "status",
    "approved_by",
]


@dataclass
class ImportReport:
    created: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)  # "dòng 3: …"

    @property
    def ok(self) -> bool:
        return not self.errors


# --- export --------------------------------------------------------------------------------


def export_rows(facts: Iterable[Fact]) -> list[list[str]]:
    rows: list[list[str]] = [COLUMNS]
    for fact in facts:
        snap = fact_snapshot(fact)
        base = [
            fact.slug,
            fact.category,
            fact.statement_vi,
            *[fact.translations.get(lang, "") for lang in TRANSLATION_LANGUAGES],
            snap["valid_from"],
            snap["valid_to"],
        ]
        tail = [fact.status, snap["approved_by"]]
        sources = snap["sources"] or [dict.fromkeys(["title", "issuer", "number", "date", "url", "excerpt"], "")]
        for source in sources:
            rows.append(base + [source[c.removeprefix("source_")] for c in SOURCE_COLUMNS] + tail)
    return rows


def export_csv(facts: Iterable[Fact]) -> bytes:
    buffer = io.StringIO()
    csv.writer(buffer).writerows(export_rows(facts))
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")  # BOM: Excel opens Vietnamese correctly


def export_xlsx(facts: Iterable[Fact]) -> bytes:
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "facts"
    for row in export_rows(facts):
        sheet.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


# --- import --------------------------------------------------------------------------------


def read_table(data: bytes, filename: str) -> list[dict[str, Any]]:
    """Rows as dicts keyed by header; raises ValidationError for an unreadable file."""
    name = filename.lower()
    if name.endswith(".xlsx"):
        from openpyxl import load_workbook

        try:
            sheet = load_workbook(io.BytesIO(data), read_only=True, data_only=True).active
        except Exception as exc:  # openpyxl raises many types for a broken file
            raise ValidationError(f"Không đọc được tệp XLSX: {exc}")
        values = [list(r) for r in sheet.iter_rows(values_only=True)]
    elif name.endswith(".csv"):
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise ValidationError("Tệp CSV phải mã hóa UTF-8.")
        values = list(csv.reader(io.StringIO(text)))
    else:
        raise ValidationError("Chỉ nhận tệp .csv hoặc .xlsx.")
    if not values:
        raise ValidationError("Tệp trống.")
    header = [str(h or "").strip() for h in values[0]]
    missing = {"slug", "statement_vi"} - set(header)
    if missing:
        raise ValidationError(f"Thiếu cột: {', '.join(sorted(missing))}")
    rows = []
    for raw in values[1:]:
        cells = list(raw) + [None] * (len(header) - len(raw))
        rows.append({h: cells[i] for i, h in enumerate(header) if h})
    return rows


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.date().isoformat()
    return str(value).strip()


def _date(value: Any) -> date | None:
    if value in (None, ""):
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = str(value).strip()
    for fmt in ("%Y-%m-%d", "%d/%m/%Y"):
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise ValueError(f"ngày không hợp lệ '{text}' (dùng yyyy-mm-dd hoặc dd/mm/yyyy)")


@dataclass
class _Parsed:
    slug: str
    fields: dict[str, Any]
    sources: list[dict[str, Any]]
    first_row: int


def _parse(rows: list[dict[str, Any]], report: ImportReport) -> list[_Parsed]:
    parsed: dict[str, _Parsed] = {}
    categories = set(Fact.Category.values)
    for index, row in enumerate(rows, start=2):  # row 1 is the header
        if all(_text(v) == "" for v in row.values()):
            continue
        slug = _text(row.get("slug"))
        try:
            if not slug:
                raise ValueError("thiếu slug")
            source: dict[str, Any] = {c.removeprefix("source_"): _text(row.get(c)) for c in SOURCE_COLUMNS}
            source["date"] = _date(row.get("source_date"))
            if slug not in parsed:
                statement = _text(row.get("statement_vi"))
                if not statement:
                    raise ValueError("thiếu statement_vi")
                category = _text(row.get("category")) or Fact.Category.OTHER
                if category not in categories:
                    raise ValueError(f"lĩnh vực không hợp lệ '{category}'")
                fields: dict[str, Any] = {
                    "statement_vi": statement,
                    "category": category,
                    "translations": {
                        lang: _text(row.get(f"text_{lang}"))
                        for lang in TRANSLATION_LANGUAGES
                        if _text(row.get(f"text_{lang}"))
                    },
                    "valid_from": _date(row.get("valid_from")),
                    "valid_to": _date(row.get("valid_to")),
                }
                if fields["valid_from"] and fields["valid_to"] and fields["valid_to"] < fields["valid_from"]:
                    raise ValueError("valid_to trước valid_from")
                parsed[slug] = _Parsed(slug, fields, [], index)
            if source["title"]:
                if source["url"] and not source["url"].startswith(("http://", "https://")):
                    raise ValueError(f"địa chỉ nguồn không hợp lệ '{source['url']}'")
                parsed[slug].sources.append(source)
        except ValueError as exc:
            report.errors.append(f"dòng {index}: {exc}")
    return list(parsed.values())


def import_facts(actor: UserLike, agency: Agency, data: bytes, filename: str) -> ImportReport:
    """Validate every row, then write all of them in one transaction (or none)."""
    perm.require(actor, perm.EDIT_FACTS, agency, "nhập dữ kiện")
    report = ImportReport()
    try:
        rows = read_table(data, filename)
    except ValidationError as exc:
        report.errors.extend(exc.messages)
        return report
    items = _parse(rows, report)
    if report.errors:
        return report
    try:
        with transaction.atomic():
            for item in items:
                existing = Fact.objects.filter(slug=item.slug).first()
                try:
                    if existing is None:
                        create_fact(
                            actor,
                            agency=agency,
                            slug=item.slug,
                            sources=item.sources,
                            note="nhập từ tệp",
                            **item.fields,
                        )
                        report.created.append(item.slug)
                    else:
                        if existing.agency_id != agency.pk:
                            raise ValidationError(f"'{item.slug}' thuộc đơn vị khác ({existing.agency.code})")
                        version = existing.version
                        updated = update_fact(actor, existing, sources=item.sources, note="nhập từ tệp", **item.fields)
                        (report.updated if updated.version != version else report.unchanged).append(item.slug)
                except ValidationError as exc:
                    report.errors.append(f"dòng {item.first_row}: {'; '.join(exc.messages)}")
            if report.errors:
                raise _Rollback
    except _Rollback:
        report.created.clear()
        report.updated.clear()
        report.unchanged.clear()
    return report


class _Rollback(Exception):
    """Raised inside the import transaction to undo every row when one failed."""
