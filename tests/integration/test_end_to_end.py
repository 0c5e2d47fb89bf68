"""The whole pipeline on real Redis, real rq workers, real HTTP on 127.0.0.1 and a real store."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator

import pytest

from pipeline.config import load_config
from pipeline.store import Store
from tests.sites import LoopbackServer, Site, news_site
from workers.service import run_once

CLIMATE_SEEDS = {3, 7, 11}


@pytest.fixture
def two_feeds() -> Iterator[tuple[LoopbackServer, list[str]]]:
    """Two outlets of 12 items each; the second also carries 3 of the first's articles."""
    site = Site()
    with LoopbackServer(site) as server:
        topics = {seed: "climate change" for seed in CLIMATE_SEEDS}
        news_site(site, server.base, name="daily", feed_path="/daily/rss.xml", seeds=list(range(1, 13)), topics=topics)
        news_site(site, server.base, name="herald", feed_path="/herald/rss.xml", seeds=list(range(101, 113)))
        feed = site.routes["/herald/rss.xml"][2].decode()
        shared = "".join(
            f"<item><title>Wire {n}</title><link>{server.base}/daily/story-{n}.html?utm_source=herald#top</link>"
            f"<guid>herald-wire-{n}</guid></item>"
            for n in (1, 2, 3)
        )
        site.add("/herald/rss.xml", feed.replace("</channel>", shared + "</channel>"), "application/rss+xml")
        yield server, [server.base + "/daily/rss.xml", server.base + "/herald/rss.xml"]


def test_run_once_stores_every_article_once_and_alerts_per_story(make_config, two_feeds) -> None:
    _, feeds = two_feeds
    config = load_config(
        make_config(feeds=feeds, rules={"climate": '"climate change"', "never": "zyzzyva"}), environ={}
    )
    counts = run_once(config)
    assert counts["feeds_polled"] == 2
    assert counts["items_seen"] == 27
    assert counts["articles"] == 24
    assert counts["duplicates"] == 3
    assert counts["alerts"] == len(CLIMATE_SEEDS)
    store = Store.open(config.settings.database)
    assert store.counts()["articles"] == 24
    alerts = store.recent_alerts(50)
    assert sorted(a.url.rsplit("/", 1)[1] for a in alerts) == sorted(f"story-{n}.html" for n in CLIMATE_SEEDS)
    assert {a.rule for a in alerts} == {"climate"}
    titled = [a for a in store.recent_articles(50) if a.title and "lang:en" in a.tags and a.text]
    assert len(titled) == 24
    assert all("Advertisement" not in a.text for a in titled)


def test_second_run_finds_nothing_new_and_alerts_nothing_twice(make_config, two_feeds) -> None:
    _, feeds = two_feeds
    config = load_config(make_config(feeds=feeds, rules={"climate": '"climate change"'}), environ={})
    run_once(config)
    again = run_once(config)
    assert again["feeds_polled"] == 2
    assert again.get("items_new", 0) == 0
    assert again.get("alerts", 0) == 0
    assert Store.open(config.settings.database).counts()["alerts"] == len(CLIMATE_SEEDS)


def test_cli_run_once_on_embedded_redis_prints_summary_and_lists(make_config, two_feeds) -> None:
    _, feeds = two_feeds
    config_dir = make_config(embedded=True, feeds=feeds, rules={"climate": '"climate change"'})
    newsmon = [sys.executable, "-m", "workers", "--config", str(config_dir)]
    done = subprocess.run([*newsmon, "run", "--once"], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    summary = dict(line.rsplit(None, 1) for line in done.stdout.strip().splitlines())
    assert summary["articles stored"] == "24" and summary["alerts"] == "3" and summary["feeds polled"] == "2"
    listed = subprocess.run(
        [*newsmon, "articles", "--json", "--limit", "100"], capture_output=True, text=True, timeout=60
    )
    rows = [json.loads(line) for line in listed.stdout.splitlines()]
    assert len(rows) == 24 and all(row["text"] for row in rows)
    fetched = [row["fetched_at"] for row in rows]
    assert fetched == sorted(fetched, reverse=True)
    alerts = subprocess.run([*newsmon, "alerts"], capture_output=True, text=True, timeout=60)
    assert alerts.stdout.count("[climate]") == 3
