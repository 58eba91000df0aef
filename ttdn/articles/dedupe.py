"""Near-duplicate grouping: MinHash over word shingles, candidates from an in-process LSH index.

Syndicated copies (an agency story re-run by several outlets, lightly edited, with another headline)
are stored once each but linked to one representative — the earliest published copy — through
Article.duplicate_of, so counts can be made per story. Method, thresholds and limits: docs/DEDUPE.md.

Signatures are stored in Article.minhash as raw uint32 bytes (numpy `tobytes`, never pickle). The
LSH index lives in this process: built lazily from stored signatures on first use, extended with
rows stored since (by any process) before each lookup, and updated on insert.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np
from datasketch import MinHash, MinHashLSH
from django.db import transaction
from django.db.models import Q

from .models import Article
from .search.folding import CJK_RUN

NUM_PERM = 128
SHINGLE = 3  # words per shingle (CJK: characters per shingle)
# LSH candidate threshold (banding is tuned for it) and the estimated Jaccard similarity of
# shingle sets above which a candidate counts as a copy. Measured in docs/DEDUPE.md.
LSH_THRESHOLD = 0.3
MATCH_THRESHOLD = 0.5
# Texts shorter than this many shingles carry too little evidence; exact hashing covers them.
MIN_SHINGLES = 8
SEED = 1
# datasketch ≥ 2 makes the permutation scheme explicit; hash values carry no trace of it, so it is
# pinned here and stored signatures are read back with the same scheme and dtype.
SCHEME = "affine32"
DTYPE = np.uint32

_WORD = re.compile(r"[^\W_]+")


def words(text: str) -> list[str]:
    """Normalised words (NFC, case folded, punctuation dropped, diacritics KEPT: in Vietnamese they
    distinguish words, and copies of one article keep them). CJK runs become single characters."""
    text = unicodedata.normalize("NFC", text).casefold()
    out: list[str] = []
    for word in _WORD.findall(text):
        if CJK_RUN.search(word):
            for piece in re.split(f"({CJK_RUN.pattern})", word):
                if CJK_RUN.fullmatch(piece):
                    out.extend(piece)
                elif piece:
                    out.append(piece)
        else:
            out.append(word)
    return out


def shingles(text: str, size: int = SHINGLE) -> set[str]:
    tokens = words(text)
    if len(tokens) < size:
        return {" ".join(tokens)} if tokens else set()
    return {" ".join(tokens[i : i + size]) for i in range(len(tokens) - size + 1)}


def document_text(title: str, summary: str, text: str) -> str:
    # The body identifies a copy; headlines are often rewritten, so the title is only a fallback.
    body = text or summary
    return body if len(words(body)) >= MIN_SHINGLES + SHINGLE - 1 else f"{title}\n{body}"


def signature(text: str) -> MinHash | None:
    grams = shingles(text)
    if len(grams) < MIN_SHINGLES:
        return None
    minhash = MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME)
    minhash.update_batch([g.encode("utf-8") for g in grams])
    return minhash


def to_bytes(minhash: MinHash) -> bytes:
    return np.asarray(minhash.hashvalues, dtype=DTYPE).tobytes()


def from_bytes(data: bytes | memoryview) -> MinHash:
    raw = bytes(data)
    if len(raw) != NUM_PERM * np.dtype(DTYPE).itemsize:
        raise ValueError(f"stored signature has {len(raw)} bytes, expected {NUM_PERM} × {np.dtype(DTYPE).itemsize}")
    values = np.frombuffer(raw, dtype=DTYPE).copy()
    return MinHash(num_perm=NUM_PERM, seed=SEED, hashvalues=values, scheme=SCHEME)


def similarity(a: bytes | memoryview, b: bytes | memoryview) -> float:
    """Estimated Jaccard similarity of two stored signatures."""
    return float(from_bytes(a).jaccard(from_bytes(b)))


class _Index:
    """Process-local LSH over stored signatures; a watermark on Article.id tracks what it holds."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.reset()

    def reset(self) -> None:
        self.lsh = MinHashLSH(threshold=LSH_THRESHOLD, num_perm=NUM_PERM)
        self.keys: set[int] = set()
        self.watermark = 0
        self.watermark_signature = b""

    def _load(self, rows: Iterable[tuple[int, bytes]]) -> None:
        with self.lsh.insertion_session() as session:
            for pk, data in rows:
                if pk in self.keys or not data:
                    continue
                try:
                    session.insert(pk, from_bytes(data))
                except ValueError:
                    continue  # a signature from another configuration: ignore, never crash ingest
                self._advance(pk, bytes(data))

    def _advance(self, pk: int, data: bytes) -> None:
        self.keys.add(pk)
        if pk > self.watermark:
            self.watermark, self.watermark_signature = pk, data

    def refresh(self, exclude_pk: int | None = None) -> None:
        """Load rows stored since the last look (by this or another process).

        `exclude_pk` is the article being grouped: it is not yet known to be a representative, and
        `group_article` registers it on commit if it is one."""
        if self.watermark:
            # The newest row we hold must still be there, unchanged; otherwise rows were deleted or
            # a transaction (a test database) rolled back and ids may be reused: start again.
            current = Article.objects.filter(pk=self.watermark).values_list("minhash", flat=True).first()
            if current is None or bytes(current) != self.watermark_signature:
                self.reset()
        # Only group representatives are indexed: a copy adds nothing a new copy would not find through
        # its story, and indexing copies made every insert re-check the whole group (quadratic floods).
        candidates = Article.objects.filter(pk__gt=self.watermark, minhash__isnull=False, duplicate_of__isnull=True)
        if exclude_pk is not None:
            candidates = candidates.exclude(pk=exclude_pk)
        rows = candidates.order_by("pk").values_list("pk", "minhash")
        self._load((pk, bytes(data)) for pk, data in rows.iterator(chunk_size=2000) if data)

    def candidates(self, minhash: MinHash, exclude_pk: int | None = None) -> list[int]:
        with self.lock:
            self.refresh(exclude_pk)
            return sorted(self.lsh.query(minhash))

    def add(self, pk: int, minhash: MinHash) -> None:
        with self.lock:
            if pk not in self.keys:
                self.lsh.insert(pk, minhash)
                self._advance(pk, to_bytes(minhash))


