"""Polling like a good citizen, against counting servers on 127.0.0.1, with real Redis and rq."""

from __future__ import annotations

import itertools
import json
import subprocess
import sys
import time
from pathlib import Path

from fastwarc.warc import ArchiveIterator, WarcRecordType

from pipeline.config import load_config
from pipeline.records import Feed
from pipeline.store import Store
from tests.conftest import work_burst
from tests.sites import LoopbackServer, Request, Site, news_site, rss
from workers.queues import stats
from workers.scheduler import SCHEDULE, enqueue_poll, feed_state, register_feeds
from workers.service import run_once

NEWSMON = [sys.executable, "-m", "workers"]


def poll(rt, feed: Feed) -> dict[str, str]:  # type: ignore[no-untyped-def]
    register_feeds(rt.redis, [feed], time.time())
    enqueue_poll(rt.redis, feed)
    work_burst(rt.redis)
    return feed_state(rt.redis, feed)


def etag_feed(site: Site, path: str, body: bytes) -> None:
    def answer(request: Request) -> tuple[int, dict[str, str], bytes]:
        if request.headers.get("if-none-match") == '"v1"':
            return 304, {"ETag": '"v1"'}, b""
        return (
            200,
            {"ETag": '"v1"', "Content-Type": "application/rss+xml", "Last-Modified": "Fri, 20 Nov 2026 08:00:00 GMT"},
            body,
        )

    site.handlers[path] = answer


def test_second_poll_of_an_unchanged_feed_is_a_304_and_slows_down(live_runtime) -> None:
    site = Site()
    with LoopbackServer(site) as server:
        news_site(site, server.base, name="a", feed_path="/plain.xml", seeds=[1, 2])
        etag_feed(site, "/rss", site.routes["/plain.xml"][2])
        rt = live_runtime(min_interval=60)
        feed = Feed(url=server.base + "/rss", interval=600)
        first = poll(rt, feed)
        second = poll(rt, feed)
    statuses = [
        (r.headers.get("if-none-match"), r.headers.get("if-modified-since")) for r in site.requests if r.path == "/rss"
    ]
    assert statuses == [(None, None), ('"v1"', "Fri, 20 Nov 2026 08:00:00 GMT")]
    assert first["last_status"] == "200" and second["last_status"] == "304"
    assert float(first["interval"]) == 400.0  # new items: 600 / 1.5
    assert float(second["interval"]) == 500.0  # nothing new: 400 * 1.25
    assert stats(rt.redis)["feeds_unchanged"] == 1 and stats(rt.redis)["items_new"] == 2


def test_a_feed_that_moved_permanently_is_followed_and_remembered(live_runtime) -> None:
    site = Site()
    with LoopbackServer(site) as server:
        news_site(site, server.base, name="a", feed_path="/new.xml", seeds=[1])
        site.handlers["/old.xml"] = lambda _: (301, {"Location": "/new.xml"}, b"")
        rt = live_runtime()
        feed = Feed(url=server.base + "/old.xml")
        assert poll(rt, feed)["moved_to"] == server.base + "/new.xml"
        poll(rt, feed)
    assert site.hits["/old.xml"] == 1 and site.hits["/new.xml"] == 2


def test_429_with_retry_after_delays_the_next_poll(live_runtime) -> None:
    site = Site()
    with LoopbackServer(site) as server:
        site.handlers["/rss"] = lambda _: (429, {"Retry-After": "3600"}, b"slow down")
        rt = live_runtime(min_interval=60, max_interval=7200)
        feed = Feed(url=server.base + "/rss")
        before = time.time()
        state = poll(rt, feed)
    assert state["errors"] == "1" and "429" in state["last_error"]
    assert float(rt.redis.zscore(SCHEDULE, feed.id)) >= before + 3600


def test_cache_control_max_age_sets_a_floor_on_the_interval(live_runtime) -> None:
    site = Site()
    with LoopbackServer(site) as server:
        body = rss("t", server.base, [])
        site.handlers["/rss"] = lambda _: (
            200,
            {"Content-Type": "application/rss+xml", "Cache-Control": "public, max-age=1800"},
            body.encode(),
        )
        rt = live_runtime(min_interval=60)
        state = poll(rt, Feed(url=server.base + "/rss", interval=300))
    assert float(state["interval"]) == 1800


