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
_PARAGRAPHS = _HEADINGS | {"p"}
_OUTSIDE = frozenset({"body", "html", "main"})
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
        if not isinstance(node.tag, str) or node.tag in _OUTSIDE or node.tag in _FURNITURE:
            return None
        if node.tag == "article" and _signature(node) not in wrappers:
            return None  # a line outside the article's run: not this step's to judge
        path = [node] if node.tag in _PARAGRAPHS else [*path, node]  # spans inside a <p> are the <p>
        node = node.getparent()
    if node is None or not path:
        return None
    element, boxes = path[0], path[1:]  # the containers between the line's own element and the article's run
    if any(_OWN_PARTS.search(b.get("class", "")) or b.find(".//h1") is not None for b in boxes):
        return None  # the article's header, lead, pull quote or caption
    if not boxes:
        return None  # the line itself sits in the article's run
    box: HtmlElement | None = boxes[-1]
    if _signature(boxes[-1]) in wrappers:
        # a wrapper the article's paragraphs sit in; but inside an entry of a live blog (an
        # <article>, like the entries holding prose) a box of its own is still a box
        inner = (b for b in boxes if b.tag in _BOXES and _signature(b) not in wrappers)
        box = next(inner, None) if boxes[-1].tag == "article" else None
    if box is None or box.tag not in _BOXES or word_count(box.text_content()) > BOX_WORDS:
        return None
    if element.tag in _HEADINGS and " ".join(box.text_content().split()) == " ".join(element.text_content().split()):
        return None  # a heading in a wrapper of its own
    return box


def _signature(element: HtmlElement) -> tuple[str, str]:
    # the first class names the component; later ones are its variants ("block block--audio")
    names = element.get("class", "").split()
    return str(element.tag), _DIGITS.sub("", names[0]) if names else ""
