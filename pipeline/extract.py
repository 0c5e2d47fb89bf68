"""Extract stage: a fetched page -> clean Article, or the reason it is not one.

In two steps, so that site memory can be asked once for a whole batch of pages:
`read_page` parses the page, prunes boilerplate markup, runs trafilatura and judges each
paragraph on its own (pure, per page); `finish` adds what the site's other pages say and
builds the Article. `extract` does both for one page; `extract_batch` for a batch, with one
question to the memory.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from urllib.parse import urlsplit

import trafilatura
from lxml.etree import XPath
from lxml.html import HtmlElement
from trafilatura.settings import Document
from trafilatura.utils import load_html

from pipeline.asides import drop_boxed_lines
from pipeline.boilerplate import Boilerplate, Dropped, prune_markup
from pipeline.decode import binary_kind, decode_markup, slim
from pipeline.locate import PageText
from pipeline.metadata import PageMetadata, page_metadata
from pipeline.page_order import keep_what_follows_the_headline
from pipeline.paragraphs import Paragraph, split_paragraphs
from pipeline.records import Article, FetchedPage, article_id
from pipeline.recovery import restore_headings, restore_split_body
from pipeline.site_memory import PageParagraphs, SiteCounts, SiteMemory, site_keys
from pipeline.text_rules import article_text, judge_site, judge_text
from pipeline.urls import canonical_url
from pipeline.verdict import not_article_reason
from pipeline.widgets import drop_link_list_titles, drop_widget_boxes

HTML_TYPES = ("text/html", "application/xhtml+xml", "")
_LANG = re.compile(
    r"""<html\b[^>]*?\blang\s*=\s*["']?([a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{2,8})?)"""
    r"""|<meta\s+http-equiv\s*=\s*["']?content-language["']?\s+content\s*=\s*["']?([a-zA-Z]{2,3})""",
    re.IGNORECASE,
)
_COUNT_ELEMENTS = XPath("count(//*)")
_NOT_FREE = re.compile(r""""isAccessibleForFree"\s*:\s*"?false""", re.IGNORECASE)


@functools.cache
def default_rules() -> Boilerplate:
    """The shipped `config/boilerplate.toml`, for callers without a configuration."""
    from pipeline.config import DEFAULT_CONFIG_DIR, load_boilerplate

    return load_boilerplate(DEFAULT_CONFIG_DIR / "boilerplate.toml")


@dataclass(frozen=True, slots=True)
class ExtractSettings:
    min_chars: int = 200  # shorter texts are not articles
    fallback_chars: int = 500  # trafilatura's fallback extractors run when it finds less than this
    # Bounds on one page's cost (at most about 7 s here): larger pages are read without
    # scripts, styles and inline data, and refused if still too large or too many elements.
    max_page_bytes: int = 2_000_000
    max_elements: int = 40_000
    rules: Boilerplate = field(default_factory=default_rules)


@dataclass(frozen=True, slots=True)
class NotArticle:
    """A page that yields no article, and why (recorded, never retried)."""

    url: str
    reason: str


@dataclass(frozen=True, slots=True)
class Draft:
    """A page read and judged on its own; what its site's other pages say is still to come."""

    page: FetchedPage
    meta: PageMetadata
    canonical: str
    paragraphs: tuple[Paragraph, ...]
    pruned: tuple[Dropped, ...]  # elements the markup layer removed
    paywalled: bool  # the page declares its content not free to read

    @property
    def site(self) -> str:
        return _host(self.page.url)

    @property
    def observed(self) -> PageParagraphs:
        keys = site_keys([p.key for p in self.paragraphs])
        return PageParagraphs(self.site, self.canonical, keys, self.page.fetched_at.timestamp())


def extract(page: FetchedPage, *, settings: ExtractSettings | None = None) -> Article | NotArticle:
    """Clean article text and metadata from one page, judged on its own (no site memory)."""
    settings = settings or ExtractSettings()
    draft = read_page(page, settings)
    return draft if isinstance(draft, NotArticle) else finish(draft, SiteCounts(), settings)


def extract_batch(
    pages: Sequence[FetchedPage], *, settings: ExtractSettings, memory: SiteMemory
) -> list[Article | NotArticle]:
    """Extract a batch of pages, asking the site memory once for all of them."""
    drafts = [read_page(page, settings) for page in pages]
    read = [d for d in drafts if isinstance(d, Draft)]
    seen = iter(memory.observe([d.observed for d in read]) if read else [])
    return [d if isinstance(d, NotArticle) else finish(d, next(seen), settings) for d in drafts]


