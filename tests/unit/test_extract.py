from datetime import UTC, datetime

from pipeline.extract import NotArticle, extract
from pipeline.records import Article, FeedItem, FetchedPage
from tests.sites import article_page, make_story

NOW = datetime(2026, 11, 21, tzinfo=UTC)
URL = "http://news.example.org/world/story-1.html"


def page(body: bytes | str, content_type: str = "text/html; charset=utf-8", url: str = URL) -> FetchedPage:
    item = FeedItem(feed_url="http://news.example.org/rss", url=url + "?utm_source=rss", title="Feed title")
    raw = body.encode() if isinstance(body, str) else body
    return FetchedPage(item=item, url=url, status=200, content_type=content_type, fetched_at=NOW, body=raw)


def test_news_page_gives_text_and_metadata_without_page_furniture() -> None:
    story = make_story(1, "climate change")
    result = extract(page(article_page(story, site="Example News", url=URL)))
    assert isinstance(result, Article)
    assert result.title == story.title and result.author == "Staff Reporter"
    assert result.published == datetime(2026, 11, 20, tzinfo=UTC)
    assert result.canonical_url == URL and result.site_name == "Example News" and result.language == "en"
    for paragraph in story.paragraphs:
        assert paragraph[:60] in result.text
    for furniture in ("Advertisement", "Share on Facebook", "We use cookies", "Related stories", "reader3"):
        assert furniture not in result.text


def test_canonical_on_another_host_is_not_trusted() -> None:
    html = article_page(make_story(2), site="S", url="http://other-site.example.com/stolen")
    result = extract(page(html))
    assert isinstance(result, Article) and result.canonical_url == URL


def test_declared_latin1_charset_is_honoured() -> None:
    story = make_story(3)
    html = (
        article_page(story, site="S", url=URL)
        .replace('<meta charset="utf-8">', "")
        .replace(story.paragraphs[0], "Café crème in Zürich. " + story.paragraphs[0])
    )
    result = extract(page(html.encode("latin-1"), "text/html; charset=ISO-8859-1"))
    assert isinstance(result, Article) and "Café crème in Zürich" in result.text


def test_what_is_not_an_article_says_why() -> None:
    assert extract(page(b"%PDF-1.7 ...", "application/pdf")) == NotArticle(URL, "not HTML (application/pdf)")
    assert extract(page(b"   ")).reason == "empty page"  # type: ignore[union-attr]
    short = extract(page("<html><body><article><p>Too short to be news.</p></article></body></html>"))
    assert isinstance(short, NotArticle)


def test_binary_bytes_served_as_html_are_not_an_article() -> None:
    noise = bytes(range(256)) * 200
    assert isinstance(extract(page(noise)), NotArticle)


def test_a_plain_line_titling_a_list_of_links_goes_with_the_links() -> None:
    body = "".join(
        f"<p>The council said on Monday that repairs to section {n} of the harbour wall would take weeks.</p>"
        for n in range(6)
    )
    box = '<div class="x9"><p class="t">In other news</p><ul><li><a href="/a">Storm closes road</a></li>'
    box += '<li><a href="/b">Ferry times change</a></li></ul></div>'
    html = f"<html><head><title>Harbour</title></head><body><main>{body[:400]}{box}{body[400:]}</main></body></html>"
    result = extract(page(html))
    assert isinstance(result, Article)
    assert "section 5" in result.text and "In other news" not in result.text