def test_malformed_feed_yields_its_items_and_records_the_error(live_runtime) -> None:
    site = Site()
    with LoopbackServer(site) as server:
        news_site(site, server.base, name="a", feed_path="/rss", seeds=[1, 2])
        broken = site.routes["/rss"][2].replace(b"</channel></rss>", b"<item><title>x &bogus; </title>")
        site.add("/rss", broken, "application/rss+xml")
        rt = live_runtime()
        state = poll(rt, Feed(url=server.base + "/rss"))
        assert state["last_status"] == "200" and state["parse_error"]
        assert rt.store.counts()["articles"] == 2


def test_json_feed_and_news_sitemap_sources_bring_their_articles(live_runtime) -> None:
    site = Site()
    with LoopbackServer(site) as server:
        news_site(site, server.base, name="a", feed_path="/unused.xml", seeds=[1, 2, 3])
        urls = [f"{server.base}/a/story-{n}.html" for n in (1, 2, 3)]
        json_feed = {
            "version": "https://jsonfeed.org/version/1.1",
            "title": "J",
            "items": [{"id": "j1", "url": urls[0]}],
        }
        site.add("/feed.json", json.dumps(json_feed), "application/feed+json")
        sitemap = (
            '<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
            'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">'
            + "".join(
                f"<url><loc>{u}</loc><news:news><news:publication><news:name>A</news:name><news:language>en</news:language>"
                f"</news:publication><news:publication_date>2026-11-20T08:00:00Z</news:publication_date>"
                f"<news:title>T</news:title></news:news></url>"
                for u in urls[1:]
            )
            + "</urlset>"
        )
        site.add("/news-sitemap.xml", sitemap, "application/xml")
        index = f'<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>{server.base}/news-sitemap.xml</loc></sitemap></sitemapindex>'
        site.add("/sitemap.xml", index, "application/xml")
        rt = live_runtime()
        poll(rt, Feed(url=server.base + "/feed.json"))
        poll(rt, Feed(url=server.base + "/sitemap.xml"))
        assert sorted(a.canonical_url for a in rt.store.recent_articles()) == urls


def test_robots_txt_is_honoured_for_article_pages(live_runtime) -> None:
    site = Site()
    with LoopbackServer(site) as server:
        news_site(site, server.base, name="a", feed_path="/rss", seeds=[1, 2])
        site.add("/robots.txt", "User-agent: newsmon\nDisallow: /a/story-1.html\n", "text/plain")
        rt = live_runtime(user_agent="newsmon/0.1 (test)")
        poll(rt, Feed(url=server.base + "/rss"))
        assert site.hits["/a/story-1.html"] == 0 and site.hits["/a/story-2.html"] == 1
        assert site.hits["/robots.txt"] == 1
        assert rt.store.counts()["articles"] == 1 and stats(rt.redis)["pages_failed"] == 1


def test_every_exchange_lands_in_a_valid_warc_archive(live_runtime, tmp_path: Path) -> None:
    site = Site()
    with LoopbackServer(site) as server:
        news_site(site, server.base, name="a", feed_path="/rss", seeds=[1, 2])
        site.handlers["/moved"] = lambda _: (301, {"Location": "/rss"}, b"")
        rt = live_runtime()
        poll(rt, Feed(url=server.base + "/moved"))
        rt.archive.close()
    files = sorted((tmp_path / "data" / "archive").glob("*.warc.gz"))
    assert files
    responses, requests = {}, 0
    for path in files:
        with path.open("rb") as stream:
            for record in ArchiveIterator(stream, parse_http=True, verify_digests=True):
                if record.record_type == WarcRecordType.response:
                    responses[record.headers["WARC-Target-URI"]] = (
                        record.http_headers.status_code,
                        record.reader.read(),
                    )
                elif record.record_type == WarcRecordType.request:
                    requests += 1
    assert responses[server.base + "/moved"][0] == 301
    assert responses[server.base + "/rss"][1] == site.routes["/rss"][2]
    assert responses[server.base + "/a/story-1.html"][1] == site.routes["/a/story-1.html"][2]
    assert requests == len(responses) == 5  # moved, rss, robots.txt, two pages


