"""Widgets as the page draws them: what shares a small box with a dropped call to action goes too.

A prompt rarely comes alone: a newsletter box has a title, a line of promise, a button; a video
teaser has a caption. The text layer recognises the prompt; here its box is found on the page
(the largest element around it that holds only a few words and no article paragraph) and the
other paragraphs printed inside that box are dropped with it, whatever their wording.
"""

from __future__ import annotations

from dataclasses import replace

from lxml.html import HtmlElement

from pipeline.boilerplate import Dropped
from pipeline.locate import PageText
from pipeline.paragraphs import Paragraph, spelt, word_count

BOX_WORDS = 60  # a widget's box holds at most this many words
NEARBY = 3  # paragraphs either side of a prompt that may share its box
PROSE_WORDS = 12
# kinds whose neighbours are article text as often as not: a label, a teaser, a repeated headline
_NOT_WIDGETS = frozenset({"advertising", "related", "source", "metadata"})
_BOUNDARY = frozenset({"body", "html", "main", "article"})
TITLE_WORDS = 6  # a list of links is titled in at most this many words
MIN_LINKS = 2
TITLE_CHARS = 80  # elements whose own text is this short are indexed as possible titles
_TITLE_TAGS = ("h2", "h3", "h4", "h5", "h6", "p", "strong", "b", "span", "div", "header")
# a list of teasers is short: a box of more words or children around a title is an article body
LINK_LIST_WORDS = 150
LINK_LIST_CHILDREN = 30
_SENTENCE_END = (".", "!", "?", "…")
_RUN_BREAKS = frozenset(
    {"p", "div", "table", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "hr", "form"}
)


def drop_widget_boxes(page: PageText, paragraphs: list[Paragraph]) -> list[Paragraph]:
    """`paragraphs`, with those sharing a small page box with a dropped prompt dropped as well."""
    prose = [spelt(p.text) for p in paragraphs if p.dropped is None and p.words >= PROSE_WORDS]
    boxes: list[tuple[str, str]] = []
    for index, paragraph in enumerate(paragraphs):
        reason = paragraph.dropped
        if reason is None or reason.layer != "text" or reason.kind in _NOT_WIDGETS or reason.reason == "in its box":
            continue
        if not _short_kept_nearby(paragraphs, index):
            continue  # nothing beside it could share its box: no need to look at the page
        box = _box(page, paragraph.text, prose)
        if box:
            boxes.append((box, reason.kind))
    if not boxes:
        return paragraphs
    result = []
    for paragraph in paragraphs:
        if paragraph.dropped is None:
            words = f" {spelt(paragraph.text)} "
            kind = next((k for box, k in boxes if words.strip() and words in box), None)
            if kind:
                paragraph = replace(paragraph, dropped=Dropped(paragraph.text, "text", kind, "in its box"))
        result.append(paragraph)
    return result


def _short_kept_nearby(paragraphs: list[Paragraph], index: int) -> bool:
    nearby = paragraphs[max(0, index - NEARBY) : index + NEARBY + 1]
    return any(p.dropped is None and p.words <= BOX_WORDS // 2 for p in nearby)


def _box(page: PageText, text: str, prose: list[str]) -> str:
    """The words (space-padded) of the largest small box around `text` on the page, or ""."""
    node = page.locate(text)
    best = ""
    while node is not None and isinstance(node.tag, str) and node.tag not in _BOUNDARY:
        content = " ".join(node.itertext())
        if word_count(content) > BOX_WORDS:
            break
        words = f" {spelt(content)} "
        if any(p and f" {p} " in words for p in prose):
            break
        best, node = words, node.getparent()
    if not best and node is not None and isinstance(node.tag, str):
        best = _line_run(node, spelt(text), prose)
    return best


def _line_run(node: HtmlElement, words: str, prose: list[str]) -> str:
    """The words (space-padded) of the lines around `words` that single line breaks hold together
    inside `node` (old markup prints a widget as lines of text between <br>s, and a blank line,
    two breaks, or a block ends it), or "" when that run is one line, large or holds prose."""
    run = run_around(node, words)
    joined = f" {spelt(' '.join(run))} "
    small = len(run) > 1 and word_count(joined) <= BOX_WORDS
    return joined if small and not any(p and f" {p} " in joined for p in prose) else ""


def run_around(node: HtmlElement, words: str) -> list[str]:
    """The lines of the run in `node` that holds `words` (lower-case words, space-joined), or []."""
    for run in line_runs(node):
        if f" {words} " in f" {spelt(' '.join(run))} ":
            return run
    return []


def line_runs(node: HtmlElement) -> list[list[str]]:
    """The loose text of `node` as runs of lines: single line breaks part lines, a blank line
    (two breaks) or a block ends a run."""
    runs: list[list[str]] = [[]]
    line: list[str] = []
    breaks = 0

    def feed(text: str | None) -> None:
        nonlocal breaks, line
        if not text or not text.strip():
            return
        if breaks and line:
            runs[-1].append(" ".join(line))
            line = []
        if breaks >= 2 and runs[-1]:
            runs.append([])
        breaks = 0
        line.append(text)

    feed(node.text)
    for child in node:
        if child.tag == "br":
            breaks += 1
        elif isinstance(child.tag, str) and child.tag in _RUN_BREAKS:
            breaks = 2  # a block ends the run, as a blank line does
        elif isinstance(child.tag, str):
            feed(" ".join(child.itertext()))
        feed(child.tail)
    if line:
        runs[-1].append(" ".join(line))
    return runs


def drop_link_list_titles(page: PageText, paragraphs: list[Paragraph]) -> list[Paragraph]:
    """`paragraphs`, less the few words that title a list of links elsewhere ("In other news",
    "Sur le même thème"): on the page, the smallest box around them that holds links holds
    nothing else. trafilatura often keeps such a title while it drops the links under it."""
    result, short_texts = [], None
    for paragraph in paragraphs:
        if paragraph.dropped is None and _is_title(paragraph):
            short_texts = _short_texts(page.tree) if short_texts is None else short_texts
            node = short_texts.get(" ".join(paragraph.text.split()))
            node = page.locate(paragraph.text) if node is None else node
            if _titles_links(node, paragraph.words):
                reason = Dropped(paragraph.text, "text", "related", "title of a list of links")
                paragraph = replace(paragraph, dropped=reason)
        result.append(paragraph)
    return result


def _short_texts(tree: HtmlElement) -> dict[str, HtmlElement]:
    """The page's elements whose own text is a few words, by that text: one walk of the page
    instead of one search per title."""
    found: dict[str, HtmlElement] = {}
    for element in tree.iter(_TITLE_TAGS):
        text = element.text
        if text and len(text) <= TITLE_CHARS:
            found.setdefault(" ".join(text.split()), element)
    return found


def _is_title(paragraph: Paragraph) -> bool:
    text = paragraph.text.rstrip()
    return paragraph.kind in ("p", "head") and paragraph.words <= TITLE_WORDS and not text.endswith(_SENTENCE_END)


def _titles_links(node: HtmlElement | None, own: int) -> bool:
    while node is not None and isinstance(node.tag, str) and node.tag not in _BOUNDARY:
        if len(node) > LINK_LIST_CHILDREN:
            return False  # an article body, a page section: not a box around one list
        words = word_count(node.text_content())
        if words > LINK_LIST_WORDS:
            return False
        anchors = node.findall(".//a")
        if anchors:
            linked = sum(word_count(a.text_content()) for a in anchors)
            return len(anchors) >= MIN_LINKS and words - linked <= own and linked >= own
        node = node.getparent()
    return False
