"""Lines printed in a box of their own inside the article: a component, not the story.

A news page's body is a run of paragraphs in one container (each maybe in the same wrapper).
A sponsor card, a poll tracker, an audio player, a citation tool or a broken embed sits in that
run as a small box of its own: short lines inside an element the article's paragraphs are never
inside (a custom element, a table of one column, a box within a live blog's entry; in old markup,
a run of short lines between blank lines). Such a line is dropped whatever its wording.
Headings, lists, quotes, tables of data and figures are article furniture, never such a box.
"""

from __future__ import annotations

import re
from dataclasses import replace

from lxml.etree import XPath
from lxml.html import HtmlElement

from pipeline.boilerplate import Dropped
from pipeline.locate import PageText
from pipeline.paragraphs import Paragraph, first_cell, spelt, table_rows, word_count
from pipeline.widgets import run_around

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
_LAYOUT = frozenset({"table", "tbody", "tr", "td"})  # a layout table's cells wrap the page, not each paragraph
_JUDGED = ("p", "head", "table")  # a table here is a small one read as a line ("| cell | cell |")
_DIGITS = re.compile(r"\d+")
_WIDE_ROW = XPath("boolean(.//tr[count(td|th) > 1])")


def drop_boxed_lines(page: PageText, paragraphs: list[Paragraph]) -> list[Paragraph]:
    """`paragraphs`, less the short lines the page prints in a component box of their own."""
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
            if depth <= WRAPPER_DEPTH and ancestor.tag not in _LAYOUT:
                wrappers.add(_signature(ancestor))
    result = []
    for paragraph in paragraphs:
        if paragraph.dropped is None and paragraph.kind in _JUDGED and _short(paragraph):
            where = _where(_own_block(page, first_cell(paragraph.text)), paragraph, holders, wrappers)
            where = where or ("a small table of one column" if _one_column_text(paragraph) else "")
            if where:
                paragraph = replace(paragraph, dropped=Dropped(paragraph.text, "text", "component", where))
        result.append(paragraph)
    return result


def _short(paragraph: Paragraph) -> bool:
    # a small table is read as one paragraph, a row a line: each row is judged as a line would be
    if paragraph.kind == "table":
        rows = paragraph.text.splitlines()
        return paragraph.words <= BOX_WORDS and all(word_count(row) < PROSE_WORDS for row in rows)
    return paragraph.words < PROSE_WORDS


def _one_column_text(paragraph: Paragraph) -> bool:
    # a table of data has columns; rows of one cell frame a box (a title, entries, a button),
    # whatever markup wraps it (a figure, a layout column)
    rows = table_rows(paragraph.text) if paragraph.kind == "table" else []
    return len(rows) > 1 and all(len(cells) == 1 for cells in rows)


def _where(
    block: HtmlElement | None, paragraph: Paragraph, holders: set[HtmlElement], wrappers: set[tuple[str, str]]
) -> str:
    """Why the line printed in `block` is a component's, or "" when it is the article's."""
    if block is None:
        return ""
    box = _box(block, paragraph, holders, wrappers)
    if box is not None:
        return f'in a <{box.tag} class="{box.get("class", "")}"> box'
    return "in a run of short lines of its own" if _in_run_of_lines(block, paragraph, holders) else ""


def _in_run_of_lines(node: HtmlElement, paragraph: Paragraph, holders: set[HtmlElement]) -> bool:
    """True when the line is loose text of the article's own run, printed with other short lines
    and held apart from the paragraphs by blank lines (old markup: paragraphs between <br><br>,
    a widget's title, sentence and button between single <br>s)."""
    if node not in holders:
        return False
    run = run_around(node, spelt(paragraph.text))
    short = all(word_count(line) < PROSE_WORDS for line in run)
    return len(run) > 1 and short and sum(map(word_count, run)) <= BOX_WORDS


def _own_block(page: PageText, text: str) -> HtmlElement | None:
    """The element the line is printed in: found by its text, past links and emphasis."""
    node = page.locate(text)
    while node is not None and node.tag in _INLINE:
        node = node.getparent()
    return node


def _box(
    block: HtmlElement, paragraph: Paragraph, holders: set[HtmlElement], wrappers: set[tuple[str, str]]
) -> HtmlElement | None:
    path = _path(block, holders, wrappers)
    if not path:
        return None
    element = path[0]
    # the line's own element is a box as well when it prints several lines (split by <br>)
    several = "\n" in paragraph.text.strip() or word_count(element.text_content()) > paragraph.words + 2
    boxes = path if several else path[1:]
    if not boxes or any(_OWN_PARTS.search(b.get("class", "")) or b.find(".//h1") is not None for b in boxes):
        return None  # the line sits in the article's run itself, or in its header, lead, quote, caption
    outer = boxes[-1]
    if _signature(outer) in wrappers and outer.tag != "article":
        return None  # a wrapper the article's paragraphs sit in
    # the largest small box around the line that is not one of the article's own wrappers; inside
    # a live blog's entry (an <article> like the entries holding prose), the box within it
    small = [b for b in boxes if _is_box(b) and _signature(b) not in wrappers and _words(b) <= BOX_WORDS]
    if not small:
        return None
    box = small[0] if _signature(outer) in wrappers else small[-1]
    if element.tag in _HEADINGS and " ".join(box.text_content().split()) == " ".join(element.text_content().split()):
        return None  # a heading in a wrapper of its own
    return box


def _path(block: HtmlElement, holders: set[HtmlElement], wrappers: set[tuple[str, str]]) -> list[HtmlElement]:
    """The elements from the line's own `block` up to the child of the nearest element that holds
    article prose, or [] for a line in furniture (a list, a quote, a data table) or outside the
    article."""
    node: HtmlElement | None = block
    path: list[HtmlElement] = []
    while node is not None and node not in holders:
        if not isinstance(node.tag, str) or node.tag in _OUTSIDE:
            return []
        if node.tag in _FURNITURE and not _one_column(node):
            return []
        if node.tag == "article" and _signature(node) not in wrappers:
            return []  # a line outside the article's run: not this step's to judge
        path = [node] if node.tag in _PARAGRAPHS else [*path, node]  # spans inside a <p> are the <p>
        node = node.getparent()
    return path if node is not None else []


def _one_column(element: HtmlElement) -> bool:
    # a table of one column frames a box (a title, a line, a button, row under row); a table of
    # data has columns
    return element.tag == "table" and not _WIDE_ROW(element)


def _words(element: HtmlElement) -> int:
    return word_count(element.text_content())


def _is_box(element: HtmlElement) -> bool:
    # a custom element is a component by definition; a table of one column frames a box
    return element.tag in _BOXES or "-" in element.tag or _one_column(element)


def _signature(element: HtmlElement) -> tuple[str, str]:
    # the first class names the component; later ones are its variants ("block block--audio")
    names = element.get("class", "").split()
    return str(element.tag), _DIGITS.sub("", names[0]) if names else ""
