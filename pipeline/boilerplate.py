"""Boilerplate rules, and their first layer: page elements pruned by their markup before extraction.

The rules come from `config/boilerplate.toml` (see `pipeline.config.load_boilerplate`). Three layers
use them, in this order, each only removing, the first to claim a paragraph naming the reason:
markup (here), paragraph wording and shape (`pipeline.paragraphs`), site memory
(`pipeline.site_memory`).
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterator, Mapping, Sequence, Set
from dataclasses import dataclass

import ahocorasick
from lxml.etree import XPath
from lxml.html import HtmlElement

from pipeline.regex_literals import required_pieces

# never pruned: the page itself and its declared main region
_PROTECTED_TAGS = frozenset({"html", "body", "main"})
# WordPress and similar CMSs tag the article's own wrapper with its taxonomy ("category-sponsored",
# "tag-newsletter"): words about what the article is about, not about what the element is.
_TAXONOMY = re.compile(r"(?:^|\s)(?:category|tag|tags|topic|section|format|type|status)-\S*")
_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")
_NOT_WORD = re.compile(r"[^a-z0-9]+")
_SPACE = re.compile(r"\s+")
HIDDEN_PARAGRAPHS = 3
# Candidates besides those named by their attributes: what may be out of the page's flow (its
# style is read in Python, cheaper than in XPath) and custom elements, whose name says what they
# are as a class would (<amp-ad>, <newsletter-signup>).
_UNSEEN_TEST = "@hidden or @style or self::template"
_CUSTOM_TEST = "contains(local-name(), '-')"
_FIXED = re.compile(r"position\s*:\s*fixed", re.IGNORECASE)
_DISPLAY_NONE = re.compile(r"display\s*:\s*none", re.IGNORECASE)
_P_COUNT = XPath("count(.//p)")
DROPPED_TEXT_CHARS = 300  # how much of a pruned element's text is kept to explain the drop


@dataclass(frozen=True, slots=True)
class Dropped:
    """Text left out of an article and why (`newsmon extract --verbose` prints these)."""

    text: str
    layer: str  # "markup", "text" or "site"
    kind: str  # "advertising", "newsletter", "related", ... "title", "teaser", "template"
    reason: str


@dataclass(frozen=True, slots=True)
class TextSignal:
    """Wording of one kind of boilerplate, judged on paragraphs of at most `max_words` words.

    `pieces`, when set, are text of which every match holds one: a line without any is passed
    over without running the pattern (patterns that may match anywhere in a line are costly).
    """

    kind: str
    pattern: re.Pattern[str]
    max_words: int
    pieces: tuple[str, ...] | None = None
    slot: int = -1  # its number in the Boilerplate's piece index

    def admits(self, present: Set[int]) -> bool:
        """False when the paragraph holds none of `pieces` (`present`: the slots it holds)."""
        return self.pieces is None or self.slot in present


@dataclass(frozen=True, eq=False)
class PieceIndex:
    """The fixed text of every gated pattern in one automaton: one pass over a paragraph tells
    which patterns could match it."""

    automaton: ahocorasick.Automaton | None

    @classmethod
    def build(cls, signals: Sequence[TextSignal]) -> PieceIndex:
        slots: dict[str, set[int]] = {}
        for signal in signals:
            for piece in signal.pieces or ():
                slots.setdefault(piece, set()).add(signal.slot)
        if not slots:
            return cls(None)
        automaton = ahocorasick.Automaton()
        for piece, found in slots.items():
            automaton.add_word(piece, frozenset(found))
        automaton.make_automaton()
        return cls(automaton)

    def present(self, plain: str) -> set[int]:
        found: set[int] = set()
        if self.automaton is not None:
            for _, slots in self.automaton.iter(plain):
                found |= slots
        return found


@dataclass(frozen=True, eq=False)
class MarkupWords:
    """Words and phrases that mark an element as boilerplate, by kind, looked up word by word."""

    phrases: Mapping[tuple[str, ...], str]  # ("ad", "slot") -> "advertising"
    prefixes: Mapping[str, str]  # "advert" (from "advert*") -> "advertising"
    longest: int

    @classmethod
    def build(cls, signals: Mapping[str, Sequence[str]]) -> MarkupWords:
        phrases: dict[tuple[str, ...], str] = {}
        prefixes: dict[str, str] = {}
        for kind, entries in signals.items():
            for entry in entries:
                if entry.endswith("*"):
                    prefixes[entry[:-1]] = kind
                else:
                    phrases[tuple(entry.split())] = kind
        return cls(phrases, prefixes, max((len(p) for p in phrases), default=1))

    @functools.lru_cache(maxsize=65536)  # noqa: B019 (one instance per configuration, kept for the process)
    def kind(self, value: str) -> tuple[str, str] | None:
        """(kind, words) when the attribute value `value` marks boilerplate, else None."""
        words = attribute_words(value).split()
        starts = tuple(self.prefixes)
        for index, word in enumerate(words):
            if starts and word.startswith(starts):
                return next(k for p, k in self.prefixes.items() if word.startswith(p)), " ".join(words)
            for size in range(1, min(self.longest, len(words) - index) + 1):
                kind = self.phrases.get(tuple(words[index : index + size]))
                if kind:
                    return kind, " ".join(words)
        return None


@dataclass(frozen=True, slots=True)
class SiteMemorySettings:
    min_pages: int = 4  # distinct pages of a site a paragraph must be seen on to count as template
    min_share: float = 0.3  # and the share of the site's remembered pages it must be seen on
    alone_share: float = 0.6  # the share it needs when it recurs apart from its neighbours
    max_chars: int = 400  # longer paragraphs are not counted
    max_entries: int = 4000  # paragraphs remembered per site (the most frequent)
    max_pages: int = 2000  # pages remembered per site as already counted
    retention_days: int = 30  # a site's memory expires this long after its last page


@dataclass(frozen=True, slots=True)
class Boilerplate:
    """All three layers' rules, compiled."""

    attributes: tuple[str, ...]  # read in this order
    markup: MarkupWords
    article: re.Pattern[str]  # words naming an article body: such a wrapper is never pruned
    xpaths: tuple[XPath, ...]
    labels: tuple[TextSignal, ...]
    any_label: re.Pattern[str]  # every label in one pattern, for lines that may be two labels run together
    prompts: tuple[TextSignal, ...]
    topics: tuple[TextSignal, ...]
    pieces: PieceIndex  # which gated labels, prompts and topics a paragraph could match
    reader: re.Pattern[str]
    reader_cased: re.Pattern[str]
    imperative: re.Pattern[str]
    quoted: re.Pattern[str]
    max_words: int
    site: SiteMemorySettings
    candidates: XPath

    @classmethod
    def build(
        cls,
        *,
        attributes: Sequence[str],
        markup: Mapping[str, Sequence[str]],
        article: str,
        xpaths: Sequence[str],
        labels: Mapping[str, tuple[int, Sequence[str]]],
        prompts: Mapping[str, tuple[int, Sequence[str]]],
        topics: Mapping[str, tuple[int, Sequence[str]]],
        reader: str,
        reader_cased: str,
        imperative: str,
        quoted: str,
        max_words: int,
        site: SiteMemorySettings,
    ) -> Boilerplate:
        """Compile validated configuration values (patterns are known to compile one by one)."""
        tests = " or ".join([*(f"@{name}" for name in attributes), "@aria-hidden='true'", _UNSEEN_TEST, _CUSTOM_TEST])
        slots = itertools.count()  # every signal's number in the piece index
        label_signals = _signals(labels, full=True, slots=slots)
        prompt_signals = _signals(prompts, full=False, slots=slots)
        topic_signals = _signals(topics, full=False, slots=slots)
        return cls(
            attributes=tuple(dict.fromkeys(attributes)),
            markup=MarkupWords.build(markup),
            article=re.compile(_non_capturing(article)),
            xpaths=tuple(XPath(x) for x in xpaths),
            labels=label_signals,
            any_label=re.compile("|".join(f"(?:{s.pattern.pattern})" for s in label_signals)),
            prompts=prompt_signals,
            topics=topic_signals,
            pieces=PieceIndex.build([*label_signals, *prompt_signals, *topic_signals]),
            reader=re.compile(_non_capturing(reader)),
            reader_cased=re.compile(_non_capturing(reader_cased)),
            imperative=re.compile(_non_capturing(imperative)),
            quoted=re.compile(quoted),
            max_words=max_words,
            site=site,
            candidates=XPath(f"//body//*[{tests}]" if tests else "/.."),
        )


