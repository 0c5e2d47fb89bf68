"""Feed polling throughput and CPU, against a naive poller measured in the same run.

1,000 feeds of 20 items are served on 127.0.0.1 with ETags. newsmon polls them all once to
learn their validators (not timed), then half of them change (new ETag, same items) and the
timed round polls every feed again with 2 workers: half answer 304, half are re-parsed. The
baseline is what a cron script does: an unconditional GET and feedparser.parse of every feed,
in 2 processes.

    python benchmarks/polling.py [--feeds 1000]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from multiprocessing import Pool
from pathlib import Path

import feedparser
import httpx

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from rq.worker import Worker

from pipeline.config import load_config
from tests.conftest import write_config
from tests.sites import LoopbackServer, Request, Site, rss
from workers.queues import pending_work, stats
from workers.scheduler import enqueue_polls, register_feeds
from workers.service import WorkerPool, redis_for


def serve_feeds(site: Site, base: str, count: int) -> tuple[list[str], dict[str, str]]:
    versions: dict[str, str] = {}
    urls = []
    for n in range(count):
        path = f"/feed/{n}.xml"
        items = [(f"Story {n}-{i}", f"{base}/story/{n}/{i}.html", f"g{n}-{i}") for i in range(20)]
        body = rss(f"feed {n}", base, items).encode()
        versions[path] = '"v1"'

        def answer(request: Request, path: str = path, body: bytes = body) -> tuple[int, dict[str, str], bytes]:
            if request.headers.get("if-none-match") == versions[path]:
                return 304, {"ETag": versions[path]}, b""
            return 200, {"ETag": versions[path], "Content-Type": "application/rss+xml"}, body

        site.handlers[path] = answer
        urls.append(base + path)
    return urls, versions


_client: httpx.Client | None = None


def _naive_poll(url: str) -> int:
    global _client
    _client = _client or httpx.Client()  # one pooled client per process, as newsmon has
    return len(feedparser.parse(_client.get(url).content).entries)


def baseline(urls: list[str]) -> float:
    with Pool(2) as pool:
        pool.map(_naive_poll, urls[:4])
        start = time.perf_counter()
        pool.map(_naive_poll, urls, chunksize=8)
        return time.perf_counter() - start


def cpu_seconds(pids: list[int]) -> float:
    total = 0.0
    for pid in pids:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        total += (int(fields[11]) + int(fields[12])) / 100  # utime + stime, in clock ticks
    return total


def newsmon_round(urls: list[str], versions: dict[str, str], workdir: Path) -> tuple[float, float, dict[str, int]]:
    config = load_config(write_config(workdir / "c", data_dir=workdir / "data", feeds=urls, archive=True), environ={})
    with redis_for(config) as (redis, url):
        register_feeds(redis, config.feeds, time.time())
        pool = WorkerPool(config, url, 2)
        pool.start()
        try:
            while len(Worker.all(connection=redis)) < 2:
                time.sleep(0.1)
            _poll_all(redis, config.feeds)  # learn validators; claim every item
            redis.delete("newsmon:schedule")  # nothing else may poll during the timed round
            for path in list(versions)[::2]:
                versions[path] = '"v2"'
            pids = [p.pid for p in pool.processes]
            before, cpu_before = stats(redis), cpu_seconds(pids)
            start = time.perf_counter()
            _poll_all(redis, config.feeds)
            elapsed = time.perf_counter() - start
            cpu = cpu_seconds(pids) - cpu_before
            after = stats(redis)
        finally:
            pool.stop()
    return elapsed, cpu, {k: after.get(k, 0) - before.get(k, 0) for k in after}


def _poll_all(redis, feeds) -> None:  # type: ignore[no-untyped-def]
    enqueue_polls(redis, list(feeds))
    quiet = 0
    while quiet < 2:
        time.sleep(0.1)
        quiet = quiet + 1 if pending_work(redis) == 0 else 0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--feeds", type=int, default=1000)
    args = parser.parse_args()
    site = Site()
    with LoopbackServer(site) as server, tempfile.TemporaryDirectory() as tmp:
        urls, versions = serve_feeds(site, server.base, args.feeds)
        bare = baseline(urls)
        elapsed, cpu, counts = newsmon_round(urls, versions, Path(tmp))
    polled = counts.get("feeds_polled", 0)
    assert polled == len(urls), f"polled {polled} of {len(urls)}"
    unchanged = counts.get("feeds_unchanged", 0)
    print(f"{len(urls)} feeds of 20 items, 2 processes each; newsmon round: {unchanged} answered 304")
    print(f"naive GET + feedparser : {len(urls) / bare:7.1f} feeds/s")
    per_thousand = cpu * 1000 / len(urls)
    rate = len(urls) / elapsed
    print(f"newsmon poll jobs      : {rate:7.1f} feeds/s, {per_thousand:.2f} worker CPU s per 1,000 polls")
    print(f"newsmon time / naive time: {elapsed / bare:.2f}x")


if __name__ == "__main__":
    main()
