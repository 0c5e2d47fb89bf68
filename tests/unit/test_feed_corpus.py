"""Every file of a real-world feed corpus (well-formed, ill-formed, odd encodings, entity tricks)."""

from __future__ import annotations

import re
from pathlib import Path

import feedparser
import pytest

from pipeline.feeds import parse_feed
from tests.conftest import needs_shared

_HEADER = re.compile(rb"^Header:\s*Content-type:\s*(.+?)\s*$", re.IGNORECASE | re.MULTILINE)


def corpus() -> list[Path]:
    root = needs_shared("feeds")
    return sorted(p for p in root.rglob("*") if p.suffix in (".xml", ".json"))


def test_every_corpus_file_parses_without_an_exception_and_keeps_its_items() -> None:
    files = corpus()
    assert len(files) > 2000
    with_items = 0
    for path in files:
        body = path.read_bytes()
        header = _HEADER.search(body[:2000])
        content_type = header.group(1).decode() if header else ""
        parsed = parse_feed(body, feed_url="http://example.org/feed", content_type=content_type)
        if path.suffix == ".json":
            assert len(parsed.items) == 2, path
            continue
        # what feedparser reads as entries with a link (or a URL id) must come out as items
        reference = feedparser.parse(body, response_headers={"content-type": content_type} if content_type else {})
        linked = [e for e in reference.entries if e.get("link") or str(e.get("id", "")).startswith(("http:", "https:"))]
        linked = [e for e in linked if parsed_scheme_ok(e)]
        assert len(parsed.items) == len(linked), path
        with_items += bool(parsed.items)
    assert with_items >= 90  # most corpus files test channel-level fields and hold no linked entries


def parsed_scheme_ok(entry: dict) -> bool:  # type: ignore[type-arg]
    from urllib.parse import urljoin

    link = entry.get("link") or entry.get("id") or ""
    return urljoin("http://example.org/feed", link.strip()).lower().startswith(("http://", "https://"))


@pytest.mark.parametrize("name", ["json/example.json"])
def test_json_feed_items_have_links_and_ids(name: str) -> None:
    parsed = parse_feed((needs_shared("feeds") / name).read_bytes(), feed_url="https://example.org/feed.json")
    assert [i.url for i in parsed.items] == ["https://example.org/second-item", "https://example.org/initial-post"]
    assert parsed.title == "My Example Feed" and not parsed.error
