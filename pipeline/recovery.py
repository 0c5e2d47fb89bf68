"""Article text trafilatura left behind: headings and quotes between two paragraphs it kept.

When a page has no container trafilatura recognises as the article, it collects the paragraphs
one by one and loses the headings between them ("What happens next", "Cost of the repairs");
a pull quote set in a figure goes the same way. A heading or quote whose neighbours on the page
are both paragraphs of the extracted text is part of that text, and goes back between them.
"""

from __future__ import annotations

import re

from lxml.etree import XPath
from lxml.html import HtmlElement

from pipeline.paragraphs import Paragraph, fingerprint, word_count

_BLOCKS = XPath("//body//*[self::h2 or self::h3 or self::h4 or self::h5 or self::h6 or self::blockquote]")
_WORD = re.compile(r"\w+")
_MAX_WORDS = {"head": 20, "quote": 120}
CLIMB = 2  # how far up to look for neighbours when a block stands alone in its box


def restore_headings(tree: HtmlElement, paragraphs: list[Paragraph], *, max_counted_chars: int) -> list[Paragraph]:
    """`paragraphs` with the page's headings and quotes that sit between two of them put back."""
    position = {_words(p.text): index for index, p in enumerate(paragraphs) if p.kind != "head"}
    present = {_words(p.text) for p in paragraphs}
    whole = " " + " ".join(_words(p.text) for p in paragraphs) + " "
    inserts: dict[int, list[Paragraph]] = {}
    for block in _BLOCKS(tree):
        kind = "quote" if block.tag == "blockquote" else "head"
        text = " ".join(" ".join(block.itertext()).split())
        words = _words(text)
        if not words or words in present or word_count(text) > _MAX_WORDS[kind]:
            continue
        if f" {' '.join(words.split()[:8])} " in whole:
            continue  # already there, split over paragraphs or with its links spelt otherwise
        before = position.get(_words(_neighbour_text(block, previous=True)))
        after = position.get(_words(_neighbour_text(block, previous=False)))
        if before is not None and after is not None and before < after:
            key = fingerprint(text) if len(text) <= max_counted_chars else ""
            inserts.setdefault(after, []).append(Paragraph(text, kind, word_count(text), 0.0, key))
            present.add(words)
    if not inserts:
        return paragraphs
    restored: list[Paragraph] = []
    for index, paragraph in enumerate(paragraphs):
        restored.extend(inserts.get(index, []))
        restored.append(paragraph)
    return restored


def _neighbour_text(element: HtmlElement, *, previous: bool) -> str:
    """The text of the nearest element before (or after) this one that has any, looking up to
    `CLIMB` boxes out when the block stands alone in its box (a quote in a figure)."""
    for _ in range(CLIMB + 1):
        sibling = element.getprevious() if previous else element.getnext()
        while sibling is not None:
            if isinstance(sibling.tag, str):
                text = " ".join(sibling.itertext()).strip()
                if text:
                    return text
            sibling = sibling.getprevious() if previous else sibling.getnext()
        parent = element.getparent()
        if parent is None or parent.tag in ("body", "article", "main"):
            break
        element = parent
    return ""


def _words(text: str) -> str:
    return " ".join(_WORD.findall(text.lower()))
