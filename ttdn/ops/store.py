"""Checks that the raw payload store and the RawDocument rows agree (`ttdn check-store`)."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path

from django.conf import settings

from ttdn.sources.models import RawDocument


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while chunk := handle.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def raw_root() -> Path:
    return Path(settings.DATA_DIR) / "raw"


def stored_files(root: Path) -> Iterator[Path]:
    """Content-addressed files (raw/ab/abcdef…); temporary files of imports in progress are skipped."""
    if not root.is_dir():
        return
    for sub in sorted(root.iterdir()):
        if sub.is_dir() and len(sub.name) == 2:
            for path in sorted(sub.iterdir()):
                if path.is_file() and not path.name.startswith("."):
                    yield path


def check_store() -> list[str]:
    """Every problem found, one line each: missing or tampered files, rows whose hash is wrong, orphans."""
    problems: list[str] = []
    referenced: set[Path] = set()
    rows = RawDocument.objects.only("pk", "stored_path", "content_hash", "size", "content").order_by("pk")
    for raw in rows.iterator(chunk_size=500):
        if raw.stored_path:
            path = Path(raw.stored_path)
            referenced.add(path.resolve())
            if not path.is_file():
                problems.append(f"raw #{raw.pk}: file missing: {path}")
                continue
            actual = sha256_file(path)
            if actual != raw.content_hash:
                problems.append(f"raw #{raw.pk}: file {path} has sha256 {actual}, row says {raw.content_hash}")
            elif path.name != raw.content_hash:
                problems.append(f"raw #{raw.pk}: file {path} is not named by its hash {raw.content_hash}")
            elif path.stat().st_size != raw.size:
                problems.append(f"raw #{raw.pk}: file {path} has {path.stat().st_size} bytes, row says {raw.size}")
        else:
            content = bytes(raw.content or b"")
            actual = hashlib.sha256(content).hexdigest()
            if actual != raw.content_hash:
                problems.append(f"raw #{raw.pk}: stored content has sha256 {actual}, row says {raw.content_hash}")
    for path in stored_files(raw_root()):
        if path.resolve() not in referenced:
            problems.append(f"orphan file without a RawDocument row: {path}")
    return problems
