"""Feed schedule and health, shared by every process through Redis.

`newsmon:schedule` is a sorted set of feed ids by next due time; `newsmon:feed:<id>` holds a
feed's health. The scheduler loop hands due feeds to the fetch queue; the poll job reports back
with `record_poll`, which sets the next due time (the interval on success, exponential backoff
on failure).
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterable
from dataclasses import replace

from loguru import logger
from redis import Redis

from pipeline.config import Settings
from pipeline.records import Feed
from pipeline.schedule import Bounds, PollOutcome, next_interval
from workers.queues import KEY_PREFIX, batch_id, enqueue

SCHEDULE = KEY_PREFIX + "schedule"
FEEDS = KEY_PREFIX + "feeds"
POLL_JOB = "workers.fetch_jobs.poll_feeds"
POLL_BATCH = 8  # sources per poll job, fetched concurrently


def _health_key(feed_id: str) -> str:
    return f"{KEY_PREFIX}feed:{feed_id}"


def register_feeds(redis: Redis, feeds: Iterable[Feed], now: float) -> None:
    """Make the configured feeds the scheduled ones; new feeds are due at once."""
    feeds = list(feeds)
    wanted = {feed.id: feed for feed in feeds}
    stale = [fid.decode() for fid in redis.hkeys(FEEDS) if fid.decode() not in wanted]
    pipe = redis.pipeline()
    for feed_id in stale:
        pipe.hdel(FEEDS, feed_id).zrem(SCHEDULE, feed_id).delete(_health_key(feed_id))
    for feed in feeds:
        pipe.hset(FEEDS, feed.id, json.dumps(feed.to_json()))
        pipe.zadd(SCHEDULE, {feed.id: now}, nx=True)
    pipe.execute()


def enqueue_polls(redis: Redis, feeds: list[Feed]) -> int:
    """Enqueue polls in batches; a batch already queued or running is not enqueued again."""
    count = 0
    for start in range(0, len(feeds), POLL_BATCH):
        batch = feeds[start : start + POLL_BATCH]
        # result_ttl=0: the unique job id guards only while the poll is queued or running
        job_id = batch_id("poll", (feed.id for feed in batch))
        payload = [feed.to_json() for feed in batch]
        count += len(batch) * enqueue(redis, "fetch", POLL_JOB, payload, job_id=job_id, result_ttl=0, retry=None)
    return count


def enqueue_poll(redis: Redis, feed: Feed) -> bool:
    return enqueue_polls(redis, [feed]) == 1


def enqueue_due(redis: Redis, now: float, lease: float = 300.0) -> int:
    """Enqueue polls for every due feed; push their due times out by `lease` until they report."""
    due = redis.zrangebyscore(SCHEDULE, "-inf", now)
    if not due:
        return 0
    pipe = redis.pipeline()
    for raw_id in due:
        pipe.hget(FEEDS, raw_id)
    feeds = []
    for raw_id, data in zip(due, pipe.execute(), strict=True):
        if data is None:
            redis.zrem(SCHEDULE, raw_id)
        else:
            feeds.append(Feed.from_json(json.loads(data)))
    redis.zadd(SCHEDULE, {feed.id: now + lease for feed in feeds}, xx=True)
    return enqueue_polls(redis, feeds)


def feed_state(redis: Redis, feed: Feed) -> dict[str, str]:
    """What the last polls of `feed` left: validators, moved-to URL, interval, errors."""
    return feed_states(redis, [feed])[feed.id]


def feed_states(redis: Redis, feeds: list[Feed]) -> dict[str, dict[str, str]]:
    pipe = redis.pipeline(transaction=False)
    for feed in feeds:
        pipe.hgetall(_health_key(feed.id))
    return {
        feed.id: {k.decode(): v.decode() for k, v in raw.items()}
        for feed, raw in zip(feeds, pipe.execute(), strict=True)
    }


def record_poll(
    redis: Redis,
    feed: Feed,
    settings: Settings,
    state: dict[str, str],
    *,
    now: float,
    outcome: PollOutcome,
    fields: dict[str, object],
) -> float:
    """Store the outcome of one poll (given the state before it) and schedule the next;
    return seconds until it."""
    key = _health_key(feed.id)
    errors = int(state.get("errors", 0)) + 1 if not outcome.ok else 0
    current = float(state.get("interval") or feed.interval)
    bounds = Bounds(settings.min_interval, settings.max_interval)
    delay = next_interval(current, replace(outcome, errors=errors), bounds)
    interval = current if not outcome.ok else delay  # a failure backs off without forgetting the pace
    values: dict[str, object] = {
        "url": feed.url, "name": feed.name, "errors": errors, "interval": round(interval, 1),
        "last_poll": now, "next_poll": now + delay, **fields,
    }  # fmt: skip
    if outcome.ok:
        values["last_success"] = now
    pipe = redis.pipeline()
    pipe.hset(key, mapping={k: "" if v is None else str(v) for k, v in values.items()})
    pipe.zadd(SCHEDULE, {feed.id: now + delay}, xx=True)
    pipe.execute()
    return delay


def feed_health(redis: Redis) -> list[dict[str, str]]:
    """Every registered feed with its health fields, in configuration order of their ids."""
    rows = []
    for feed_id, data in sorted(redis.hgetall(FEEDS).items()):
        feed = Feed.from_json(json.loads(data))
        health = {k.decode(): v.decode() for k, v in redis.hgetall(_health_key(feed_id.decode())).items()}
        rows.append({"url": feed.url, "name": feed.name, **health})
    return rows


def run_scheduler(redis: Redis, stop: threading.Event, tick: float = 1.0) -> None:
    """Poll feeds as they fall due until `stop` is set."""
    while not stop.is_set():
        try:
            enqueued = enqueue_due(redis, time.time())
            if enqueued:
                logger.debug("scheduler: {} feeds due", enqueued)
        except Exception as exc:  # noqa: BLE001 (Redis restarting: keep the loop alive, say why)
            logger.warning("scheduler: {}: {}", type(exc).__name__, exc)
        stop.wait(tick)
