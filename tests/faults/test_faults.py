"""What a dead worker or a restarted Redis does to work in flight: nothing is lost or sent twice."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from rq.registry import ScheduledJobRegistry, StartedJobRegistry

from pipeline.config import load_config
from pipeline.records import Feed
from tests.conftest import work_burst, write_config
from tests.sites import LoopbackServer, Site, news_site
from workers import runtime
from workers.queues import connect, queue, stats
from workers.redis_server import EmbeddedRedis
from workers.scheduler import enqueue_poll

NEWSMON = [sys.executable, "-m", "workers"]


def test_queued_work_survives_an_embedded_redis_restart(tmp_path: Path) -> None:
    site = Site()
    with LoopbackServer(site) as server:
        news_site(site, server.base, name="a", feed_path="/rss", seeds=list(range(6)))
        config = load_config(
            write_config(tmp_path / "c", data_dir=tmp_path / "data", feeds=[server.base + "/rss"]), environ={}
        )
        embedded = EmbeddedRedis(tmp_path / "data" / "redis").start()
        enqueue_poll(connect(embedded.url), config.feeds[0])
        embedded.stop()
        assert not embedded.running()
        embedded.start()
        try:
            current = runtime.build(config)
            runtime.install(current)
            assert queue(current.redis, "fetch").count == 1
            work_burst(current.redis)
            assert current.store.counts()["articles"] == 6
        finally:
            runtime.install(None)
            embedded.stop()


@pytest.mark.skipif(sys.platform != "linux", reason="uses POSIX signals")
def test_a_killed_worker_job_is_retried_and_alerts_once(live_runtime, make_config) -> None:
    site = Site()
    with LoopbackServer(site) as server:
        news_site(site, server.base, name="a", feed_path="/rss", seeds=[1, 2], topics={1: "climate change"})
        site.delays["/a/story-2.html"] = 30.0
        rt = live_runtime(feeds=[server.base + "/rss"], rules={"climate": '"climate change"'})
        config_dir = make_config(feeds=[server.base + "/rss"], rules={"climate": '"climate change"'})
        enqueue_poll(rt.redis, Feed(url=server.base + "/rss"))
        worker = subprocess.Popen(
            [*NEWSMON, "--config", str(config_dir), "worker", "--queues", "fetch"],
            stderr=subprocess.DEVNULL,
            env=dict(os.environ, NEWSMON_CONFIG=str(config_dir)),
        )
        fetch_queue = queue(rt.redis, "fetch")
        deadline = time.monotonic() + 60
        while site.hits["/a/story-2.html"] == 0:  # the fetch job is in flight
            assert time.monotonic() < deadline
            time.sleep(0.1)
        worker.send_signal(signal.SIGKILL)
        worker.wait()
        site.delays.clear()
        registry = StartedJobRegistry(queue=fetch_queue)
        assert registry.count == 1
        # rq's maintenance finds the dead worker's job once its lease expires; jump to then
        registry.cleanup(timestamp=time.time() + 3600)
        retries = ScheduledJobRegistry(queue=fetch_queue)
        assert retries.count == 1, "the abandoned job waits for its retry"
        retries.requeue(retries.get_job_ids()[0])  # its backoff has passed
        work_burst(rt.redis)
        assert rt.store.counts()["articles"] == 2
        assert rt.store.counts()["alerts"] == 1 and stats(rt.redis)["alerts"] == 1


def test_a_redis_that_forgot_everything_does_not_fetch_stored_articles_again(live_runtime) -> None:
    site = Site()
    with LoopbackServer(site) as server:
        news_site(site, server.base, name="a", feed_path="/rss", seeds=[1, 2, 3])
        rt = live_runtime()
        feed = Feed(url=server.base + "/rss")
        enqueue_poll(rt.redis, feed)
        work_burst(rt.redis)
        rt.redis.flushdb()  # a Redis server without persistence, restarted
        enqueue_poll(rt.redis, feed)
        work_burst(rt.redis)
        assert site.hits["/a/story-1.html"] == 1 and site.hits["/rss"] == 2
        assert rt.store.counts()["articles"] == 3 and stats(rt.redis).get("items_new", 0) == 0
