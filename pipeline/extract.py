"""Extract stage: a fetched page -> clean Article, or the reason it is not one."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime
from urllib.parse import urlsplit

import trafilatura
from lxml.html import HtmlElement
from trafilatura.settings import Document
from trafilatura.utils import load_html

from pipeline.metadata import page_metadata
from pipeline.records import Article, FetchedPage, article_id
from pipeline.urls import canonical_url

HTML_TYPES = ("text/html", "application/xhtml+xml", "")
_LANG = re.compile(
    r"""<html\b[^>]*?\blang\s*=\s*["']?([a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{2,8})?)"""
    r"""|<meta\s+http-equiv\s*=\s*["']?content-language["']?\s+content\s*=\s*["']?([a-zA-Z]{2,3})""",
    re.IGNORECASE,
)
_UTF8 = {"utf-8", "utf8", "us-ascii", "ascii"}


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
    if not page.body.strip():
        return NotArticle(page.url, "empty page")
    tree = load_html(page_markup(page.body, page.content_type))
    if not isinstance(tree, HtmlElement):
        return NotArticle(page.url, "unparseable HTML")
    meta = page_metadata(tree, page.url)
    document = trafilatura.bare_extraction(tree, url=page.url, include_comments=False, include_tables=True)
    if not isinstance(document, Document) or not document.text:
        return NotArticle(page.url, "no article text found")
    text = document.text.strip()
    if len(text) < min_chars:
        return NotArticle(page.url, f"too short ({len(text)} characters)")
    canonical = canonical_url(_page_canonical(meta.url, page.url))
    return Article(
        id=article_id(canonical),
        url=page.item.url,
        canonical_url=canonical,
        feed_url=page.item.feed_url,
        title=(meta.title or page.item.title).strip(),
        text=text,
        fetched_at=page.fetched_at,
        published=_published(meta.date) or page.item.published,
        author=meta.author.strip(),
        site_name=meta.site_name.strip(),
        language=_declared_language(page.body),
        item_id=page.item.id,
    )


def page_markup(body: bytes, content_type: str = "") -> bytes | str:
    """What to hand the HTML parser: text decoded by a declared non-UTF-8 charset when that
    decodes cleanly, else the bytes themselves (lxml sniffs <meta charset>, and parses bytes faster)."""
    declared = content_type.lower().partition("charset=")[2].split(";")[0].strip(" \"'")
    if declared and declared not in _UTF8:
        try:
            return body.decode(declared)
        except (LookupError, UnicodeDecodeError):
            pass  # lying or unknown charset: let the parser and trafilatura detect it
    return body


def _declared_language(body: bytes) -> str:
    """The page's own <html lang> or content-language, as a hint for the tag stage."""
    match = _LANG.search(body[:20_000].decode("ascii", "ignore"))
    return (match.group(1) or match.group(2) or "").lower() if match else ""


def _page_canonical(declared: str, page_url: str) -> str:
    # A page may only name a canonical URL on its own host, or one site could claim (and so
    # suppress) another's articles.
    declared = declared.strip()
    if declared.lower().startswith(("http://", "https://")) and _host(declared) == _host(page_url):
        return declared
    return page_url


def _host(url: str) -> str:
    return (urlsplit(url).hostname or "").lower().removeprefix("www.")


def _published(value: str) -> datetime | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(value).replace(tzinfo=UTC)
    except ValueError:
        return None
