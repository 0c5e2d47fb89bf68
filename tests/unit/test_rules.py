from datetime import UTC, datetime

import pytest

from pipeline.records import Article
from pipeline.rules import RuleError, alerts_for, parse_rule

NOW = datetime(2026, 11, 20, tzinfo=UTC)


def article(title: str = "", text: str = "", story: str | None = "s1") -> Article:
    return Article(
        id="a1",
        url="u",
        canonical_url="http://x/1",
        feed_url="f",
        title=title,
        text=text,
        fetched_at=NOW,
        story_id=story,
    )


def test_phrase_matches_across_case_and_whitespace() -> None:
    assert parse_rule("c", '"climate change"').matches(article(text="CLIMATE\n  Change is here"))


def test_terms_must_be_whole_words() -> None:
    rule = parse_rule("e", "election")
    assert not rule.matches(article(text="preelection polling"))
    assert rule.matches(article(title="An election, at last"))


def test_all_terms_must_match() -> None:
    rule = parse_rule("x", 'flood "river Thames"')
    assert not rule.matches(article(text="a flood elsewhere"))
    assert rule.matches(article(text="the river  thames flood"))


def test_unbalanced_quote_is_a_rule_error() -> None:
    with pytest.raises(RuleError):
        parse_rule("bad", '"open')


def test_one_alert_per_rule_and_story_whatever_the_article() -> None:
    rules = (parse_rule("c", "storm"), parse_rule("d", "nothing-here"))
    first = alerts_for(article(text="storm"), rules, now=NOW)
    second = alerts_for(article(text="storm again").replace(id="a2"), rules, now=NOW)
    assert [a.rule for a in first] == ["c"]
    assert first[0].id == second[0].id
    assert first[0].id != alerts_for(article(text="storm", story="s2"), rules, now=NOW)[0].id
