"""`newsmon replay`: archives through the live pipeline's stages and queues, offline.

Replay is a different fetcher: it reads responses from WARC files instead of the network and
hands pages to the extract queue, numbered in archive order so the order-dependent stages
take them in that order (see workers/sequence.py). A dry run gets state of its own (an
embedded Redis and a SQLite store in a temporary directory) and sends no notifications.
"""

from __future__ import annotations

import json
import tempfile
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path
from typing import Any

from loguru import logger
from redis import Redis
from tqdm import tqdm

from pipeline.config import Config, load_rules
from pipeline.records import Article, FetchedPage
from pipeline.replay import ItemIndex, Pacer, Window, is_feed, is_page, page_of
from pipeline.store import Store
from pipeline.warcread import ReadStats, archive_files, read_responses
from workers.jobs import EXTRACT, body_key
from workers.queues import bump, pending_work, queue, stats
from workers.sequence import key
from workers.service import WorkerPool, redis_for

BODY_TTL = 86400


@dataclass
class ReplayOptions:
    archives: list[Path]
    rules_file: Path | None = None
    window: Window = field(default_factory=Window)
    dry_run: bool = False
    speed: float | None = None  # 1.0: as fast as the archive's clock ran; None: flat out
    progress: bool = True


@dataclass
class ReplayResult:
    lines: list[dict[str, Any]]  # articles and alerts in archive order, as `--json` prints them
    read: ReadStats
    pages: int = 0
    counts: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0


@contextmanager
def replay_state(config: Config, options: ReplayOptions) -> Iterator[tuple[Config, dict[str, str]]]:
    """The config (and worker environment) a replay runs with: its own state for a dry run."""
    env = {"NEWSMON_RULES_FILE": str(options.rules_file.resolve())} if options.rules_file else {}
    if options.rules_file:
        config = replace(config, rules=load_rules(options.rules_file))
    if not options.dry_run:
        yield config, env
        return
    with tempfile.TemporaryDirectory(prefix="newsmon-replay-") as tmp:
        settings = config.settings.model_copy(update={"data_dir": Path(tmp), "redis_url": "", "database_url": ""})
        env |= {"NEWSMON_DATA_DIR": tmp, "DATABASE_URL": settings.database, "REDIS_URL": ""}
        yield replace(config, settings=settings), env


def replay(config: Config, options: ReplayOptions) -> ReplayResult:
    files = archive_files(options.archives)
    index, total = _learn(files, options.window)
    read = ReadStats()
    started = time.perf_counter()
    with replay_state(config, options) as (state, env), redis_for(state) as (redis, url):
        before = stats(redis)
        run = uuid.uuid4().hex[:12]
        pool = WorkerPool(state, url, state.settings.workers, env=env | {"REDIS_URL": url})
        pool.start()
        try:
            pages = _feed(redis, state, files, index, options, run, total, read)
            _wait(redis, pool, run, pages)
        finally:
            pool.stop()
        after = stats(redis)
        lines = _collect(redis, Store.open(state.settings.database), run)
        _forget(redis, run)
    counts = {k: after.get(k, 0) - before.get(k, 0) for k in after}
    for kind, count in sorted(read.skipped.items()):
        if "warcinfo" not in kind and "request" not in kind:  # those are expected, not bad
            logger.warning("replay skipped {} {}", count, kind)
    return ReplayResult(lines=lines, read=read, pages=pages, counts=counts, seconds=time.perf_counter() - started)


def _learn(files: list[Path], window: Window) -> tuple[ItemIndex, int]:
    """First pass: feed items and redirects to match pages with, and how many pages there are."""
    index, pages = ItemIndex(), 0
    for response in read_responses(files, ReadStats()):
        if is_page(response):
            pages += window.holds(response.when)
        else:
            index.learn(response)
    return index, pages


