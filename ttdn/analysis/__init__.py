"""Offline multilingual analysis library for ttdn (pure Python, imports no Django).

Public interface::

    from ttdn.analysis import Document, analyse_batch, match_claims, ClaimReference
    results = analyse_batch([Document(id="1", title="…", text="…")])

See docs/ANALYSIS.md."""

from .claims import match_claims
from .clustering import StoryClusterer
from .embeddings import E5Embedder, EmbeddingCache, MemoryCache, NpzDirCache
from .pipeline import Pipeline, analyse_batch
from .provinces import load_units
from .types import (
    Analysis,
    ClaimMatch,
    ClaimReference,
    CountryMention,
    Document,
    Entity,
    Mention,
    ProvinceMention,
    SentenceTone,
    Tone,
    TopicScore,
)

__all__ = [
    "Analysis", "ClaimMatch", "ClaimReference", "CountryMention", "Document", "E5Embedder", "EmbeddingCache",
    "Entity", "MemoryCache", "Mention", "NpzDirCache", "Pipeline", "ProvinceMention", "SentenceTone",
    "StoryClusterer", "Tone", "TopicScore", "analyse_batch", "load_units", "match_claims",
]
