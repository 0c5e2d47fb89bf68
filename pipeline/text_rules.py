"""Second layer: paragraphs of the extracted text that are boilerplate by their wording or place.

Each paragraph is judged on its own and in its place: a call to action that speaks to the
reader, a label standing alone ("Advertisement", "Read more: ..."), a line that is mostly a link,
the headline and standfirst repeated from the metadata (and what comes before the headline), the
headings and links that trail after the last paragraph, the buttons beside a dropped prompt, a
long paragraph printed twice. Site memory (`judge_site`) comes last.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import replace

from pipeline.boilerplate import Boilerplate, Dropped, SiteMemorySettings
from pipeline.paragraphs import Paragraph, first_cell, spelt, word_count
from pipeline.site_memory import SiteCounts, neighbour_pairs

_WORD = re.compile(r"\w+")
_SPACE = re.compile(r"\s+")
_SENTENCE_SPLIT = re.compile(r"(?<=[.!?])\s+")
_LINE_BREAK = re.compile(
    r"\n|(?<=[a-zäöüßéèàáíóúñ][.!?])(?=[A-ZÄÖÜÉÀÁÍÓÚÑ][a-zäöüßéèàáíóúñ])"
)  # a break, or a sentence glued to the next
_EDGES = " \t\n\xa0:|-–—•·›»>*#▶►"
PROSE_WORDS = 12  # a paragraph of this many words, mostly not links, is article text
SENTENCE_WORDS = 6  # and so is a full sentence of this many
TEASER_LINK_SHARE = 0.8  # a short paragraph this much link text is a pointer elsewhere
TEASER_WORDS = 30
TRAILING_LINK_SHARE = 0.5  # after the last paragraph, this much link text is a widget
TINY_WORDS = 6  # a call to action this short needs no other cue
CAPTION_WORDS = 12  # nor does one this short that is not a sentence
FRAGMENT_WORDS = 5  # a button or a widget title, beside a prompt
QUESTION_WORDS = 8  # a widget's question, beside a prompt
BUTTON_LINE_WORDS = 6  # a button pasted among paragraphs
TITLE_LINE_WORDS = 8  # and the title of its widget
BLOCK_LINES = 3  # lines between them, at most
BLOCK_LINE_WORDS = 30  # each of at most this many words
BUTTON_WORDS = 2
_SENTENCE_END = (".", "!", "?", "…", '"', "”", "»", ":")
# what stands beside an advertising label or a teaser may be a short section title
_NOT_WIDGETS = frozenset(
    {
        "advertising",
        "related",
        "source",
        "metadata",
        "title",
        "teaser",
        "trailing",
        "heading",
        "template",
        "repeat",
        "furniture",
    }
)
_LINK_LISTS = frozenset({"teaser", "related"})  # what a few words before such lines are the title of
SHORT_PROMPT_WORDS = 40  # longer paragraphs that speak to the reader need two call-to-action phrases
LABEL_LINE_WORDS = 12  # a label joined to a paragraph is split off when at most this long
LABEL_PREFIX_WORDS = 6  # a label that opens a line of links
PAIR_WORDS = 10  # a line this short may be two labels run together
QUOTE_WORDS = 4  # a quotation this long is reported speech; a shorter one names a button
LABEL, LABEL_IN_BRACKETS = "label", "label in brackets"  # reasons of a label's drop


def plain_text(text: str) -> str:
    """A line as the wording rules read it: lower case, spaces joined, outer marks stripped."""
    return _SPACE.sub(" ", text.lower()).strip(_EDGES)


def judge_text(paragraphs: list[Paragraph], *, title: str, description: str, rules: Boilerplate) -> list[Paragraph]:
    """Paragraphs with a verdict where wording or shape marks them as boilerplate."""
    paragraphs = [part for p in paragraphs for part in _split_edge_labels(p, rules)]
    # links are judged before the headline is found: a teaser above the headline is a teaser
    # wherever the page prints it, not furniture that page order could give back
    judged = _drop_headline([_judge_links(_judge_wording(p, rules), rules) for p in paragraphs], title, description)
    prose = [i for i, p in enumerate(judged) if p.dropped is None and _is_prose(p)]
    last = prose[-1] if prose else -1
    for index, paragraph in enumerate(judged):
        if paragraph.dropped is not None:
            continue
        if index > last and (paragraph.kind == "head" or paragraph.link_share >= TRAILING_LINK_SHARE):
            judged[index] = _drop(paragraph, "text", "trailing", "heading or links after the last paragraph")
    return _drop_bare_headings(_drop_widget_remains(_drop_call_to_action_blocks(_drop_repeats(judged), rules), rules))


def _judge_links(paragraph: Paragraph, rules: Boilerplate) -> Paragraph:
    if paragraph.dropped is not None:
        return paragraph
    if _is_teaser(paragraph):
        return _drop(paragraph, "text", "teaser", "mostly a link")
    if paragraph.link_share >= TRAILING_LINK_SHARE and _opens_with_label(paragraph, rules, ("related", "advertising")):
        return _drop(paragraph, "text", "teaser", "a related-links label and a link")
    return paragraph


def _split_edge_labels(paragraph: Paragraph, rules: Boilerplate) -> list[Paragraph]:
    """A paragraph whose first or last line is a label ("ADVERTISEMENT", "Anzeige") as separate
    paragraphs: trafilatura joins an inline label to the paragraph beside it with a line break,
    or with nothing at all after a full stop ("...mit Vorlesefunktion.Zur App wechseln")."""
    if paragraph.kind != "p" or not _LINE_BREAK.search(paragraph.text):
        return [paragraph]
    cuts = [0, *(m.end() for m in _LINE_BREAK.finditer(paragraph.text)), len(paragraph.text)]
    lines = [paragraph.text[a:b] for a, b in itertools.pairwise(cuts)]
    head: list[Paragraph] = []
    tail: list[Paragraph] = []
    while len(lines) > 1 and (label := _label_line(lines[-1], rules)) is not None:
        tail.insert(0, label)
        lines.pop()
    while len(lines) > 1 and (label := _label_line(lines[0], rules)) is not None:
        head.append(label)
        lines.pop(0)
    if not head and not tail:
        return [paragraph]
    text = "".join(lines).strip()
    return [*head, replace(paragraph, text=text, words=word_count(text)), *tail]


def _label_line(line: str, rules: Boilerplate) -> Paragraph | None:
    line = line.strip()
    words = word_count(line)
    if not words or words > LABEL_LINE_WORDS:
        return None
    plain = plain_text(line)
    kind, reason = _label(words, plain, rules.pieces.present(plain), rules)
    return _drop(Paragraph(line, "p", words, 0.0), "text", kind, reason) if kind else None


def _judge_wording(paragraph: Paragraph, rules: Boilerplate) -> Paragraph:
    if paragraph.words > rules.max_words:
        return paragraph
    plain = plain_text(paragraph.text)
    if paragraph.kind == "item":
        plain = plain.removeprefix("- ").strip(_EDGES)
    present = rules.pieces.present(plain)
    kind, reason = _label(paragraph.words, plain, present, rules)
    if kind:
        return _drop(paragraph, "text", kind, reason)
    if paragraph.words <= PAIR_WORDS and not paragraph.text.rstrip().endswith(_SENTENCE_END):
        kind = _two_labels(paragraph.text, rules)
        if kind:
            return _drop(paragraph, "text", kind, "two labels run together")
    needed = _phrases_needed(paragraph, plain, rules)
    if not needed:
        return paragraph  # a paragraph that addresses nobody is not a call to action
    matches: dict[str, str] = {}  # matched phrase -> its kind
    for signal in rules.prompts:
        if paragraph.words <= signal.max_words and signal.admits(present):
            matches.update((m.group(0), signal.kind) for m in signal.pattern.finditer(plain))
    if matches and len(matches) >= needed:
        kinds = list(matches.values())
        kind = max(kinds, key=kinds.count)
        return _drop(paragraph, "text", kind, "prompt: " + ", ".join(repr(m) for m in matches))
    if paragraph.kind != "item" and _addresses_reader(paragraph, plain, rules):
        for signal in rules.topics:
            found = (
                signal.pattern.search(plain) if paragraph.words <= signal.max_words and signal.admits(present) else None
            )
            if found:
                return _drop(paragraph, "text", signal.kind, f"speaks to the reader about {found.group(0)!r}")
    return paragraph


def _opens_with_label(paragraph: Paragraph, rules: Boilerplate, kinds: tuple[str, ...]) -> bool:
    """The paragraph's first few words are a label of one of `kinds` ("Recommended stories <a>...</a>")."""
    if paragraph.words > TEASER_WORDS:
        return False
    words = plain_text(paragraph.text).split(" ")
    for count in range(1, LABEL_PREFIX_WORDS + 1):
        prefix = " ".join(words[:count]).strip(_EDGES)
        if _label_kind(count, prefix, rules.pieces.present(prefix), rules, kinds):
            return True
    return False


