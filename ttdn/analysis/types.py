"""Frozen dataclasses in and out of the library (its public contract)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

Span = tuple[int, int]  # character offsets into Analysis.normalised_text


@dataclass(frozen=True, slots=True)
class Document:
    id: str
    title: str
    text: str
    url: str = ""
    language_hint: str | None = None
    outlet_country: str | None = None
    published_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class ClaimReference:
    """A fact or known false narrative from the response desk."""

    id: str
    text: str
    kind: str = "fact"  # "fact" or "narrative"
    title: str = ""
    language: str | None = None


@dataclass(frozen=True, slots=True)
class ClaimMatch:
    reference_id: str
    kind: str
    score: float  # calibrated probability that the text makes this claim (0..1)
    similarity: float  # raw hybrid similarity, for debugging


@dataclass(frozen=True, slots=True)
class Mention:
    """A recognised name: ``ref`` is an ISO code, a province code or an entity id."""

    ref: str
    text: str
    span: Span


@dataclass(frozen=True, slots=True)
class CountryMention:
    code: str  # ISO 3166-1 alpha-2
    mentions: tuple[Mention, ...]


@dataclass(frozen=True, slots=True)
class ProvinceMention:
    old_codes: tuple[str, ...]  # units valid until 2025-06-30 the mention covers
    old_names: tuple[str, ...]
    new_code: str  # unit valid from 2025-07-01
    new_name: str
    mentions: tuple[Mention, ...]


@dataclass(frozen=True, slots=True)
class Entity:
    id: str
    kind: str  # "org" or "person"
    name: str
    mentions: tuple[Mention, ...]
    source: str = "gazetteer"  # or "spacy" (English NER), "title-rule" (Vietnamese office + name)


@dataclass(frozen=True, slots=True)
class TopicScore:
    topic: str
    score: float


@dataclass(frozen=True, slots=True)
class SentenceTone:
    span: Span
    target: str  # "VN" or a province code
    score: float  # -1 (negative) .. +1 (positive)


@dataclass(frozen=True, slots=True)
class Tone:
    target: str  # "VN" or "province:<new code>"
    label: str  # negative / neutral / positive
    score: float  # -1 .. +1, mean over target sentences weighted by confidence
    sentences: tuple[SentenceTone, ...]  # the sentences that drove it, strongest first


@dataclass(frozen=True, slots=True)
class Analysis:
    doc_id: str
    language: str  # ISO 639-1
    language_confidence: float
    script: str  # ISO 15924
    vi_without_diacritics: bool
    normalised_text: str  # title + "\n\n" + text, NFC, modern tone-mark placement
    title_length: int  # normalised_text[:title_length] is the title
    words: tuple[str, ...]  # Vietnamese word segmentation ("kinh_tế"); empty for other languages
    countries: tuple[CountryMention, ...]
    provinces: tuple[ProvinceMention, ...]
    regions: tuple[Mention, ...]  # Biển Đông / South China Sea, Hoàng Sa, Trường Sa …
    entities: tuple[Entity, ...]
    relevance: float  # 0..1: is the article about Vietnam
    topics: tuple[TopicScore, ...]  # multi-label, best first, score ≥ threshold
    tone: Tone | None  # toward Vietnam, or the scoped province
    near_duplicate_signature: tuple[int, ...]  # MinHash (64 × uint32 as int)
    near_duplicate_of: str | None
    story_cluster: str | None
    embedding: tuple[float, ...] = field(repr=False, default=())
    claim_matches: tuple[ClaimMatch, ...] = ()
    model_versions: dict[str, str] = field(default_factory=dict)
