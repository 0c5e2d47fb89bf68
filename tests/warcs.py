"""WARC files shaped like other crawlers' (Common Crawl's CC-NEWS: article responses, no feeds),
for replay tests and the replay benchmark."""

from __future__ import annotations

import gzip
import io
from collections.abc import Iterable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

START = datetime(2026, 11, 20, 6, 0, tzinfo=UTC)


def response_record(writer: WARCWriter, url: str, body: bytes, when: datetime, *,
                    content_type: str = "text/html; charset=utf-8", status: str = "200 OK",
                    gzipped: bool = False):  # type: ignore[no-untyped-def]  # fmt: skip
    headers = [("Content-Type", content_type)]
    if gzipped:
        body = gzip.compress(body)
        headers.append(("Content-Encoding", "gzip"))
    headers.append(("Content-Length", str(len(body))))
    return writer.create_warc_record(
        url,
        "response",
        payload=io.BytesIO(body),
        length=len(body),
        http_headers=StatusAndHeaders(status, headers, protocol="HTTP/1.1"),
        warc_headers_dict={"WARC-Date": when.strftime("%Y-%m-%dT%H:%M:%SZ")},
    )


def write_news_warc(path: Path, pages: Iterable[tuple[str, bytes]], *, start: datetime = START,
                    step: timedelta = timedelta(seconds=1), gzipped_every: int = 3) -> int:  # fmt: skip
    """A CC-NEWS-like WARC: a warcinfo record, then one response per (url, html); returns count."""
    count = 0
    with path.open("wb") as stream:
        writer = WARCWriter(stream, gzip=path.suffix == ".gz", warc_version="WARC/1.0")
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "test-crawler"}))
        for n, (url, html) in enumerate(pages):
            gzipped = bool(gzipped_every) and n % gzipped_every == 0
            writer.write_record(response_record(writer, url, html, start + n * step, gzipped=gzipped))
            count += 1
    return count
