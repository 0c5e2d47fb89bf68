"""Stage jobs on a real Redis with a real rq worker, against pages served on 127.0.0.1."""

from __future__ import annotations

import time

from rq.registry import ScheduledJobRegistry

from pipeline.records import Feed
from tests.conftest import work_burst
from tests.sites import LoopbackServer, Site, news_site
from workers.queues import enqueue, queue, stats
from workers.scheduler import enqueue_poll, feed_health, register_feeds


def test_items_are_enqueued_once_across_polls(live_runtime) -> None:
    site = Site()
    with LoopbackServer(site) as server:
        news_site(site, server.base, name="a", feed_path="/rss", seeds=list(range(5)))
        rt = live_runtime(feeds=[server.base + "/rss"])
        feed = Feed(url=server.base + "/rss")
        enqueue_poll(rt.redis, feed)
        work_burst(rt.redis)
        enqueue_poll(rt.redis, feed)
        work_burst(rt.redis)
        assert stats(rt.redis)["items_new"] == 5 and stats(rt.redis)["items_seen"] == 10
        assert sum(hits for path, hits in site.hits.items() if path.endswith(".html")) == 5
        assert rt.store.counts()["articles"] == 5


def test_enqueueing_the_same_batch_twice_is_a_no_op(live_runtime) -> None:
    rt = live_runtime()
    assert enqueue(rt.redis, "tag", "workers.jobs.tag_articles", [], job_id="tag-same")
    assert not enqueue(rt.redis, "tag", "workers.jobs.tag_articles", [], job_id="tag-same")
    assert queue(rt.redis, "tag").count == 1


def test_unreachable_feed_records_health_and_backs_off(live_runtime) -> None:
    rt = live_runtime()
    feed = Feed(url="http://127.0.0.1:9/rss")  # discard port: connection refused
    register_feeds(rt.redis, [feed], time.time())
    enqueue_poll(rt.redis, feed)
    work_burst(rt.redis)
    enqueue_poll(rt.redis, feed)
    work_burst(rt.redis)
    (health,) = [row for row in feed_health(rt.redis) if row["url"] == feed.url] or [{}]
    assert health["errors"] == "2" and "ConnectError" in health["last_error"]
    assert float(health["next_poll"]) - float(health["last_poll"]) == 120  # 60 s, doubled


def test_page_server_errors_are_retried_later_and_404s_are_not(live_runtime) -> None:
    site = Site()
    with LoopbackServer(site) as server:
        news_site(site, server.base, name="a", feed_path="/rss", seeds=[1, 2, 3])
        site.add("/a/story-1.html", "busy", status=503)
        del site.routes["/a/story-2.html"]
        rt = live_runtime()
        enqueue_poll(rt.redis, Feed(url=server.base + "/rss"))
        work_burst(rt.redis)
        assert rt.store.counts()["articles"] == 1
        assert stats(rt.redis)["pages_failed"] == 1
        assert ScheduledJobRegistry(queue=queue(rt.redis, "fetch")).count == 1


def test_pages_that_are_not_articles_are_counted_not_stored(live_runtime) -> None:
    site = Site()
    with LoopbackServer(site) as server:
        news_site(site, server.base, name="a", feed_path="/rss", seeds=[1, 2])
        site.add("/a/story-1.html", b"%PDF-1.4 binary", "application/pdf")
        rt = live_runtime()
        enqueue_poll(rt.redis, Feed(url=server.base + "/rss"))
        work_burst(rt.redis)
        assert stats(rt.redis)["not_articles"] == 1 and rt.store.counts()["articles"] == 1


def test_host_gate_grants_up_to_the_limit_and_spaces_starts(redis) -> None:
    from workers.politeness import HostGate

    urls = ["http://a.example/1", "http://a.example/2", "http://a.example/3", "http://b.example/1"]
    free = HostGate(redis, concurrency=2, delay=0.0, lease=30).try_acquire(urls)
    assert [bool(token) for token, _ in free] == [True, True, False, True]
    spaced = HostGate(redis, concurrency=5, delay=2.0, lease=30).try_acquire(
        ["http://c.example/1", "http://c.example/2"]
    )
    assert spaced[0][0] and not spaced[1][0] and 1.9 <= spaced[1][1] <= 2.0
    gate = HostGate(redis, concurrency=2, delay=0.0, lease=30)
    gate.release([(url, token) for url, (token, _) in zip(urls, free, strict=True)])
    assert all(token for token, _ in gate.try_acquire(urls[:2]))
