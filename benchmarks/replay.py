"""Replay throughput against bare trafilatura over the same payloads, in the same run.

A WARC of N realistic article responses (30-80 KB pages with navigation, ads, comments;
CC-NEWS-shaped: responses only, some gzip-encoded) is generated, then replayed with
`newsmon replay --dry-run` and 2 workers; the baseline runs `trafilatura.extract` over the
same payloads in 2 processes.

    python benchmarks/replay.py [--records 20000]
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

from pipeline.config import load_config
from pipeline.warcread import ReadStats, read_responses
from tests.conftest import write_config
from tests.sites import article_page, make_story
from tests.warcs import write_news_warc
from workers.replay import ReplayOptions, replay


def _extract(page: bytes) -> int:
    return len(trafilatura.extract(page) or "")


def pages(count: int):  # type: ignore[no-untyped-def]
    for seed in range(count):
        story = make_story(seed, "climate change" if seed % 50 == 0 else "")
        url = f"https://news{seed % 40}.example.com/{story.slug}"
        yield (
            url,
            article_page(story, site=f"News {seed % 40}", url=url, seed=seed + 1, target_kb=30 + seed % 51).encode(),
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=20_000)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        warc = Path(tmp) / "CC-NEWS-bench.warc.gz"
        written = write_news_warc(warc, pages(args.records))
        payloads = [r.body for r in read_responses([warc], ReadStats())]
        size = sum(map(len, payloads)) / len(payloads) / 1024
        archive_mb = warc.stat().st_size / 2**20
        print(f"{written} responses, mean {size:.0f} KB, archive {archive_mb:.0f} MB, {args.workers} processes each")

        with Pool(args.workers) as pool:
            pool.map(_extract, payloads[: args.workers * 4])
            start = time.perf_counter()
            pool.map(_extract, payloads, chunksize=8)
            bare = time.perf_counter() - start
        del payloads

        config_dir = write_config(Path(tmp) / "c", data_dir=Path(tmp) / "data", workers=args.workers,
                                  rules={"climate": '"climate change"'})  # fmt: skip
        result = replay(load_config(config_dir, environ={}), ReplayOptions([warc], dry_run=True, progress=False))

    articles = sum(1 for line in result.lines if line["type"] == "article")
    alerts = sum(1 for line in result.lines if line["type"] == "alert")
    assert articles == written, f"replay produced {articles} articles of {written}"
    bare_rate, replay_rate = written / bare, written / result.seconds
    print(f"bare trafilatura.extract : {bare_rate:7.1f} pages/s")
    print(f"newsmon replay           : {replay_rate:7.1f} pages/s ({articles} articles, {alerts} alerts, "
          f"worker start-up and archive reading included)")  # fmt: skip
    print(f"replay cost / bare cost  : {bare_rate / replay_rate:.2f}x  (goal <= 1.25x)")


if __name__ == "__main__":
    main()
