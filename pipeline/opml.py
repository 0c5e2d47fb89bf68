"""OPML subscription lists in and out, keeping titles and categories (folders)."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterable

import listparser

from pipeline.records import Feed


class OpmlError(ValueError):
    """The file is not an OPML list newsmon can read."""


def parse_opml(body: bytes) -> list[Feed]:
    """The feeds of an OPML file; folders become categories such as "News/World" (sorted, so an
    export and a re-import give the same feeds)."""
    parsed = listparser.parse(body)
    if parsed.bozo and not parsed.feeds:
        raise OpmlError(f"not a readable OPML file: {parsed.bozo_exception}")
    feeds = []
    for entry in parsed.feeds:
        url = str(entry.url).strip()
        if not url.lower().startswith(("http://", "https://")):
            continue
        categories = tuple(sorted({"/".join(path) for path in entry.categories if path}))
        feeds.append(Feed(url=url, name=str(entry.title or "").strip(), categories=categories))
    return feeds


def export_opml(feeds: Iterable[Feed], title: str = "newsmon feeds") -> str:
    """OPML 2.0 with one folder per first category; further categories in `category`."""
    root = ET.Element("opml", version="2.0")
    ET.SubElement(ET.SubElement(root, "head"), "title").text = title
    body = ET.SubElement(root, "body")
    folders: dict[str, ET.Element] = {}
    for feed in feeds:
        parent = body
        if feed.categories:
            folder = feed.categories[0]
            if folder not in folders:
                folders[folder] = ET.SubElement(body, "outline", text=folder, title=folder)
            parent = folders[folder]
        attributes = {"type": "rss", "text": feed.name or feed.url, "title": feed.name or feed.url, "xmlUrl": feed.url}
        if len(feed.categories) > 1:
            attributes["category"] = ",".join("/" + c for c in feed.categories[1:])
        ET.SubElement(parent, "outline", attributes)
    ET.indent(root)
    return '<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"
