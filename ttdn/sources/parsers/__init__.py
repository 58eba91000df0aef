"""Format parsers: bytes (or a stream) in, `ArticleInput`s out. No database access here."""

from __future__ import annotations


class ParseError(Exception):
    """The payload (or one record of it) cannot be turned into articles; the message is the quarantine reason."""
