"""What a regular expression cannot match without: literal pieces of text, one of which every
match contains. A line holding none of them cannot match, and `piece in line` is many times
cheaper than running the expression, so the text layer asks that first of its costly patterns."""

from __future__ import annotations

import re._constants as sre
import re._parser as sre_parse

Pieces = frozenset[str]


def required_pieces(pattern: str) -> Pieces | None:
    """Pieces of text of which every match of `pattern` holds at least one, or None when the
    pattern can match without any fixed text (a character class, an optional group...)."""
    return _sequence(list(sre_parse.parse(pattern)))


def _sequence(items: list[tuple[object, object]]) -> Pieces | None:
    # Every item of a sequence is in every match: the item whose pieces are the longest (and
    # then the fewest) is the best test. Consecutive literal characters form one piece.
    candidates: list[Pieces] = []
    run: list[str] = []
    for op, argument in items:
        if op is sre.LITERAL:
            run.append(chr(argument))  # type: ignore[arg-type]
            continue
        if run:
            candidates.append(frozenset(["".join(run)]))
            run = []
        pieces = _item(op, argument)
        if pieces is not None:
            candidates.append(pieces)
    if run:
        candidates.append(frozenset(["".join(run)]))
    if not candidates:
        return None
    return max(candidates, key=lambda pieces: (min(map(len, pieces)), -len(pieces)))


def _item(op: object, argument: object) -> Pieces | None:
    if op is sre.SUBPATTERN:
        return _sequence(list(argument[3]))  # type: ignore[index]
    if op is sre.BRANCH:
        found: set[str] = set()
        for branch in argument[1]:  # type: ignore[index]
            pieces = _sequence(list(branch))
            if pieces is None:
                return None  # one way through needs no fixed text
            found |= pieces
        return frozenset(found)
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        least, _, content = argument  # type: ignore[misc]
        return _sequence(list(content)) if int(least) >= 1 else None  # type: ignore[has-type]
    return None  # a class, any character, an anchor, a look-around: no fixed text
