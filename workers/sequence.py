"""Archive order for a replay's order-dependent stages.

Extraction runs on any number of workers in any order; which copy comes first, which story an
article opens and when an alert fires depend on order. So in a replay each page carries its
position (seq) in the archive; extract jobs leave their outcome under that seq, and one drain
job at a time (the `dedupe` stage, guarded by a lock) takes the contiguous run of outcomes
from the next expected seq on, dedupes them in that order and queues tag and alert jobs, each
alert job depending on the one before it. The live service does none of this: it hands
batches straight on.
"""

from __future__ import annotations

import json
import time
from typing import Any

from pipeline.records import Alert, Article
from workers.queues import JOB_TIMEOUT, KEY_PREFIX, RETRY, queue
from workers.runtime import Runtime, runtime

DRAIN = "workers.sequence.drain"
LOCK_TTL = JOB_TIMEOUT
CHUNK = 64  # seqs taken per step of a drain


def key(run: str, name: str) -> str:
    return f"{KEY_PREFIX}replay:{run}:{name}"


def submit(rt: Runtime, replay: dict[str, Any], outcomes: dict[int, Article | None]) -> None:
    """Leave extract outcomes under their seqs (None: not an article) and make sure a drain runs."""
    run = replay["run"]
    values = {str(seq): json.dumps(a.to_json()) if a else "" for seq, a in outcomes.items()}
    rt.redis.hset(key(run, "results"), mapping=values)
    _start_drain(rt, replay)


def _start_drain(rt: Runtime, replay: dict[str, Any]) -> None:
    # whoever takes the lock starts the drain; a running drain looks again after letting go
    if rt.redis.set(key(replay["run"], "lock"), 1, nx=True, ex=LOCK_TTL):
        job_id = f"drain-{replay['run']}-{time.time_ns()}"
        queue(rt.redis, "dedupe").enqueue(DRAIN, replay, job_id=job_id, retry=RETRY, result_ttl=600)


def drain(replay: dict[str, Any]) -> None:
    """Dedupe the outcomes that are next in archive order, for as long as there are some."""
    from workers.jobs import first_copies  # the jobs module imports this one

    rt, run = runtime(), replay["run"]
    while True:
        rt.redis.expire(key(run, "lock"), LOCK_TTL)
        start = int(rt.redis.get(key(run, "next")) or 0)
        fields = [str(seq) for seq in range(start, start + CHUNK)]
        values = rt.redis.hmget(key(run, "results"), fields)
        ready = []
        for value in values:
            if value is None:
                break
            ready.append(value)
        if not ready:
            rt.redis.delete(key(run, "lock"))
            # an outcome left after the last look could not start a drain: look once more
            if rt.redis.hexists(key(run, "results"), str(start)) and rt.redis.set(
                key(run, "lock"), 1, nx=True, ex=LOCK_TTL
            ):
                continue
            return
        articles = [Article.from_json(json.loads(v)) for v in ready if v]
        firsts = first_copies(rt, articles)
        if firsts:
            rt.redis.rpush(key(run, "order"), *[a.id for a in firsts])
            _queue_tag_then_alert(rt, replay, firsts, start)
        pipe = rt.redis.pipeline()
        pipe.set(key(run, "next"), start + len(ready))
        pipe.hdel(key(run, "results"), *fields[: len(ready)])
        pipe.execute()


def _queue_tag_then_alert(rt: Runtime, replay: dict[str, Any], articles: list[Article], start: int) -> None:
    from workers.jobs import ALERT, TAG

    run = replay["run"]
    payload = [a.to_json() for a in articles]
    tag_job = queue(rt.redis, "tag").enqueue(
        TAG, payload, replay, job_id=f"tag-{run}-{start}", retry=RETRY, result_ttl=3600
    )
    previous = rt.redis.get(key(run, "last-alert"))
    depends = [tag_job.id] + ([previous.decode()] if previous else [])
    alert_job = queue(rt.redis, "alert").enqueue(
        ALERT, payload, replay, job_id=f"alert-{run}-{start}", depends_on=depends, retry=RETRY, result_ttl=3600
    )
    rt.redis.set(key(run, "last-alert"), alert_job.id)


def record_alerts(rt: Runtime, replay: dict[str, Any], articles: list[Article], alerts: list[Alert]) -> None:
    """Keep, in firing order, what a replay's alerts were (for `replay --json`)."""
    urls_by_story: dict[str, list[str]] = {}
    for article in articles:
        urls_by_story.setdefault(article.story_id or article.id, []).append(article.url)
    rows = [
        json.dumps({"article": a.article_id, "rule": a.rule, "story": a.story_id, "title": a.title,
                    "urls": urls_by_story.get(a.story_id, [a.url])})
        for a in alerts
    ]  # fmt: skip
    if rows:
        rt.redis.rpush(key(replay["run"], "alerts"), *rows)
