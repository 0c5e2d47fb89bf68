"""Site memory in Redis: shared by workers, one round trip per batch, bounded and expiring."""

from __future__ import annotations

from datetime import UTC, datetime

from redis import Redis

from benchmarks.extraction import newsmon, site_run_texts
from pipeline.boilerplate import SiteMemorySettings
from pipeline.extract import ExtractSettings
from pipeline.records import FeedItem, FetchedPage
from pipeline.site_memory import LocalSiteMemory, PageParagraphs, SiteCounts
from tests.boilerplate_pages import site_runs
from tests.conftest import work_burst
from workers.fetch_jobs import _store_bodies
from workers.jobs import EXTRACT
from workers.queues import KEY_PREFIX, enqueue
from workers.site_memory import RedisSiteMemory

SETTINGS = SiteMemorySettings(min_pages=3, max_entries=10, max_pages=1000, retention_days=2)


def page(site: str, name: str, *keys: str) -> PageParagraphs:
    return PageParagraphs(site, name, keys, at=1_700_000_000.0)


class CountingRedis(Redis):  # type: ignore[type-arg]
    """A client that counts the pipelines it sends."""

    sent = 0

    def pipeline(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        pipe = super().pipeline(*args, **kwargs)
        execute = pipe.execute

        def counted(*a, **k):  # type: ignore[no-untyped-def]
            CountingRedis.sent += 1
            return execute(*a, **k)

        pipe.execute = counted  # type: ignore[method-assign]
        return pipe


def test_a_page_counts_once_and_workers_share_the_counts(redis: Redis) -> None:
    one, two = RedisSiteMemory(redis, SETTINGS), RedisSiteMemory(redis, SETTINGS)
    assert one.observe([page("a.com", "p1", "t", "x")]) == [SiteCounts(1, {"t": 1, "x": 1})]
    assert two.observe([page("a.com", "p1", "t", "x")]) == [SiteCounts(1, {"t": 1, "x": 1})]  # a retry
    pair = two.observe([page("a.com", "p2", "t"), page("b.com", "p3", "t")])
    assert pair == [SiteCounts(2, {"t": 2}), SiteCounts(1, {"t": 1})]


def test_a_batch_is_one_round_trip(redis_url: str, redis: Redis) -> None:
    client = CountingRedis.from_url(redis_url)
    memory = RedisSiteMemory(client, SETTINGS)
    before = CountingRedis.sent
    answers = memory.observe([page("a.com", f"p{n}", "t", f"u{n}") for n in range(16)])
    assert CountingRedis.sent - before == 1 and answers[-1] == SiteCounts(16, {"t": 16, "u15": 1})
    client.close()


def test_memory_is_bounded_and_expires(redis: Redis) -> None:
    memory = RedisSiteMemory(redis, SETTINGS)
    memory.observe([page("a.com", f"p{n}", "t", f"u{n}") for n in range(40)])
    key = f"{KEY_PREFIX}site:a.com:paragraphs"
    assert redis.zcard(key) <= 2 * SETTINGS.max_entries and redis.zscore(key, "t") == 40
    assert 0 < redis.ttl(key) <= 2 * 86400 and 0 < redis.ttl(f"{KEY_PREFIX}site:a.com:pages") <= 2 * 86400


TEMPLATE = "The Harbour Gazette has been printed on Quay Street in Riverton since the spring of 1887."


def site_page(n: int) -> str:
    text = " ".join(
        f"Paragraph {n}.{i} reports that the harbour council met on day {n} to discuss the works." for i in range(8)
    )
    return (
        f"<html><head><title>Harbour report {n}</title></head><body><article><h1>Harbour report {n}</h1>"
        f"<p>{text}</p><p>{TEMPLATE}</p><p>{text} More detail for page {n} follows here.</p></article></body></html>"
    )


def test_the_extract_job_learns_a_sites_template_from_every_page(live_runtime) -> None:  # type: ignore[no-untyped-def]
    rt = live_runtime()
    now = datetime.now(UTC)
    urls = [f"http://news.example.org/n/{n}.html" for n in range(6)]
    pages = [
        FetchedPage(FeedItem(feed_url="f", url=url), url, 200, "text/html", now, site_page(n).encode())
        for n, url in enumerate(urls)
    ]
    for batch in (pages[:2], pages[2:]):  # two jobs, as two workers would run them
        _store_bodies(rt, batch)
        payload = [p.replace(body=b"").to_json() for p in batch]
        enqueue(rt.redis, "extract", EXTRACT, payload, job_id=f"extract-{len(batch)}")
        work_burst(rt.redis)
    texts = {a.title: a.text for a in rt.store.recent_articles(10)}
    assert TEMPLATE in texts["Harbour report 0"] and TEMPLATE in texts["Harbour report 1"]
    assert TEMPLATE not in texts["Harbour report 4"] and TEMPLATE not in texts["Harbour report 5"]
    assert all("More detail" in text for text in texts.values())


def test_a_sites_pages_come_out_of_the_shared_memory_as_out_of_the_local_one(redis: Redis) -> None:
    # The labelled site runs (ten pages of a site under one template), read in order.
    settings = ExtractSettings()
    alone, changed = newsmon(settings), 0
    for run in site_runs("held-out"):
        local = site_run_texts(run, settings, LocalSiteMemory(settings.rules.site))
        assert site_run_texts(run, settings, RedisSiteMemory(redis, settings.rules.site)) == local
        changed += sum(text != alone(p.html.encode(), p.url) for p, text in zip(run, local, strict=True))
    assert changed >= 50  # the memory did drop lines on most pages past the first few
