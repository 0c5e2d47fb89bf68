"""Finding a paragraph of the extracted text back on the page it came from."""

from __future__ import annotations

from lxml.etree import XPath
from lxml.html import HtmlElement

_TEXT = XPath("//body//text()[contains(., $needle)]")
NEEDLE_CHARS = 30


def locate(tree: HtmlElement, text: str) -> HtmlElement | None:
    """The element whose own text holds the start (or else the end) of `text`, or None.

    Links and emphasis split a paragraph into several text nodes on the page, so a piece short
    enough to sit in one node is looked for: the first words, then the last ones.
    """
    line = " ".join(text.removeprefix("- ").splitlines()[0].split())
    if not line:
        return None
    head = line[:NEEDLE_CHARS].rsplit(" ", 1)[0] if len(line) > NEEDLE_CHARS else line
    tail = line[-NEEDLE_CHARS:].split(" ", 1)[-1] if len(line) > NEEDLE_CHARS else ""
    for needle in (head, tail):
        found = _TEXT(tree, needle=needle) if needle else []
        if found:
            node = found[0].getparent()
            if getattr(found[0], "is_tail", False) and node is not None:
                node = node.getparent()  # text after an element belongs to that element's parent
            return node
    return None
