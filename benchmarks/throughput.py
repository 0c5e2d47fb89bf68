"""Whole-pipeline throughput against bare trafilatura, measured in the same run.

N synthetic article pages (30-80 KB, with navigation, ads, comments) are served on 127.0.0.1
from feeds of 50 items. Baseline: `trafilatura.extract` over the same pages in 2 processes.
Pipeline: `newsmon` with 2 workers, from feed poll to alert (fetch, extract, dedupe, tag,
alert on rq queues). Workers and pool are started and warmed before the clock starts.

    python benchmarks/throughput.py [--pages 600] [--batch-size 16] [--redis-url URL]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from multiprocessing import Pool
from pathlib import Path

import trafilatura

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from rq.worker import Worker

from pipeline.config import load_config
from tests.conftest import write_config
from tests.sites import LoopbackServer, Site, news_site
from workers.queues import pending_work, stats
from workers.scheduler import enqueue_polls
from workers.service import WorkerPool, redis_for

FEED_SIZE = 50


def _extract(page: bytes) -> int:
    return len(trafilatura.extract(page) or "")


def baseline(pages: list[bytes], processes: int) -> float:
    with Pool(processes) as pool:
        pool.map(_extract, pages[: processes * 4])  # warm both processes
        start = time.perf_counter()
        pool.map(_extract, pages, chunksize=4)
        return time.perf_counter() - start


def pipeline(
    site: Site, feeds: list[str], workdir: Path, workers: int, batch_size: int, redis_url: str
) -> tuple[float, dict[str, int]]:
    config_dir = write_config(
        workdir / "config",
        data_dir=workdir / "data",
        redis_url=redis_url,
        feeds=feeds,
        rules={"climate": '"climate change"'},
        workers=workers,
        batch_size=batch_size,
    )
    config = load_config(config_dir, environ={})
    with redis_for(config) as (redis, url):
        redis.flushdb()
        pool = WorkerPool(config, url, workers)
        pool.start()
        try:
            while len(Worker.all(connection=redis)) < workers:
                time.sleep(0.1)
            time.sleep(1.0)  # imports done, runtime built
            before = stats(redis)
            start = time.perf_counter()
            enqueue_polls(redis, list(config.feeds))
            quiet = 0
            while quiet < 2:
                time.sleep(0.1)
                quiet = quiet + 1 if pending_work(redis) == 0 else 0
            elapsed = time.perf_counter() - start - 0.1  # the second quiet look is not work
            after = stats(redis)
        finally:
            pool.stop()
    return elapsed, {k: after.get(k, 0) - before.get(k, 0) for k in after}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=600)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--batch-size", type=int, default=16)
    parser.add_argument("--redis-url", default="", help="default: embedded Redis")
    args = parser.parse_args()

    site = Site()
    with LoopbackServer(site) as server, tempfile.TemporaryDirectory() as tmp:
        feeds = []
        for start in range(0, args.pages, FEED_SIZE):
            seeds = list(range(start, min(start + FEED_SIZE, args.pages)))
            name = f"outlet{start // FEED_SIZE}"
            news_site(
                site,
                server.base,
                name=name,
                feed_path=f"/{name}/rss.xml",
                seeds=seeds,
                topics={s: "climate change" for s in seeds if s % 10 == 0},
            )
            feeds.append(f"{server.base}/{name}/rss.xml")
        pages = [body for path, (_, _, body) in site.routes.items() if path.endswith(".html")]
        size = sum(map(len, pages)) / len(pages) / 1024
        print(f"{len(pages)} pages, mean {size:.0f} KB, {args.workers} processes each, batch size {args.batch_size}")

        bare = baseline(pages, args.workers)
        piped, counts = pipeline(site, feeds, Path(tmp), args.workers, args.batch_size, args.redis_url)

    assert counts.get("articles", 0) == len(pages), f"pipeline stored {counts.get('articles')} of {len(pages)}"
    bare_rate, pipe_rate = len(pages) / bare, len(pages) / piped
    print(f"bare trafilatura.extract : {bare_rate:7.1f} articles/s")
    alerts = counts.get("alerts", 0)
    print(f"newsmon pipeline         : {pipe_rate:7.1f} articles/s  (fetch to alert, {alerts} alerts)")
    stage_ms = {k[3:]: v for k, v in counts.items() if k.startswith("ms_")}
    print("worker time per article by job: " + ", ".join(f"{k} {v / len(pages):.2f} ms" for k, v in stage_ms.items()))
    print(f"pipeline cost / bare cost: {bare_rate / pipe_rate:.2f}x  (goal <= 1.25x)")


if __name__ == "__main__":
    main()
