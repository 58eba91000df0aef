"""Demo data for sources: a few registered feeds (offline: registered, not fetched), a push source,
and two bulk files written for the demo (a GDELT GKG 2.1 sample and a social-listening JSONL export)
imported here, so health, runs and quarantine show real results, including one bad line each.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from ttdn.accounts.models import Agency

from .models import Source
from .services import create_source, import_file

DEMO_FILES = Path(__file__).resolve().parent / "demo_files"

# Public feed addresses of real outlets. The demo is offline, so they stay inactive until an
# administrator switches them on in a connected deployment.
FEEDS = [
    ("VnExpress International (RSS)", "https://e.vnexpress.net/rss/news.rss", ""),
    ("Tuổi Trẻ News (RSS)", "https://tuoitrenews.vn/rss", ""),
    ("Báo Chính phủ – sitemap", "https://baochinhphu.vn/sitemap.xml", "sitemap"),
    ("Cổng thông tin Hà Nội (RSS)", "https://hanoi.gov.vn/rss", "T01"),
]


def _agency(code: str) -> Agency | None:
    if not code:
        return None
    return Agency.objects.filter(code=code).first() or Agency.objects.filter(name_vi__icontains="Hà Nội").first()


def _ensure(name: str, **fields: object) -> Source:
    existing = Source.objects.filter(name=name).first()
    return existing or create_source(None, name=name, **fields)


def load_demo(log: Callable[[str], None]) -> None:
    for name, url, extra in FEEDS:
        kind = Source.Kind.SITEMAP if extra == "sitemap" else Source.Kind.RSS
        agency = _agency(extra) if extra not in ("", "sitemap") else None
        _ensure(name, kind=kind, url=url, agency=agency, active=False, config={"demo": True, "max_pages": 20})
    _ensure(
        "Đối tác lắng nghe mạng xã hội (đẩy dữ liệu)",
        kind=Source.Kind.PUSH,
        config={"demo": True, "note": "POST /api/v1/sources/<id>/push"},
    )
    gdelt = _ensure("GDELT GKG 2.1 – tệp mẫu 01/11/2026", kind=Source.Kind.GDELT, config={"demo": True})
    jsonl = _ensure("Tệp xuất lắng nghe mạng xã hội (mẫu)", kind=Source.Kind.JSONL, config={"demo": True})
    for source, filename in ((gdelt, "20261101000000.gkg.csv"), (jsonl, "social_export.jsonl")):
        result = import_file(DEMO_FILES / filename, fmt=source.kind, source=source)
        log(f"  {filename}: {result.message}")
