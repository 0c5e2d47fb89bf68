"""rq jobs: one thin function per stage. Each loads its records, calls one pipeline function,
persists what the stage decided, and hands the result to the next queue.

Failures are mapped here and only here: a PermanentError is recorded and dropped, a
TransientError is retried with backoff, anything else fails the job into rq's retry and
failed-job registry (the dead letter).
"""

from __future__ import annotations

import functools
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta
from typing import Any, ParamSpec

from loguru import logger
from rq import Queue

from pipeline import http
from pipeline.dedupe import dedupe_key, open_story, split_repeats
from pipeline.errors import NewsmonError, PermanentError, TransientError
from pipeline.extract import ExtractSettings, NotArticle, extract_batch
from pipeline.feeds import parse_feed
from pipeline.records import Article, Feed, FeedItem, FetchedPage
from pipeline.rules import alerts_for
from pipeline.tagging import tag
from workers.queues import KEY_PREFIX, RETRY, batch_id, bump, chunks, enqueue, queue
from workers.runtime import Runtime, runtime
from workers.scheduler import record_poll
from workers.site_memory import RedisSiteMemory

P = ParamSpec("P")
FETCH = "workers.jobs.fetch_pages"
EXTRACT = "workers.jobs.extract_pages"
DEDUPE = "workers.jobs.dedupe_articles"
TAG = "workers.jobs.tag_articles"
ALERT = "workers.jobs.alert_articles"
ITEM_RETENTION = 180 * 86400  # seconds an item id is remembered as already enqueued
BODY_RETENTION = 2 * 86400  # seconds a fetched body waits for extraction (covers retries)


def timed(func: Callable[P, None]) -> Callable[P, None]:
    """Count each job's wall time per stage in the service counters (`ms_<job>`)."""

    @functools.wraps(func)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> None:
        start = time.perf_counter()
        try:
            func(*args, **kwargs)
        finally:
            bump(runtime().redis, **{f"ms_{func.__name__}": round((time.perf_counter() - start) * 1000)})

    return wrapper


@timed
def poll_feed(feed_data: dict[str, Any]) -> None:
    """Fetch one feed, enqueue its new items, record the feed's health."""
    rt, feed = runtime(), Feed.from_json(feed_data)
    now = time.time()
    try:
        response = http.get(rt.http, feed.url, max_bytes=rt.config.settings.max_body_bytes)
        parsed = parse_feed(response.body, feed_url=feed.url, content_type=response.content_type)
        if parsed.error and not parsed.items:
            raise PermanentError(f"unreadable feed: {parsed.error}")
    except NewsmonError as exc:
        delay = record_poll(rt.redis, feed, rt.config.settings, now=now, error=str(exc))
        logger.warning("feed {}: {}; next try in {:.0f}s", feed.url, exc, delay)
        bump(rt.redis, feeds_failed=1)
        return
    new_items = _claim_new(rt, parsed.items)
    record_poll(rt.redis, feed, rt.config.settings, now=now, status=response.status)
    if parsed.error:
        logger.info("feed {}: read {} items despite: {}", feed.url, len(parsed.items), parsed.error)
    logger.info("feed {}: {} items, {} new", feed.url, len(parsed.items), len(new_items))
    bump(rt.redis, feeds_polled=1, items_seen=len(parsed.items), items_new=len(new_items))


def _claim_new(rt: Runtime, items: tuple[FeedItem, ...]) -> list[FeedItem]:
    """Items never enqueued before, claimed and enqueued in one Redis transaction."""
    unique = list({item.id: item for item in items}.values())
    keys = [f"{KEY_PREFIX}item:{item.id}" for item in unique]
    exists = rt.redis.pipeline(transaction=False)
    for key in keys:
        exists.exists(key)
    new = [(item, key) for item, key, seen in zip(unique, keys, exists.execute(), strict=True) if not seen]
    if not new:
        return []
    jobs = [
        Queue.prepare_data(
            FETCH, ([i.to_json() for i in batch],), job_id=batch_id("fetch", (i.id for i in batch)), retry=RETRY
        )
        for batch in chunks([item for item, _ in new], rt.config.settings.batch_size)
    ]
    with rt.redis.pipeline(transaction=True) as pipe:
        for _, key in new:
            pipe.set(key, 1, ex=ITEM_RETENTION)
        queue(rt.redis, "fetch").enqueue_many(jobs, pipeline=pipe)
        pipe.execute()
    return [item for item, _ in new]


@timed
def fetch_pages(items_data: list[dict[str, Any]], attempt: int = 1) -> None:
    """Fetch the article pages of a batch of items; retry the ones that failed transiently."""
    rt = runtime()
    items = [FeedItem.from_json(data) for data in items_data]
    with ThreadPoolExecutor(max_workers=min(8, len(items))) as pool:
        outcomes = list(pool.map(lambda item: _fetch_one(rt, item), items))
    pages = [o for o in outcomes if isinstance(o, FetchedPage)]
    retry = [item for item, o in zip(items, outcomes, strict=True) if isinstance(o, TransientError)]
    if pages:
        _store_bodies(rt, pages)
        payload = [page.replace(body=b"").to_json() for page in pages]
        _hand_on(rt, "extract", EXTRACT, payload, [p.item.id for p in pages])
    failed = sum(isinstance(o, PermanentError) for o in outcomes)
    if retry and attempt < rt.config.settings.fetch_attempts:
        delay = timedelta(seconds=10 * 3 ** (attempt - 1))
        job_id = batch_id(f"fetch{attempt + 1}", (item.id for item in retry))
        queue(rt.redis, "fetch").enqueue_in(delay, FETCH, [i.to_json() for i in retry], attempt + 1, job_id=job_id)
    elif retry:
        failed += len(retry)
        logger.warning("gave up on {} pages after {} attempts", len(retry), attempt)
    bump(rt.redis, pages_fetched=len(pages), pages_failed=failed)


