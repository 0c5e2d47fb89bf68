"""The WARC archive: every HTTP exchange newsmon makes, as request and response records.

Each process appends to its own gzipped WARC file (one gzip member per record, so a reader
can skip a record cut short by a crash), rotated by size and by UTC day. The files are
standard WARC 1.1 written by warcio, for replay and for any other WARC tool.
"""

from __future__ import annotations

import io
import os
import socket
import threading
import zlib
from datetime import UTC, datetime
from pathlib import Path
from typing import BinaryIO
from urllib.parse import urlsplit

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from pipeline.http import Exchange

# hop-by-hop framing that the raw body no longer carries (httpx hands it over de-chunked)
_DROPPED = {"transfer-encoding"}


class WarcArchive:
    """Append-only, rotating WARC files in `directory`; safe to share between threads."""

    def __init__(self, directory: Path, *, max_bytes: int = 1_000_000_000, software: str = "newsmon") -> None:
        self.directory = directory
        self.max_bytes = max_bytes
        self.software = software
        self._lock = threading.Lock()
        self._file: BinaryIO | None = None
        # warcio builds and serialises the records; newsmon gzips each one as its own member at
        # level 6 (warcio uses 9, which costs half again as much CPU for 1% smaller files)
        self._builder = WARCWriter(io.BytesIO(), gzip=False, warc_version="WARC/1.1")
        self._day = ""
        self._sequence = 0
        self.path: Path | None = None

    def record(self, exchange: Exchange) -> None:
        """Append one exchange (the callback the HTTP adapter calls)."""
        self.write([exchange])

    def write(self, exchanges: tuple[Exchange, ...] | list[Exchange]) -> None:
        """Append the request and response records of each exchange, in order."""
        with self._lock:
            for exchange in exchanges:
                output = self._current(exchange.when)
                response = _response_record(self._builder, exchange)
                request = _request_record(self._builder, exchange, response.rec_headers.get_header("WARC-Record-ID"))
                output.write(_gzip_member(self._builder, response) + _gzip_member(self._builder, request))
            if self._file is not None:
                self._file.flush()

    def close(self) -> None:
        with self._lock:
            if self._file is not None:
                self._file.close()
            self._file = None

    def _current(self, when: datetime) -> BinaryIO:
        day = when.strftime("%Y%m%d")
        if self._file is not None and (day != self._day or self._file.tell() >= self.max_bytes):
            self._file.close()
            self._file = None
        if self._file is None:
            self.directory.mkdir(parents=True, exist_ok=True)
            self._sequence += 1
            stamp = datetime.now(UTC).strftime("%Y%m%d%H%M%S")
            name = f"newsmon-{stamp}-{socket.gethostname()}-{os.getpid()}-{self._sequence:05d}.warc.gz"
            self.path = self.directory / name
            self._file = self.path.open("ab")
            info = {"software": self.software, "format": "WARC File Format 1.1", "hostname": socket.gethostname()}
            self._file.write(_gzip_member(self._builder, self._builder.create_warcinfo_record(name, info)))
            self._day = day
        return self._file


def _gzip_member(builder: WARCWriter, record) -> bytes:  # type: ignore[no-untyped-def]
    buffer = io.BytesIO()
    builder.out = buffer
    builder.write_record(record)
    compressor = zlib.compressobj(6, zlib.DEFLATED, zlib.MAX_WBITS + 16)
    return compressor.compress(buffer.getvalue()) + compressor.flush()


def _warc_headers(exchange: Exchange) -> dict[str, str]:
    return {
        "WARC-Date": exchange.when.strftime("%Y-%m-%dT%H:%M:%S.%fZ"),
        "WARC-IP-Address": exchange.ip,
    }


def _response_record(writer: WARCWriter, exchange: Exchange):  # type: ignore[no-untyped-def]
    headers = [(k, v) for k, v in exchange.response_headers if k.lower() not in _DROPPED]
    status_line = f"{exchange.status} {exchange.reason}".strip()
    http_headers = StatusAndHeaders(status_line, headers, protocol=exchange.http_version or "HTTP/1.1")
    return writer.create_warc_record(
        exchange.url,
        "response",
        payload=io.BytesIO(exchange.raw_body),
        length=len(exchange.raw_body),
        http_headers=http_headers,
        warc_headers_dict=_warc_headers(exchange),
    )


def _request_record(writer: WARCWriter, exchange: Exchange, response_id: str):  # type: ignore[no-untyped-def]
    parts = urlsplit(exchange.url)
    target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    http_headers = StatusAndHeaders(
        f"GET {target} {exchange.http_version or 'HTTP/1.1'}",
        list(exchange.request_headers),
        is_http_request=True,
    )
    warc_headers = _warc_headers(exchange) | {"WARC-Concurrent-To": response_id}
    return writer.create_warc_record(
        exchange.url,
        "request",
        payload=io.BytesIO(b""),
        length=0,
        http_headers=http_headers,
        warc_headers_dict=warc_headers,
    )
