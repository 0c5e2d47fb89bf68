from datetime import UTC, datetime, timedelta

from pipeline.replay import ItemIndex, Pacer, Window, is_page
from pipeline.warcread import ArchivedResponse

T0 = datetime(2026, 11, 20, 6, 0, tzinfo=UTC)


def response(url: str, *, status: int = 200, content_type: str = "text/html", body: bytes = b"<html></html>",
             headers: dict[str, str] | None = None, minutes: int = 0) -> ArchivedResponse:  # fmt: skip
    return ArchivedResponse(url=url, when=T0 + timedelta(minutes=minutes), status=status,
                            headers={"content-type": content_type, **(headers or {})}, body=body, position=(0, 0))  # fmt: skip


class FakeClock:
    def __init__(self) -> None:
        self.now = 100.0
        self.slept: list[float] = []

    def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.now += seconds


def test_pacer_follows_the_archive_clock_scaled() -> None:
    fake = FakeClock()
    pacer = Pacer(60.0, sleep=fake.sleep, clock=lambda: fake.now)
    for minutes in (0, 1, 1, 3):
        pacer.wait_for(T0 + timedelta(minutes=minutes))
    assert fake.slept == [1.0, 2.0]


def test_pacer_without_speed_never_sleeps() -> None:
    fake = FakeClock()
    Pacer(None, sleep=fake.sleep, clock=lambda: fake.now).wait_for(T0)
    assert fake.slept == []


def test_feed_items_find_their_pages_through_redirects() -> None:
    feed = b'<rss version="2.0"><channel><item><title>T</title><link>http://a.org/short/1</link><guid>g1</guid></item></channel></rss>'
    index = ItemIndex()
    index.learn(response("http://a.org/rss", content_type="application/rss+xml", body=feed))
    index.learn(response("http://a.org/short/1", status=301, headers={"location": "/news/1?utm_source=rss"}))
    item = index.item_for("http://a.org/news/1")
    assert item.guid == "g1" and item.feed_url == "http://a.org/rss"
    assert index.item_for("http://a.org/other").feed_url == ""


def test_only_successful_html_responses_are_pages() -> None:
    assert is_page(response("http://a/1"))
    assert not is_page(response("http://a/1", status=404))
    assert not is_page(response("http://a/img", content_type="image/jpeg", body=b"\xff\xd8"))
    assert is_page(response("http://a/2", content_type="", body=b"<!doctype html><html><body>x</body></html>"))


def test_window_is_half_open() -> None:
    window = Window(T0, T0 + timedelta(minutes=10))
    assert window.holds(T0) and not window.holds(T0 + timedelta(minutes=10))
