"""The extraction targets, measured: newsmon's labelled pages and the public benchmark (AEB).

Each page is judged on its own (no site memory), so the targets hold for a site's first page.
"""

from __future__ import annotations

import pytest

from benchmarks.extraction import aeb_scores, load_aeb, newsmon_pages, page_counts
from pipeline.extract import ExtractSettings, NotArticle, extract
from pipeline.records import FeedItem, FetchedPage
from tests.boilerplate_pages import labelled_pages, survival
from tests.conftest import needs_shared
from tests.unit.test_extract import NOW


def extracted(html: str, url: str) -> str:
    page = FetchedPage(FeedItem(feed_url="", url=url), url, 200, "text/html", NOW, html.encode())
    outcome = extract(page)
    return "" if isinstance(outcome, NotArticle) else outcome.text


@pytest.mark.parametrize("part", ["tuned", "held-out"])
def test_no_boilerplate_line_survives_and_the_article_does(part: str) -> None:
    pages = [p for p in labelled_pages() if p.part == part]
    junk_kept, body_lost, body_total = [], 0, 0
    for labelled in pages:
        result = survival(labelled, extracted(labelled.html, labelled.url))
        junk_kept += [f"{labelled.name}: {line}" for line in result.junk_kept]
        body_lost += len(result.body_lost)
        body_total += len(labelled.body)
    assert len(pages) >= 20 and body_total > 200
    assert junk_kept == []
    assert 1 - body_lost / body_total >= 0.98


def test_aeb_f1_and_precision_beat_every_published_extractor() -> None:
    directory = needs_shared("aeb")
    pages = load_aeb(directory)
    texts = newsmon_pages([(body, url) for _, body, url, _ in pages], ExtractSettings())
    scores = aeb_scores([page_counts(truth, text) for (_, _, _, truth), text in zip(pages, texts, strict=True)])
    assert scores.precision >= 0.96 and scores.f1 >= 0.970, scores
