"""Finding a paragraph of the extracted text back on the page it came from."""

from __future__ import annotations

from bisect import bisect_right
from functools import cached_property

from lxml.etree import XPath
from lxml.html import HtmlElement

_ALL_TEXT = XPath("//body//text()[normalize-space()]")  # a blank node never holds a needle
_NOT_TEXT = frozenset({"script", "style"})  # hold no paragraph, though a JSON blob may quote one whole
NEEDLE_CHARS = 30
_SEPARATOR = "\x00"  # never in a needle, so a match never runs across two text nodes


class PageText:
    """Finding paragraphs of the extracted text back on the page: the element whose own text
    holds the start (or else the end) of a paragraph. Links and emphasis split a paragraph into
    several text nodes, so a piece short enough to sit in one node is looked for: the first
    words, then the last ones. The page's text nodes are joined once, on the first search, so
    each search is one string search instead of a walk over the page."""

    def __init__(self, tree: HtmlElement) -> None:
        self.tree = tree

    @cached_property
    def _nodes(self) -> list[str]:
        return list(_ALL_TEXT(self.tree))

    @cached_property
    def _starts(self) -> list[int]:
        """Where each node starts in `_joined`."""
        starts, position = [], 0
        for node in self._nodes:
            starts.append(position)
            position += len(node) + len(_SEPARATOR)
        return starts

    @cached_property
    def _joined(self) -> str:
        return _SEPARATOR.join(self._nodes)

    def locate(self, text: str) -> HtmlElement | None:
        for needle in _needles(text):
            at = self._joined.find(needle)
            while at >= 0:
                owner = _owner(self._nodes[bisect_right(self._starts, at) - 1])
                if owner is not None and owner.tag not in _NOT_TEXT:
                    return owner
                at = self._joined.find(needle, at + 1)
        return None


def _needles(text: str) -> tuple[str, ...]:
    lines = text.removeprefix("- ").splitlines()
    line = " ".join(lines[0].split()) if lines else ""
    if not line:
        return ()
    if len(line) <= NEEDLE_CHARS:
        return (line,)
    head = line[:NEEDLE_CHARS].rsplit(" ", 1)[0]
    tail = line[-NEEDLE_CHARS:].split(" ", 1)[-1]
    return tuple(needle for needle in (head, tail) if needle)


def _owner(found: str) -> HtmlElement | None:
    node = found.getparent()  # type: ignore[attr-defined]
    if getattr(found, "is_tail", False) and node is not None:
        node = node.getparent()  # text after an element belongs to that element's parent
    return node