def _feed(redis: Redis, config: Config, files: list[Path], index: ItemIndex, options: ReplayOptions,
          run: str, total: int, read: ReadStats) -> int:  # fmt: skip
    """Second pass: hand every page in the window to the extract queue, in archive order."""
    batch: list[FetchedPage] = []
    seq, pacer = 0, Pacer(options.speed)
    limit = 4 * config.settings.workers  # extract jobs waiting at most: bodies wait in Redis
    bar = tqdm(total=total, unit="page", disable=not options.progress, dynamic_ncols=True)
    for response in read_responses(files, read):
        if not is_page(response):
            if response.status == 200 and not is_feed(response):
                media = response.content_type.split(";")[0].strip() or "no content type"
                read.skipped[f"not a page ({media})"] += 1
            continue
        if not options.window.holds(response.when):
            continue
        pacer.wait_for(response.when)
        batch.append(page_of(response, index))
        if len(batch) >= config.settings.batch_size or options.speed:
            seq = _submit(redis, run, batch, seq, options.dry_run)
            batch = []
            while queue(redis, "extract").count >= limit:
                time.sleep(0.02)
            bar.update(seq - bar.n)
            bar.set_postfix(
                articles=redis.llen(key(run, "order")), alerts=redis.llen(key(run, "alerts")), refresh=False
            )
    seq = _submit(redis, run, batch, seq, options.dry_run)
    bar.update(seq - bar.n)
    bar.close()
    return seq


def _submit(redis: Redis, run: str, pages: list[FetchedPage], seq: int, dry_run: bool) -> int:
    if not pages:
        return seq
    seqs = list(range(seq, seq + len(pages)))
    # a page stands for itself in a replay: the same item may have been fetched twice
    pages = [p.replace(item=p.item.replace(guid=f"replay:{run}:{s}")) for p, s in zip(pages, seqs, strict=True)]
    pipe = redis.pipeline(transaction=False)
    for page in pages:
        pipe.set(body_key(page.item.id), page.body, ex=BODY_TTL)
    pipe.execute()
    context = {"run": run, "seqs": seqs, "dry_run": dry_run}
    payload = [p.replace(body=b"").to_json() for p in pages]
    queue(redis, "extract").enqueue(EXTRACT, payload, context, job_id=f"extract-{run}-{seq}", result_ttl=0)
    bump(redis, replay_pages=len(pages))
    return seq + len(pages)


def _wait(redis: Redis, pool: WorkerPool, run: str, pages: int) -> None:
    quiet = 0
    while quiet < 2:
        time.sleep(0.1)
        pool.revive()
        done = int(redis.get(key(run, "next")) or 0) >= pages
        quiet = quiet + 1 if done and pending_work(redis) == 0 else 0


def _collect(redis: Redis, store: Store, run: str) -> list[dict[str, Any]]:
    alerts: dict[str, list[dict[str, Any]]] = {}
    for raw in redis.lrange(key(run, "alerts"), 0, -1):
        row = json.loads(raw)
        alerts.setdefault(row.pop("article"), []).append({"type": "alert", **row})
    ids = [raw.decode() for raw in redis.lrange(key(run, "order"), 0, -1)]
    lines: list[dict[str, Any]] = []
    for start in range(0, len(ids), 500):  # a few queries, not one per article
        chunk = ids[start : start + 500]
        stored = store.articles(chunk)
        firsts = store.articles(a.duplicate_of for a in stored.values() if a.duplicate_of)
        for article_id in chunk:
            if article_id in stored:
                article = stored[article_id]
                first = firsts.get(article.duplicate_of or "")
                lines.append(article_line(article, first.url if first else None))
                lines += alerts.get(article_id, [])
    store.close()
    return lines


def article_line(article: Article, duplicate_of_url: str | None) -> dict[str, Any]:
    return {
        "type": "article",
        "url": article.url,
        "canonical_url": article.canonical_url,
        "title": article.title,
        "published": _iso(article.published),
        "source": article.feed_url or article.site_name,
        "text": article.text,
        "duplicate_of": duplicate_of_url,
        "story": article.story_id,
        "tags": list(article.tags),
    }


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value else None


def _forget(redis: Redis, run: str) -> None:
    redis.delete(*[key(run, name) for name in ("results", "next", "lock", "order", "alerts", "last-alert")])