def _signals(
    table: Mapping[str, tuple[int, Sequence[str]]], *, full: bool, slots: Iterator[int]
) -> tuple[TextSignal, ...]:
    # Labels are whole paragraphs; prompts are phrases anywhere in one. A prompt kind's patterns
    # are compiled as one (its phrases are counted, and one scan finds them without overlap); a
    # label pattern stands alone, so that each runs only when its own fixed text is there. Each
    # signal carries the fixed text its matches need (None if some pattern needs none).
    signals = []
    for kind, (max_words, patterns) in table.items():
        groups = [[_non_capturing(p)] for p in patterns] if full else [[_non_capturing(p) for p in patterns]]
        for group in groups:
            joined = "|".join(f"(?:{p})" for p in group)
            found = [required_pieces(p) for p in group]
            pieces = None if None in found else tuple(sorted(set().union(*found)))  # type: ignore[arg-type]
            pattern = re.compile(f"(?:{joined})\\Z" if full else joined)
            signals.append(TextSignal(kind, pattern, max_words, pieces, next(slots)))
    return tuple(signals)


def _non_capturing(pattern: str) -> str:
    """`pattern` with its groups made non-capturing: only whole matches are read, and re tries
    the alternatives of a plain group letter by letter, twice as fast over a page of text.
    (A pattern that refers back to a group, \\1, is left as written.)"""
    if re.search(r"\\[1-9]|\(\?P=", pattern):
        return pattern
    out, index, in_class = [], 0, False
    while index < len(pattern):
        char = pattern[index]
        if char == "\\":
            out.append(pattern[index : index + 2])
            index += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
            if pattern[index + 1 : index + 2] == "]":  # "[]...]": a class that holds "]"
                out.append("[]")
                index += 2
                continue
        elif char == "(" and pattern[index + 1 : index + 2] != "?":
            char = "(?:"
        out.append(char)
        index += 1
    return "".join(out)


