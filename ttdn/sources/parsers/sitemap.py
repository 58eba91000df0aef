"""Sitemaps (sitemap index and urlset, optionally gzipped), parsed with defusedxml."""

from __future__ import annotations

import gzip
import io
from dataclasses import dataclass

from defusedxml import DefusedXmlException
from defusedxml import ElementTree as SafeET

from . import ParseError

MAX_DECOMPRESSED = 50 * 1024 * 1024  # the sitemaps.org limit for one file


@dataclass(frozen=True)
class SitemapEntry:
    loc: str
    lastmod: str = ""


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _maybe_gunzip(content: bytes) -> bytes:
    if not content.startswith(b"\x1f\x8b"):
        return content
    out = bytearray()
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(content)) as stream:
            while chunk := stream.read(1 << 16):
                out += chunk
                if len(out) > MAX_DECOMPRESSED:
                    raise ParseError(f"gzipped sitemap expands beyond {MAX_DECOMPRESSED:,} bytes")
    except (OSError, EOFError) as exc:
        raise ParseError(f"corrupt gzip sitemap: {exc}")
    return bytes(out)


def parse_sitemap(content: bytes) -> tuple[str, list[SitemapEntry]]:
    """('index' | 'urlset', entries)."""
    content = _maybe_gunzip(content)
    if not content.strip():
        raise ParseError("empty sitemap")
    try:
        root = SafeET.fromstring(content, forbid_dtd=True, forbid_entities=True, forbid_external=True)
    except DefusedXmlException as exc:
        raise ParseError(f"unsafe XML refused ({type(exc).__name__})")
    except SafeET.ParseError as exc:
        raise ParseError(f"sitemap XML not well-formed: {exc}")
    kind = _local(root.tag)
    if kind not in ("sitemapindex", "urlset"):
        raise ParseError(f"not a sitemap (root element <{kind}>)")
    entries = []
    for node in root:
        loc = lastmod = ""
        for child in node:
            name = _local(child.tag)
            if name == "loc":
                loc = (child.text or "").strip()
            elif name == "lastmod":
                lastmod = (child.text or "").strip()
        if loc:
            entries.append(SitemapEntry(loc, lastmod))
    return ("index" if kind == "sitemapindex" else "urlset"), entries
