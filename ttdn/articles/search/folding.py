"""Text folding shared by indexing, querying and snippet highlighting (both backends).

fold("Biển Đông, Đà Nẵng") == "bien dong, da nang": case folded, combining marks removed and the
Vietnamese letter đ/Đ mapped to d (Unicode treats đ as a letter of its own, not d + a mark, so
neither FTS5's remove_diacritics nor PostgreSQL's unaccent alone is enough everywhere).

`index_text` turns folded text into plain space-separated tokens, and writes runs of Chinese
characters / Japanese kana as overlapping character bigrams: those scripts put no spaces between
words, so "越南外交部" is indexed as "越南 南外 外交 交部" and a query "外交" finds it. Korean
(Hangul) uses spaces and is left as words.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Any

# Japanese voicing marks are combining characters but change the word, so they are kept.
_KEEP_MARKS = {"\u3099", "\u309a"}
_EXTRA = str.maketrans({"đ": "d", "Đ": "d", "ð": "d", "ı": "i", "ł": "l", "Ł": "l", "ø": "o", "Ø": "o", "ß": "ss"})
_CJK_CHARS = (
    "\u3040-\u30ff"  # hiragana, katakana
    "\u3400-\u4dbf"  # CJK extension A
    "\u4e00-\u9fff"  # CJK unified ideographs
    "\uf900-\ufaff"  # compatibility ideographs
    "\u31f0-\u31ff"  # katakana phonetic extensions
)
CJK_RUN = re.compile(f"[{_CJK_CHARS}]+")
# A token: letters and digits; underscores and punctuation separate (as FTS5's unicode61 does).
TOKEN = re.compile(rf"[{_CJK_CHARS}]+|[^\W_]+")


@lru_cache(maxsize=8192)
def fold_char(ch: str) -> str:
    """The folded form of one character (may be empty, or longer than one character)."""
    if ch.isascii():
        return ch.lower()
    decomposed = unicodedata.normalize("NFKD", ch.translate(_EXTRA))
    kept = "".join(c for c in decomposed if c in _KEEP_MARKS or not unicodedata.combining(c))
    return unicodedata.normalize("NFC", kept).casefold().translate(_EXTRA)


@lru_cache(maxsize=1)
def fold_table() -> dict[int, str]:
    """fold_char for every Basic Multilingual Plane character that it changes (built once, ~0.2 s),
    so that folding a long text is one C-level str.translate instead of a Python call per character."""
    table = {}
    for code in range(0x10000):
        if 0xD800 <= code <= 0xDFFF:
            continue  # surrogates
        ch = chr(code)
        folded = fold_char(ch)
        if folded != ch:
            table[code] = folded
    return table


def _fold_chars(text: str) -> str:
    if text.isascii():
        return text.lower()
    if max(text) > "\uffff":  # astral characters (rare: emoji, CJK extension B): the slow path
        return "".join(map(fold_char, text))
    return text.translate(fold_table())


def fold(text: str) -> str:
    return _fold_chars(unicodedata.normalize("NFC", text))


def fold_with_offsets(text: str) -> tuple[str, list[int] | None]:
    """Folded text plus, for each folded character, the index of the original character.

    Offsets are None when every character folded to exactly one character (nearly always: NFC
    Vietnamese, Latin, Cyrillic, CJK), so positions are the same in both strings.
    """
    folded = _fold_chars(text)
    if len(folded) == len(text):
        return folded, None
    pieces = list(map(fold_char, text))
    offsets: list[int] = []
    for i, piece in enumerate(pieces):
        offsets.extend([i] * len(piece))
    return folded, offsets


def cjk_bigrams(run: str) -> list[str]:
    if len(run) < 2:
        return [run]
    return [run[i : i + 2] for i in range(len(run) - 1)]


def tokens(folded: str) -> list[str]:
    """Index tokens of already-folded text (CJK runs expanded to bigrams)."""
    out: list[str] = []
    for match in TOKEN.finditer(folded):
        word = match.group()
        if CJK_RUN.fullmatch(word):
            out.extend(cjk_bigrams(word))
        else:
            out.append(word)
    return out


def index_text(*parts: str) -> str:
    return " ".join(tokens(fold(" ".join(p for p in parts if p))))


def fill_search_fields(article: Any) -> None:
    """Set the shadow columns the full-text index reads (called from Article.save)."""
    article.search_title = index_text(article.title or "")
    article.search_body = index_text(article.summary or "", article.text or "")
