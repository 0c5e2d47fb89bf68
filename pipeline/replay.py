"""Replay's fetcher: archived responses -> the FetchedPages the live fetcher would have made.

Feed responses in the archive are parsed and their items matched (through any archived
redirects) to the article responses, so a page carries its feed item as it did live; an HTML
response no feed points to (Common Crawl's CC-NEWS holds no feeds) is an article on its own.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from urllib.parse import urljoin

from pipeline.feeds import parse_feed
from pipeline.records import FeedItem, FetchedPage
from pipeline.urls import canonical_url
from pipeline.warcread import ArchivedResponse

FEED_TYPES = ("xml", "rss", "atom", "rdf", "json")
HTML_TYPES = ("text/html", "application/xhtml+xml")


def is_feed(response: ArchivedResponse) -> bool:
    media = response.content_type.split(";")[0].strip().lower()
    return response.status == 200 and any(kind in media for kind in FEED_TYPES) and "html" not in media


def is_page(response: ArchivedResponse) -> bool:
    media = response.content_type.split(";")[0].strip().lower()
    if response.status != 200:
        return False
    if media in HTML_TYPES:
        return True
    return not media and response.body[:1024].lstrip()[:1] == b"<" and b"<html" in response.body[:4096].lower()


@dataclass
class ItemIndex:
    """Feed items by the canonical URL of the page they lead to (after archived redirects)."""

    redirects: dict[str, str] = field(default_factory=dict)
    items: dict[str, FeedItem] = field(default_factory=dict)  # by the item's own canonical URL
    _by_page: dict[str, FeedItem] | None = None

    def learn(self, response: ArchivedResponse) -> None:
        """Take what a response tells: a redirect, or a feed's items."""
        location = response.headers.get("location", "")
        if 300 <= response.status < 400 and location:
            self.redirects[canonical_url(response.url)] = canonical_url(urljoin(response.url, location))
        elif is_feed(response):
            parsed = parse_feed(response.body, feed_url=response.url, content_type=response.content_type)
            for item in parsed.items:
                self.items.setdefault(canonical_url(item.url), item)
        else:
            return
        self._by_page = None  # redirects may come after the feed that led to them

    def item_for(self, url: str) -> FeedItem:
        """The feed item that led to `url`, or one standing for a page no feed listed."""
        if self._by_page is None:
            self._by_page = {}
            for item_url, item in self.items.items():
                self._by_page.setdefault(self._final(item_url), item)
        return self._by_page.get(canonical_url(url)) or FeedItem(feed_url="", url=url)

    def _final(self, url: str) -> str:
        seen = {url}
        while url in self.redirects and self.redirects[url] not in seen:
            url = self.redirects[url]
            seen.add(url)
        return url


def page_of(response: ArchivedResponse, index: ItemIndex) -> FetchedPage:
    return FetchedPage(
        item=index.item_for(response.url),
        url=response.url,
        status=response.status,
        content_type=response.content_type,
        fetched_at=response.when,  # the archive's clock
        body=response.body,
    )


@dataclass
class Pacer:
    """Holds a replay to the archive's clock, `speed` times faster (None: no holding back)."""

    speed: float | None
    sleep: Callable[[float], None] = time.sleep
    clock: Callable[[], float] = time.monotonic
    _first: datetime | None = None
    _start: float = 0.0

    def wait_for(self, when: datetime) -> None:
        if not self.speed:
            return
        if self._first is None:
            self._first, self._start = when, self.clock()
        due = (when - self._first).total_seconds() / self.speed - (self.clock() - self._start)
        if due > 0:
            self.sleep(due)


@dataclass(frozen=True, slots=True)
class Window:
    since: datetime | None = None
    until: datetime | None = None

    def holds(self, when: datetime) -> bool:
        return (self.since is None or when >= self.since) and (self.until is None or when < self.until)