def _label(words: int, plain: str, present: set[int], rules: Boilerplate) -> tuple[str, str]:
    """(kind, reason) when the whole of `plain` is a label, as it stands or in brackets ("(This
    story first appeared in ...)"), else ("", ""); `present`: the slots of the pieces it holds."""
    kind = _label_kind(words, plain, present, rules)
    if kind:
        return kind, LABEL
    if plain[:1] + plain[-1:] in ("()", "[]"):
        inner = plain[1:-1].strip(_EDGES)
        kind = _label_kind(words, inner, rules.pieces.present(inner), rules)
        if kind:
            return kind, LABEL_IN_BRACKETS
    return "", ""


def _label_kind(words: int, plain: str, present: set[int], rules: Boilerplate, kinds: tuple[str, ...] = ()) -> str:
    """The kind of the first label `plain` is as a whole (of `kinds`, when given), else ""."""
    for signal in rules.labels:
        if kinds and signal.kind not in kinds:
            continue
        if words <= signal.max_words and signal.admits(present) and signal.pattern.match(plain):
            return signal.kind
    return ""


def _two_labels(text: str, rules: Boilerplate) -> str:
    """The kind of the first label when `text` is two labels printed as one line ("Replay video
    More from this channel": a widget's spans with no break between them), else "". The second
    label starts with a capital letter: only there is the line cut."""
    words = _SPACE.sub(" ", text).strip(_EDGES).split(" ")
    for cut in range(1, len(words)):
        if not words[cut][:1].isupper():
            continue
        head, tail = " ".join(words[:cut]).lower().strip(_EDGES), " ".join(words[cut:]).lower().strip(_EDGES)
        if rules.any_label.match(head) and rules.any_label.match(tail):
            return _label_kind(cut, head, rules.pieces.present(head), rules)
    return ""