def _fetch_one(rt: Runtime, item: FeedItem) -> FetchedPage | NewsmonError:
    try:
        response = http.get(rt.http, item.url, max_bytes=rt.config.settings.max_body_bytes)
    except NewsmonError as exc:
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


def _body_key(item_id: str) -> str:
    return f"{KEY_PREFIX}body:{item_id}"


def _store_bodies(rt: Runtime, pages: list[FetchedPage]) -> None:
    # Page bodies (30-80 KB) travel beside the job, not in it: rq compresses and rewrites a
    # job's payload each time it saves the job, which for bodies cost more than extraction.
    pipe = rt.redis.pipeline(transaction=False)
    for page in pages:
        pipe.set(_body_key(page.item.id), page.body, ex=BODY_RETENTION)
    pipe.execute()


@timed
def extract_pages(pages_data: list[dict[str, Any]]) -> None:
    """Extract each page; store the articles; hand them to dedupe."""
    rt = runtime()
    pages = [FetchedPage.from_json(data) for data in pages_data]
    keys = [_body_key(page.item.id) for page in pages]
    held = []
    for page, body in zip(pages, rt.redis.mget(keys), strict=True):
        if body is None:  # a re-run after the bodies were released: the first run handed on
            logger.warning("page {}: body no longer held; skipped", page.url)
            continue
        held.append(page.replace(body=body))
    settings = ExtractSettings(min_chars=rt.config.settings.min_article_chars, rules=rt.config.boilerplate)
    memory = RedisSiteMemory(rt.redis, rt.config.boilerplate.site)
    articles: list[Article] = []
    for outcome in extract_batch(held, settings=settings, memory=memory):
        if isinstance(outcome, NotArticle):
            logger.bind(url=outcome.url).info("not an article: {}: {}", outcome.url, outcome.reason)
        else:
            articles.append(outcome)
    rt.store.save_articles(articles)
    bump(rt.redis, articles_extracted=len(articles), not_articles=len(pages) - len(articles))
    _hand_on_articles(rt, "dedupe", DEDUPE, articles)
    rt.redis.delete(*keys)


@timed
def dedupe_articles(articles_data: list[dict[str, Any]]) -> None:
    """Claim each article's canonical URL; pass first copies on, count repeats."""
    rt = runtime()
    articles = [Article.from_json(data) for data in articles_data]
    ttl = rt.config.settings.dedupe_retention_days * 86400
    keys = [f"{KEY_PREFIX}seen:{dedupe_key(a)}" for a in articles]
    pipe = rt.redis.pipeline(transaction=True)
    for key, article in zip(keys, articles, strict=True):
        pipe.set(key, article.item_id, nx=True, ex=ttl)
    for key in keys:
        pipe.get(key)
    claims = pipe.execute()[len(keys) :]
    claimed_by = {dedupe_key(a): c.decode() for a, c in zip(articles, claims, strict=True) if c}
    firsts, repeats = split_repeats(articles, claimed_by)
    opened = [open_story(article) for article in firsts]
    rt.store.record_dedupe([a for a, _ in opened], [s for _, s in opened])
    bump(rt.redis, articles=len(firsts), duplicates=len(repeats))
    _hand_on_articles(rt, "tag", TAG, [a for a, _ in opened])


@timed
def tag_articles(articles_data: list[dict[str, Any]]) -> None:
    rt = runtime()
    tagged = [tag(Article.from_json(data)) for data in articles_data]
    rt.store.record_tags(tagged)
    _hand_on_articles(rt, "alert", ALERT, tagged)


@timed
def alert_articles(articles_data: list[dict[str, Any]]) -> None:
    """Match rules; store each (rule, story) alert once; deliver the undelivered ones."""
    rt = runtime()
    now = datetime.now(UTC)
    alerts = [
        alert for data in articles_data for alert in alerts_for(Article.from_json(data), rt.config.rules, now=now)
    ]
    if not alerts:
        return
    rt.store.add_alerts(alerts)
    pending = rt.store.undelivered([alert.id for alert in alerts])
    for alert in pending:
        logger.bind(alert=alert.id).success("ALERT [{}] {} <{}>", alert.rule, alert.title, alert.url)
    rt.store.mark_delivered([alert.id for alert in pending], datetime.now(UTC))
    bump(rt.redis, alerts=len(pending))


def _hand_on_articles(rt: Runtime, stage: str, func: str, articles: list[Article]) -> None:
    if articles:
        _hand_on(rt, stage, func, [a.to_json() for a in articles], [a.id for a in articles])


def _hand_on(rt: Runtime, stage: str, func: str, payload: list[dict[str, Any]], ids: list[str], **options: Any) -> None:
    enqueue(rt.redis, stage, func, payload, job_id=batch_id(stage, ids), **options)
