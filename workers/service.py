"""The service: Redis (embedded unless REDIS_URL), worker processes, the scheduler, shutdown.

`serve` runs until SIGTERM / Ctrl-C; `run_once` polls every feed once and returns when the
queues are drained. Both supervise worker processes that run `newsmon worker`; on shutdown
each worker finishes its current job (rq's warm shutdown), so nothing in flight is lost.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from loguru import logger
from redis import Redis

from pipeline.config import Config
from pipeline.records import FeedItem
from pipeline.store import Store
from workers.fetch_jobs import claim_new
from workers.queues import connect, pending_work, stats
from workers.redis_server import EmbeddedRedis
from workers.runtime import redis_url
from workers.scheduler import enqueue_polls, register_feeds, run_scheduler

SHUTDOWN_GRACE = 60.0  # seconds a worker gets to finish its job before it is killed


@contextmanager
def redis_for(config: Config) -> Iterator[tuple[Redis, str]]:
    """A Redis connection, starting the embedded server when no REDIS_URL is set.

    The store is migrated here too, once, before any worker process opens it.
    """
    Store.open(config.settings.database).close()
    embedded = None if config.settings.redis_url else EmbeddedRedis(config.settings.data_dir / "redis").start()
    url = redis_url(config)
    connection = connect(url)
    try:
        yield connection, url
    finally:
        connection.close()
        if embedded is not None:
            embedded.stop()


@dataclass
class WorkerPool:
    """Worker processes, restarted when they die, stopped gently."""

    config: Config
    redis_url: str
    count: int
    env: dict[str, str] = field(default_factory=dict)  # more environment for the workers
    processes: list[subprocess.Popen[bytes]] = field(default_factory=list)

    def _spawn(self) -> subprocess.Popen[bytes]:
        env = {**os.environ, "NEWSMON_CONFIG": str(self.config.directory), "REDIS_URL": self.redis_url, **self.env}
        command = [sys.executable, "-m", "workers", "worker"]
        # own process group: a terminal's Ctrl-C reaches the service, which then stops workers in order
        return subprocess.Popen(command, env=env, stdin=subprocess.DEVNULL, start_new_session=True)

    def start(self) -> None:
        self.processes = [self._spawn() for _ in range(self.count)]

    def revive(self) -> None:
        for index, process in enumerate(self.processes):
            if process.poll() is not None:
                logger.warning("worker {} exited with {}; starting another", process.pid, process.returncode)
                self.processes[index] = self._spawn()

    def stop(self) -> None:
        for process in self.processes:
            if process.poll() is None:
                process.send_signal(signal.SIGTERM)
        deadline = time.monotonic() + SHUTDOWN_GRACE
        for process in self.processes:
            try:
                process.wait(timeout=max(0.1, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                logger.warning("worker {} did not finish in {}s; killing it", process.pid, SHUTDOWN_GRACE)
                process.kill()
                process.wait()


def _on_stop_signals(stop: threading.Event) -> None:
    def handler(signum: int, _frame: object) -> None:
        logger.info("{} received: finishing jobs in flight, then stopping", signal.Signals(signum).name)
        stop.set()

    signal.signal(signal.SIGTERM, handler)
    signal.signal(signal.SIGINT, handler)


def serve(config: Config) -> None:
    """Poll feeds on their intervals and run the stage workers until told to stop."""
    stop = threading.Event()
    _on_stop_signals(stop)
    with redis_for(config) as (redis, url):
        register_feeds(redis, config.feeds, time.time())
        pool = WorkerPool(config, url, config.settings.workers)
        pool.start()
        scheduler = threading.Thread(target=run_scheduler, args=(redis, stop), name="scheduler", daemon=True)
        scheduler.start()
        logger.info("newsmon serving {} feeds with {} workers", len(config.feeds), pool.count)
        while not stop.wait(1.0):
            pool.revive()
        scheduler.join(timeout=5)
        pool.stop()
    logger.info("newsmon stopped")


def run_once(config: Config, urls: list[str] | None = None) -> dict[str, int]:
    """Poll every feed once (or fetch just `urls`), drive the items through all stages, and
    return what happened."""
    stop = threading.Event()
    _on_stop_signals(stop)
    with redis_for(config) as (redis, url):
        before = stats(redis)
        if urls is None:
            register_feeds(redis, config.feeds, time.time())
            enqueue_polls(redis, list(config.feeds))
        else:
            items = [FeedItem(feed_url="", url=page) for page in urls]
            claim_new(redis, items, config.settings.batch_size, force=True)
        pool = WorkerPool(config, url, config.settings.workers)
        pool.start()
        try:
            _wait_drained(redis, pool, stop, config.settings.drain_timeout)
        finally:
            pool.stop()
        after = stats(redis)
    return {key: after.get(key, 0) - before.get(key, 0) for key in after}


def _wait_drained(redis: Redis, pool: WorkerPool, stop: threading.Event, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    quiet = 0
    while not stop.wait(0.2):
        pool.revive()
        # two quiet looks in a row: a job between dequeue and start is in neither list for an instant
        quiet = quiet + 1 if pending_work(redis) == 0 else 0
        if quiet >= 2:
            return
        if time.monotonic() > deadline:
            logger.warning("queues not drained after {:.0f}s; stopping with work left queued", timeout)
            return
