"""Pages that are not what they claim: each gives a recorded outcome, never an exception.

Time and memory are bounded by construction (size cap, script stripping, the parser's depth
limit); these tests check that each case reaches an outcome at all, within the suite's timeout.
"""

import gzip
import struct
import zlib

import pytest

from pipeline.extract import ExtractSettings, NotArticle, extract
from pipeline.records import Article
from tests.sites import article_page, make_story
from tests.unit.test_extract import URL, page

ARTICLE = article_page(make_story(7), site="Example News", url=URL)


def png() -> bytes:
    chunk = b"IHDR" + struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + struct.pack(">I", 13) + chunk + struct.pack(">I", zlib.crc32(chunk))


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        (b"", "empty page"),
        (b" \n\t ", "empty page"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj << /Type /Catalog >> endobj", "not HTML (PDF document)"),
        (png(), "not HTML (PNG image)"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00", "not HTML (JPEG image)"),
        (gzip.compress(ARTICLE.encode()), "not HTML (gzip data)"),
        (bytes(range(256)) * 400, "not HTML (binary data)"),
    ],
)
def test_what_is_not_html_is_recorded_as_such(body: bytes, reason: str) -> None:
    assert extract(page(body)) == NotArticle(URL, reason)


def test_a_lying_utf16_charset_on_utf8_bytes_still_reads() -> None:
    first = make_story(7).paragraphs[0]
    body = ARTICLE.replace(first, "Zürich. " + first).encode("utf-8")
    result = extract(page(body, "text/html; charset=utf-16"))
    assert isinstance(result, Article) and "Zürich" in result.text


def test_a_utf8_meta_charset_on_windows_1252_bytes_still_reads() -> None:
    story = make_story(8)
    html = article_page(story, site="S", url=URL).replace(story.paragraphs[1], "Café in Zürich. " + story.paragraphs[1])
    result = extract(page(html.encode("cp1252"), "text/html"))
    assert isinstance(result, Article) and "Café in Zürich" in result.text


def test_an_unknown_charset_is_ignored() -> None:
    result = extract(page(ARTICLE.encode(), "text/html; charset=x-no-such-charset"))
    assert isinstance(result, Article)


def test_a_utf16_page_with_a_byte_order_mark_reads() -> None:
    result = extract(page(ARTICLE.encode("utf-16")))
    assert isinstance(result, Article) and result.title == make_story(7).title


def test_a_20_mb_page_of_scripts_around_an_article_gives_its_text() -> None:
    script = "<script>var state = '" + "x" * 1_000_000 + "';</script>"
    body = ARTICLE.replace("</head>", script * 20 + "</head>").encode()
    assert len(body) > 20_000_000
    result = extract(page(body))
    assert isinstance(result, Article) and make_story(7).paragraphs[0][:40] in result.text


def test_a_20_mb_page_of_markup_is_too_large() -> None:
    body = ("<html><body>" + "<div><p>Filler text in a huge page.</p></div>" * 480_000 + "</body></html>").encode()
    assert len(body) > 20_000_000
    result = extract(page(body))
    assert isinstance(result, NotArticle) and result.reason.startswith("too large")


def test_a_large_page_within_the_caps_gives_an_outcome() -> None:
    body = (
        "<html><body><article>" + "<p>One more paragraph of a very long page.</p>" * 8_000 + "</article></body></html>"
    )
    assert isinstance(extract(page(body)), (Article, NotArticle))


def test_a_page_of_too_many_elements_is_too_large() -> None:
    body = "<html><body>" + "<i>x</i>" * 50_000 + "</body></html>"
    result = extract(page(body), settings=ExtractSettings(max_elements=40_000))
    assert result == NotArticle(URL, "too large (50002 elements)")


@pytest.mark.parametrize("depth", [300, 5_000, 100_000])
def test_deeply_nested_markup_gives_an_outcome(depth: int) -> None:
    body = "<html><body>" + "<div>" * depth + "<p>" + "Deep text. " * 50 + "</p>" + "</div>" * depth + "</body></html>"
    assert isinstance(extract(page(body)), (Article, NotArticle))


def test_deeply_nested_inline_markup_inside_an_article_gives_an_outcome() -> None:
    body = (
        "<html><body><article>"
        + "<span><b>" * 2_000
        + "Words of the story. " * 40
        + "</b></span>" * 2_000
        + "</article></body></html>"
    )
    assert isinstance(extract(page(body)), (Article, NotArticle))


def test_a_page_that_is_only_a_consent_wall_is_not_an_article() -> None:
    body = """<html><head><title>Example News</title></head><body>
    <div id="cmp-consent" class="consent-layer"><h2>We value your privacy</h2>
    <p>We and our 842 partners use cookies and similar technologies to store and access information on your device,
    to personalise ads and content, measure performance and develop products.</p>
    <button>Accept all</button><button>Manage preferences</button></div></body></html>"""
    assert extract(page(body)) == NotArticle(URL, "consent wall")


def test_a_page_not_found_is_an_error_page() -> None:
    body = """<html><head><title>Page not found | Example News</title></head><body><nav><a href="/">Home</a></nav>
    <main><h1>Sorry, we couldn't find that page</h1><p>The page you are looking for may have been moved or deleted.
    Try searching for it, or go back to the front page to see today's top stories.</p>
    <ul><li><a href="/a">Harbour works delayed again</a></li><li><a href="/b">Council votes on budget</a></li></ul>
    </main></body></html>"""
    assert extract(page(body)) == NotArticle(URL, "error page")


def test_a_paywall_stub_says_so() -> None:
    body = """<html><head><title>Harbour deal signed</title>
    <script type="application/ld+json">{"@type": "NewsArticle", "isAccessibleForFree": "False"}</script></head>
    <body><article><h1>Harbour deal signed</h1><p>The council signed the harbour deal on Monday after two years.</p>
    <div class="paywall-prompt"><p>Subscribe to continue reading.</p><p>Already a subscriber? Log in</p></div>
    </article></body></html>"""
    assert extract(page(body)) == NotArticle(URL, "paywall stub")
