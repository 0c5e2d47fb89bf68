"""Site memory in one process: counts pages, not fetches, and stays within its bounds."""

from pipeline.boilerplate import SiteMemorySettings
from pipeline.site_memory import LocalSiteMemory, PageParagraphs, SiteCounts


def test_each_page_counts_once_however_often_it_is_seen() -> None:
    memory = LocalSiteMemory()
    first = memory.observe([PageParagraphs("a.com", "p1", ("t", "x"))])
    again = memory.observe([PageParagraphs("a.com", "p1", ("t", "x")), PageParagraphs("a.com", "p2", ("t", "y"))])
    assert first == [SiteCounts(1, {"t": 1, "x": 1})]
    assert again == [SiteCounts(1, {"t": 1, "x": 1}), SiteCounts(2, {"t": 2, "y": 1})]  # p1 again adds nothing


def test_sites_are_counted_apart() -> None:
    memory = LocalSiteMemory()
    memory.observe([PageParagraphs("a.com", "p1", ("t",))])
    assert memory.observe([PageParagraphs("b.com", "p1", ("t",))]) == [SiteCounts(1, {"t": 1})]


def test_past_twice_its_bound_only_the_most_frequent_paragraphs_stay() -> None:
    memory = LocalSiteMemory(SiteMemorySettings(max_entries=10, max_pages=1000))
    for n in range(30):
        memory.observe([PageParagraphs("a.com", f"p{n}", ("template", f"unique-{n}"))])
    answer = memory.observe([PageParagraphs("a.com", "last", ("template", "unique-0"))])[0]
    assert answer.seen["template"] == 31 and answer.pages == 31 and len(memory._counts["a.com"]) <= 20
