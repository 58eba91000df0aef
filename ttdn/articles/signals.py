"""Signals other apps listen to, so that articles never imports what is built on top of it."""

from __future__ import annotations

from django.dispatch import Signal

# Sent inside the storing transaction after an article's analysis and facets were written or
# replaced; `article_ids` is a list. Rollups and saved-search hits update themselves from it.
analysis_stored = Signal()
