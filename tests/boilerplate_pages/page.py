"""The parts of one labelled page, and the little HTML helpers the site shapes share."""

from __future__ import annotations

import functools
import html
import random
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field


def esc(text: str) -> str:
    return html.escape(text, quote=False)


@dataclass
class Parts:
    """What a shape lays out: the article, and the boilerplate lines it must place somewhere.

    `junk` maps a kind to the lines of one block of that kind; `related` holds teaser headlines.
    Every junk line a shape renders is recorded in `junk_lines`, every body line in `body_lines`.
    """

    language: str
    site: str
    title: str
    blocks: list[tuple[str, object]]  # ("p", text) | ("h2", text) | ("quote", text) | ("ul", [items])
    junk: dict[str, list[str]]
    related: list[str]
    rng: random.Random
    body_lines: list[str] = field(default_factory=list)
    junk_lines: list[str] = field(default_factory=list)

    def take(self, kind: str) -> list[str]:
        """The lines of the junk block of `kind` (recorded as junk), or [] if the page has none."""
        lines = self.junk.pop(kind, [])
        self.junk_lines.extend(lines)
        return lines

    def teasers(self, count: int) -> list[str]:
        chosen = self.related[:count]
        self.related = self.related[count:]
        self.junk_lines.extend(chosen)
        return chosen

    def body(self, render: dict[str, str], between: list[str] | None = None) -> str:
        """The article blocks in `render` markup ({text} placeholders; "ul" gets <li> items),
        with `between` strings inserted after paragraphs 1, 3, 5, ... as long as they last."""
        out, inserts, paragraphs = [], list(between or []), 0
        for kind, value in self.blocks:
            if kind == "ul":
                items = list(value)  # type: ignore[call-overload]
                self.body_lines.extend(items)
                out.append(render["ul"].format(items="".join(f"<li>{esc(i)}</li>" for i in items)))
                continue
            text = str(value)
            self.body_lines.append(text)
            out.append(render[kind].format(text=esc(text)))
            if kind == "p":
                paragraphs += 1
                if paragraphs % 2 == 1 and paragraphs > 1 and inserts:
                    out.append(inserts.pop(0))
        out.extend(inserts)
        return "\n".join(out)


def links(headlines: list[str], template: str = '<li><a href="/news/{slug}">{text}</a></li>') -> str:
    """Teaser links, with a slug that is the same in every process (str hash() is not)."""
    return "".join(template.format(slug=zlib.crc32(h.encode()) % 10**7, text=esc(h)) for h in headlines)


def box(p: Parts, kind: str, wrapper: str, line_tag: str = "p") -> str:
    """The junk block of `kind` as `line_tag` lines inside `wrapper` ({inner}), or "" if none."""
    lines = p.take(kind)
    return wrapper.format(inner=lines_as(line_tag, lines)) if lines else ""


def lines_as(tag: str, lines: list[str], attrs: str = "") -> str:
    return "".join(f"<{tag}{attrs}>{esc(line)}</{tag}>" for line in lines)


def document(lang: str, title: str, site: str, body: str, head_extra: str = "") -> str:
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8"><title>{esc(title)} | {esc(site)}</title>'
        f'<meta property="og:title" content="{html.escape(title)}"><meta property="og:site_name" content="{esc(site)}">'
        f'<meta property="article:published_time" content="2026-11-20T08:00:00Z">{head_extra}</head>\n'
        f"<body>\n{body}\n</body></html>"
    )


NAV = (
    '<header class="site-header"><a class="logo" href="/">{site}</a><nav><ul>'
    '<li><a href="/politics">Politics</a></li><li><a href="/business">Business</a></li>'
    '<li><a href="/sport">Sport</a></li><li><a href="/culture">Culture</a></li></ul></nav></header>'
)
FOOTER = (
    '<footer class="site-footer"><p>© 2026 {site}</p><a href="/privacy">Privacy</a> <a href="/terms">Terms</a></footer>'
)


def inline_box(p: Parts, kind: str, wrapper: str, tag: str = "span", attrs: str = "", sep: str = " ") -> str:
    """Like `box`, with the line tag's attributes and the text between lines given: a space for
    inline tags (as a page's source has them), `<br>` for old markup, "" for block tags."""
    lines = p.take(kind)
    inner = sep.join(f"<{tag}{attrs}>{esc(line)}</{tag}>" for line in lines)
    return wrapper.format(inner=inner) if lines else ""


def present(*parts: str) -> list[str]:
    return [part for part in parts if part]


def each(p: Parts, kind: str, wrapper: str, line: str, sep: str = "") -> str:
    """Every line of the block in the same `line` template ({text}, {n}), joined by `sep`."""
    lines = p.take(kind)
    if not lines:
        return ""
    return wrapper.replace("{inner}", sep.join(line.format(text=esc(x), n=n) for n, x in enumerate(lines, 1)))


SENTENCE_ENDS = (".", "?", "!", "…")


def sentence_test(longer_than: int, ends: tuple[str, ...] = SENTENCE_ENDS) -> Callable[[str], bool]:
    """A site's idea of a sentence, for `widget`: a line that ends like one or runs to more than
    `longer_than` words; shorter lines are its buttons, labels and times."""

    def sentence(line: str) -> bool:
        return line.endswith(ends) or len(line.split()) > longer_than

    return sentence


def widget_drawer(longer_than: int, ends: tuple[str, ...] = SENTENCE_ENDS) -> Callable[..., str]:
    """`widget` for a site whose text lines are told from its titles by `sentence_test`."""
    return functools.partial(widget, sentence=sentence_test(longer_than, ends))


def body_item_lines(p: Parts, render: dict[str, str], between: list[str] | None = None) -> str:
    """The article through `p.body`, each list item on a source line of its own, as CMS output has it."""
    return p.body(render, between).replace("</li><li>", "</li>\n<li>")


def widget(
    p: Parts,
    kind: str,
    wrapper: str,
    head: str,
    text: str,
    button: str,
    sep: str = "",
    *,
    sentence: Callable[[str], bool],
) -> str:
    """The block of `kind` as a site's component draws it: the first line in `head` (in `text`
    when it is the only line and a sentence), then sentences in `text` and short lines (times,
    buttons, labels) in `button`; templates take {text} and {n}, the wrapper {inner}; "" when the
    page has no such block. What counts as a sentence is the site's: `sentence`; `sep` stands
    between the lines."""
    lines = p.take(kind)
    if not lines:
        return ""
    first = text if len(lines) == 1 and sentence(lines[0]) else head
    inner = [first.format(text=esc(lines[0]), n=0)]
    for n, line in enumerate(lines[1:], 1):
        inner.append((text if sentence(line) else button).format(text=esc(line), n=n))
    return wrapper.replace("{inner}", sep.join(inner))


def related_heading(p: Parts, template: str) -> str:
    """The related block's heading in `template`, or "" when the page has none."""
    return "".join(template.format(text=esc(line)) for line in p.take("related"))
