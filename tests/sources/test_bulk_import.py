# ruff: noqa: E501 - fixtures are long literal documents
"""JSONL and CSV imports: schema, quarantine per line, idempotence, resumability, hostile files."""

from __future__ import annotations

import json
import os
import tracemalloc
from pathlib import Path

import pytest

from ttdn.articles.models import Article
from ttdn.sources.models import IngestRun, QuarantinedItem, RawDocument, Source
from ttdn.sources.pipeline import Progress
from ttdn.sources.services import guess_format, import_file

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]  # storage paths differ by backend


def _rows(n: int, prefix: str = "Bài") -> list[dict]:
    return [
        {
            "title": f"{prefix} số {i}: Hà Nội đón đoàn khách quốc tế",
            "url": f"https://tin.example.vn/bai-{prefix}-{i}",
            "text": f"Nội dung bài {i} về du lịch và đầu tư.",
            "language": "vi",
            "published_at": "2026-10-01T08:00:00+07:00",
            "outlet": "Tin Mẫu",
            "outlet_domain": "tin.example.vn",
            "outlet_country": "vn",
            "topic": "du lịch",
        }
        for i in range(n)
    ]


def _write_jsonl(path, rows, bad_lines: dict[int, bytes] | None = None) -> None:
    lines = [json.dumps(r, ensure_ascii=False).encode() for r in rows]
    for index, raw in (bad_lines or {}).items():
        lines.insert(index, raw)
    path.write_bytes(b"\n".join(lines) + b"\n")


def test_jsonl_import_maps_schema_and_keeps_extras(tmp_path, raw_dir):
    path = tmp_path / "export.jsonl"
    _write_jsonl(path, _rows(3))
    result = import_file(path)
    assert result.status == "done"
    assert (result.counters.created, result.counters.duplicates, result.counters.quarantined) == (3, 0, 0)
    article = Article.objects.get(url="https://tin.example.vn/bai-Bài-1")
    assert article.language == "vi"
    assert article.outlet.domain == "tin.example.vn" and article.outlet.country == "VN"
    assert article.metadata["topic"] == "du lịch"
    assert article.published_at.isoformat() == "2026-10-01T01:00:00+00:00"
    raw = RawDocument.objects.get()
    assert raw.status == RawDocument.Status.PARSED and raw.size == path.stat().st_size
    assert Path(raw.stored_path).read_bytes() == path.read_bytes()  # kept verbatim
    source = Source.objects.get()
    assert source.kind == "jsonl" and source.items_total == 3 and source.last_success_at is not None


def test_bad_lines_are_quarantined_with_locator_and_the_rest_continues(tmp_path, raw_dir):
    path = tmp_path / "mixed.jsonl"
    bad = {
        1: b'{"title": "unterminated',
        3: b'["not", "an", "object"]',
        4: b'{"url": "https://x.example/1"}',
        5: b"\xff\xfe\x00garbage",
    }
    _write_jsonl(path, _rows(4), bad)
    result = import_file(path)
    assert result.counters.created == 4
    assert result.counters.quarantined == 4
    items = {q.locator: q for q in QuarantinedItem.objects.all()}
    assert set(items) == {"line 2", "line 4", "line 5", "line 6"}
    assert "invalid JSON" in items["line 2"].reason
    assert bytes(items["line 2"].payload) == b'{"title": "unterminated\n'
    assert "JSON object" in items["line 4"].reason
    assert "neither a title nor a text" in items["line 5"].reason
    assert "not valid utf-8" in items["line 6"].reason.lower()


