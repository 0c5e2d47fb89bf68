from datetime import UTC, datetime

from pipeline.dedupe import dedupe_key, open_story, split_repeats
from pipeline.records import Article
from pipeline.tagging import tag

NOW = datetime(2026, 11, 20, tzinfo=UTC)


def article(item: str, url: str = "http://x/1", **kw: object) -> Article:
    return Article(
        id="a-" + url, url=url, canonical_url=url, feed_url="f", title="T", text="x", fetched_at=NOW, item_id=item, **kw
    )


def test_first_claimant_passes_and_repeats_stop() -> None:
    first, repeat, other = article("i1"), article("i2"), article("i3", "http://x/2")
    claims = {dedupe_key(first): "i1", dedupe_key(other): "i3"}
    firsts, repeats = split_repeats([first, repeat, other], claims)
    assert firsts == [first, other] and repeats == [repeat]


def test_a_retry_of_the_claimant_is_still_first() -> None:
    first = article("i1")
    assert split_repeats([first, first], {dedupe_key(first): "i1"}) == ([first, first], [])


def test_first_copy_opens_its_own_story() -> None:
    opened, story = open_story(article("i1"))
    assert opened.story_id == story.id == opened.id and story.article_ids == (opened.id,)


def test_tags_carry_language_and_site_sorted() -> None:
    tagged = tag(article("i1", "https://www.Example.org/a", language="en-GB"))
    assert tagged.tags == ("lang:en", "site:example.org")
    assert tag(article("i1")).tags[0] == "lang:und"
