"""Small helpers shared by the parsers: dates, HTML to text, safe XML."""

from __future__ import annotations

import calendar
import html as html_lib
import re
import time
from datetime import UTC, datetime
from urllib.parse import unquote, urlsplit

import nh3
from dateutil import parser as date_parser
from defusedxml import DefusedXmlException
from defusedxml import ElementTree as SafeET

from . import ParseError

# Article ids and hashes in URL slugs are not words.
_OPAQUE = re.compile(r"\d{5,}|(?=[a-f]*\d)[\da-f]{8,}", re.I)
_SPACES = re.compile(r"[ \t\r\f\v]+")
_BLANK_LINES = re.compile(r"\n\s*\n+")


def html_to_text(fragment: str) -> str:
    """Plain text of an HTML fragment (feed summaries, pushed posts); scripts and styles dropped."""
    if not fragment:
        return ""
    with_breaks = re.sub(r"(?i)<\s*(br|/p|/div|/li|/h[1-6])\s*/?>", "\n", fragment)
    text = html_lib.unescape(nh3.clean(with_breaks, tags=set()))
    text = _SPACES.sub(" ", text)
    return _BLANK_LINES.sub("\n\n", text).strip()


def parse_date(value: object) -> tuple[datetime | None, str]:
    """(aware datetime or None, the raw text). Never raises: a bad date is flagged downstream."""
    if value is None or value == "":
        return None, ""
    if isinstance(value, datetime):
        return (value if value.tzinfo else value.replace(tzinfo=UTC)), value.isoformat()
    if isinstance(value, time.struct_time):
        return datetime.fromtimestamp(calendar.timegm(value), tz=UTC), time.strftime("%Y-%m-%dT%H:%M:%SZ", value)
    raw = str(value).strip()[:100]
    if re.fullmatch(r"\d{10}(\.\d+)?", raw):  # epoch seconds, as some exports write them
        return datetime.fromtimestamp(float(raw), tz=UTC), raw
    try:
        parsed = datetime.fromisoformat(raw)  # fast path: most exports write ISO 8601
    except ValueError:
        try:
            parsed = date_parser.parse(raw)
        except (ValueError, OverflowError, TypeError):
            return None, raw
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return parsed, raw


def check_xml_safe(content: bytes) -> str | None:
    """Refuse XML that declares entities or external references (billion laughs, XXE).

    Returns a parse-error message for ill-formed XML (the caller decides whether a lenient parser
    may still recover items), or None when the document is well-formed and safe.
    """
    try:
        SafeET.fromstring(content, forbid_dtd=False, forbid_entities=True, forbid_external=True)
    except DefusedXmlException as exc:
        raise ParseError(f"unsafe XML refused ({type(exc).__name__}: entity or external reference declarations)")
    except SafeET.ParseError as exc:
        return f"XML not well-formed: {exc}"
    return None


def title_from_url(url: str) -> str:
    """A readable title from a URL slug, for rows that carry no title (GDELT GKG)."""
    parts = urlsplit(url)
    segments = [unquote(s) for s in parts.path.split("/") if s]
    for segment in reversed(segments):
        stem = re.sub(r"\.(s?html?|php|aspx?|cms|jsp)$", "", segment, flags=re.I)
        words = [w for w in re.split(r"[-_+\s]+", stem) if w and not _OPAQUE.fullmatch(w)]
        if len(words) >= 2:
            sentence = " ".join(words)
            return sentence[:1].upper() + sentence[1:]
    return (parts.hostname or url).removeprefix("www.")
