"""Source parsing: the bytes newsmon fetched itself -> FeedItems.

RSS 0.9x/1.0/2.0, Atom, RDF and CDF go through feedparser, JSON Feed 1.0/1.1 through the JSON
reader below, sitemaps and Google News sitemaps through ultimate-sitemap-parser. Each parser
is given bytes, never a URL or a path, so none of them can fetch or read files on its own.
"""

from __future__ import annotations

import calendar
import json
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urljoin

import feedparser
from usp.objects.sitemap import IndexXMLSitemap, InvalidSitemap
from usp.tree import sitemap_from_str

from pipeline.records import FeedItem

_SITEMAP = re.compile(rb"<(?:\w+:)?(urlset|sitemapindex)\b")
_PERIODS = {"hourly": 3600, "daily": 86400, "weekly": 7 * 86400, "monthly": 30 * 86400, "yearly": 365 * 86400}
MAX_ITEMS = 2000  # a source listing more than this is cut; the newest come first in practice


@dataclass(frozen=True, slots=True)
class ParsedFeed:
    items: tuple[FeedItem, ...]
    title: str = ""
    error: str = ""  # what the parser complained about; items read before it are kept
    ttl: int | None = None  # seconds the feed says it stays fresh (<ttl>, sy:updatePeriod)
    sitemaps: tuple[str, ...] = ()  # child sitemaps of a sitemap index, to fetch next


def parse_feed(body: bytes, *, feed_url: str, content_type: str = "") -> ParsedFeed:
    """Every item readable from `body`, whichever kind of source it is."""
    head = body[:2048].lstrip()
    if head.startswith((b"{", b"\xef\xbb\xbf{")) or "json" in content_type.lower():
        return parse_json_feed(body, feed_url=feed_url)
    if _SITEMAP.search(body[:4096]):
        return parse_sitemap(body, feed_url=feed_url)
    return _parse_xml_feed(body, feed_url=feed_url, content_type=content_type)


def _parse_xml_feed(body: bytes, *, feed_url: str, content_type: str) -> ParsedFeed:
    headers = {"content-type": content_type} if content_type else {}
    parsed = feedparser.parse(body, response_headers=headers, sanitize_html=False, resolve_relative_uris=False)
    error = ""
    if parsed.get("bozo"):
        exc = parsed.get("bozo_exception")
        error = f"{type(exc).__name__}: {exc}" if exc else "malformed feed"
    items = [item for entry in parsed.entries[:MAX_ITEMS] if (item := _feedparser_item(entry, feed_url))]
    if not items and not parsed.get("version") and not error:
        error = "not a feed"
    return ParsedFeed(items=tuple(items), title=parsed.feed.get("title", ""), error=error, ttl=_feed_ttl(parsed.feed))


def _feedparser_item(entry: Any, feed_url: str) -> FeedItem | None:
    return make_item(
        feed_url,
        link=entry.get("link") or "",
        guid=entry.get("id") or "",
        title=entry.get("title") or "",
        summary=entry.get("summary") or "",
        published=_struct_time(entry.get("published_parsed") or entry.get("updated_parsed")),
    )


def make_item(feed_url: str, *, link: str, guid: str = "", title: str = "", summary: str = "",
              published: datetime | None = None) -> FeedItem | None:  # fmt: skip
    """A FeedItem with its link made absolute; None when the entry leads nowhere."""
    link, guid = str(link or "").strip(), str(guid or "").strip()
    if not link and guid.lower().startswith(("http://", "https://")):
        link = guid
    if not link:
        return None
    url = urljoin(feed_url, link)
    if not url.lower().startswith(("http://", "https://")):
        return None
    return FeedItem(feed_url=feed_url, url=url, guid=guid, title=str(title or "").strip(),
                    summary=str(summary or "")[:2000], published=published)  # fmt: skip


def parse_json_feed(body: bytes, *, feed_url: str) -> ParsedFeed:
    """JSON Feed 1.0 / 1.1 (https://jsonfeed.org/version/1.1)."""
    try:
        data = json.loads(body.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        return ParsedFeed(items=(), error=f"invalid JSON: {exc}")
    if not isinstance(data, dict) or not str(data.get("version", "")).startswith("https://jsonfeed.org/version/"):
        return ParsedFeed(items=(), error="not a JSON Feed (no jsonfeed.org version)")
    entries = data.get("items")
    if not isinstance(entries, list):
        return ParsedFeed(items=(), title=str(data.get("title", "")), error="JSON Feed without an items list")
    items = []
    for entry in entries[:MAX_ITEMS]:
        if not isinstance(entry, dict):
            continue
        item = make_item(
            feed_url,
            link=entry.get("url") or entry.get("external_url") or "",
            guid=str(entry.get("id", "")),
            title=entry.get("title") or "",
            summary=entry.get("summary") or entry.get("content_text") or "",
            published=_iso(entry.get("date_published") or entry.get("date_modified")),
        )
        if item:
            items.append(item)
    return ParsedFeed(items=tuple(items), title=str(data.get("title", "")))


def parse_sitemap(body: bytes, *, feed_url: str) -> ParsedFeed:
    """URLs of a sitemap (with Google News titles and dates), or the child sitemaps of an index."""
    try:
        sitemap = sitemap_from_str(body.decode("utf-8", "replace"))
    except Exception as exc:  # noqa: BLE001 (the parser raises what its XML reader raises)
        return ParsedFeed(items=(), error=f"unreadable sitemap: {type(exc).__name__}: {exc}")
    if isinstance(sitemap, IndexXMLSitemap):
        children = tuple(child.url for child in sitemap.sub_sitemaps if isinstance(child, InvalidSitemap))
        return ParsedFeed(items=(), sitemaps=children)
    items = []
    for page in list(sitemap.all_pages())[:MAX_ITEMS]:
        story = page.news_story
        item = make_item(
            feed_url,
            link=page.url,
            title=story.title if story else "",
            published=(story.publish_date if story else None) or page.last_modified,
        )
        if item:
            items.append(item)
    return ParsedFeed(items=tuple(items), error="" if items else "sitemap lists no pages")


def _feed_ttl(feed: Any) -> int | None:
    ttl = str(feed.get("ttl", "")).strip()
    if ttl.isdigit():
        return int(ttl) * 60
    period = _PERIODS.get(str(feed.get("sy_updateperiod", "")).strip().lower())
    if period:
        frequency = str(feed.get("sy_updatefrequency", "1")).strip()
        return period // max(1, int(frequency) if frequency.isdigit() else 1)
    return None


def _struct_time(parsed_time: Any) -> datetime | None:
    if not parsed_time:
        return None
    try:
        return datetime.fromtimestamp(calendar.timegm(parsed_time), tz=UTC)
    except (OverflowError, ValueError, TypeError):
        return None


def _iso(value: Any) -> datetime | None:
    try:
        parsed = datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)
