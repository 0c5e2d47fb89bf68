"""Fetch-side rq jobs: poll a source, fetch article pages. Both run on the `fetch` queue.

Every HTTP exchange goes to the WARC archive as it completes. Page fetches ask the host gate
for a slot first; items whose host is busy or resting are deferred to a later job instead of
holding a worker, and transient failures are retried with backoff.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta
from typing import Any

from loguru import logger
from redis import Redis
from rq import Queue

from pipeline import http
from pipeline.errors import NewsmonError, PermanentError, TransientError
from pipeline.feeds import ParsedFeed, parse_feed
from pipeline.records import Feed, FeedItem, FetchedPage
from pipeline.schedule import PollOutcome, freshness_hint
from workers.jobs import EXTRACT, body_key, hand_on, timed
from workers.queues import KEY_PREFIX, RETRY, batch_id, bump, chunks, queue
from workers.runtime import Runtime, runtime
from workers.scheduler import feed_states, record_poll

FETCH = "workers.fetch_jobs.fetch_pages"
ITEM_RETENTION = 180 * 86400  # seconds an item id is remembered as already enqueued
BODY_RETENTION = 2 * 86400  # seconds a fetched body waits for extraction (covers retries)
MAX_CHILD_SITEMAPS = 10


@timed
def poll_feeds(feeds_data: list[dict[str, Any]]) -> None:
    """Fetch a batch of sources (conditionally, concurrently), enqueue their new items, and
    record each one's health."""
    rt = runtime()
    feeds = [Feed.from_json(data) for data in feeds_data]
    states = feed_states(rt.redis, feeds)
    now = time.time()
    with ThreadPoolExecutor(max_workers=min(8, len(feeds))) as pool:
        outcomes = list(pool.map(lambda feed: _poll_one(rt, feed, states[feed.id]), feeds))
    for feed, outcome in zip(feeds, outcomes, strict=True):
        _record_outcome(rt, feed, states[feed.id], outcome, now)


def _poll_one(rt: Runtime, feed: Feed, state: dict[str, str]) -> tuple[http.Response, ParsedFeed] | NewsmonError:
    url = state.get("moved_to") or feed.url
    validators = {"If-None-Match": state.get("etag", ""), "If-Modified-Since": state.get("last_modified", "")}
    try:
        response = http.get(rt.http, url, rt.limits, {k: v for k, v in validators.items() if v}, rt.record)
        parsed = ParsedFeed(items=()) if response.status == 304 else _parse_with_children(rt, response, feed)
        if parsed.error and not parsed.items and response.status != 304:
            raise PermanentError(f"unreadable feed: {parsed.error}")
    except NewsmonError as exc:
        return exc
    return response, parsed


def _record_outcome(
    rt: Runtime, feed: Feed, state: dict[str, str], outcome: tuple[http.Response, ParsedFeed] | NewsmonError, now: float
) -> None:
    url = state.get("moved_to") or feed.url
    settings = rt.config.settings
    if isinstance(outcome, NewsmonError):
        failure = PollOutcome(ok=False, retry_after=getattr(outcome, "retry_after", None))
        delay = record_poll(
            rt.redis, feed, settings, state, now=now, outcome=failure, fields={"last_error": str(outcome)}
        )
        logger.warning("feed {}: {}; next try in {:.0f}s", url, outcome, delay)
        bump(rt.redis, feeds_failed=1)
        return
    response, parsed = outcome
    new_items = (
        claim_new(rt.redis, parsed.items, settings.batch_size, stored=rt.store.known_items) if parsed.items else []
    )
    fields = {
        "last_status": response.status,
        "last_error": "",
        "parse_error": parsed.error,
        "etag": response.headers.get("etag", state.get("etag", "")),
        "last_modified": response.headers.get("last-modified", state.get("last_modified", "")),
        "moved_to": response.permanent_redirect or state.get("moved_to", ""),
        "title": parsed.title or state.get("title", ""),
    }
    hint = freshness_hint(response.headers.get("cache-control", ""), parsed.ttl)
    success = PollOutcome(ok=True, changed=bool(new_items), hint=hint)
    record_poll(rt.redis, feed, settings, state, now=now, outcome=success, fields=fields)
    if response.permanent_redirect and response.permanent_redirect != state.get("moved_to"):
        logger.info("feed {} moved permanently to {}", feed.url, response.permanent_redirect)
    if parsed.error:
        logger.info("feed {}: read {} items despite: {}", url, len(parsed.items), parsed.error)
    logger.debug("feed {}: HTTP {}, {} items, {} new", url, response.status, len(parsed.items), len(new_items))
    bump(rt.redis, feeds_polled=1, feeds_unchanged=int(response.status == 304),
         items_seen=len(parsed.items), items_new=len(new_items))  # fmt: skip


def _parse_with_children(rt: Runtime, response: http.Response, feed: Feed) -> ParsedFeed:
    """Parse a source; for a sitemap index, read its first child sitemaps as well."""
    parsed = parse_feed(response.body, feed_url=feed.url, content_type=response.content_type)
    if not parsed.sitemaps:
        return parsed
    items: list[FeedItem] = []
    errors = []
    for child in parsed.sitemaps[:MAX_CHILD_SITEMAPS]:
        try:
            body = http.get(rt.http, child, rt.limits, record=rt.record)
        except NewsmonError as exc:
            errors.append(f"{child}: {exc}")
            continue
        items += parse_feed(body.body, feed_url=feed.url, content_type=body.content_type).items
    return ParsedFeed(items=tuple(items), title=parsed.title, error="; ".join(errors))


