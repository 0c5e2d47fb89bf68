"""Why a page that was read is still not an article: too short, an error page, a consent wall,
a paywall stub. Decided from the text that is left and from what the layers took away."""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.boilerplate import Dropped

_ERROR_TITLE = re.compile(
    r"\b(404|410|page not found|not found|error|oops|seite nicht gefunden|fehler|page introuvable|"
    r"page non trouvée|erreur|página no encontrada|pagina non trovata|página não encontrada|"
    r"pagina niet gevonden|niet gevonden)\b",
    re.IGNORECASE,
)
ERROR_PAGE_FACTOR = 3  # an error title with less than this many times min_chars of text
_WALL_KINDS = {"subscription": "paywall stub", "registration": "paywall stub", "consent": "consent wall"}


def not_article_reason(text: str, *, title: str, dropped: Sequence[Dropped], paywalled: bool, min_chars: int) -> str:
    """Empty when `text` is an article; else the reason, for the record."""
    if len(text) < ERROR_PAGE_FACTOR * min_chars and _ERROR_TITLE.search(title):
        return "error page"
    if len(text) >= min_chars:
        return ""
    if any(d.kind == "error" for d in dropped):
        return "error page"
    if paywalled:
        return "paywall stub"
    walls = [_WALL_KINDS[d.kind] for d in dropped if d.kind in _WALL_KINDS]
    if walls:
        return max(set(walls), key=walls.count)
    if not text:
        return "no article text found"
    return f"too short ({len(text)} characters)"
