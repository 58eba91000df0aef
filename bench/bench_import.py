"""JSONL import throughput against a bare `json.loads` loop over the same file, measured in one run.

    python bench/bench_import.py [--articles 5000] [--chunk-size 200]

Runs on a fresh SQLite database in a temporary TTDN_DATA_DIR (set TTDN_DATABASE_URL to measure
PostgreSQL instead). The import path is the real one: raw file kept, per-line parse, schema mapping,
`ingest_article` (canonical URL + content-hash dedupe, dates, outlet, search fields, near-duplicate
grouping), chunked commits with the resumable cursor.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

WORDS_TEXT = (
    "Việt Nam hợp tác quốc tế du lịch đầu tư kinh tế văn hóa biển đảo ngoại giao hội nghị doanh nghiệp "
    "tăng trưởng xuất khẩu nông sản cảng biển năng lượng giáo dục khoa học công nghệ tỉnh thành phố"
)
WORDS = WORDS_TEXT.split(" ")
OUTLETS = [
    ("Báo Mẫu", "baomau.example.vn", "VN"),
    ("Asia Ledger", "asialedger.example", "SG"),
    ("Le Courrier", "courrier.example.fr", "FR"),
]


def generate(path: Path, count: int, seed: int = 7) -> int:
    rng = random.Random(seed)
    with open(path, "w", encoding="utf-8") as handle:
        for i in range(count):
            outlet, domain, country = OUTLETS[i % len(OUTLETS)]
            text = " ".join(rng.choice(WORDS) for _ in range(rng.randint(120, 400)))
            row = {
                "title": f"{' '.join(rng.choice(WORDS) for _ in range(8))} {i}",
                "url": f"https://{domain}/bai/{i}",
                "text": text,
                "language": "vi",
                "published_at": f"2026-{1 + i % 12:02d}-{1 + i % 28:02d}T08:00:00+07:00",
                "outlet": outlet,
                "outlet_domain": domain,
                "outlet_country": country,
                "topic": rng.choice(["du lịch", "đầu tư", "văn hóa"]),
            }
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    return path.stat().st_size


def bare_loop(path: Path) -> tuple[float, int]:
    started = time.perf_counter()
    count = 0
    with open(path, "rb") as handle:
        for line in handle:
            json.loads(line)
            count += 1
    return time.perf_counter() - started, count


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=5000)
    parser.add_argument("--chunk-size", type=int, default=200)
    args = parser.parse_args()

    workdir = Path(tempfile.mkdtemp(prefix="ttdn-bench-import-"))
    os.environ.setdefault("TTDN_DATA_DIR", str(workdir))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "ttdn.settings")
    import django

    django.setup()
    from django.core.management import call_command

    from ttdn.sources.services import import_file

    call_command("migrate", verbosity=0)
    path = workdir / "bench.jsonl"
    size = generate(path, args.articles)

    bare_seconds, bare_count = bare_loop(path)
    from ttdn.sources.readers import read_jsonl

    started = time.perf_counter()
    with open(path, "rb") as handle:
        parsed = sum(1 for record in read_jsonl(handle, {}) if record.item is not None)
    reader_seconds = time.perf_counter() - started
    started = time.perf_counter()
    result = import_file(path, source_name="bench", chunk_size=args.chunk_size)
    import_seconds = time.perf_counter() - started
    assert result.counters.created == args.articles, result.counters

    bare_rate = bare_count / bare_seconds
    import_rate = result.counters.created / import_seconds
    from django.db import connection

    print(f"file: {args.articles} articles, {size / 1e6:.1f} MB JSONL; database: {connection.vendor}")
    print(f"bare json.loads loop : {bare_rate:12,.0f} lines/s    ({bare_seconds:.2f} s)")
    print(f"reader only (no DB)  : {parsed / reader_seconds:12,.0f} items/s    ({reader_seconds:.2f} s)")
    print(f"ttdn import          : {import_rate:12,.0f} articles/s ({import_seconds:.2f} s)")
    print(
        f"ratio (import / bare): {import_rate / bare_rate:.4f}  (bare loop is {bare_rate / import_rate:,.0f}x faster)"
    )


if __name__ == "__main__":
    main()
