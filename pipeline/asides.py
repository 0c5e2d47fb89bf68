"""Lines printed in a box of their own inside the article: a component, not the story.

A news page's body is a run of paragraphs in one container (each maybe in the same wrapper).
A sponsor card, a poll tracker, an audio player, a citation tool or a broken embed sits in that
run as a small box of its own: short lines inside an element the article's paragraphs are never
inside. Such a line is dropped whatever its wording. Headings, lists, quotes, tables and figures
are article furniture, never such a box.
"""

from __future__ import annotations

import re
from dataclasses import replace

from lxml.html import HtmlElement

from pipeline.boilerplate import Dropped
from pipeline.locate import PageText
from pipeline.paragraphs import Paragraph, word_count

PROSE_WORDS = 20  # a kept paragraph this long is the article's own prose, wherever it sits
BOX_WORDS = 60  # a component box holds at most this many words
WRAPPER_DEPTH = 3  # ancestors of a prose paragraph whose names are the article's own wrappers
_FURNITURE = frozenset(
    {"ul", "ol", "li", "dl", "table", "blockquote", "figure", "figcaption", "pre", "q", "cite", "header"}
)
# inline markup: a paragraph located by a piece of its text is the block around these
_INLINE = frozenset({"a", "b", "strong", "i", "em", "u", "small", "font", "mark", "sup", "sub", "abbr", "time", "br"})
# boxes named as the article's own parts: its header, lead, a pull quote, a caption
_OWN_PARTS = re.compile(r"head|hero|intro|lede|lead|standfirst|summary|quote|caption|subtitle", re.IGNORECASE)
_BOXES = frozenset({"div", "section", "aside", "span", "form", "details", "dialog", "nav", "footer", "center"})
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_BOUNDARY = frozenset({"body", "html", "main", "article"})
_DIGITS = re.compile(r"\d+")


def drop_boxed_lines(page: PageText, paragraphs: list[Paragraph]) -> list[Paragraph]:
    prose_elements = [
        e for p in paragraphs if p.dropped is None and p.words >= PROSE_WORDS and (e := page.locate(p.text)) is not None
    ]
    if not prose_elements:
        return paragraphs
    holders: set[HtmlElement] = set()
    wrappers: set[tuple[str, str]] = set()
    for element in prose_elements:
        for depth, ancestor in enumerate([element, *element.iterancestors()]):
            holders.add(ancestor)
            if depth <= WRAPPER_DEPTH:
                wrappers.add(_signature(ancestor))
    result = []
    for paragraph in paragraphs:
        if paragraph.dropped is None and paragraph.words < PROSE_WORDS and paragraph.kind in ("p", "head"):
            box = _box(page, paragraph, holders, wrappers)
            if box is not None:
                reason = Dropped(
                    paragraph.text, "text", "component", f'in a <{box.tag} class="{box.get("class", "")}"> box'
                )
                paragraph = replace(paragraph, dropped=reason)
        result.append(paragraph)
    return result


def _box(
    page: PageText, paragraph: Paragraph, holders: set[HtmlElement], wrappers: set[tuple[str, str]]
) -> HtmlElement | None:
    element = page.locate(paragraph.text)
    while element is not None and element.tag in _INLINE:
        element = element.getparent()
    if element is None:
        return None
    path = []
    node = element
    while node is not None and node not in holders:
        if not isinstance(node.tag, str) or node.tag in _BOUNDARY or node.tag in _FURNITURE:
            return None
        path.append(node)
        node = node.getparent()
    if node is None or len(path) < 2:
        return None  # the paragraph itself sits in the article's run
    box = path[-1]
    if box.tag not in _BOXES:
        return None
    if _signature(box) in wrappers or _OWN_PARTS.search(box.get("class", "")) or box.find(".//h1") is not None:
        return None
    if word_count(box.text_content()) > BOX_WORDS:
        return None
    if element.tag in _HEADINGS and " ".join(box.text_content().split()) == " ".join(element.text_content().split()):
        return None  # a heading in a wrapper of its own
    return box


def _signature(element: HtmlElement) -> tuple[str, str]:
    # the first class names the component; later ones are its variants ("block block--audio")
    names = element.get("class", "").split()
    return str(element.tag), _DIGITS.sub("", names[0]) if names else ""
