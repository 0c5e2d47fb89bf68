"""When to poll a feed next: the pure policy behind the scheduler.

A feed that brings new items is polled more often, one that does not less often, always
within the configured bounds; the feed's own hints (Cache-Control max-age, <ttl>,
sy:updatePeriod) set a floor, and failures back off exponentially, never sooner than a
server's Retry-After.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

SPEED_UP = 1.5  # interval divided by this after a poll that found new items
SLOW_DOWN = 1.25  # interval multiplied by this after a poll that found nothing new
_MAX_AGE = re.compile(r"(?:^|[,\s])max-age\s*=\s*(\d+)", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Bounds:
    min_interval: float
    max_interval: float

    def clamp(self, seconds: float) -> float:
        return max(self.min_interval, min(self.max_interval, seconds))


@dataclass(frozen=True, slots=True)
class PollOutcome:
    ok: bool
    changed: bool = False  # new items were found
    errors: int = 0  # consecutive failures, this one included
    hint: float | None = None  # seconds the feed says it stays fresh
    retry_after: float | None = None


def next_interval(current: float, outcome: PollOutcome, bounds: Bounds) -> float:
    """Seconds until the next poll, given the interval in force and what this poll saw."""
    if not outcome.ok:
        backoff = bounds.clamp(bounds.min_interval * 2 ** min(max(outcome.errors, 1) - 1, 20))
        return min(bounds.max_interval, max(backoff, outcome.retry_after or 0.0))
    interval = current / SPEED_UP if outcome.changed else current * SLOW_DOWN
    if outcome.hint:
        interval = max(interval, outcome.hint)
    return bounds.clamp(interval)


def freshness_hint(cache_control: str, ttl: int | None) -> float | None:
    """The longest freshness the server or the feed declares, in seconds."""
    match = _MAX_AGE.search(cache_control or "")
    hints = [float(match.group(1))] if match else []
    if ttl:
        hints.append(float(ttl))
    return max(hints) if hints else None
