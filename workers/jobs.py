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
from datetime import UTC, datetime
from typing import Any, ParamSpec

from loguru import logger

from pipeline.dedupe import dedupe_key, open_story, split_repeats
from pipeline.extract import ExtractSettings, NotArticle, extract_batch
from pipeline.records import Article, FetchedPage
from pipeline.rules import alerts_for
from pipeline.tagging import tag
from workers import sequence
from workers.queues import KEY_PREFIX, batch_id, bump, enqueue
from workers.runtime import Runtime, runtime
from workers.site_memory import RedisSiteMemory

P = ParamSpec("P")
EXTRACT = "workers.jobs.extract_pages"
DEDUPE = "workers.jobs.dedupe_articles"
TAG = "workers.jobs.tag_articles"
ALERT = "workers.jobs.alert_articles"


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
def extract_pages(pages_data: list[dict[str, Any]], replay: dict[str, Any] | None = None) -> None:
    """Extract each page; store the articles; hand them to dedupe (in a replay, to the
    sequencer, which hands them to dedupe in archive order)."""
    rt = runtime()
    pages = [FetchedPage.from_json(data) for data in pages_data]
    keys = [body_key(page.item.id) for page in pages]
    held: dict[int, FetchedPage] = {}
    for position, (page, body) in enumerate(zip(pages, rt.redis.mget(keys), strict=True)):
        if body is None:  # a re-run after the bodies were released: the first run handed on
            logger.warning("page {}: body no longer held; skipped", page.url)
        else:
            held[position] = page.replace(body=body)
    settings = ExtractSettings(min_chars=rt.config.settings.min_article_chars, rules=rt.config.boilerplate)
    memory = RedisSiteMemory(rt.redis, rt.config.boilerplate.site)
    extracted = dict(zip(held, extract_batch(list(held.values()), settings=settings, memory=memory), strict=True))
    outcomes: list[Article | None] = []
    for position in range(len(pages)):
        outcome = extracted.get(position)
        if isinstance(outcome, NotArticle):
            logger.bind(url=outcome.url).info("not an article: {}: {}", outcome.url, outcome.reason)
        outcomes.append(outcome if isinstance(outcome, Article) else None)
    articles = [a for a in outcomes if a is not None]
    rt.store.save_articles(articles)
    bump(rt.redis, articles_extracted=len(articles), not_articles=len(pages) - len(articles))
    if replay is None:
        _hand_on_articles(rt, "dedupe", DEDUPE, articles)
    else:
        sequence.submit(rt, replay, dict(zip(replay["seqs"], outcomes, strict=True)))
    rt.redis.delete(*keys)


@timed
def dedupe_articles(articles_data: list[dict[str, Any]]) -> None:
    """Claim each article's canonical URL; pass first copies on, count repeats."""
    rt = runtime()
    firsts = first_copies(rt, [Article.from_json(data) for data in articles_data])
    _hand_on_articles(rt, "tag", TAG, firsts)


def first_copies(rt: Runtime, articles: list[Article]) -> list[Article]:
    """The dedupe stage's effect: claim canonical URLs, open stories, record; return firsts."""
    if not articles:
        return []
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
    return [a for a, _ in opened]


@timed
def tag_articles(articles_data: list[dict[str, Any]], replay: dict[str, Any] | None = None) -> None:
    rt = runtime()
    tagged = [tag(Article.from_json(data)) for data in articles_data]
    rt.store.record_tags(tagged)
    if replay is None:  # a replay's sequencer has queued the alert job already, in order
        _hand_on_articles(rt, "alert", ALERT, tagged)


@timed
def alert_articles(articles_data: list[dict[str, Any]], replay: dict[str, Any] | None = None) -> None:
    """Match rules; store each (rule, story) alert once; deliver the undelivered ones.

    In a replay the clock is the archive's, the articles are read back with their tags, and a
    dry run delivers nothing.
    """
    rt = runtime()
    articles = [Article.from_json(data) for data in articles_data]
    if replay is not None:
        stored = rt.store.articles(a.id for a in articles)
        articles = [stored.get(a.id, a) for a in articles]
    alerts = [
        alert
        for article in articles
        for alert in alerts_for(article, rt.config.rules, now=article.fetched_at if replay else datetime.now(UTC))
    ]
    if not alerts:
        return
    fresh = rt.store.add_alerts(alerts)
    if replay is not None:
        sequence.record_alerts(rt, replay, articles, fresh)
    pending = rt.store.undelivered([alert.id for alert in alerts])
    dry_run = bool(replay and replay.get("dry_run"))
    for alert in pending:
        if not dry_run:
            logger.bind(alert=alert.id).success("ALERT [{}] {} <{}>", alert.rule, alert.title, alert.url)
    rt.store.mark_delivered([alert.id for alert in pending], datetime.now(UTC))
    bump(rt.redis, alerts=len(pending))


def body_key(item_id: str) -> str:
    """Where a fetched page's body waits for the extract job (see fetch_jobs._store_bodies)."""
    return f"{KEY_PREFIX}body:{item_id}"


def _hand_on_articles(rt: Runtime, stage: str, func: str, articles: list[Article]) -> None:
    if articles:
        hand_on(rt, stage, func, [a.to_json() for a in articles], [a.id for a in articles])


def hand_on(rt: Runtime, stage: str, func: str, payload: list[dict[str, Any]], ids: list[str], **options: Any) -> None:
    enqueue(rt.redis, stage, func, payload, job_id=batch_id(stage, ids), **options)
