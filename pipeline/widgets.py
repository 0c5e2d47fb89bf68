"""Widgets as the page draws them: what shares a small box with a dropped call to action goes too.

A prompt rarely comes alone: a newsletter box has a title, a line of promise, a button; a video
teaser has a caption. The text layer recognises the prompt; here its box is found on the page
(the largest element around it that holds only a few words and no article paragraph) and the
other paragraphs printed inside that box are dropped with it, whatever their wording.
"""

from __future__ import annotations

import re
from dataclasses import replace

from lxml.html import HtmlElement

from pipeline.boilerplate import Dropped
from pipeline.locate import locate
from pipeline.paragraphs import Paragraph, word_count

_WORD = re.compile(r"\w+")
BOX_WORDS = 60  # a widget's box holds at most this many words
NEARBY = 3  # paragraphs either side of a prompt that may share its box
PROSE_WORDS = 12
# kinds whose neighbours are article text as often as not: a label, a teaser, a repeated headline
_NOT_WIDGETS = frozenset({"advertising", "related", "source", "metadata"})
_BOUNDARY = frozenset({"body", "html", "main", "article"})
TITLE_WORDS = 6  # a list of links is titled in at most this many words
MIN_LINKS = 2
_SENTENCE_END = (".", "!", "?", "…")


def drop_widget_boxes(tree: HtmlElement, paragraphs: list[Paragraph]) -> list[Paragraph]:
    """`paragraphs`, with those sharing a small page box with a dropped prompt dropped as well."""
    prose = [_words(p.text) for p in paragraphs if p.dropped is None and p.words >= PROSE_WORDS]
    boxes: list[tuple[str, str]] = []
    for index, paragraph in enumerate(paragraphs):
        reason = paragraph.dropped
        if reason is None or reason.layer != "text" or reason.kind in _NOT_WIDGETS or reason.reason == "in its box":
            continue
        if not _short_kept_nearby(paragraphs, index):
            continue  # nothing beside it could share its box: no need to look at the page
        box = _box(tree, paragraph.text, prose)
        if box:
            boxes.append((box, reason.kind))
    if not boxes:
        return paragraphs
    result = []
    for paragraph in paragraphs:
        if paragraph.dropped is None:
            words = f" {_words(paragraph.text)} "
            kind = next((k for box, k in boxes if words.strip() and words in box), None)
            if kind:
                paragraph = replace(paragraph, dropped=Dropped(paragraph.text, "text", kind, "in its box"))
        result.append(paragraph)
    return result


def _short_kept_nearby(paragraphs: list[Paragraph], index: int) -> bool:
    nearby = paragraphs[max(0, index - NEARBY) : index + NEARBY + 1]
    return any(p.dropped is None and p.words <= BOX_WORDS // 2 for p in nearby)


def _box(tree: HtmlElement, text: str, prose: list[str]) -> str:
    """The words (space-padded) of the largest small box around `text` on the page, or ""."""
    node = locate(tree, text)
    best = ""
    while node is not None and isinstance(node.tag, str) and node.tag not in _BOUNDARY:
        content = " ".join(node.itertext())
        if word_count(content) > BOX_WORDS:
            break
        words = f" {_words(content)} "
        if any(p and f" {p} " in words for p in prose):
            break
        best, node = words, node.getparent()
    return best


def _words(text: str) -> str:
    return " ".join(_WORD.findall(text.lower()))


def drop_link_list_titles(tree: HtmlElement, paragraphs: list[Paragraph]) -> list[Paragraph]:
    """`paragraphs`, less the few words that title a list of links elsewhere ("In other news",
    "Sur le même thème"): on the page, the smallest box around them holds links and nothing
    else. trafilatura often keeps such a title while it drops the links under it."""
    prose = [_words(p.text) for p in paragraphs if p.dropped is None and p.words >= PROSE_WORDS]
    result = []
    for paragraph in paragraphs:
        if paragraph.dropped is None and _is_title(paragraph) and _titles_links(tree, paragraph.text, prose):
            reason = Dropped(paragraph.text, "text", "related", "title of a list of links")
            paragraph = replace(paragraph, dropped=reason)
        result.append(paragraph)
    return result


def _is_title(paragraph: Paragraph) -> bool:
    text = paragraph.text.rstrip()
    return paragraph.kind in ("p", "head") and paragraph.words <= TITLE_WORDS and not text.endswith(_SENTENCE_END)


def _titles_links(tree: HtmlElement, text: str, prose: list[str]) -> bool:
    node = locate(tree, text)
    own = len(_words(text).split())
    while node is not None and isinstance(node.tag, str) and node.tag not in _BOUNDARY:
        anchors = node.findall(".//a")
        content = " ".join(node.itertext())
        if anchors:
            linked = sum(word_count(" ".join(a.itertext())) for a in anchors)
            rest = word_count(content) - linked
            return len(anchors) >= MIN_LINKS and rest <= own and linked >= own
        words = f" {_words(content)} "
        if word_count(content) > BOX_WORDS or any(p and f" {p} " in words for p in prose):
            return False
        node = node.getparent()
    return False
