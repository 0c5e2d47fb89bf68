"""The fixed text a wording pattern needs: a line without any of it is passed over."""

import re

import pytest

from pipeline.extract import default_rules
from pipeline.paragraphs import word_count
from pipeline.regex_literals import required_pieces
from pipeline.text_rules import plain_text
from tests.boilerplate_pages import labelled_pages


def test_alternatives_and_sequences_give_the_pieces_every_match_holds() -> None:
    # re factors the shared "s" out of the two words: the pieces are what follows it
    assert required_pieces(r"\b(?:sign up|subscribe)(?: now)?\b") == {"ign up", "ubscribe"}
    assert required_pieces(r".*\b(?:error|fehler) (?:al|beim)\b.*") == {"error", "fehler"}
    assert required_pieces(r"(?:cookie )+settings") == {"settings"}


@pytest.mark.parametrize("pattern", [r"\d+:\d\d?", r"(?:a|)b?", r".*", r"[abc]+"])
def test_a_pattern_that_can_match_without_fixed_text_has_no_pieces(pattern: str) -> None:
    pieces = required_pieces(pattern)
    assert pieces is None or all(len(piece) == 1 for piece in pieces)


def test_no_shipped_pattern_matches_a_labelled_line_its_pieces_rule_out() -> None:
    # every line of the labelled pages, boilerplate and article, as the text layer reads it:
    # wherever a shipped pattern matches, the piece index must have let it run
    rules = default_rules()
    lines = {line for page in labelled_pages() for line in (*page.junk, *page.body)}
    assert len(lines) > 5000
    for line in lines:
        plain, words = plain_text(line), word_count(line)
        present = rules.pieces.present(plain)
        for signals, find in ((rules.labels, "match"), (rules.prompts, "search"), (rules.topics, "search")):
            for signal in signals:
                if words <= signal.max_words and getattr(signal.pattern, find)(plain):
                    assert signal.admits(present), (signal.kind, line)


def test_pieces_agree_with_the_pattern_on_sample_lines() -> None:
    pattern = r"\b(?:donate|give) (?:now|today|\$\d+)"
    pieces = required_pieces(pattern)
    assert pieces is not None
    for line in ["please donate now", "give $5 today", "we gave today", "donated now"]:
        if re.search(pattern, line):
            assert any(piece in line for piece in pieces)