def _speaks_to_reader(paragraph: Paragraph, plain: str, rules: Boilerplate) -> bool:
    """Says "you" or "we" to the reader, outside quotation marks (reported speech is news)."""
    if rules.reader.search(plain) is None and rules.reader_cased.search(paragraph.text) is None:
        return False
    return not _reports_speech(paragraph.text, rules)


def _reports_speech(text: str, rules: Boilerplate) -> bool:
    marks = [m.start() for m in rules.quoted.finditer(text)]
    if not marks:
        return False
    spans = [text[a + 1 : b] for a, b in zip(marks[::2], [*marks[1::2], len(text)], strict=False)]
    return any(len(_WORD.findall(span)) >= QUOTE_WORDS for span in spans)


def _opens_with_imperative(paragraph: Paragraph, plain: str, rules: Boilerplate) -> bool:
    """An imperative opens the paragraph, or, in a short one, a later sentence: a widget often
    states a fact and then asks ("Journalism costs money. Help pay for it.")."""
    if rules.imperative.search(plain):
        return True
    if paragraph.words > CAPTION_WORDS:
        return False
    return any(rules.imperative.search(sentence) for sentence in _SENTENCE_SPLIT.split(plain)[1:])


def _addresses_reader(paragraph: Paragraph, plain: str, rules: Boilerplate) -> bool:
    if _opens_with_imperative(paragraph, plain, rules):
        return True
    return _speaks_to_reader(paragraph, plain, rules)


