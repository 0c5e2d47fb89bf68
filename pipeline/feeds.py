"""Feed parsing: the bytes newsmon fetched itself -> FeedItems.

feedparser is given bytes only, never a URL or path, so it cannot fetch or read files itself.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urljoin

import feedparser

from pipeline.records import FeedItem


@dataclass(frozen=True, slots=True)
class ParsedFeed:
    items: tuple[FeedItem, ...]
    title: str = ""
    error: str = ""  # what feedparser complained about; items read before it are kept


def parse_feed(body: bytes, *, feed_url: str, content_type: str = "") -> ParsedFeed:
    """Every item feedparser can read from `body`, with a recorded error for malformed feeds."""
    headers = {"content-type": content_type} if content_type else {}
    parsed = feedparser.parse(body, response_headers=headers, sanitize_html=False)
    error = ""
    if parsed.get("bozo"):
        exc = parsed.get("bozo_exception")
        error = f"{type(exc).__name__}: {exc}" if exc else "malformed feed"
    items = []
    for entry in parsed.entries:
        item = _item(entry, feed_url)
        if item is not None:
            items.append(item)
    if not items and not parsed.get("version") and not error:
        error = "not a feed"
    return ParsedFeed(items=tuple(items), title=parsed.feed.get("title", ""), error=error)


def _item(entry: Any, feed_url: str) -> FeedItem | None:
    link = entry.get("link") or ""
    guid = entry.get("id") or ""
    if not link and guid.lower().startswith(("http://", "https://")):
        link = guid
    if not link:
        return None
    return FeedItem(
        feed_url=feed_url,
        url=urljoin(feed_url, link.strip()),
        guid=guid.strip(),
        title=(entry.get("title") or "").strip(),
        summary=(entry.get("summary") or "")[:2000],
        published=_when(entry.get("published_parsed") or entry.get("updated_parsed")),
    )


def _when(parsed_time: Any) -> datetime | None:
    if not parsed_time:
        return None
    try:
        return datetime.fromtimestamp(calendar.timegm(parsed_time), tz=UTC)
    except (OverflowError, ValueError, TypeError):
        return None
