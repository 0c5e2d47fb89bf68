"""Extract stage: a fetched page -> clean Article, or the reason it is not one."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime
from urllib.parse import urlsplit

import trafilatura
from trafilatura.utils import decode_file
from trafilatura.settings import Document

from pipeline.records import Article, FetchedPage, article_id
from pipeline.urls import canonical_url

HTML_TYPES = ("text/html", "application/xhtml+xml", "")
_LANG = re.compile(
    r"""<html\b[^>]*?\blang\s*=\s*["']?([a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{2,8})?)"""
    r"""|<meta\s+http-equiv\s*=\s*["']?content-language["']?\s+content\s*=\s*["']?([a-zA-Z]{2,3})""",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class NotArticle:
    """A page that yields no article, and why (recorded, never retried)."""

    url: str
    reason: str


def extract(page: FetchedPage, *, min_chars: int = 200) -> Article | NotArticle:
    """Clean article text and metadata from one fetched page."""
    media_type = page.content_type.split(";")[0].strip().lower()
    if media_type not in HTML_TYPES:
        return NotArticle(page.url, f"not HTML ({media_type})")
    if not page.html.strip():
        return NotArticle(page.url, "empty page")
    document = trafilatura.bare_extraction(
        page.html, url=page.url, with_metadata=True, include_comments=False, include_tables=True
    )
    if not isinstance(document, Document) or not document.text:
        return NotArticle(page.url, "no article text found")
    text = document.text.strip()
    if len(text) < min_chars:
        return NotArticle(page.url, f"too short ({len(text)} characters)")
    canonical = canonical_url(_page_canonical(document, page))
    return Article(
        id=article_id(canonical),
        url=page.item.url,
        canonical_url=canonical,
        feed_url=page.item.feed_url,
        title=(document.title or page.item.title or "").strip(),
        text=text,
        fetched_at=page.fetched_at,
        published=_published(document.date) or page.item.published,
        author=(document.author or "").strip(),
        site_name=(document.sitename or "").strip(),
        language=(document.language or _declared_language(page.html)).strip(),
        item_id=page.item.id,
    )


def decode_html(body: bytes, content_type: str = "") -> str:
    """Page bytes as text: the declared charset when it decodes cleanly, else detection."""
    declared = content_type.lower().partition("charset=")[2].split(";")[0].strip(" \"'")
    if declared:
        try:
            return body.decode(declared)
        except (LookupError, UnicodeDecodeError):
            pass  # lying or unknown charset: fall back to detection
    return decode_file(body)


def _declared_language(html: str) -> str:
    """The page's own <html lang> or content-language, as a hint for the tag stage."""
    match = _LANG.search(html, 0, 20_000)
    return (match.group(1) or match.group(2) or "").lower() if match else ""


def _page_canonical(document: Document, page: FetchedPage) -> str:
    # trafilatura reports rel=canonical / og:url as document.url. A page may only name a
    # canonical on its own host, or one site could claim (and suppress) another's articles.
    declared = (document.url or "").strip()
    if declared.lower().startswith(("http://", "https://")) and _host(declared) == _host(page.url):
        return declared
    return page.url


def _host(url: str) -> str:
    host = (urlsplit(url).hostname or "").lower()
    return host.removeprefix("www.")


def _published(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(value).replace(tzinfo=UTC)
    except ValueError:
        return None
