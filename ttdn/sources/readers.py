"""Streaming readers for bulk payloads: one `Record` per line/row/WARC record, each with the cursor
that resumes *after* it. Memory stays bounded by the largest single record, not the file.
"""

from __future__ import annotations

import csv
import gzip
import io
import json
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from django.conf import settings

from ttdn.articles.services import ArticleInput

from .encodings import detect, text_codec
from .parsers import ParseError
from .parsers.gdelt import row_to_input
from .parsers.records import record_to_input
from .parsers.web import extract_page

MAX_RECORD_BYTES = 8 * 1024 * 1024
PAYLOAD_KEEP_BYTES = 64 * 1024  # what a quarantined record keeps (the raw file keeps everything)
SAMPLE_BYTES = 1 << 20


@dataclass
class Record:
    locator: str
    cursor: dict[str, Any]
    item: ArticleInput | None = None
    error: str = ""
    payload: bytes = b""
    skipped: bool = False
    position: int = 0
    extra: dict[str, Any] = field(default_factory=dict)


class PayloadTooLarge(ParseError):
    pass


def open_payload(path: Path) -> IO[bytes]:
    """A binary stream of the file's content, transparently un-gzipped or unzipped (first member)."""
    handle = open(path, "rb")  # noqa: SIM115 - returned to the caller, who closes it
    magic = handle.read(4)
    handle.seek(0)
    if magic.startswith(b"\x1f\x8b") and not _is_warc_gz(path):
        return gzip.GzipFile(fileobj=handle)  # type: ignore[return-value]
    if magic == b"PK\x03\x04":
        archive = zipfile.ZipFile(handle)
        members = [m for m in archive.infolist() if not m.is_dir()]
        if not members:
            raise ParseError("zip archive is empty")
        if members[0].file_size > settings.TTDN_IMPORT_MAX_BYTES:
            raise PayloadTooLarge(
                f"zip member {members[0].filename} declares {members[0].file_size:,} bytes, over the import limit"
            )
        return archive.open(members[0])
    return handle


def _is_warc_gz(path: Path) -> bool:
    # warcio reads per-record gzip itself; ungzipping first would break its record offsets.
    with gzip.open(path, "rb") as stream:
        try:
            return stream.read(5) == b"WARC/"
        except OSError:
            return False


def _check_cap(position: int) -> None:
    if position > settings.TTDN_IMPORT_MAX_BYTES:
        raise PayloadTooLarge(f"decompressed content exceeds the {settings.TTDN_IMPORT_MAX_BYTES:,}-byte import limit")


def _sample(stream: IO[bytes]) -> bytes:
    data = stream.read(SAMPLE_BYTES)
    stream.seek(0)
    return data


def _lines(stream: IO[bytes], cursor: dict[str, Any]) -> Iterator[tuple[int, int, bytes, str]]:
    """(line number, offset after the line, line bytes, error) from the cursor on; over-long lines are cut."""
    offset = int(cursor.get("offset", 0))
    number = int(cursor.get("line", 0))
    if offset:
        stream.seek(offset)
    while True:
        line = stream.readline(MAX_RECORD_BYTES + 1)
        if not line:
            return
        number += 1
        error = ""
        if len(line) > MAX_RECORD_BYTES and not line.endswith(b"\n"):
            error = f"line longer than {MAX_RECORD_BYTES:,} bytes"
            while (rest := stream.readline(1 << 20)) and not rest.endswith(b"\n"):
                pass
        offset = stream.tell()
        _check_cap(offset)
        yield number, offset, line, error


def _decoder(stream: IO[bytes], declared: str | None) -> tuple[str, Any]:
    encoding, _ = detect(_sample(stream), declared)
    codec, fix = text_codec("utf-8" if encoding == "utf-8-sig" else encoding)
    return codec, fix


def read_jsonl(stream: IO[bytes], cursor: dict[str, Any], declared: str | None = None) -> Iterator[Record]:
    codec, fix = _decoder(stream, declared)
    if codec.startswith(("utf-16", "utf-32")):
        yield from _read_jsonl_text(stream, cursor, codec)
        return
    for number, offset, line, error in _lines(stream, cursor):
        record = Record(
            f"line {number}", {"offset": offset, "line": number}, position=offset, payload=line[:PAYLOAD_KEEP_BYTES]
        )
        if error:
            record.error = error
        elif not line.strip():
            record.skipped = True
        else:
            try:
                record.item = record_to_input(json.loads(fix(line.rstrip(b"\r\n").decode(codec).lstrip("\ufeff"))))
            except UnicodeDecodeError as exc:
                record.error = f"bytes not valid {codec}: {exc.reason} at byte {exc.start}"
            except json.JSONDecodeError as exc:
                record.error = f"invalid JSON: {exc.msg} (column {exc.colno})"
            except RecursionError:
                record.error = "invalid JSON: nested too deeply"
            except ParseError as exc:
                record.error = str(exc)
        yield record


def _read_jsonl_text(stream: IO[bytes], cursor: dict[str, Any], codec: str) -> Iterator[Record]:
    # UTF-16/32 files cannot be split on the newline byte; count lines instead of bytes.
    skip = int(cursor.get("line", 0))
    text = io.TextIOWrapper(stream, encoding=codec, errors="replace")
    for number, line in enumerate(text, start=1):
        if number <= skip:
            continue
        record = Record(f"line {number}", {"line": number}, payload=line.encode("utf-8")[:PAYLOAD_KEEP_BYTES])
        if not line.strip():
            record.skipped = True
        else:
            try:
                record.item = record_to_input(json.loads(line.lstrip("\ufeff")))
            except json.JSONDecodeError as exc:
                record.error = f"invalid JSON: {exc.msg} (column {exc.colno})"
            except ParseError as exc:
                record.error = str(exc)
        yield record


