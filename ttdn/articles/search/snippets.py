"""Highlighted snippets computed on the original text (never the folded index text).

Each folded query token becomes a regular expression over the original characters: every letter
is a class of the characters that fold to it (`a` → [aAàÀáÁảẢãÃạẠăĂ…], `d` → [dDđĐ…]), so a query
`bien dong` marks "Biển Đông" as written without folding the article first. Every piece of article
text is HTML-escaped; only the <mark> tags this module writes are trusted.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Sequence
from functools import lru_cache

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from .base import Term
from .folding import CJK_RUN, fold_table

_SPACES = re.compile(r"\s+")


@lru_cache(maxsize=1)
def _variants() -> dict[str, str]:
    """Folded character → regex class of every character that folds to exactly it."""
    found: dict[str, set[str]] = defaultdict(set)
    for code, folded in fold_table().items():
        if len(folded) == 1:
            found[folded].add(chr(code))
    return {folded: "[" + re.escape(folded + "".join(sorted(chars))) + "]" for folded, chars in found.items()}


@lru_cache(maxsize=4096)
def _token_pattern(token: str) -> str:
    variants = _variants()
    return "".join(variants.get(ch, re.escape(ch)) for ch in token)


def _pattern(term: Term) -> str:
    parts = []
    for token in term.tokens:
        if CJK_RUN.fullmatch(token):
            parts.append(_token_pattern(token))
        else:
            # \b (word boundary) is much cheaper for the regex engine than look-arounds.
            parts.append(rf"\b{_token_pattern(token)}" + ("" if term.prefix else r"\b"))
    # Tokens of a phrase are separated by anything that is not a word (CJK bigrams overlap by one).
    joined = []
    for i, part in enumerate(parts):
        if i and CJK_RUN.fullmatch(term.tokens[i]) and CJK_RUN.fullmatch(term.tokens[i - 1]):
            first, rest = term.tokens[i][0], term.tokens[i][1:]
            joined.append(f"(?:(?<={_token_pattern(first)}){_token_pattern(rest)})")
        else:
            joined.append((r"(?:[\W_]+)" if i else "") + part)
    return "".join(joined)


@lru_cache(maxsize=512)
def _regex(terms: tuple[Term, ...]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{_pattern(t)})" for t in terms))


def match_spans(text: str, terms: Sequence[Term]) -> list[tuple[int, int]]:
    """Merged (start, end) spans of `text` that match any term."""
    if not text or not terms:
        return []
    spans: list[tuple[int, int]] = []
    for m in _regex(tuple(terms)).finditer(text):
        start, end = m.start(), m.end()
        if end == start:
            continue
        # Overlapping spans, or spans only a space apart, read better as one mark.
        if spans and (start <= spans[-1][1] or text[spans[-1][1] : start].isspace()):
            spans[-1] = (spans[-1][0], max(end, spans[-1][1]))
        else:
            spans.append((start, end))
    return spans


def prefer_phrase(text: str, terms: Sequence[Term]) -> list[Term]:
    """When every query word is a plain word and they occur together as typed, mark only that run.

    Folding makes short Vietnamese words ambiguous (`da` is đà, đã, da…); marking the words where
    they appear as the query's sequence avoids highlighting every đã and năng in the text.
    """
    if len(terms) < 2 or any(len(t.tokens) != 1 or t.prefix for t in terms):
        return list(terms)
    phrase = Term(tuple(t.tokens[0] for t in terms))
    return [phrase] if match_spans(text, [phrase]) else list(terms)


def _render(text: str, spans: Sequence[tuple[int, int]], start: int = 0, end: int | None = None) -> str:
    end = len(text) if end is None else end
    out: list[str] = []
    pos = start
    for s, e in spans:
        if e <= start or s >= end:
            continue
        s, e = max(s, start), min(e, end)
        out.append(escape(_squash(text[pos:s])))
        out.append(f"<mark>{escape(_squash(text[s:e]))}</mark>")
        pos = e
    out.append(escape(_squash(text[pos:end])))
    return "".join(out)


def _squash(piece: str) -> str:
    """Runs of whitespace (paragraph breaks included) as one space, only in what is shown."""
    return _SPACES.sub(" ", piece)


def highlight(text: str, terms: Sequence[Term]) -> SafeString:
    """The whole text, escaped, with matches wrapped in <mark>."""
    return mark_safe(_render(text, match_spans(text, prefer_phrase(text, terms))))  # noqa: S308 - pieces escaped above


def snippet(text: str, terms: Sequence[Term], width: int = 240) -> SafeString:
    """The `width`-character window with the most matches (or the opening), escaped and marked."""
    text = (text or "").strip()
    spans = match_spans(text, prefer_phrase(text, terms))
    if len(text) <= width:
        return mark_safe(_render(text, spans))  # noqa: S308
    start = 0
    if spans:
        starts = [s for s, _ in spans]
        best = max(range(len(spans)), key=lambda i: bisect_left(starts, starts[i] + width) - i)
        start = max(0, spans[best][0] - width // 4)
    end = min(len(text), start + width)
    # Do not cut words in half.
    if start > 0:
        space = min(
            (i for i in (text.find(" ", start, start + 30), text.find("\n", start, start + 30)) if i != -1), default=-1
        )
        if space != -1 and (not spans or space < spans[best][0]):
            start = space + 1
    space = text.rfind(" ", start, end) if end < len(text) else end
    if space > start + width // 2:
        end = space
    prefix = "… " if start > 0 else ""
    suffix = " …" if end < len(text) else ""
    return mark_safe(escape(prefix) + _render(text, spans, start, end) + escape(suffix))  # noqa: S308
