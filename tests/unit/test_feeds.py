from pipeline.feeds import parse_feed

RSS = b"""<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>
<item><title>One</title><link>/news/1</link><guid isPermaLink="false">id-1</guid><pubDate>Fri, 20 Nov 2026 08:00:00 GMT</pubDate></item>
<item><title>Two</title><link>http://example.org/news/2</link></item>
<item><title>No link</title></item>
</channel></rss>"""

ATOM = b"""<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>A</title>
<entry><title>E</title><id>tag:example.org,2026:1</id><link href="http://example.org/e"/><updated>2026-11-20T08:00:00Z</updated></entry>
</feed>"""


def test_rss_items_resolve_relative_links_and_keep_guid_and_date() -> None:
    parsed = parse_feed(RSS, feed_url="http://example.org/rss.xml")
    assert [i.url for i in parsed.items] == ["http://example.org/news/1", "http://example.org/news/2"]
    assert parsed.items[0].guid == "id-1"
    assert parsed.items[0].published is not None and parsed.items[0].published.year == 2026
    assert parsed.title == "T" and parsed.error == ""


def test_atom_entry_is_an_item() -> None:
    (item,) = parse_feed(ATOM, feed_url="http://example.org/atom").items
    assert item.url == "http://example.org/e" and item.guid == "tag:example.org,2026:1"


def test_malformed_feed_keeps_items_read_and_records_error() -> None:
    broken = RSS.replace(
        b"</channel></rss>", b"<item><title>Three</title><link>http://example.org/3</link></item><oops"
    )
    parsed = parse_feed(broken, feed_url="http://example.org/rss.xml")
    assert parsed.error
    assert "http://example.org/news/2" in [i.url for i in parsed.items]


def test_html_page_is_not_a_feed() -> None:
    parsed = parse_feed(
        b"<html><body><p>hello</p></body></html>", feed_url="http://example.org/", content_type="text/html"
    )
    assert parsed.items == () and parsed.error
