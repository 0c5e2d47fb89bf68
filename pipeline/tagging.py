"""Tag stage: labels an article carries into rules and listings.

Thin for now (language and site); places, people, organisations and topics come later and
add to the same `tags` tuple as `kind:value` strings.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from pipeline.records import Article


def tag(article: Article) -> Article:
    """Article with its tags set, sorted so equal articles get equal tags."""
    tags = set(article.tags)
    language = (article.language or "").split("-")[0].lower()
    tags.add(f"lang:{language or 'und'}")
    host = (urlsplit(article.canonical_url).hostname or "").removeprefix("www.")
    if host:
        tags.add(f"site:{host}")
    return article.replace(tags=tuple(sorted(tags)))
