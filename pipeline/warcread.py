"""Reading WARC archives (newsmon's own, or any crawler's, gzipped or not) with fastwarc.

Only HTTP response records carry what replay needs; everything else (warcinfo, request,
metadata and revisit records, non-HTTP records, truncated members, unreadable payloads) is
counted by kind and skipped, so one bad record never stops a replay.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from fastwarc.warc import ArchiveIterator, WarcRecordType

from pipeline.errors import PermanentError
from pipeline.http import decode_content

MAX_PAYLOAD = 10_000_000


@dataclass(frozen=True, slots=True)
class ArchivedResponse:
    """One HTTP response from an archive, payload decoded, in archive order (`position`)."""

    url: str
    when: datetime
    status: int
    headers: dict[str, str]  # lower-case names
    body: bytes
    position: tuple[int, int]  # (file index, offset): archive order

    @property
    def content_type(self) -> str:
        return self.headers.get("content-type", "")


@dataclass
class ReadStats:
    files: int = 0
    records: int = 0
    skipped: Counter[str] = field(default_factory=Counter)


def archive_files(paths: list[Path]) -> list[Path]:
    """The WARC files named, directories expanded in name order (newsmon's names sort by time)."""
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files += sorted(p for p in path.rglob("*") if p.is_file() and ".warc" in p.name)
        else:
            files.append(path)
    return files


def read_responses(
    files: list[Path], stats: ReadStats, *, max_payload: int = MAX_PAYLOAD
) -> Iterator[ArchivedResponse]:
    """Every usable HTTP response record, file by file, record by record."""
    for index, path in enumerate(files):
        stats.files += 1
        with path.open("rb") as stream:
            records = ArchiveIterator(stream, record_types=WarcRecordType.any_type, parse_http=False)
            try:
                for record in records:
                    stats.records += 1
                    response = _response(record, index, stats, max_payload)
                    if response is not None:
                        yield response
            except (OSError, ValueError) as exc:  # a truncated or corrupt member ends this file
                stats.skipped[f"unreadable rest of file ({type(exc).__name__})"] += 1


def _response(record, index: int, stats: ReadStats, max_payload: int) -> ArchivedResponse | None:  # type: ignore[no-untyped-def]
    kind = record.record_type
    if kind != WarcRecordType.response:
        stats.skipped[_kind_name(kind)] += 1
        return None
    if not record.is_http:
        stats.skipped["non-HTTP response"] += 1
        return None
    try:
        record.parse_http(auto_decode="transfer")
        raw = record.reader.read(max_payload + 1)
    except Exception:  # noqa: BLE001 (a broken record is skipped, whatever broke in it)
        stats.skipped["unparseable HTTP response"] += 1
        return None
    if len(raw) > max_payload:
        stats.skipped["payload over the size cap"] += 1
        return None
    headers = {k.lower(): v for k, v in record.http_headers.items()}
    try:
        body = decode_content(raw, headers.get("content-encoding", ""), max_payload)
    except PermanentError:
        stats.skipped["undecodable payload"] += 1
        return None
    when = record.record_date or datetime.now(UTC)
    return ArchivedResponse(
        url=record.headers.get("WARC-Target-URI", "").strip("<>"),
        when=when if when.tzinfo else when.replace(tzinfo=UTC),
        status=record.http_headers.status_code or 0,
        headers=headers,
        body=body,
        position=(index, record.stream_pos),
    )


def _kind_name(kind: WarcRecordType) -> str:
    for name in ("warcinfo", "request", "revisit", "metadata", "resource", "conversion", "continuation"):
        if kind == getattr(WarcRecordType, name):
            return f"{name} record"
    return "unknown record"