def read_page(page: FetchedPage, settings: ExtractSettings) -> Draft | NotArticle:
    """Parse the page, prune boilerplate markup, extract with trafilatura, judge each paragraph."""
    media_type = page.content_type.split(";")[0].strip().lower()
    if media_type not in HTML_TYPES:
        return NotArticle(page.url, f"not HTML ({media_type})")
    if not page.body.strip():
        return NotArticle(page.url, "empty page")
    if kind := binary_kind(page.body):
        return NotArticle(page.url, f"not HTML ({kind})")
    body = slim(page.body, settings.max_page_bytes)
    if body is None:
        return NotArticle(page.url, f"too large ({len(page.body)} bytes)")
    markup = decode_markup(body, page.content_type)
    try:
        return _read_markup(page, markup, settings)
    except Exception as exc:  # noqa: BLE001 (see below)
        # A page that breaks the parser or trafilatura (recursion on absurd nesting, their own
        # bugs) will break them again on a retry: it is recorded as not an article, not retried.
        return NotArticle(page.url, f"extraction failed ({type(exc).__name__}: {str(exc)[:120]})")


def _read_markup(page: FetchedPage, markup: str, settings: ExtractSettings) -> Draft | NotArticle:
    tree = load_html(markup)
    if not isinstance(tree, HtmlElement):
        return NotArticle(page.url, "unparseable HTML")
    elements = int(_COUNT_ELEMENTS(tree))
    if elements > settings.max_elements:
        return NotArticle(page.url, f"too large ({elements} elements)")
    rules = settings.rules
    pruned = prune_markup(tree, rules)
    # metadata after pruning: a byline is never in a share bar or an ad, and a smaller page
    # makes the search for a visible byline and date (the slow part of metadata) cheaper
    meta = page_metadata(tree, page.url)
    document = _trafilatura(tree, page.url, recall=True, fast=True)
    if _text_chars(document) < settings.fallback_chars:
        # little text: ask again with trafilatura's fallback extractors, then in its default mode
        # (recall mode misses some article bodies default mode finds), and keep the longest reading
        for recall in (True, False):
            document = max(document, _trafilatura(tree, page.url, recall=recall, fast=False), key=_text_chars)
            if _text_chars(document) >= settings.fallback_chars:
                break
    page_text = PageText(tree)  # the page's text, joined once when first searched
    found = []
    if document is not None and document.body is not None:
        found = split_paragraphs(document.body, max_counted_chars=rules.site.max_chars)
        found = restore_headings(tree, found, max_counted_chars=rules.site.max_chars)
        found = restore_split_body(page_text, found, rules.article)
    judged = judge_text(found, title=meta.title, description=meta.description, rules=rules)
    judged = drop_widget_boxes(page_text, keep_what_follows_the_headline(page_text, judged))
    judged = drop_link_list_titles(page_text, judged)
    judged = drop_boxed_lines(page_text, judged)
    return Draft(
        page=page,
        meta=meta,
        canonical=canonical_url(_page_canonical(meta.url, page.url)),
        paragraphs=tuple(judged),
        pruned=tuple(pruned),
        paywalled=_NOT_FREE.search(markup) is not None,
    )


def _trafilatura(tree: HtmlElement, url: str, *, recall: bool, fast: bool) -> Document | None:
    # Recall mode: trafilatura keeps more (lists, short paragraphs, pages without an article
    # container), and the layers here take away what should not have been kept. Fast mode skips
    # its second opinion (readability and jusText run on the whole page, a third of its time):
    # that is asked for only when the first reading found little text.
    document = trafilatura.bare_extraction(
        tree, url=url, include_comments=False, include_tables=True, include_links=True, favor_recall=recall, fast=fast
    )
    return document if isinstance(document, Document) else None


def _text_chars(document: Document | None) -> int:
    return len(document.text or "") if document is not None else 0


def finish(draft: Draft, counts: SiteCounts, settings: ExtractSettings) -> Article | NotArticle:
    """The Article, once the site memory has had its say."""
    paragraphs = judge_site(list(draft.paragraphs), counts, settings.rules.site, site=draft.site)
    text = article_text(paragraphs).strip()
    dropped = [*draft.pruned, *(p.dropped for p in paragraphs if p.dropped is not None)]
    reason = not_article_reason(
        text, title=draft.meta.title, dropped=dropped, paywalled=draft.paywalled, min_chars=settings.min_chars
    )
    if reason:
        return NotArticle(draft.page.url, reason)
    page, meta = draft.page, draft.meta
    return Article(
        id=article_id(draft.canonical),
        url=page.item.url,
        canonical_url=draft.canonical,
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


def dropped_text(draft: Draft, counts: SiteCounts, settings: ExtractSettings) -> list[Dropped]:
    """Everything left out of the page's text, in page order, with the reason (for --verbose)."""
    paragraphs = judge_site(list(draft.paragraphs), counts, settings.rules.site, site=draft.site)
    return [*draft.pruned, *(p.dropped for p in paragraphs if p.dropped is not None)]


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
