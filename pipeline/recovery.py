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

from pipeline.boilerplate import attribute_words
from pipeline.locate import PageText
from pipeline.paragraphs import Paragraph, fingerprint, spelt, word_count

_BLOCK_TAGS = ("h2", "h3", "h4", "h5", "h6", "blockquote")
_MAX_WORDS = {"head": 20, "quote": 120}
CLIMB = 2  # how far up to look for neighbours when a block stands alone in its box
NEIGHBOUR_SLACK = 200  # characters of markup whitespace a neighbour's text may hold beyond a paragraph's


def restore_headings(tree: HtmlElement, paragraphs: list[Paragraph], *, max_counted_chars: int) -> list[Paragraph]:
    """`paragraphs` with the page's headings and quotes that sit between two of them put back."""
    texts = [spelt(p.text) for p in paragraphs]
    position = {
        words: index for index, (p, words) in enumerate(zip(paragraphs, texts, strict=True)) if p.kind != "head"
    }
    present = set(texts)
    whole = " " + " ".join(texts) + " "
    # a neighbour with more text than any paragraph (the article's whole box) is none of them:
    # its text is not read to the end
    limit = 2 * max((len(p.text) for p in paragraphs), default=0) + NEIGHBOUR_SLACK
    inserts: dict[int, list[Paragraph]] = {}
    for block in tree.iter(_BLOCK_TAGS):
        kind = "quote" if block.tag == "blockquote" else "head"
        text = " ".join(" ".join(block.itertext()).split())
        words = spelt(text)
        if not words or words in present or word_count(text) > _MAX_WORDS[kind]:
            continue
        if f" {' '.join(words.split()[:8])} " in whole:
            continue  # already there, split over paragraphs or with its links spelt otherwise
        before = position.get(spelt(_neighbour_text(block, previous=True, limit=limit)))
        after = position.get(spelt(_neighbour_text(block, previous=False, limit=limit)))
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


def _neighbour_text(element: HtmlElement, *, previous: bool, limit: int) -> str:
    """The text of the nearest element before (or after) this one that has any, looking up to
    `CLIMB` boxes out when the block stands alone in its box (a quote in a figure); "" when that
    text runs over `limit` characters."""
    for _ in range(CLIMB + 1):
        sibling = element.getprevious() if previous else element.getnext()
        while sibling is not None:
            if isinstance(sibling.tag, str):
                text = _text_within(sibling, limit)
                if text is None:
                    return ""
                if text:
                    return text
            sibling = sibling.getprevious() if previous else sibling.getnext()
        parent = element.getparent()
        if parent is None or parent.tag in ("body", "article", "main"):
            break
        element = parent
    return ""


def _text_within(element: HtmlElement, limit: int) -> str | None:
    pieces, size = [], 0
    for piece in element.itertext():
        size += len(piece)
        if size > limit:
            return None
        pieces.append(piece)
    return " ".join(pieces).strip()


_SAME_CLASS = XPath("//body//*[@class=$cls]")
_BODY_BLOCKS = XPath(".//p | .//h2 | .//h3 | .//h4 | .//blockquote | .//li")
SPLIT_CLIMB = 4  # how far up from a paragraph to look for the article body's box


def restore_split_body(page: PageText, paragraphs: list[Paragraph], article: re.Pattern[str]) -> list[Paragraph]:
    """`paragraphs` plus the rest of an article body the page splits into several boxes of one
    class (between ad rows: "article__body", "article__body", ...) when trafilatura took one box."""
    first = next((p for p in paragraphs if p.kind == "p" and p.words >= 12), None)
    tree = page.tree
    box = _body_box(page, first.text, article) if first else None
    if box is None:
        return paragraphs
    present = {spelt(p.text) for p in paragraphs}
    own = spelt(" ".join(box.itertext()))
    last = max((i for i, p in enumerate(paragraphs) if spelt(p.text) in own), default=len(paragraphs) - 1)
    extra = []
    for other in _SAME_CLASS(tree, cls=box.get("class")):
        if other is box or _related(other, box):
            continue
        for block in _BODY_BLOCKS(other):
            text = " ".join(" ".join(block.itertext()).split())
            if text and spelt(text) not in present:
                kind = {"blockquote": "quote", "li": "item"}.get(block.tag, "head" if block.tag[0] == "h" else "p")
                shown = f"- {text}" if kind == "item" else text
                links = sum(len(" ".join(" ".join(a.itertext()).split())) for a in block.iter("a"))
                extra.append(Paragraph(shown, kind, word_count(text), links / len(text), fingerprint(text)))
                present.add(spelt(text))
    return [*paragraphs[: last + 1], *extra, *paragraphs[last + 1 :]] if extra else paragraphs


def _body_box(page: PageText, text: str, article: re.Pattern[str]) -> HtmlElement | None:
    node = page.locate(text)
    for _ in range(SPLIT_CLIMB):
        if node is None or node.tag in ("body", "html"):
            return None
        cls = node.get("class")
        if cls and article.search(attribute_words(cls)):
            return node if len(_SAME_CLASS(page.tree, cls=cls)) > 1 else None
        node = node.getparent()
    return None


def _related(one: HtmlElement, other: HtmlElement) -> bool:
    return any(a is other for a in one.iterancestors()) or any(a is one for a in other.iterancestors())
