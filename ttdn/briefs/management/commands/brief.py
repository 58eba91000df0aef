from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand
from django.utils import timezone

from ttdn.briefs.content import build, period_for
from ttdn.briefs.docx import render_docx
from ttdn.briefs.services import render_html
from ttdn.rollups.services import RollupQuery


class Command(BaseCommand):
    help = "Render a brief: --scope national|p:79|s:<id> --period daily|weekly [--date dd/mm/yyyy] --format docx|html"

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument("--scope", default="national")
        parser.add_argument("--period", default="weekly", choices=["daily", "weekly"])
        parser.add_argument("--date", default="")
        parser.add_argument("--format", default="docx", choices=["docx", "html"])
        parser.add_argument("--output", default="")

    def handle(self, *args: Any, **o: Any) -> None:
        day = datetime.strptime(o["date"], "%d/%m/%Y").date() if o["date"] else timezone.localdate()
        start, end = period_for(o["period"], day)
        scope = "" if o["scope"] == "national" else o["scope"]
        content = build(RollupQuery(start=start, end=end, scope=scope), o["period"])
        data = render_docx(content) if o["format"] == "docx" else render_html(content).encode()
        out = Path(o["output"] or f"bantin-{start:%Y%m%d}.{o['format']}")
        out.write_bytes(data)
        self.stdout.write(str(out))
