"""Small text helpers: accent folding for search, slugs that keep Vietnamese readable."""

from __future__ import annotations

import unicodedata

from django.utils.text import slugify


def fold(text: str) -> str:
    """Lower-case, accent-free text: "Hiến pháp Đảng" → "hien phap dang"."""
    text = unicodedata.normalize("NFD", text or "").replace("đ", "d").replace("Đ", "D")
    text = "".join(ch for ch in text if unicodedata.category(ch) != "Mn")
    return " ".join(text.casefold().split())


def vi_slug(text: str, max_length: int = 80) -> str:
    """A readable ASCII slug from Vietnamese (đ → d, accents dropped)."""
    slug = slugify(fold(text))[:max_length].strip("-")
    return slug or "muc"
