# ruff: noqa: E501 - fixtures are long literal documents
"""GDELT GKG 2.1 (plain and zipped) and WARC archives."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from ttdn.articles.models import Article
from ttdn.sources.models import QuarantinedItem
from ttdn.sources.parsers import ParseError
from ttdn.sources.parsers.common import title_from_url
from ttdn.sources.parsers.gdelt import COLUMNS, row_to_input
from ttdn.sources.services import import_file

pytestmark = pytest.mark.django_db

DEMO_GKG = Path(__file__).resolve().parents[2] / "ttdn/sources/demo_files/20261101000000.gkg.csv"


def gkg_row(**values: str) -> list[str]:
    row = dict.fromkeys(COLUMNS, "")
    row.update(
        GKGRECORDID="20261101000000-7",
        DATE="20261101000000",
        SourceCollectionIdentifier="1",
        SourceCommonName="news.example.com",
        DocumentIdentifier="https://news.example.com/asia/vietnam-wins-bid-to-host-summit-2027.html",
        V1Themes="DIPLOMACY;TOURISM;",
        V2EnhancedThemes="DIPLOMACY,10;TOURISM,55;DIPLOMACY,90",
        V1Locations="4#Hanoi, Ha Noi, Vietnam#VM#VM44#21.0333#105.85#-3714993",
        V1Persons="Private Person",
        V2Tone="1.5,3.0,1.5,4.5,20.0,0.5,300",
        V2TranslationInfo="srclc:fra;eng:GT-FRA 1.0",
    )
    row.update(values)
    return [row[c] for c in COLUMNS]


def test_gkg_row_maps_tone_themes_locations_and_title_from_slug():
    item = row_to_input(gkg_row())
    assert item.title == "Vietnam wins bid to host summit 2027"
    assert item.url.endswith("summit-2027.html") and item.language == "fr"
    assert item.published_at.isoformat() == "2026-11-01T00:00:00+00:00"
    gdelt = item.metadata["gdelt"]
    assert gdelt["tone"] == {
        "tone": 1.5,
        "positive": 3.0,
        "negative": 1.5,
        "polarity": 4.5,
        "activity_density": 20.0,
        "self_group_density": 0.5,
        "word_count": 300.0,
    }
    assert gdelt["themes"] == ["DIPLOMACY", "TOURISM"]
    assert gdelt["locations"][0]["name"] == "Hanoi, Ha Noi, Vietnam" and gdelt["locations"][0]["lat"] == 21.0333
    assert gdelt["source_common_name"] == "news.example.com"
    assert "V1Persons" not in gdelt["row"]  # people are not tracked
    assert item.outlet_domain == "news.example.com"


def test_gkg_title_falls_back_to_domain_for_opaque_urls():
    assert title_from_url("https://www.example.com/2026/10/30/c_1234567.htm") == "example.com"
    assert (
        title_from_url("https://example.vn/tin-tuc/ha-noi-mo-rong-duong-vanh-dai.html")
        == "Ha noi mo rong duong vanh dai"
    )


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        (["only", "three", "columns"], "expected 27"),
        (gkg_row(DATE="yesterday"), "DATE"),
        (gkg_row(V2Tone="1,2"), "V2Tone"),
        (gkg_row(V2Tone="a,b,c,d,e,f,g"), "not numeric"),
        (gkg_row(DocumentIdentifier=""), "empty"),
    ],
)
def test_bad_gkg_rows_are_refused_with_a_reason(fields, message):
    with pytest.raises(ParseError, match=message):
        row_to_input(fields)


def test_gkg_file_import_quarantines_the_bad_line(raw_dir):
    result = import_file(DEMO_GKG)
    assert result.counters.created == 12 and result.counters.quarantined == 1
    item = QuarantinedItem.objects.get()
    assert item.locator == "line 8" and "expected 27" in item.reason
    assert bytes(item.payload).startswith(b"20261101003000-bad")
    assert Article.objects.filter(metadata__gdelt__collection="web").count() == 12


def test_zipped_gkg_file_as_published(tmp_path, raw_dir):
    archive = tmp_path / "20261101001500.gkg.csv.zip"
    with zipfile.ZipFile(archive, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr(
            "20261101001500.gkg.csv",
            "\t".join(gkg_row())
            + "\n"
            + "\t".join(gkg_row(GKGRECORDID="x-2", DocumentIdentifier="https://b.example.org/other-story-here"))
            + "\n",
        )
    result = import_file(archive)
    assert result.counters.created == 2
    assert import_file(archive).counters.created == 0  # idempotent


def _warc(path: Path, records: list[tuple[str, str, bytes]]) -> None:
    with open(path, "wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        info = writer.create_warcinfo_record("test.warc.gz", {"software": "ttdn tests"})
        writer.write_record(info)
        for url, content_type, body in records:
            headers = StatusAndHeaders("200 OK", [("Content-Type", content_type)], protocol="HTTP/1.1")
            writer.write_record(
                writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=headers)
            )


ARTICLE_HTML = """<html lang="vi"><head><title>{title}</title><meta name="author" content="Phóng viên"></head>
<body><article><h1>{title}</h1><p>{body}</p><p>Các chuyên gia đánh giá cao những nỗ lực hợp tác quốc tế của địa phương trong năm qua.</p></article></body></html>"""


def test_warc_response_records_become_articles(tmp_path, raw_dir):
    path = tmp_path / "crawl.warc.gz"
    _warc(
        path,
        [
            (
                "https://a.example.vn/bai-1",
                "text/html; charset=utf-8",
                ARTICLE_HTML.format(
                    title="Quảng Ninh thu hút đầu tư", body="Tỉnh Quảng Ninh công bố nhiều dự án đầu tư nước ngoài mới."
                ).encode(),
            ),
            ("https://a.example.vn/logo.png", "image/png", b"\x89PNG..."),
            ("https://a.example.vn/empty", "text/html", b"<html><body></body></html>"),
            (
                "https://a.example.vn/bai-2",
                "text/html; charset=windows-1258",
                ARTICLE_HTML.format(
                    title="Cần Thơ mở hội chợ", body="Hội chợ nông sản quốc tế khai mạc tại Cần Thơ."
                ).encode("utf-8"),
            ),
        ],
    )
    result = import_file(path)
    assert result.counters.created == 2
    assert result.counters.skipped == 2  # warcinfo and the image
    assert result.counters.quarantined == 1
    assert Article.objects.get(url="https://a.example.vn/bai-2").title == "Cần Thơ mở hội chợ"
    assert "record 4" in QuarantinedItem.objects.get().locator


def test_garbage_warc_is_quarantined(tmp_path, raw_dir):
    garbage = tmp_path / "garbage.bin"
    garbage.write_bytes(b"garbage data, not an archive\x00\x01\x02")
    result = import_file(garbage, fmt="warc")
    assert result.status == "quarantined" and "not a readable WARC" in result.message
    broken = tmp_path / "broken.warc"
    broken.write_bytes(b"WARC/1.0\r\nthis is not a warc header block at all\r\n\r\n\x00\x01\x02")
    result = import_file(broken)
    assert result.counters.quarantined == 1
    assert "WARC-Type" in QuarantinedItem.objects.get(raw__url="file:broken.warc").reason
