"""Demo step: the analysed demo corpus is rolled up incrementally; a rebuild makes sure of it."""

from __future__ import annotations

from collections.abc import Callable

from .models import RollupLedger
from .services import rebuild


def load_demo(log: Callable[[str], None]) -> None:
    from ttdn.articles.models import ArticleAnalysis

    if RollupLedger.objects.count() != ArticleAnalysis.objects.count():
        result = rebuild()
        log(f"  rollups rebuilt: {result}")
