"""URL identity: which spellings of a URL name the same article."""

from __future__ import annotations

from urllib.parse import urldefrag

from courlan import normalize_url


def canonical_url(url: str) -> str:
    """Lower-case scheme and host, no default port, no tracking parameters, sorted query, no fragment."""
    try:
        normalized = normalize_url(url.strip())
    except (ValueError, AttributeError):
        normalized = url.strip()
    return urldefrag(normalized)[0]
