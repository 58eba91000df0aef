"""The demo corpus: hand-written story templates combined into several hundred articles.

Every sentence here is written by the ttdn project; see docs/DEMO.md.
"""

from __future__ import annotations

from .generator import DEFAULT_SEED, generate_corpus
from .outlets import OUTLETS
from .stories import NARRATIVES

__all__ = ["DEFAULT_SEED", "NARRATIVES", "OUTLETS", "generate_corpus"]