def test_host_gate_spaces_fetches_to_one_host(make_config) -> None:
    site = Site()
    with LoopbackServer(site) as server:
        news_site(site, server.base, name="a", feed_path="/rss", seeds=[1, 2, 3])
        config = load_config(make_config(feeds=[server.base + "/rss"], host_concurrency=1, host_delay=1.0), environ={})
        started = []
        for n in (1, 2, 3):
            static = site.routes[f"/a/story-{n}.html"]
            site.handlers[f"/a/story-{n}.html"] = lambda _, s=static: (
                started.append(time.monotonic()),
                (s[0], {"Content-Type": s[1]}, s[2]),
            )[1]
        counts = run_once(config)
    assert counts["articles"] == 3 and counts["pages_deferred"] >= 2
    started.sort()
    assert all(later - earlier >= 0.95 for earlier, later in itertools.pairwise(started))


def test_fetch_command_runs_single_urls_through_the_pipeline(make_config) -> None:
    site = Site()
    with LoopbackServer(site) as server:
        news_site(site, server.base, name="a", feed_path="/rss", seeds=[5])
        config_dir = make_config()
        url = server.base + "/a/story-5.html?utm_source=x"
        done = subprocess.run(
            [*NEWSMON, "--config", str(config_dir), "fetch", url], capture_output=True, text=True, timeout=120
        )
    assert done.returncode == 0, done.stderr
    assert "articles stored  1" in done.stdout
    (article,) = Store.open(load_config(config_dir, environ={}).settings.database).recent_articles()
    assert article.canonical_url == server.base + "/a/story-5.html"


def test_opml_import_then_export_keeps_titles_and_categories(tmp_path: Path, make_config) -> None:
    config_dir = make_config(feeds=["http://example.org/existing.xml"])
    opml = tmp_path / "subs.opml"
    opml.write_text(
        '<?xml version="1.0"?><opml version="2.0"><head><title>s</title></head><body>'
        '<outline text="World"><outline text="Example World" type="rss" xmlUrl="http://example.org/world.xml"/></outline>'
        '<outline text="Tech feed" type="rss" xmlUrl="http://example.org/tech.xml" category="/tech,/science"/>'
        '<outline text="Dup" type="rss" xmlUrl="http://example.org/existing.xml"/></body></opml>'
    )
    newsmon = [*NEWSMON, "--config", str(config_dir), "feeds"]
    imported = subprocess.run([*newsmon, "import", str(opml)], capture_output=True, text=True, timeout=60)
    assert imported.returncode == 0 and "2 feeds added" in imported.stdout
    feeds = {f.url: f for f in load_config(config_dir, environ={}).feeds}
    assert feeds["http://example.org/world.xml"].name == "Example World"
    assert feeds["http://example.org/world.xml"].categories == ("World",)
    assert feeds["http://example.org/tech.xml"].categories == ("science", "tech")
    exported = subprocess.run([*newsmon, "export"], capture_output=True, text=True, timeout=60).stdout
    again = tmp_path / "again.opml"
    again.write_text(exported)
    from pipeline.opml import parse_opml

    assert {(f.url, f.name, f.categories) for f in parse_opml(again.read_bytes())} >= {
        ("http://example.org/world.xml", "Example World", ("World",)),
        ("http://example.org/tech.xml", "Tech feed", ("science", "tech")),
    }
    listing = subprocess.run(newsmon, capture_output=True, text=True, timeout=60)
    assert "http://example.org/tech.xml" in listing.stdout and "never polled" in listing.stdout


def test_binary_garbage_and_lying_charsets_give_a_recorded_error_not_a_crash(live_runtime) -> None:
    site = Site()
    with LoopbackServer(site) as server:
        site.add("/garbage", bytes(range(256)) * 64, "application/rss+xml; charset=utf-8")
        lying = rss("t", server.base, [("Café", server.base + "/x", "g1")]).encode("latin-1", "replace")
        site.add("/lying", lying, "application/rss+xml; charset=utf-16")
        rt = live_runtime()
        garbage = poll(rt, Feed(url=server.base + "/garbage"))
        lied = poll(rt, Feed(url=server.base + "/lying"))
    assert garbage["errors"] == "1" and "unreadable feed" in garbage["last_error"]
    assert lied["errors"] == "0" and "declared as utf-16" in lied["parse_error"]  # best-effort decode
    assert stats(rt.redis)["items_new"] == 1
