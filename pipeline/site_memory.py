"""Third layer's memory: on how many pages of a site each short paragraph, and each pair of
neighbouring ones, has been seen.

A paragraph that recurs across many pages of one site ("Sign up for The Morning Briefing",
"Our journalism relies on readers like you") is the site's template, whatever its wording. The
extract stage asks a `SiteMemory` once per batch of pages; the service's memory is shared by all
workers in Redis (`workers.site_memory`), the one here lives in one process (the `extract`
command, tests, benchmarks). Both count a page once however often it is extracted, so a retry or
a re-fetched article does not make its own paragraphs look like template.
"""

from __future__ import annotations

import hashlib
import itertools
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Protocol

from pipeline.boilerplate import SiteMemorySettings


def pair_key(first: str, second: str) -> str:
    """Key of two paragraphs printed one after the other ("" when either is not counted)."""
    if not first or not second:
        return ""
    return "pair:" + hashlib.blake2b(f"{first}>{second}".encode(), digest_size=8).hexdigest()


def neighbour_pairs(keys: Sequence[str]) -> list[tuple[str, str]]:
    """For each paragraph key (in page order, "" for one not counted), the keys of its pairs with
    the paragraph before and the one after ("" where there is none)."""
    between = [pair_key(a, b) for a, b in itertools.pairwise(keys)]
    return list(zip(["", *between], [*between, ""], strict=True)) if keys else []


def site_keys(keys: Sequence[str]) -> tuple[str, ...]:
    """What a page's paragraph keys (in page order, "" for one not counted) tell the memory: each
    key, and a key for each pair of neighbours. A template's lines recur together; a line an
    article repeats (a quote in a running story) recurs among different paragraphs."""
    after = (pair for _, pair in neighbour_pairs(keys))
    return tuple(k for k in (*keys, *after) if k)


@dataclass(frozen=True, slots=True)
class PageParagraphs:
    """What one page tells the memory: its site, its identity, its paragraphs' fingerprints."""

    site: str
    page: str
    keys: tuple[str, ...]
    at: float = 0.0  # when the page was fetched (POSIX seconds): which pages are the latest


@dataclass(frozen=True, slots=True)
class SiteCounts:
    """What the memory knows of a page's site: how many of its pages it remembers, and on how
    many of them each of this page's paragraphs was seen (this page included)."""

    pages: int = 0
    seen: dict[str, int] = field(default_factory=dict)


class SiteMemory(Protocol):
    def observe(self, pages: Sequence[PageParagraphs]) -> list[SiteCounts]:
        """Count each page's paragraphs for its site (a page once, ever), then say for each page
        what its site's memory holds about it."""
        ...


@dataclass
class LocalSiteMemory:
    """A SiteMemory in this process, with the same bounds as the shared one."""

    settings: SiteMemorySettings = field(default_factory=SiteMemorySettings)
    _counts: dict[str, Counter[str]] = field(default_factory=dict)
    _pages: dict[str, dict[str, None]] = field(default_factory=dict)  # insertion-ordered sets

    def observe(self, pages: Sequence[PageParagraphs]) -> list[SiteCounts]:
        answers = []
        for page in pages:
            counts = self._counts.setdefault(page.site, Counter())
            known = self._pages.setdefault(page.site, {})
            if page.page not in known:
                known[page.page] = None
                counts.update(set(page.keys))
                self._trim(counts, known)
            answers.append(SiteCounts(len(known), {key: counts[key] for key in page.keys if key in counts}))
        return answers

    def _trim(self, counts: Counter[str], known: dict[str, None]) -> None:
        # Same policy as the Redis memory: past twice the bound, keep the most frequent.
        if len(counts) > 2 * self.settings.max_entries:
            keep = dict(counts.most_common(self.settings.max_entries))
            counts.clear()
            counts.update(keep)
        while len(known) > self.settings.max_pages:
            del known[next(iter(known))]
