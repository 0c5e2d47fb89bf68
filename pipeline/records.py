"""The records that flow between stages.

Every record is frozen and crosses rq queues as plain JSON (`to_json` / `from_json`), so a job
queued by one version of newsmon can be read by the next one: unknown fields are ignored and
missing optional fields take their defaults.
"""

from __future__ import annotations

import base64
import dataclasses
import hashlib
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Self

from pipeline.urls import canonical_url


def stable_id(*parts: str) -> str:
    """A short deterministic id for a thing named by `parts` (used for job ids and store keys)."""
    return hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:20]


def _encode(value: Any) -> Any:
    if isinstance(value, bytes):
        return base64.b64encode(value).decode("ascii")
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, tuple):
        return [_encode(v) for v in value]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return value.to_json()  # type: ignore[attr-defined]
    return value


class JsonRecord:
    """Mixin: JSON round-trip for a frozen dataclass of plain fields, datetimes, tuples, records."""

    def to_json(self) -> dict[str, Any]:
        return {f.name: _encode(getattr(self, f.name)) for f in dataclasses.fields(self)}  # type: ignore[arg-type]

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Self:
        hints = _hints(cls)
        kwargs: dict[str, Any] = {}
        for f in dataclasses.fields(cls):  # type: ignore[arg-type]
            if f.name not in data:
                continue
            value, hint = data[f.name], hints[f.name]
            if value is not None and hint == "bytes":
                value = base64.b64decode(value)
            elif value is not None and "datetime" in hint:
                value = datetime.fromisoformat(value)
            elif value is not None and hint.startswith("tuple"):
                value = tuple(value)
            elif value is not None and hint in _RECORDS:
                value = _RECORDS[hint].from_json(value)
            kwargs[f.name] = value
        return cls(**kwargs)

    def replace(self, **changes: Any) -> Self:
        return dataclasses.replace(self, **changes)  # type: ignore[type-var]


_HINT_CACHE: dict[type, dict[str, str]] = {}


def _hints(cls: type) -> dict[str, str]:
    if cls not in _HINT_CACHE:
        _HINT_CACHE[cls] = {k: str(v) for k, v in cls.__annotations__.items()}
    return _HINT_CACHE[cls]


@dataclass(frozen=True, slots=True)
class Feed(JsonRecord):
    """A configured source of items."""

    url: str
    name: str = ""
    interval: int = 900  # seconds between polls to start from; polling adapts within bounds
    categories: tuple[str, ...] = ()  # folder paths such as "News/World", kept from OPML

    @property
    def id(self) -> str:
        return stable_id("feed", self.url)


@dataclass(frozen=True, slots=True)
class FeedItem(JsonRecord):
    """One entry read from a feed: a pointer to an article not fetched yet."""

    feed_url: str
    url: str
    guid: str = ""
    title: str = ""
    summary: str = ""
    published: datetime | None = None

    @property
    def id(self) -> str:
        """What makes this item new or not: its GUID when the feed gives one (a URL-shaped GUID
        in canonical form; any other within its feed, since "1" and "2" are not unique across
        feeds), else its link in canonical form."""
        guid = self.guid.strip()
        if guid.lower().startswith(("http://", "https://")):
            return stable_id("item", canonical_url(guid))
        if guid:
            return stable_id("item", self.feed_url, guid)
        return stable_id("item", canonical_url(self.url))


@dataclass(frozen=True, slots=True)
class FetchedPage(JsonRecord):
    """An article page as fetched: the body's bytes plus what the fetch learned.

    Between queues the body travels beside the record (see workers/jobs.py), not inside it.
    """

    item: FeedItem
    url: str  # final URL after redirects
    status: int
    content_type: str
    fetched_at: datetime
    body: bytes = b""


@dataclass(frozen=True, slots=True)
class Article(JsonRecord):
    """Clean article text and metadata; filled in further by dedupe and tag."""

    id: str
    url: str
    canonical_url: str
    feed_url: str
    title: str
    text: str
    fetched_at: datetime
    published: datetime | None = None
    author: str = ""
    site_name: str = ""
    language: str = ""
    item_id: str = ""  # the FeedItem this copy came from: tells a retry from a repeat
    duplicate_of: str | None = None  # id of the first copy, when this one is a repeat
    story_id: str | None = None
    tags: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Story(JsonRecord):
    """One event, however many articles and outlets carry it."""

    id: str
    title: str
    first_seen: datetime
    article_ids: tuple[str, ...] = field(default=())


@dataclass(frozen=True, slots=True)
class Alert(JsonRecord):
    """A rule matched a story: delivered once per (rule, story)."""

    id: str
    rule: str
    story_id: str
    article_id: str
    title: str
    url: str
    created_at: datetime
    notify: tuple[str, ...] = ()


_RECORDS: dict[str, type[JsonRecord]] = {"FeedItem": FeedItem, "Article": Article}


def article_id(canonical_url: str) -> str:
    """Articles are known by their canonical URL."""
    return stable_id("article", canonical_url)


def alert_id(rule: str, story_id: str) -> str:
    return stable_id("alert", rule, story_id)
