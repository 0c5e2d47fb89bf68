"""The extracted article as paragraphs: trafilatura's result tree read block by block.

trafilatura returns the article as a tree of blocks (paragraphs, headings, list items, quotes,
tables); its fallbacks return nested HTML. Either way each block becomes one Paragraph: the text
as it reads in the article, its size, how much of it is link text, and a fingerprint for the
site memory. The layers then judge paragraphs, never markup.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator
from dataclasses import dataclass

from lxml import etree
from lxml.etree import _Element
from trafilatura.xml import xmltotxt

from pipeline.boilerplate import Dropped

_WORD = re.compile(r"\w+")
_SPACE = re.compile(r"\s+")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_KINDS = {
    "h1": "head",
    "h2": "head",
    "h3": "head",
    "h4": "head",
    "h5": "head",
    "h6": "head",
    "ul": "list",
    "ol": "list",
    "dl": "list",
    "blockquote": "quote",
    "li": "item",
}
# containers are walked into; other block tags are paragraphs; anything else is inline text
_CONTAINERS = frozenset(
    {
        "div",
        "section",
        "article",
        "main",
        "body",
        "aside",
        "figure",
        "center",
        "header",
        "footer",
        "nav",
        "form",
        "details",
    }
)
_BLOCKS = frozenset({"p", "head", "list", "quote", "table", "item", "pre", "code", "dt", "dd"}) | _CONTAINERS


@dataclass(frozen=True, slots=True)
class Paragraph:
    """One block of the extracted article, as it reads in the text, and the verdict on it."""

    text: str
    kind: str  # p, head, item, quote, table, ...
    words: int
    link_share: float  # share of the characters inside links
    key: str = ""  # site-memory fingerprint; empty when too long to count
    dropped: Dropped | None = None


def split_paragraphs(body: _Element, *, max_counted_chars: int) -> list[Paragraph]:
    """The blocks of trafilatura's result tree, links measured then flattened to text."""
    units = list(_units(body))
    etree.strip_tags(body, "ref", "a")
    found = []
    for element, kind, flat, link_chars in units:
        text = "- " + flat if kind == "item" else _render(element) if element is not None else flat
        words = word_count(flat)
        if not words or not text:
            continue
        key = fingerprint(flat) if len(flat) <= max_counted_chars else ""
        found.append(Paragraph(text, kind, words, link_chars / len(flat), key))
    return found


Unit = tuple[_Element | None, str, str, int]  # element (None for loose text), kind, text, link chars


def _units(container: _Element) -> Iterator[Unit]:
    # trafilatura's own tree is flat; what its fallbacks return nests paragraphs in divs, with
    # text loose between them (a site name, a caption): each run of loose text is a paragraph.
    loose: list[_Element | str] = [container.text or ""]
    for child in container:
        kind = _KINDS.get(child.tag, child.tag) if isinstance(child.tag, str) else ""
        if kind == "lb":  # a line break between runs of loose text ends one paragraph
            yield from _loose(loose)
            loose = [child.tail or ""]
            continue
        if kind not in _BLOCKS:
            loose.append(child)
            continue
        yield from _loose(loose)
        loose = [child.tail or ""]
        if kind == "list":
            items = list(child.iter("item", "li"))
            for item in items or [child]:
                yield item, "item" if items else "list", _flat(item), _link_chars(item)
        elif kind in _CONTAINERS or (kind != "table" and any(_is_block(c) for c in child)):
            yield from _units(child)  # a paragraph with paragraphs inside is their container
        elif kind == "table" and _is_layout(child):
            for cell in (cell for row in child for cell in row if cell.tag == "cell"):
                yield from _units(cell)
        else:
            yield child, kind, _flat(child), _link_chars(child)
    yield from _loose(loose)


def _is_layout(table: _Element) -> bool:
    """A table that lays out a page (cells holding paragraphs, lists or other tables), not data."""
    cells = (cell for row in table for cell in row if cell.tag == "cell")
    return any(_is_block(child) for cell in cells for child in cell)


def _is_block(element: _Element) -> bool:
    return isinstance(element.tag, str) and _KINDS.get(element.tag, element.tag) in _BLOCKS


def _loose(parts: list[_Element | str]) -> Iterator[Unit]:
    texts, link_chars = [], 0
    for part in parts:
        if isinstance(part, str):
            texts.append(part)
        elif isinstance(part.tag, str):
            texts.append("".join(part.itertext()))
            link_chars += _link_chars(part)
            texts.append(part.tail or "")
        else:  # a comment or processing instruction: only its tail is text
            texts.append(part.tail or "")
    flat = _SPACE.sub(" ", "".join(texts)).strip()
    if flat:
        yield None, "p", flat, link_chars


def _flat(element: _Element) -> str:
    return _SPACE.sub(" ", "".join(element.itertext())).strip()


def _link_chars(element: _Element) -> int:
    return sum(len(_flat(link)) for link in element.iter("ref", "a"))


def _render(block: _Element) -> str:
    lines = (line.strip() for line in xmltotxt(block, False).splitlines())
    return "\n".join(line for line in lines if line)


def spelt(text: str) -> str:
    """`text` as its lower-case words joined by single spaces, to compare texts whatever their
    punctuation, markup spacing or case."""
    return " ".join(_WORD.findall(text.lower()))


def table_rows(text: str) -> list[list[str]]:
    """The cells of a small table read as lines ("| 312 comments |\n|---|\n| Spoilers ... |"),
    row by row, separator rows left out (a pipe inside a cell is escaped, "\\|")."""
    rows = (line.strip().strip(" |") for line in text.splitlines())
    return [row.split(" | ") for row in rows if row.strip("-| ")]


def first_cell(text: str) -> str:
    """The first cell of a small table read as lines; of any other text, its first line."""
    rows = table_rows(text)
    return rows[0][0] if rows else ""


def word_count(text: str) -> int:
    """Words in `text`, counting two Chinese or Japanese characters as one word."""
    return len(_WORD.findall(text)) + len(_CJK.findall(text)) // 2


def fingerprint(text: str) -> str:
    """Site-memory key of a paragraph: its words, case and punctuation aside."""
    return hashlib.blake2b(spelt(text).encode(), digest_size=8).hexdigest()
