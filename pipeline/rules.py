"""Alert rules and the alert stage.

A query is a list of terms, each a word or a "quoted phrase"; a rule matches an article whose
title or text holds every term as whole words, ignoring case. The full rule language (OR, NOT,
field filters) comes later and keeps this entry point.
"""

from __future__ import annotations

import re
import shlex
from dataclasses import dataclass
from datetime import datetime

from pipeline.records import Alert, Article, alert_id


class RuleError(ValueError):
    """A rule's query cannot be understood."""


@dataclass(frozen=True, slots=True)
class Rule:
    name: str
    query: str
    patterns: tuple[re.Pattern[str], ...]
    notify: tuple[str, ...] = ()

    def matches(self, article: Article) -> bool:
        haystack = f"{article.title}\n{article.text}"
        return all(pattern.search(haystack) for pattern in self.patterns)


def parse_rule(name: str, query: str, notify: tuple[str, ...] = ()) -> Rule:
    """Compile a query into whole-word, case-insensitive patterns."""
    try:
        terms = shlex.split(query)
    except ValueError as exc:
        raise RuleError(f"{exc} in {query!r}") from None
    if not terms:
        raise RuleError("query has no terms")
    patterns = tuple(
        re.compile(r"(?<!\w)" + r"\s+".join(map(re.escape, term.split())) + r"(?!\w)", re.IGNORECASE) for term in terms
    )
    return Rule(name=name, query=query, patterns=patterns, notify=notify)


def alerts_for(article: Article, rules: tuple[Rule, ...], *, now: datetime) -> list[Alert]:
    """Alerts this article raises: one per matching rule, keyed by (rule, story)."""
    story_id = article.story_id or article.id
    return [
        Alert(
            id=alert_id(rule.name, story_id),
            rule=rule.name,
            story_id=story_id,
            article_id=article.id,
            title=article.title,
            url=article.canonical_url,
            created_at=now,
            notify=rule.notify,
        )
        for rule in rules
        if rule.matches(article)
    ]
