"""`newsmon replay` over newsmon's own archive and over other crawlers' WARC files."""

from __future__ import annotations

import gzip
import io
import json
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

from warcio.warcwriter import WARCWriter

from pipeline.config import load_config
from pipeline.store import Store
from tests.sites import LoopbackServer, Site, article_page, make_story, news_site
from tests.warcs import START, response_record, write_news_warc
from workers.queues import stats
from workers.service import run_once

NEWSMON = [sys.executable, "-m", "workers"]


def replay(config_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    done = subprocess.run(
        [*NEWSMON, "--config", str(config_dir), "replay", *args], capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stderr
    return done


def lines(done: subprocess.CompletedProcess[str]) -> list[dict]:  # type: ignore[type-arg]
    return [json.loads(line) for line in done.stdout.splitlines()]


def test_dry_run_replay_of_newsmons_own_archive_is_deterministic_and_leaves_live_state_alone(
    make_config, redis
) -> None:
    site = Site()
    with LoopbackServer(site) as server:
        news_site(
            site,
            server.base,
            name="daily",
            feed_path="/daily/rss.xml",
            seeds=list(range(1, 11)),
            topics={2: "climate change"},
        )
        news_site(
            site,
            server.base,
            name="herald",
            feed_path="/herald/rss.xml",
            seeds=list(range(101, 107)),
            topics={103: "climate change"},
        )
        feeds = [server.base + "/daily/rss.xml", server.base + "/herald/rss.xml"]
        config_dir = make_config(feeds=feeds, rules={"climate": '"climate change"'})
        config = load_config(config_dir, environ={})
        live = run_once(config)
    archive = str(config.settings.data_dir / "archive")
    first = replay(config_dir, "--dry-run", "--json", archive)
    second = replay(config_dir, "--dry-run", "--json", archive)
    assert first.stdout == second.stdout
    out = lines(first)
    articles = [line for line in out if line["type"] == "article"]
    alerts = [line for line in out if line["type"] == "alert"]
    assert len(articles) == live["articles"] == 16
    assert {a["source"] for a in articles} == set(feeds)
    assert {tuple(a["urls"]) for a in alerts} == {
        (f"{server.base}/daily/story-2.html",),
        (f"{server.base}/herald/story-103.html",),
    }
    assert all(a["rule"] == "climate" and a["story"] for a in alerts)
    assert set(articles[0]) == {
        "type",
        "url",
        "canonical_url",
        "title",
        "published",
        "source",
        "text",
        "duplicate_of",
        "story",
        "tags",
    }
    # all 16 printed although the live dedupe memory has seen them: the backtest ran on its own
    # state, and wrote nothing into the live Redis (a replay counts its pages where it runs)
    assert stats(redis).get("replay_pages", 0) == 0 and stats(redis)["articles"] == 16
    assert Store.open(config.settings.database).counts()["alerts"] == 2


def test_replay_of_a_foreign_warc_skips_bad_records_and_carries_on(make_config, tmp_path: Path) -> None:
    warc = tmp_path / "CC-NEWS-test.warc.gz"
    stories = [make_story(seed, "climate change" if seed == 3 else "") for seed in range(1, 7)]
    pages = [
        (
            f"https://news.example.org/{s.slug}",
            article_page(s, site="Example", url=f"https://news.example.org/{s.slug}").encode(),
        )
        for s in stories
    ]
    write_news_warc(warc, pages)
    with warc.open("ab") as stream:  # what real archives also hold
        writer = WARCWriter(stream, gzip=True)
        when = START + timedelta(hours=1)
        writer.write_record(
            writer.create_warc_record(
                "https://news.example.org/logo.png",
                "resource",
                payload=io.BytesIO(b"\x89PNG..."),
                warc_content_type="image/png",
            )
        )
        writer.write_record(
            response_record(
                writer,
                "https://news.example.org/photo.jpg",
                b"\xff\xd8\xff" + bytes(5000),
                when,
                content_type="image/jpeg",
            )
        )
        revisit = writer.create_revisit_record(
            "https://news.example.org/story-1",
            digest="sha1:AAAA",
            refers_to_uri="https://news.example.org/story-1",
            refers_to_date="2026-11-20T06:00:00Z",
        )
        writer.write_record(revisit)
        stream.write(
            gzip.compress(b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 99999\r\n\r\nHTTP/1.1 200 OK\r\n")[:-12]
        )
    config_dir = make_config(rules={"climate": '"climate change"'})
    out = lines(replay(config_dir, "--dry-run", "--json", str(warc)))
    assert [line["canonical_url"] for line in out if line["type"] == "article"] == [url for url, _ in pages]
    assert [line["urls"] for line in out if line["type"] == "alert"] == [["https://news.example.org/story-3"]]
    summary = dict(line.rsplit(None, 1) for line in replay(config_dir, "--dry-run", str(warc)).stdout.splitlines())
    print(summary)
    assert summary["pages replayed"] == "6" and summary["articles"] == "6"
    assert summary["skipped: revisit record"] == summary["skipped: resource record"] == "1"


def test_rules_file_and_time_window_select_what_is_backtested(make_config, tmp_path: Path) -> None:
    warc = tmp_path / "news.warc"
    stories = [make_story(seed, "flood warning" if seed % 2 else "") for seed in range(1, 9)]
    write_news_warc(warc, [(f"https://a.example/{s.slug}", article_page(s, site="A", url=f"https://a.example/{s.slug}").encode()) for s in stories],
                    step=timedelta(minutes=10))  # fmt: skip
    rules = tmp_path / "backtest.toml"
    rules.write_text('[[rules]]\nname = "floods"\nquery = \'"flood warning"\'\n')
    config_dir = make_config(rules={"climate": '"climate change"'})
    everything = lines(replay(config_dir, "--dry-run", "--json", "--rules", str(rules), str(warc)))
    assert [line["rule"] for line in everything if line["type"] == "alert"] == ["floods"] * 4
    since, until = (START + timedelta(minutes=20)).isoformat(), (START + timedelta(minutes=50)).isoformat()
    window = lines(replay(config_dir, "--dry-run", "--json", "--since", since, "--until", until, str(warc)))
    assert [line["canonical_url"].rsplit("/", 1)[1] for line in window if line["type"] == "article"] == [
        "story-3",
        "story-4",
        "story-5",
    ]


def test_the_first_copy_in_archive_order_wins_and_repeats_are_not_printed(make_config, tmp_path: Path) -> None:
    story = make_story(5)
    url = "https://b.example/story"
    first = article_page(story, site="B", url=url).encode()
    edited = first.replace(
        story.paragraphs[0].encode(), b"An edited first paragraph that differs from the wire copy entirely."
    )
    other = make_story(6)
    warc = tmp_path / "dups.warc.gz"
    write_news_warc(
        warc,
        [
            (url, first),
            ("https://b.example/other", article_page(other, site="B", url="https://b.example/other").encode()),
            (url + "?utm_source=x", edited),
        ],
    )
    out = lines(replay(make_config(), "--dry-run", "--json", str(warc)))
    assert [line["url"] for line in out] == [url, "https://b.example/other"]
    assert story.paragraphs[0][:40] in out[0]["text"]


def test_replay_without_dry_run_rebuilds_the_configured_state(make_config, tmp_path: Path) -> None:
    warc = tmp_path / "news.warc.gz"
    stories = [make_story(seed) for seed in (11, 12)]
    write_news_warc(
        warc,
        [
            (f"https://c.example/{s.slug}", article_page(s, site="C", url=f"https://c.example/{s.slug}").encode())
            for s in stories
        ],
    )
    config_dir = make_config()
    assert len(lines(replay(config_dir, "--json", str(warc)))) == 2
    assert Store.open(load_config(config_dir, environ={}).settings.database).counts()["articles"] == 2
    assert lines(replay(config_dir, "--json", str(warc))) == []  # the live memory has seen them now


def test_a_paced_replay_gives_what_a_flat_out_replay_gives(make_config, tmp_path: Path) -> None:
    # the pacing itself is measured against a fake clock in tests/unit/test_replay_parts.py
    warc = tmp_path / "paced.warc"
    stories = [make_story(seed) for seed in (21, 22, 23)]
    write_news_warc(warc, [(f"https://d.example/{s.slug}", article_page(s, site="D", url=f"https://d.example/{s.slug}").encode()) for s in stories],
                    step=timedelta(minutes=1))  # fmt: skip
    config_dir = make_config()
    flat_out = dict(line.rsplit(None, 1) for line in replay(config_dir, "--dry-run", str(warc)).stdout.splitlines())
    paced = dict(
        line.rsplit(None, 1) for line in replay(config_dir, "--dry-run", "--speed", "30", str(warc)).stdout.splitlines()
    )
    assert paced["articles"] == flat_out["articles"] == "3"
