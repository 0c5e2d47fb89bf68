"""`newsmon serve` and `newsmon worker` as a user runs them: separate processes, real signals."""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from pathlib import Path

from pipeline.config import load_config
from pipeline.store import Store
from tests.sites import LoopbackServer, Site, news_site

NEWSMON = [sys.executable, "-m", "workers"]


def wait_for(condition, timeout: float = 60.0) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "condition not met in time"
        time.sleep(0.1)


def test_sigterm_lets_the_job_in_flight_finish_and_loses_nothing(make_config, tmp_path: Path) -> None:
    site = Site()
    with LoopbackServer(site) as server:
        news_site(site, server.base, name="a", feed_path="/rss", seeds=[1, 2, 3])
        site.delays["/a/story-2.html"] = 3.0
        config_dir = make_config(embedded=True, feeds=[server.base + "/rss"], batch_size=1)
        service = subprocess.Popen([*NEWSMON, "--config", str(config_dir), "serve"], stderr=subprocess.PIPE, text=True)
        wait_for(lambda: site.hits["/a/story-2.html"] >= 1)
        service.send_signal(signal.SIGTERM)
        _, stderr = service.communicate(timeout=60)
        assert service.returncode == 0, stderr
        assert "Traceback" not in stderr and "SIGTERM received" in stderr
        assert site.hits["/a/story-2.html"] == 1  # the slow fetch finished; it was not cut off

        # whatever the fetch handed on waits in the (persistent) queue for the next run
        once = subprocess.run(
            [*NEWSMON, "--config", str(config_dir), "run", "--once"], capture_output=True, text=True, timeout=120
        )
        assert once.returncode == 0, once.stderr
    store = Store.open(load_config(config_dir, environ={}).settings.database)
    assert sorted(a.url.rsplit("/", 1)[1] for a in store.recent_articles()) == [f"story-{n}.html" for n in (1, 2, 3)]


def test_unreachable_feeds_fail_with_one_line_each_and_the_service_keeps_running(make_config) -> None:
    config_dir = make_config(embedded=True, feeds=["http://127.0.0.1:9/a.xml", "http://127.0.0.1:9/b.xml"])
    service = subprocess.Popen([*NEWSMON, "--config", str(config_dir), "serve"], stderr=subprocess.PIPE, text=True)
    time.sleep(6)
    assert service.poll() is None, "the service stopped by itself"
    service.send_signal(signal.SIGINT)
    _, stderr = service.communicate(timeout=60)
    assert service.returncode == 0
    failures = [line for line in stderr.splitlines() if "127.0.0.1:9/" in line]
    assert len(failures) == 2 and all("Connection refused" in line and "next try in" in line for line in failures)
    assert "Traceback" not in stderr


def test_standalone_workers_share_the_queues_of_one_redis(make_config, redis) -> None:
    site = Site()
    with LoopbackServer(site) as server:
        news_site(site, server.base, name="a", feed_path="/rss", seeds=list(range(10)))
        config_dir = make_config(feeds=[server.base + "/rss"], workers=1)
        workers = [
            subprocess.Popen(
                [*NEWSMON, "--config", str(config_dir), "worker", "--queues", queues], stderr=subprocess.DEVNULL
            )
            for queues in ("fetch,extract", "dedupe,tag,alert")
        ]
        try:
            from workers.scheduler import enqueue_poll

            config = load_config(config_dir, environ={})
            enqueue_poll(redis, config.feeds[0])
            store = Store.open(config.settings.database)
            # a story is the later stages' work: both workers are running when one exists
            wait_for(lambda: (counts := store.counts())["articles"] == 10 and counts["stories"] > 0)
        finally:
            for worker in workers:
                worker.send_signal(signal.SIGTERM)
            for worker in workers:
                assert worker.wait(timeout=30) == 0


def test_bad_config_exits_non_zero_with_the_file_and_no_traceback(tmp_path: Path) -> None:
    config_dir = tmp_path / "config"
    config_dir.mkdir()
    (config_dir / "rules.toml").write_text('[[rules]]\nname = "x"\nquery = \n')
    done = subprocess.run(
        [*NEWSMON, "--config", str(config_dir), "run", "--once"], capture_output=True, text=True, timeout=60
    )
    assert done.returncode != 0
    assert "rules.toml" in done.stderr and "line 3" in done.stderr and "Traceback" not in done.stderr


def test_log_json_makes_every_process_log_json_lines(make_config) -> None:
    config_dir = make_config(embedded=True, feeds=["http://127.0.0.1:9/a.xml"])
    done = subprocess.run(
        [*NEWSMON, "--log-json", "--config", str(config_dir), "run", "--once"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    import json

    records = [json.loads(line) for line in done.stderr.splitlines() if line.strip()]
    failure = [r for r in records if "127.0.0.1:9/a.xml" in r["text"]]
    assert len(failure) == 1 and failure[0]["record"]["level"]["name"] == "WARNING"
