from datetime import UTC, datetime

from pipeline.records import Alert, Article, FeedItem, FetchedPage, alert_id, article_id

NOW = datetime(2026, 11, 20, 8, 0, tzinfo=UTC)


def test_fetched_page_round_trips_through_json_with_bytes_and_nested_item() -> None:
    item = FeedItem(feed_url="http://f/rss", url="http://f/a", guid="g1", published=NOW)
    page = FetchedPage(
        item=item, url="http://f/a", status=200, content_type="text/html", fetched_at=NOW, body=b"\x00\xff<p>"
    )
    assert FetchedPage.from_json(page.to_json()) == page


def test_article_round_trips_and_ignores_fields_it_does_not_know() -> None:
    article = Article(
        id="a", url="u", canonical_url="c", feed_url="f", title="t", text="x", fetched_at=NOW, tags=("lang:en",)
    )
    data = article.to_json() | {"field_from_a_later_version": 1}
    assert Article.from_json(data) == article


def test_record_missing_optional_fields_takes_defaults() -> None:
    alert = Alert.from_json({"id": "1", "rule": "r", "story_id": "s", "article_id": "a", "title": "t", "url": "u",
                             "created_at": NOW.isoformat()})  # fmt: skip
    assert alert.notify == ()


def test_item_identity_prefers_guid_over_link() -> None:
    assert (
        FeedItem(feed_url="f", url="http://a/1", guid="g").id == FeedItem(feed_url="f", url="http://a/2", guid="g").id
    )
    assert FeedItem(feed_url="f", url="http://a/1").id != FeedItem(feed_url="f", url="http://a/2").id


def test_plain_guids_are_scoped_to_their_feed_and_url_guids_are_not() -> None:
    assert (
        FeedItem(feed_url="f1", url="http://a/1", guid="1").id != FeedItem(feed_url="f2", url="http://b/1", guid="1").id
    )
    url_guid = "http://a.org/news/1?utm_source=rss"
    assert (
        FeedItem(feed_url="f1", url="x", guid=url_guid).id
        == FeedItem(feed_url="f2", url="y", guid="http://a.org/news/1").id
    )


def test_link_variants_without_guid_are_one_item() -> None:
    assert (
        FeedItem(feed_url="f", url="http://a.org/1?utm_medium=x#top").id
        == FeedItem(feed_url="f", url="http://A.org/1").id
    )


def test_ids_are_deterministic() -> None:
    assert article_id("http://a/1") == article_id("http://a/1") != article_id("http://a/2")
    assert alert_id("rule", "story") != alert_id("rule", "story2")
