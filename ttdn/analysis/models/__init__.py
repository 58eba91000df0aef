"""Trained artifacts (npz/JSON only), rebuilt by ``ttdn train <model>``."""

from pathlib import Path

MODELS_DIR = Path(__file__).resolve().parent


def path(name: str) -> Path:
    return MODELS_DIR / name
