"""Dedupe stage: the same article reached through many feeds or URL variants is one article.

Articles are known by their canonical URL. The first item to claim a canonical URL carries the
article on; a later item that resolves to the same URL is a repeat and stops here. The claims
live in shared memory kept by the caller; this module only decides. Near-duplicates (edited
wire copies, `duplicate_of`) and story clustering deepen this module later.
"""

from __future__ import annotations

from collections.abc import Mapping

from pipeline.records import Article, Story, stable_id


def dedupe_key(article: Article) -> str:
    """What two copies of one article have in common."""
    return stable_id("url", article.canonical_url)


def split_repeats(articles: list[Article], claimed_by: Mapping[str, str]) -> tuple[list[Article], list[Article]]:
    """(first copies, repeats), given which item claimed each article's key first.

    A retry of the item that made the claim is still the first copy, so a job that runs twice
    passes its articles on both times.
    """
    firsts: list[Article] = []
    repeats: list[Article] = []
    for article in articles:
        is_first = claimed_by.get(dedupe_key(article)) == article.item_id
        (firsts if is_first else repeats).append(article)
    return firsts, repeats


def open_story(article: Article) -> tuple[Article, Story]:
    """A first copy starts its own story until story clustering joins it to others."""
    story = Story(id=article.id, title=article.title, first_seen=article.fetched_at, article_ids=(article.id,))
    return article.replace(story_id=story.id), story