def _phrases_needed(paragraph: Paragraph, plain: str, rules: Boilerplate) -> int:
    """How many call-to-action phrases make this paragraph a prompt (0: none would)."""
    # A phrase like "sign up" is news in "residents were told to sign up for flood alerts" and a
    # prompt in "Sign up for our newsletter": the difference is whom the line addresses.
    if paragraph.words <= TINY_WORDS or paragraph.kind == "head" or paragraph.link_share >= TRAILING_LINK_SHARE:
        return 1
    if _opens_with_imperative(paragraph, plain, rules):
        return 1
    if paragraph.words <= CAPTION_WORDS and not paragraph.text.rstrip().endswith(_SENTENCE_END):
        return 1  # a few words that are not a sentence: a label, a button, a teaser line
    if not _speaks_to_reader(paragraph, plain, rules):
        return 0
    # the longer the paragraph, the more it must insist to be an appeal rather than prose
    return 1 if paragraph.words <= SHORT_PROMPT_WORDS else 2


def _drop_repeats(paragraphs: list[Paragraph]) -> list[Paragraph]:
    # The same paragraphs twice on one page are a page rendered twice (desktop and mobile, a
    # hidden copy) or a gallery's captions: the article says a thing once, the first copy stays.
    # A repeat is dropped when the paragraph beside it repeats too: a menu or a plan that
    # prints the same recipe in each of its sections repeats one paragraph at a time, and short
    # lines repeat by design ("Meal 2", an interview's recurring question): those stay.
    seen: set[str] = set()
    repeats = []
    for paragraph in paragraphs:
        words = spelt(paragraph.text)
        repeats.append(paragraph.dropped is None and paragraph.words >= PROSE_WORDS and words in seen)
        seen.add(words)
    result = list(paragraphs)
    for index, repeat in enumerate(repeats):
        beside = repeats[max(0, index - 1) : index] + repeats[index + 1 : index + 2]
        if repeat and any(beside):
            result[index] = _drop(result[index], "text", "repeat", "repeats the paragraphs above")
    return result


