"""All story templates of the demo corpus, in a fixed order (the order is part of determinism)."""

from __future__ import annotations

from ..base import Story
from . import diplomacy, economy, events, features, narratives, people, sea, society

NARRATIVES = narratives.NARRATIVES


def all_stories() -> list[Story]:
    stories: list[Story] = []
    for module in (diplomacy, economy, society, sea, people, features, events, narratives):
        stories.extend(module.STORIES)
    ids = [s.id for s in stories]
    if len(ids) != len(set(ids)):
        raise ValueError("duplicate story id")
    return stories
