"""GDELT Global Knowledge Graph 2.1 rows (tab-separated, 27 columns, no header, as published).

A GKG row describes a document but carries neither its title nor its text: the title is made from
the URL slug (or the outlet's domain), the row's measurements go to metadata, and the summary
names the record so that two rows with the same slug-title are not mistaken for one text.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from ttdn.articles.services import ArticleInput

from . import ParseError
from .common import title_from_url

COLUMNS = (
    "GKGRECORDID", "DATE", "SourceCollectionIdentifier", "SourceCommonName", "DocumentIdentifier",
    "V1Counts", "V2Counts", "V1Themes", "V2EnhancedThemes", "V1Locations", "V2EnhancedLocations",
    "V1Persons", "V2EnhancedPersons", "V1Organizations", "V2EnhancedOrganizations", "V2Tone",
    "V2EnhancedDates", "V2GCAM", "V2SharingImage", "V2RelatedImages", "V2SocialImageEmbeds",
    "V2SocialVideoEmbeds", "V2Quotations", "V2AllNames", "V2Amounts", "V2TranslationInfo", "V2ExtrasXML",
)  # fmt: skip
TONE_FIELDS = ("tone", "positive", "negative", "polarity", "activity_density", "self_group_density", "word_count")
COLLECTIONS = {"1": "web", "2": "citation", "3": "core", "4": "dtic", "5": "jstor", "6": "nontextual"}
LOCATION_TYPES = {"1": "country", "2": "us_state", "3": "us_city", "4": "world_city", "5": "world_state"}
# GDELT's translingual stream names the source language with ISO 639-2/3 codes.
LANGUAGES = {
    "vie": "vi", "eng": "en", "fra": "fr", "zho": "zh", "jpn": "ja", "kor": "ko", "rus": "ru", "spa": "es",
    "deu": "de", "por": "pt", "ita": "it", "ara": "ar", "tha": "th", "ind": "id", "khm": "km", "lao": "lo",
}  # fmt: skip
MAX_KEPT_CHARS = 4000  # GCAM and the XML extras can be huge; the raw file keeps them whole


def _tone(value: str) -> dict[str, float]:
    parts = value.split(",")
    if value and len(parts) < 7:
        raise ParseError(f"V2Tone has {len(parts)} values, expected 7")
    try:
        return {name: float(parts[i]) for i, name in enumerate(TONE_FIELDS)} if value else {}
    except ValueError:
        raise ParseError(f"V2Tone is not numeric: {value[:60]!r}")


def _locations(value: str) -> list[dict[str, Any]]:
    found = []
    for block in filter(None, value.split(";")):
        parts = block.split("#")
        if len(parts) < 7:
            continue
        try:
            lat, lon = float(parts[4]) if parts[4] else None, float(parts[5]) if parts[5] else None
        except ValueError:
            lat = lon = None
        found.append(
            {
                "type": LOCATION_TYPES.get(parts[0], parts[0]),
                "name": parts[1],
                "country_fips": parts[2],
                "adm1": parts[3],
                "lat": lat,
                "lon": lon,
                "feature_id": parts[6],
            }  # fmt: skip
        )
    return found[:50]


def _themes(value: str) -> list[str]:
    seen: dict[str, None] = {}
    for theme in filter(None, value.split(";")):
        seen.setdefault(theme.split(",")[0], None)
    return list(seen)[:100]


def _language(translation_info: str) -> str:
    for part in translation_info.split(";"):
        key, _, code = part.partition(":")
        if key == "srclc":
            return LANGUAGES.get(code, code[:8])
    return "en"  # rows without translation info come from GDELT's English-language stream


def parse_date(value: str) -> datetime:
    try:
        return datetime.strptime(value, "%Y%m%d%H%M%S").replace(tzinfo=UTC)
    except ValueError:
        raise ParseError(f"DATE is not YYYYMMDDHHMMSS: {value[:20]!r}")


def row_to_input(fields: list[str]) -> ArticleInput:
    if len(fields) != len(COLUMNS):
        raise ParseError(f"expected {len(COLUMNS)} tab-separated columns (GKG 2.1), got {len(fields)}")
    row = dict(zip(COLUMNS, fields, strict=True))
    if not row["GKGRECORDID"] or not row["DocumentIdentifier"]:
        raise ParseError("GKGRECORDID or DocumentIdentifier is empty")
    published = parse_date(row["DATE"])
    collection = COLLECTIONS.get(row["SourceCollectionIdentifier"], row["SourceCollectionIdentifier"])
    identifier = row["DocumentIdentifier"]
    is_url = identifier.lower().startswith(("http://", "https://"))
    title = title_from_url(identifier) if is_url else identifier[:300]
    # Persons (V1/V2 persons) are not copied: the product aggregates by outlet and does not track people.
    kept_row = {k: v[:MAX_KEPT_CHARS] for k, v in row.items() if k not in ("V1Persons", "V2EnhancedPersons")}
    metadata = {
        "gdelt": {
            "record_id": row["GKGRECORDID"],
            "collection": collection,
            "source_common_name": row["SourceCommonName"],
            "document_identifier": identifier,
            "tone": _tone(row["V2Tone"]),
            "themes": _themes(row["V2EnhancedThemes"] or row["V1Themes"]),
            "locations": _locations(row["V1Locations"]),
            "sharing_image": row["V2SharingImage"],
            "row": kept_row,
        }
    }
    return ArticleInput(
        title=title,
        url=identifier if is_url else "",
        summary=f"GDELT GKG {row['GKGRECORDID']}: {identifier[:500]}",
        language=_language(row["V2TranslationInfo"]),
        published_at=published,
        published_at_raw=row["DATE"],
        outlet_name=row["SourceCommonName"],
        outlet_domain=row["SourceCommonName"] if "." in row["SourceCommonName"] else "",
        metadata=metadata,
    )