INDEX = _Index()


def reset_index() -> None:
    with INDEX.lock:
        INDEX.reset()


@dataclass(frozen=True)
class DuplicateMatch:
    representative: Article
    similarity: float


def find_duplicate(minhash: MinHash, *, exclude_pk: int | None = None) -> DuplicateMatch | None:
    """The group representative of the most similar stored copy, if any clears MATCH_THRESHOLD."""
    pks = [pk for pk in INDEX.candidates(minhash, exclude_pk) if pk != exclude_pk]
    if not pks:
        return None
    best: tuple[float, Article] | None = None
    # Re-check against the stored signatures: LSH gives candidates, not verdicts.
    for row in Article.objects.filter(pk__in=pks, minhash__isnull=False).select_related("duplicate_of"):
        if not row.minhash:
            continue
        try:
            score = float(minhash.jaccard(from_bytes(row.minhash)))
        except ValueError:
            continue
        if score >= MATCH_THRESHOLD and (best is None or score > best[0]):
            best = (score, row)
    if best is None:
        return None
    score, row = best
    return DuplicateMatch(representative=row.duplicate_of or row, similarity=score)


@transaction.atomic
def assign_group(article: Article, match: DuplicateMatch) -> Article:
    """Link `article` into the group of `match`; the earliest published copy represents the group."""
    representative = match.representative
    if (article.published_at, article.pk) < (representative.published_at, representative.pk):
        # A backfilled older copy becomes the representative of the whole group.
        Article.objects.filter(Q(pk=representative.pk) | Q(duplicate_of=representative)).exclude(pk=article.pk).update(
            duplicate_of=article
        )
        Article.objects.filter(pk=article.pk).update(duplicate_of=None)
        article.duplicate_of = None
    else:
        Article.objects.filter(pk=article.pk).update(duplicate_of=representative)
        article.duplicate_of = representative
    meta = dict(article.metadata or {})
    meta["near_duplicate_similarity"] = round(match.similarity, 3)
    Article.objects.filter(pk=article.pk).update(metadata=meta)
    article.metadata = meta
    return article


def signature_bytes(title: str, summary: str, text: str) -> bytes | None:
    """The stored form of an article's signature (None when the text is too short)."""
    minhash = signature(document_text(title, summary, text))
    return to_bytes(minhash) if minhash is not None else None


def group_article(article: Article) -> Article:
    """Group a freshly stored article with its near-duplicates (called by ingest), computing and
    storing its signature first if the row has none."""
    stored = bytes(article.minhash) if article.minhash else b""
    minhash = from_bytes(stored) if stored else signature(document_text(article.title, article.summary, article.text))
    if minhash is None:
        return article
    if not stored:  # ingest computes it before the INSERT; regrouping computes it here
        data = to_bytes(minhash)
        Article.objects.filter(pk=article.pk).update(minhash=data)
        article.minhash = data
    match = find_duplicate(minhash, exclude_pk=article.pk)
    if match is not None:
        assign_group(article, match)
    # Register only representatives, only after the lookup, and only once the row is committed.
    if article.duplicate_of_id is None:
        pk = article.pk
        transaction.on_commit(lambda: INDEX.add(pk, minhash))
    return article


def copies(article: Article) -> list[Article]:
    """Every article of `article`'s group (the representative first, then by date)."""
    rep = article.duplicate_of_id or article.pk
    group = Article.objects.filter(Q(pk=rep) | Q(duplicate_of_id=rep)).select_related("outlet")
    return sorted(group, key=lambda a: (a.pk != rep, a.published_at, a.pk))


def regroup_all(batch: int = 1000) -> int:
    """Rebuild signatures and groups for every article, oldest first (after changing thresholds)."""
    reset_index()
    Article.objects.update(duplicate_of=None, minhash=None)
    count = 0
    for article in Article.objects.order_by("published_at", "pk").iterator(chunk_size=batch):
        with transaction.atomic():
            group_article(article)
        count += 1
    return count