def test_rerunning_the_same_import_creates_no_duplicates(tmp_path, raw_dir):
    path = tmp_path / "export.jsonl"
    _write_jsonl(path, _rows(5), {2: b"{broken"})
    first = import_file(path)
    second = import_file(path)
    assert first.counters.created == 5
    assert second.counters.created == 0 and "already imported" in second.message
    assert Article.objects.count() == 5
    assert QuarantinedItem.objects.count() == 1
    assert RawDocument.objects.count() == 1
    # The same rows in a different file are recognised as duplicates by the article store.
    copy = tmp_path / "copy.jsonl"
    _write_jsonl(copy, _rows(5))
    third = import_file(copy, source=Source.objects.get())
    assert (third.counters.created, third.counters.duplicates) == (0, 5)


def test_interrupted_import_resumes_from_its_cursor(tmp_path, raw_dir):
    path = tmp_path / "big.jsonl"
    _write_jsonl(path, _rows(57), {30: b"not json"})
    seen: list[int] = []

    def crash_after_25(progress: Progress) -> None:
        seen.append(progress.counters.fetched)
        if progress.counters.fetched == 25:
            raise KeyboardInterrupt("simulated kill")

    with pytest.raises(KeyboardInterrupt):
        import_file(path, progress=crash_after_25, chunk_size=10)
    run = IngestRun.objects.get()
    assert run.status == IngestRun.Status.FAILED
    # Two chunks of 10 were committed before the interruption, the third rolled back.
    assert Article.objects.count() == 20
    assert run.cursor["line"] == 20
    resumed = import_file(path, chunk_size=10)
    assert resumed.status == "done"
    assert resumed.counters.fetched == 38  # lines 21..58 only
    assert Article.objects.count() == 57
    assert QuarantinedItem.objects.get().locator == "line 31"
    assert IngestRun.objects.filter(status=IngestRun.Status.DONE).count() == 1
    # And now it is complete: a third run does nothing.
    assert import_file(path).counters.fetched == 0


def test_csv_import_with_extra_columns_and_bad_rows(tmp_path, raw_dir):
    path = tmp_path / "export.csv"
    path.write_text(
        "title,url,text,language,published_at,outlet,outlet_domain,outlet_country,reach\n"
        'Đà Nẵng mở đường bay mới,https://dn.example.vn/1,"Hãng bay mở tuyến, nhiều du khách.",vi,2026-09-01,Báo ĐN,dn.example.vn,VN,1200\n'
        ",,,,,,,,\n"
        "Only a title,ftp://bad.example/2,text,en,,,,,\n"
        "too,many,fields,a,b,c,d,e,f,g,h\n"
        '"Tokyo seminar on Viet Nam",https://jp.example.jp/3,"Seminar text.",ja,not-a-date,JP News,jp.example.jp,JP,5\n',
        encoding="utf-8",
    )
    result = import_file(path)
    assert result.counters.created == 2
    assert result.counters.skipped == 1
    assert result.counters.quarantined == 2
    reasons = dict(QuarantinedItem.objects.values_list("locator", "reason"))
    assert "http(s)" in reasons["row 3 (line 4)"]
    assert "fields but the header has" in reasons["row 4 (line 5)"]
    seminar = Article.objects.get(url="https://jp.example.jp/3")
    assert seminar.metadata == {"reach": "5"}
    assert seminar.date_quality == Article.DateQuality.UNPARSED and seminar.published_at_raw == "not-a-date"


def test_csv_in_legacy_vietnamese_encoding(tmp_path, raw_dir):
    from ttdn.sources.encodings import encode_as

    for encoding in ("tcvn3", "vni", "cp1258"):
        path = tmp_path / f"legacy-{encoding}.csv"
        text = f"title,text,url\nThông tin đối ngoại Việt Nam {encoding},Nội dung bằng tiếng Việt có dấu,https://legacy.example.vn/{encoding}\n"
        path.write_bytes(encode_as(text, encoding))
        import_file(path)
        assert (
            Article.objects.get(url=f"https://legacy.example.vn/{encoding}").title
            == f"Thông tin đối ngoại Việt Nam {encoding}"
        )