def attribute_words(value: str) -> str:
    """An attribute value as lower-case words: "adSlot__top ad-label" -> "ad slot top ad label"."""
    value = _TAXONOMY.sub(" ", value)
    return _NOT_WORD.sub(" ", _CAMEL.sub(" ", value).lower()).strip()


def prune_markup(tree: HtmlElement, rules: Boilerplate) -> list[Dropped]:
    """Remove the elements of `tree` that markup marks as boilerplate; say what went and why."""
    attributes, kind_of, flagged = rules.attributes, rules.markup.kind, []
    for element in rules.candidates(tree):
        get, tag = element.get, element.tag
        if get("aria-hidden") == "true":
            _reveal_hidden_text(element)
        named = " ".join([value for name in attributes if (value := get(name))])
        if "-" in tag:
            named = f"{tag} {named}"
        found = kind_of(named)
        if found is None and (tag == "template" or get("style") or get("hidden") is not None):
            found = _unseen(element)
        if found:
            flagged.append((element, found[0], f'<{element.tag}> "{found[1][:60]}"'))
    # Last first, so inner before outer: by the time a wrapper is judged, the widgets around
    # the article are gone and its share of the page's paragraphs is what it is.
    flagged.reverse()
    flagged += [(el, "selector", sel.path) for sel in rules.xpaths for el in reversed(sel(tree))]
    if not flagged:
        return []
    paragraphs_left = _P_COUNT(tree)
    dropped = []
    for element, kind, reason in flagged:
        if kind == "selector" and not _attached(element, tree):
            continue  # inside an element already pruned (attribute matches come inner first)
        paragraphs = _P_COUNT(element)
        if _is_article(element, paragraphs, paragraphs_left, rules):
            continue
        text = _SPACE.sub(" ", element.text_content()).strip()
        remove_element(element)
        paragraphs_left -= paragraphs
        if text:
            dropped.append(Dropped(text[:DROPPED_TEXT_CHARS], "markup", kind, reason))
    dropped.reverse()
    return dropped


def _unseen(element: HtmlElement) -> tuple[str, str] | None:
    """(kind, reason) for what is pinned to the window rather than the page (a banner, a sticky
    bar) or never shown (a tooltip, an error, a modal, a <template>, kept for scripts); several
    paragraphs hidden so are the rest of an article (as with aria-hidden) and stay."""
    style = element.get("style", "")
    if _FIXED.search(style):
        return "overlay", "position:fixed"
    hidden = element.tag == "template" or element.get("hidden") is not None or _DISPLAY_NONE.search(style)
    return ("hidden", "hidden") if hidden and int(_P_COUNT(element)) < HIDDEN_PARAGRAPHS else None


def _reveal_hidden_text(element: HtmlElement) -> None:
    # Sites that paywall in the browser ship the rest of the article hidden from screen readers
    # (aria-hidden), and trafilatura skips hidden elements. Several paragraphs hidden that way
    # are article text, not a widget: a hidden copy of the article is dropped later as a repeat.
    if int(_P_COUNT(element)) >= HIDDEN_PARAGRAPHS:
        del element.attrib["aria-hidden"]


def _is_article(element: HtmlElement, paragraphs: float, paragraphs_left: float, rules: Boilerplate) -> bool:
    # Whatever else its attributes say, an element holding most of the page's paragraphs, or
    # several and named like an article body ("entry-content read-more", "post has-ads"), is
    # the article's own wrapper, not a widget.
    if element.tag in _PROTECTED_TAGS:
        return True
    if paragraphs < 3:
        return False
    if paragraphs * 2 >= paragraphs_left:
        return True
    words = attribute_words(" ".join(v for k, v in element.items() if k in rules.attributes))
    return rules.article.search(words) is not None


def _attached(element: HtmlElement, tree: HtmlElement) -> bool:
    """False once an ancestor has been pruned (the element went with it)."""
    root = element
    while (parent := root.getparent()) is not None:
        root = parent
    return root is tree


def remove_element(element: HtmlElement) -> None:
    """Detach `element`, keeping the text that follows it (lxml keeps that text in the element)."""
    parent = element.getparent()
    if parent is None:
        return
    if element.tail and element.tail.strip():
        previous = element.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + element.tail
        else:
            parent.text = (parent.text or "") + element.tail
    parent.remove(element)