def _drop_headline(paragraphs: list[Paragraph], title: str, description: str) -> list[Paragraph]:
    """Drop the headline (and the standfirst) the page repeats from its metadata, and what
    comes before the headline: the article starts there (a gallery, a ticker, a menu do not)."""
    result = list(paragraphs)
    # the article's first paragraph; a table row holding the headline is not it
    first = next(
        (i for i, p in enumerate(result) if p.dropped is None and p.kind != "table" and _is_prose(p)), len(result)
    )
    early = max(2, len(result) // 3)
    headline = None
    for index, paragraph in enumerate(result[: max(first, early + 1)]):
        # an old layout prints the headline in a table row, its print and share links in the next
        # cell; such a row already dropped for its share links still marks where the article starts
        row = paragraph.kind == "table"
        if paragraph.dropped is not None and not row:
            continue
        # a leading paragraph that restates the description is the lede, a heading the standfirst
        restated = description if paragraph.kind != "p" and index < first else ""
        text = first_cell(paragraph.text) if row else paragraph.text
        repeated = _repeats(text, title if index < first or index <= early else "", restated)
        if paragraph.dropped is not None:
            if headline is None and repeated == "title":
                headline = index
            continue
        if repeated:
            result[index] = _drop(paragraph, "text", "title", f"repeats the page's {repeated}")
            headline = index if headline is None and repeated == "title" else headline
    if headline:
        before = sum(p.words for p in result[:headline] if p.dropped is None)
        if before * 4 <= sum(p.words for p in result if p.dropped is None):
            result[:headline] = [
                p if p.dropped else _drop(p, "text", "furniture", "before the headline") for p in result[:headline]
            ]
    return result


def _drop_widget_remains(paragraphs: list[Paragraph], rules: Boilerplate) -> list[Paragraph]:
    # A prompt comes with its buttons and its title ("Sign up", "Not now", "The Evening
    # Edition"): a few words that are not a sentence, right beside a dropped call to action.
    # Before a paragraph of text, a few such words are its section title instead, unless they
    # are a button's ("Sign up", "No thanks").
    result = list(paragraphs)
    for order in (range(1, len(result)), range(len(result) - 2, -1, -1)):
        for index in order:
            neighbour = result[index - 1] if order.step == 1 else result[index + 1]
            paragraph = result[index]
            if not _is_widget(neighbour) or paragraph.dropped is not None:
                continue
            if not _is_fragment(paragraph) and not _is_short_question(paragraph):
                continue
            following = result[index + 1] if index + 1 < len(result) else None
            if (
                following is not None
                and following.dropped is None
                and _is_prose(following)
                and not _is_button(paragraph, rules)
            ):
                continue
            kind = neighbour.dropped.kind  # type: ignore[union-attr]
            result[index] = _drop(paragraph, "text", kind, "beside a prompt")
    return result


def _drop_call_to_action_blocks(paragraphs: list[Paragraph], rules: Boilerplate) -> list[Paragraph]:
    # A widget pasted among the article's paragraphs keeps its shape: a title (a few words, not a
    # sentence), a line or two of text, and a button (a few words opening with an imperative,
    # not a sentence): "Patch Notes Weekly / Releases and results in one email. / Add me". A
    # section title over a short paragraph is followed by more text, never by a button.
    result = list(paragraphs)
    for end, button in enumerate(paragraphs):
        if not _is_call_to_action(button, rules):
            continue
        for start in range(end - 1, max(-1, end - 1 - BLOCK_LINES), -1):
            title, between = paragraphs[start], paragraphs[start + 1 : end]
            # the title may already be dropped as a widget's label ("FlightDeck app")
            labelled = _is_label(title) and _is_widget(title)
            if not labelled and (title.dropped is not None or not _is_widget_title(title)):
                continue
            # labels between (a listing's entries) are the widget's too
            if all(
                _is_label(p) or (p.dropped is None and p.words < BLOCK_LINE_WORDS and p.kind == "p") for p in between
            ):
                for index in range(start, end + 1):
                    if result[index].dropped is None:
                        result[index] = _drop(result[index], "text", "promotion", "a widget's title, text and button")
                break
    return result


def _is_label(paragraph: Paragraph) -> bool:
    return paragraph.dropped is not None and paragraph.dropped.reason in (LABEL, LABEL_IN_BRACKETS)


def _is_call_to_action(paragraph: Paragraph, rules: Boilerplate) -> bool:
    # a button may be a link, already dropped as one ("Start the symptom checker")
    if paragraph.dropped is not None and paragraph.dropped.kind != "teaser":
        return False
    text = paragraph.text.rstrip()
    if paragraph.kind != "p" or paragraph.words > BUTTON_LINE_WORDS:
        return False
    return not text.endswith(_SENTENCE_END) and rules.imperative.search(plain_text(text)) is not None


def _is_widget_title(paragraph: Paragraph) -> bool:
    text = paragraph.text.rstrip()
    return paragraph.kind in ("p", "head") and paragraph.words <= TITLE_LINE_WORDS and not text.endswith((".", "!"))


def _is_widget(paragraph: Paragraph) -> bool:
    """Dropped as part of a widget: a prompt, a label, or a short linked line (a button)."""
    reason = paragraph.dropped
    if reason is None:
        return False
    button = reason.kind == "teaser" and paragraph.kind == "p" and paragraph.words <= FRAGMENT_WORDS
    return button or reason.kind not in _NOT_WIDGETS


def _is_short_question(paragraph: Paragraph) -> bool:
    # a quiz's or a poll's question ("How well do you really sleep?"); before a paragraph of
    # text it is a section title instead, and stays
    return paragraph.kind == "p" and paragraph.words <= QUESTION_WORDS and paragraph.text.rstrip().endswith("?")


def _is_fragment(paragraph: Paragraph) -> bool:
    text = paragraph.text.rstrip()
    return paragraph.kind in ("p", "item") and paragraph.words <= FRAGMENT_WORDS and not text.endswith(_SENTENCE_END)


def _is_button(paragraph: Paragraph, rules: Boilerplate) -> bool:
    plain = paragraph.text.lower().strip(_EDGES)
    return paragraph.words <= BUTTON_WORDS or rules.imperative.search(plain) is not None


def _drop_bare_headings(paragraphs: list[Paragraph]) -> list[Paragraph]:
    # A heading introduces what follows it; when everything up to the next heading has been
    # dropped, it was the title of a widget that has gone ("Most read", "Sign up"). Sites also
    # title a list of links with a plain line of a few words, not a heading.
    result = list(paragraphs)
    for index, (paragraph, following) in enumerate(itertools.pairwise(paragraphs)):
        links = following.dropped is not None and following.dropped.kind in _LINK_LISTS
        if links and paragraph.dropped is None and paragraph.kind == "p" and _is_fragment(paragraph):
            result[index] = _drop(paragraph, "text", "heading", "title of dropped links")
    kept_since = False  # anything kept between this point and the next heading
    dropped_since = False
    for index in range(len(result) - 1, -1, -1):
        paragraph = result[index]
        if paragraph.dropped is not None:
            dropped_since = True
        elif paragraph.kind != "head":
            kept_since = True
        else:
            if dropped_since and not kept_since:
                result[index] = _drop(paragraph, "text", "heading", "heading of dropped paragraphs")
            kept_since = dropped_since = False
    return result


def judge_site(
    paragraphs: list[Paragraph], counts: SiteCounts, bounds: SiteMemorySettings, *, site: str
) -> list[Paragraph]:
    """Drop paragraphs seen on many of `site`'s pages: its template, not news.

    Many means at least `min_pages` pages and `min_share` of the pages remembered: a sentence a
    site's reporters repeat in a tenth of their stories is still news; a newsletter box on most
    pages is not. A paragraph must also recur beside the same neighbour that often (a widget's
    lines come together), or on its own on `alone_share` of the pages: a quote a running story
    repeats among different paragraphs is news.
    """
    needed = max(bounds.min_pages, bounds.min_share * counts.pages)
    alone = max(needed, bounds.alone_share * counts.pages)
    judged = []
    for paragraph, pairs in zip(paragraphs, neighbour_pairs([p.key for p in paragraphs]), strict=True):
        pages = counts.seen.get(paragraph.key, 0) if paragraph.key else 0
        together = max(counts.seen.get(pair, 0) for pair in pairs)
        if paragraph.dropped is None and pages >= needed and (together >= needed or pages >= alone):
            paragraph = _drop(paragraph, "site", "template", f"seen on {pages} of {counts.pages} pages of {site}")
        judged.append(paragraph)
    return judged


def article_text(paragraphs: list[Paragraph]) -> str:
    return "\n".join(p.text for p in paragraphs if p.dropped is None)


def _is_teaser(paragraph: Paragraph) -> bool:
    # a heading made of a link is a section title pointing at its section, still a heading
    lines = paragraph.text.count("\n") + 1
    return (
        paragraph.kind != "head"
        and paragraph.link_share >= TEASER_LINK_SHARE
        and paragraph.words <= TEASER_WORDS * lines
    )


def _is_prose(paragraph: Paragraph) -> bool:
    """Article text by its shape: a paragraph of some length, or a short full sentence, not links."""
    if paragraph.kind == "head" or paragraph.link_share >= TRAILING_LINK_SHARE:
        return False
    sentence = paragraph.words >= SENTENCE_WORDS and paragraph.text.rstrip().endswith(_SENTENCE_END)
    return paragraph.words >= PROSE_WORDS or sentence


def _repeats(text: str, title: str, description: str) -> str:
    """Which of the page's title or description a leading paragraph restates, if either."""
    words = spelt(text)
    for name, value in (("title", spelt(title)), ("description", spelt(description))):
        # headlines on the page and in the metadata differ by a site name or a kicker
        if not value:
            continue
        inside = len(words) >= 20 and words in value
        around = value in words and len(words) <= 1.3 * len(value)
        if words == value or inside or around:
            return name
    return ""


def _drop(paragraph: Paragraph, layer: str, kind: str, reason: str) -> Paragraph:
    return replace(paragraph, dropped=Dropped(paragraph.text, layer, kind, reason))