def claim_new(
    redis: Redis,
    items: tuple[FeedItem, ...] | list[FeedItem],
    batch_size: int,
    *,
    force: bool = False,
    stored: Callable[[list[str]], set[str]] | None = None,
) -> list[FeedItem]:
    """Items never enqueued before (all of them with `force`), claimed and enqueued in one
    Redis transaction, so an item is neither lost between the two nor enqueued twice.

    `stored` names the item ids the store already has articles from: a Redis that lost its
    memory (restarted without persistence) relearns them instead of enqueueing them again.
    """
    unique = list({item.id: item for item in items}.values())
    keys = [f"{KEY_PREFIX}item:{item.id}" for item in unique]
    exists = redis.pipeline(transaction=False)
    for key in keys:
        exists.exists(key)
    seen = [False] * len(keys) if force else exists.execute()
    new = [(item, key) for item, key, was_seen in zip(unique, keys, seen, strict=True) if not was_seen]
    if new and stored is not None and not force:
        known = stored([item.id for item, _ in new])
        if known:
            relearn = redis.pipeline(transaction=False)
            for item_id in known:
                relearn.set(f"{KEY_PREFIX}item:{item_id}", 1, ex=ITEM_RETENTION)
            relearn.execute()
            new = [(item, key) for item, key in new if item.id not in known]
    if not new:
        return []
    jobs = [
        Queue.prepare_data(
            FETCH, ([i.to_json() for i in batch],), job_id=batch_id("fetch", (i.id for i in batch)), retry=RETRY
        )
        for batch in chunks([item for item, _ in new], batch_size)
    ]
    with redis.pipeline(transaction=True) as pipe:
        for _, key in new:
            pipe.set(key, 1, ex=ITEM_RETENTION)
        queue(redis, "fetch").enqueue_many(jobs, pipeline=pipe)
        pipe.execute()
    return [item for item, _ in new]


@timed
def fetch_pages(items_data: list[dict[str, Any]], attempt: int = 1) -> None:
    """Fetch the article pages of a batch of items, as the hosts allow."""
    rt = runtime()
    items = [FeedItem.from_json(data) for data in items_data]
    granted, deferred, wait = [], [], 0.0
    for item, (token, pause) in zip(items, rt.gate.try_acquire([item.url for item in items]), strict=True):
        if token:
            granted.append((item, token))
        else:
            deferred.append(item)
            wait = max(wait, pause)
    try:
        with ThreadPoolExecutor(max_workers=max(1, min(8, len(granted)))) as pool:
            outcomes = list(pool.map(lambda pair: _fetch_one(rt, pair[0]), granted))
    finally:
        rt.gate.release([(item.url, token) for item, token in granted])
    pages = [o for o in outcomes if isinstance(o, FetchedPage)]
    if pages:
        _store_bodies(rt, pages)
        hand_on(rt, "extract", EXTRACT, [p.replace(body=b"").to_json() for p in pages], [p.item.id for p in pages])
    if deferred:  # the host is busy or resting: come back when it is free, same attempt
        _later(rt, deferred, attempt, wait + 0.05, "fetch-wait")
    transient = [(item, o) for (item, _), o in zip(granted, outcomes, strict=True) if isinstance(o, TransientError)]
    failed = sum(isinstance(o, PermanentError) for o in outcomes)
    if transient and attempt < rt.config.settings.fetch_attempts:
        backoff = max([10.0 * 3 ** (attempt - 1)] + [getattr(o, "retry_after", 0) or 0 for _, o in transient])
        _later(rt, [item for item, _ in transient], attempt + 1, backoff, f"fetch{attempt + 1}")
    elif transient:
        failed += len(transient)
        logger.warning("gave up on {} pages after {} attempts", len(transient), attempt)
    bump(rt.redis, pages_fetched=len(pages), pages_failed=failed, pages_deferred=len(deferred))


def _fetch_one(rt: Runtime, item: FeedItem) -> FetchedPage | NewsmonError:
    try:
        if rt.config.settings.robots_txt and not rt.robots.allow(item.url):
            raise PermanentError("disallowed by robots.txt")
        response = http.get(rt.http, item.url, rt.limits, record=rt.record)
    except NewsmonError as exc:
        if getattr(exc, "retry_after", None):
            rt.gate.hold_off(item.url, exc.retry_after)  # type: ignore[attr-defined]
        logger.bind(url=item.url).warning("page {}: {}", item.url, exc)
        return exc
    return FetchedPage(
        item=item,
        url=response.url,
        status=response.status,
        content_type=response.content_type,
        fetched_at=datetime.now(UTC),
        body=response.body,
    )


def _later(rt: Runtime, items: list[FeedItem], attempt: int, delay: float, kind: str) -> None:
    # a time-stamped id: a deferred batch may be deferred again while its job still runs
    job_id = f"{batch_id(kind, (i.id for i in items))}-{time.time_ns()}"
    payload = [i.to_json() for i in items]
    queue(rt.redis, "fetch").enqueue_in(timedelta(seconds=delay), FETCH, payload, attempt, job_id=job_id, retry=RETRY)


def _store_bodies(rt: Runtime, pages: list[FetchedPage]) -> None:
    # Page bodies (30-80 KB) travel beside the job, not in it: rq compresses and rewrites a
    # job's payload each time it saves the job, which for bodies cost more than extraction.
    pipe = rt.redis.pipeline(transaction=False)
    for page in pages:
        pipe.set(body_key(page.item.id), page.body, ex=BODY_RETENTION)
    pipe.execute()