def test_empty_and_garbage_files_are_reported_not_fatal(tmp_path, raw_dir):
    empty = tmp_path / "empty.jsonl"
    empty.write_bytes(b"")
    result = import_file(empty)
    assert result.status == "done" and result.counters.fetched == 0
    garbage = tmp_path / "garbage.csv"
    garbage.write_bytes(os.urandom(4096).replace(b"\n", b"x"))
    result = import_file(garbage)
    assert result.status == "quarantined"
    assert "csv file unreadable" in result.message
    assert QuarantinedItem.objects.filter(raw__url="file:garbage.csv").exists()


def test_import_size_limit_is_enforced(tmp_path, raw_dir, settings):
    settings.TTDN_IMPORT_MAX_BYTES = 100
    path = tmp_path / "big.jsonl"
    _write_jsonl(path, _rows(5))
    with pytest.raises(Exception, match="import limit"):
        import_file(path)
    assert Article.objects.count() == 0


def test_format_is_guessed_from_extension_and_content(tmp_path):
    cases = {
        "a.jsonl": b'{"title": "x"}\n',
        "b.csv": b"title,text\n",
        "20261101000000.gkg.csv": b"x",
        "c.dat": b"WARC/1.0\r\n",
        "d.dat": b'  {"title": 1}',
        "e.dat": b"<?xml version='1.0'?><rss/>",
        "f.dat": b"\t".join([b"x"] * 27) + b"\n",
        "g.dat": b"title;text\n",
    }
    expected = {
        "a.jsonl": "jsonl",
        "b.csv": "csv",
        "20261101000000.gkg.csv": "gdelt",
        "c.dat": "warc",
        "d.dat": "jsonl",
        "e.dat": "rss",
        "f.dat": "gdelt",
        "g.dat": "csv",
    }
    for name, content in cases.items():
        (tmp_path / name).write_bytes(content)
        assert guess_format(tmp_path / name) == expected[name], name


def test_fifty_megabyte_file_is_streamed_in_bounded_memory(tmp_path, raw_dir):
    path = tmp_path / "fifty.jsonl"
    attachment = "Biển Đông và hợp tác quốc tế. " * 3300  # ~100 KB per line, kept in metadata
    with open(path, "w", encoding="utf-8") as handle:
        for i in range(500):
            # 20 distinct articles, repeated: the reader and the dedupe path see every byte.
            row = {
                "title": f"Bài dài {i % 20}",
                "url": f"https://long.example.vn/{i % 20}",
                "text": "Tóm tắt.",
                "attachment": attachment,
            }
            handle.write(json.dumps(row, ensure_ascii=False))
            handle.write("\n")
        handle.write("{not json}\n")
    assert path.stat().st_size > 50 * 1024 * 1024
    warm_up = tmp_path / "warm.jsonl"  # first use imports numpy & co.; that is not the file's cost
    _write_jsonl(warm_up, _rows(2, "warm"))
    import_file(warm_up)
    tracemalloc.start()
    try:
        result = import_file(path, chunk_size=20)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert (result.counters.created, result.counters.duplicates, result.counters.quarantined) == (20, 480, 1)
    # The file is 50 MB; the importer holds one chunk of records at a time.
    assert peak < 20 * 1024 * 1024, f"peak {peak / 1e6:.1f} MB"
    assert RawDocument.objects.get(url="file:fifty.jsonl").size == path.stat().st_size


def test_rss_file_import(tmp_path, raw_dir):
    path = tmp_path / "saved-feed.xml"
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Lưu trữ</title><link>https://luutru.example.vn/</link>'
        "<item><title>Bản tin lưu trữ</title><link>https://luutru.example.vn/1</link><description>Nội dung.</description></item>"
        "</channel></rss>",
        encoding="utf-8",
    )
    result = import_file(path)
    assert result.counters.created == 1 and Source.objects.get().kind == "rss"
    assert import_file(path).counters.created == 0
    assert Article.objects.get().outlet.domain == "luutru.example.vn"
