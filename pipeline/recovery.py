"""Article text trafilatura left behind: section headings between two paragraphs it kept.

When a page has no container trafilatura recognises as the article, it collects the paragraphs
one by one and loses the headings between them ("What happens next", "Cost of the repairs").
A heading whose neighbours on the page are both paragraphs of the extracted text is part of
that text, and goes back in between them.
"""

from __future__ import annotations

import re

from lxml.etree import XPath
from lxml.html import HtmlElement

from pipeline.paragraphs import Paragraph, fingerprint, word_count

_HEADINGS = XPath("//body//*[self::h2 or self::h3 or self::h4 or self::h5 or self::h6]")
_WORD = re.compile(r"\w+")
MAX_HEADING_WORDS = 20


def restore_headings(tree: HtmlElement, paragraphs: list[Paragraph], *, max_counted_chars: int) -> list[Paragraph]:
    """`paragraphs` with the page's section headings that sit between two of them put back."""
    position = {_words(p.text): index for index, p in enumerate(paragraphs) if p.kind != "head"}
    present = {_words(p.text) for p in paragraphs}
    inserts: dict[int, list[Paragraph]] = {}
    for heading in _HEADINGS(tree):
        text = " ".join(heading.text_content().split())
        words = _words(text)
        if not words or words in present or word_count(text) > MAX_HEADING_WORDS:
            continue
        before = position.get(_words(_neighbour_text(heading, previous=True)))
        after = position.get(_words(_neighbour_text(heading, previous=False)))
        if before is not None and after is not None and before < after:
            key = fingerprint(text) if len(text) <= max_counted_chars else ""
            inserts.setdefault(after, []).append(Paragraph(text, "head", word_count(text), 0.0, key))
            present.add(words)
    if not inserts:
        return paragraphs
    restored: list[Paragraph] = []
    for index, paragraph in enumerate(paragraphs):
        restored.extend(inserts.get(index, []))
        restored.append(paragraph)
    return restored


def _neighbour_text(element: HtmlElement, *, previous: bool) -> str:
    sibling = element.getprevious() if previous else element.getnext()
    while sibling is not None:
        if isinstance(sibling.tag, str):
            text = sibling.text_content().strip()
            if text:
                return text
        sibling = sibling.getprevious() if previous else sibling.getnext()
    return ""


def _words(text: str) -> str:
    return " ".join(_WORD.findall(text.lower()))