def read_gdelt(stream: IO[bytes], cursor: dict[str, Any], declared: str | None = None) -> Iterator[Record]:
    for number, offset, line, error in _lines(stream, cursor):
        record = Record(
            f"line {number}", {"offset": offset, "line": number}, position=offset, payload=line[:PAYLOAD_KEEP_BYTES]
        )
        if error:
            record.error = error
        elif not line.strip() or line.startswith(b"GKGRECORDID\t"):
            record.skipped = True
        else:
            try:
                record.item = row_to_input(line.rstrip(b"\r\n").decode("utf-8").split("\t"))
            except UnicodeDecodeError as exc:
                record.error = f"bytes not valid UTF-8: {exc.reason} at byte {exc.start}"
            except ParseError as exc:
                record.error = str(exc)
        yield record


def read_csv(stream: IO[bytes], cursor: dict[str, Any], declared: str | None = None) -> Iterator[Record]:
    codec, fix = _decoder(stream, declared)
    sample = _sample(stream)[:65536].decode(codec, errors="replace")
    try:
        delimiter = csv.Sniffer().sniff(sample.split("\n", 1)[0] or ",", delimiters=",;\t").delimiter
    except csv.Error:
        delimiter = ","
    text = io.TextIOWrapper(stream, encoding=codec, errors="surrogateescape", newline="")
    csv.field_size_limit(MAX_RECORD_BYTES)
    reader = csv.reader(text, delimiter=delimiter)
    skip = int(cursor.get("row", 0))
    try:
        header = [fix(h).strip().lstrip("\ufeff").lower() for h in next(reader)]
    except StopIteration:
        raise ParseError("CSV file is empty")
    except csv.Error as exc:
        raise ParseError(f"CSV header unreadable: {exc}")
    if "title" not in header and "text" not in header:
        raise ParseError(f"CSV header has neither 'title' nor 'text' column: {header[:12]}")
    number = 0
    failures_in_a_row = 0
    while True:
        try:
            row = next(reader)
            failures_in_a_row = 0
        except StopIteration:
            return
        except csv.Error as exc:
            number += 1
            failures_in_a_row += 1
            if failures_in_a_row > 100:
                raise ParseError(f"CSV unreadable after row {number}: {exc}")
            yield Record(f"row {number} (line {reader.line_num})", {"row": number}, error=f"CSV error: {exc}")
            continue
        number += 1
        if number <= skip:
            continue
        position = stream.tell() if hasattr(stream, "tell") else 0
        _check_cap(position)
        buffer = io.StringIO()
        csv.writer(buffer).writerow(row)
        record = Record(
            f"row {number} (line {reader.line_num})", {"row": number}, position=position,
            payload=buffer.getvalue().encode("utf-8", errors="surrogateescape")[:PAYLOAD_KEEP_BYTES],
        )  # fmt: skip
        if not any(cell.strip() for cell in row):
            record.skipped = True
        elif any("\udc80" <= ch <= "\udcff" for cell in row for ch in cell):
            record.error = f"bytes not valid {codec}"
        elif len(row) > len(header):
            record.error = f"{len(row)} fields but the header has {len(header)}"
        else:
            values = {key: fix(value) for key, value in zip(header, row, strict=False) if key and value != ""}
            try:
                record.item = record_to_input(values)
            except ParseError as exc:
                record.error = str(exc)
        yield record


def read_warc(stream: IO[bytes], cursor: dict[str, Any], declared: str | None = None) -> Iterator[Record]:
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    head = stream.read(512)
    stream.seek(0)
    if head.startswith(b"\x1f\x8b"):
        try:
            head = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head)
        except zlib.error:
            head = b""
    # warcio also reads the old ARC format, and so takes almost any text with five words per line
    # for an ARC header: insist on a real WARC (or ARC file description) start.
    if not head.lstrip().startswith((b"WARC/", b"filedesc://")):
        raise ParseError(f"not a readable WARC archive: starts with {head[:24]!r}")
    skip = int(cursor.get("record", 0))
    number = 0
    try:
        iterator = ArchiveIterator(stream)
        for warc_record in iterator:
            number += 1
            if number <= skip:
                continue
            url = warc_record.rec_headers.get_header("WARC-Target-URI") or ""
            locator = f"record {number} ({url[:200]})" if url else f"record {number}"
            record = Record(locator, {"record": number}, position=getattr(stream, "tell", lambda: 0)())
            http = warc_record.http_headers
            content_type = (http.get_header("Content-Type") or "") if http is not None else ""
            if not warc_record.rec_type:
                record.error = "WARC record without a WARC-Type header"
                yield record
                continue
            if warc_record.rec_type != "response" or "html" not in content_type.lower():
                record.skipped = True
                yield record
                continue
            body = warc_record.content_stream().read(MAX_RECORD_BYTES + 1)
            record.payload = body[:PAYLOAD_KEEP_BYTES]
            if len(body) > MAX_RECORD_BYTES:
                record.error = f"response body larger than {MAX_RECORD_BYTES:,} bytes"
            else:
                charset = None
                for part in content_type.split(";")[1:]:
                    key, _, value = part.strip().partition("=")
                    if key.lower() == "charset":
                        charset = value.strip("\"' ")
                try:
                    record.item = extract_page(
                        body, url=url, declared_charset=charset,
                        metadata={"warc_date": warc_record.rec_headers.get_header("WARC-Date") or ""},
                    )  # fmt: skip
                except ParseError as exc:
                    record.error = str(exc)
            yield record
    except ArchiveLoadFailed as exc:
        raise ParseError(f"not a readable WARC archive: {exc}")


READERS = {"jsonl": read_jsonl, "csv": read_csv, "gdelt": read_gdelt, "warc": read_warc}
