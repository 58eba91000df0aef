"""Static files for production: hashed names (cache forever) and gzip/brotli copies, served by WhiteNoise."""

from __future__ import annotations

from typing import Any

from django.contrib.staticfiles.storage import ManifestStaticFilesStorage
from whitenoise.storage import CompressedManifestStaticFilesStorage


def _without_source_maps(patterns: Any) -> tuple[Any, ...]:
    def keep(pattern: Any) -> bool:
        regex = pattern[0] if isinstance(pattern, tuple) else pattern
        return "sourceMappingURL" not in regex

    return tuple((ext, tuple(p for p in group if keep(p))) for ext, group in patterns)


class StaticStorage(CompressedManifestStaticFilesStorage):
    """The vendored minified files end with `sourceMappingURL` comments for maps we do not ship.

    Django's manifest storage would fail `collectstatic` on them; the comments are left as they are
    (a browser asking for a map gets a 404 only when its developer tools are open).
    """

    patterns = _without_source_maps(ManifestStaticFilesStorage.patterns)
