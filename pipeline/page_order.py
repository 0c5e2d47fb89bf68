"""Page order, where the extracted text's order cannot be trusted.

trafilatura may put a block it found first (an element named like an article body) ahead of the
headline in its output even though the page prints it after. Paragraphs the text layer dropped
for coming before the headline are looked up on the page, and kept when the page has them after.
"""

from __future__ import annotations

from dataclasses import replace

from lxml.html import HtmlElement

from pipeline.locate import PageText
from pipeline.paragraphs import Paragraph


def keep_what_follows_the_headline(page: PageText, paragraphs: list[Paragraph]) -> list[Paragraph]:
    """Undo "before the headline" for paragraphs that follow the headline on the page."""
    if not any(p.dropped is not None and p.dropped.kind == "furniture" for p in paragraphs):
        return paragraphs
    headline = next((p for p in paragraphs if p.dropped is not None and p.dropped.kind == "title"), None)
    anchor = page.locate(headline.text) if headline else None
    if anchor is None:
        return paragraphs
    result = []
    for paragraph in paragraphs:
        if paragraph.dropped is not None and paragraph.dropped.kind == "furniture":
            element = page.locate(paragraph.text)
            if element is not None and precedes(anchor, element):
                paragraph = replace(paragraph, dropped=None)
        result.append(paragraph)
    return result


def precedes(first: HtmlElement, second: HtmlElement) -> bool:
    """True when `first` starts before `second` in the document (an ancestor starts first)."""
    chain_first = [first, *first.iterancestors()][::-1]
    chain_second = [second, *second.iterancestors()][::-1]
    for a, b in zip(chain_first, chain_second, strict=False):
        if a is not b:
            parent = a.getparent()
            return parent is not None and parent.index(a) < parent.index(b)
    return len(chain_first) <= len(chain_second)
