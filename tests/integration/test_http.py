"""The HTTP adapter against hostile servers on 127.0.0.1: every limit and the SSRF guard."""

from __future__ import annotations

import asyncio
import gzip
import ipaddress
from collections.abc import Iterator

import pytest

from pipeline import http
from pipeline.errors import PermanentError, TransientError
from pipeline.netguard import AddressPolicy, RefusedAddress
from tests.sites import LoopbackServer, Request, Site

ALLOW_LOCAL = AddressPolicy.from_strings(["127.0.0.1/32"])


def limits(policy: AddressPolicy = ALLOW_LOCAL, **overrides: object) -> http.HttpLimits:
    values: dict[str, object] = {"user_agent": "newsmon-test/1", "read_timeout": 2.0, "max_body_bytes": 200_000}
    return http.HttpLimits(policy=policy, **{**values, **overrides})  # type: ignore[arg-type]


@pytest.fixture
def served() -> Iterator[tuple[Site, str]]:
    site = Site()
    with LoopbackServer(site) as server:
        yield site, server.base


def fetch(url: str, lim: http.HttpLimits | None = None, headers: dict[str, str] | None = None) -> http.Response:
    lim = lim or limits()
    with http.make_client(lim) as client:
        return http.get(client, url, lim, headers)


def test_plain_get_returns_body_headers_and_the_exchange(served) -> None:
    site, base = served
    site.add("/page", "<p>hello</p>")
    response = fetch(base + "/page")
    assert response.status == 200 and response.body == b"<p>hello</p>"
    assert response.content_type.startswith("text/html")
    (exchange,) = response.exchanges
    assert exchange.ip == "127.0.0.1" and ("user-agent", "newsmon-test/1") in [
        (k.lower(), v) for k, v in exchange.request_headers
    ]
    assert site.requests[0].headers["host"] == base.removeprefix("http://")


def test_slow_server_times_out_as_a_transient_error(served) -> None:
    site, base = served
    site.add("/slow", "late")
    site.delays["/slow"] = 3.0
    with pytest.raises(TransientError, match="timed out"):
        fetch(base + "/slow", limits(read_timeout=0.5))


def test_server_dripping_bytes_is_cut_at_the_deadline(served) -> None:
    site, base = served

    async def drip(_: Request, writer: asyncio.StreamWriter) -> None:
        writer.write(b"HTTP/1.1 200 OK\r\nContent-Length: 100000\r\n\r\n")
        for _ in range(100):
            writer.write(b"x")
            await writer.drain()
            await asyncio.sleep(0.3)

    site.raw["/drip"] = drip
    with pytest.raises(TransientError, match="not complete within"):
        fetch(base + "/drip", limits(read_timeout=0.5, connect_timeout=0.5))


def test_declared_oversized_body_is_refused_before_reading(served) -> None:
    site, base = served

    async def huge(_: Request, writer: asyncio.StreamWriter) -> None:
        writer.write(b"HTTP/1.1 200 OK\r\nContent-Length: 5000000000\r\n\r\n" + b"x" * 1000)
        await writer.drain()

    site.raw["/huge"] = huge
    with pytest.raises(PermanentError, match="Content-Length 5000000000 exceeds"):
        fetch(base + "/huge")


def test_endless_chunked_body_stops_at_the_cap(served) -> None:
    site, base = served
    sent = []

    async def endless(_: Request, writer: asyncio.StreamWriter) -> None:
        writer.write(b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n")
        chunk = b"y" * 65536
        for _ in range(800):  # 50 MB at most; the client hangs up long before
            writer.write(b"%x\r\n%s\r\n" % (len(chunk), chunk))
            sent.append(len(chunk))
            await writer.drain()

    site.raw["/endless"] = endless
    with pytest.raises(PermanentError, match="exceeds the 200000-byte cap"):
        fetch(base + "/endless")
    assert sum(sent) < 20_000_000


def test_gzip_bomb_is_refused_not_inflated(served) -> None:
    site, base = served
    bomb = gzip.compress(b"\0" * 50_000_000, compresslevel=9)
    assert len(bomb) < 200_000
    site.handlers["/bomb"] = lambda _: (200, {"Content-Type": "text/html", "Content-Encoding": "gzip"}, bomb)
    with pytest.raises(PermanentError, match="inflates past"):
        fetch(base + "/bomb")


def test_gzip_body_within_the_cap_is_decoded(served) -> None:
    site, base = served
    site.handlers["/gz"] = lambda _: (200, {"Content-Encoding": "gzip"}, gzip.compress(b"<p>fine</p>"))
    assert fetch(base + "/gz").body == b"<p>fine</p>"


def test_redirect_loop_is_refused(served) -> None:
    site, base = served
    site.handlers["/a"] = lambda _: (302, {"Location": "/b"}, b"")
    site.handlers["/b"] = lambda _: (302, {"Location": base + "/a"}, b"")
    with pytest.raises(PermanentError, match="redirect loop"):
        fetch(base + "/a")


def test_too_many_redirects_are_refused(served) -> None:
    site, base = served
    for n in range(10):
        site.handlers[f"/r{n}"] = lambda _, n=n: (302, {"Location": f"/r{n + 1}"}, b"")
    with pytest.raises(PermanentError, match="more than 5 redirects"):
        fetch(base + "/r0")
    assert site.hits["/r6"] == 0


def test_redirect_to_a_file_url_is_refused(served) -> None:
    site, base = served
    site.handlers["/evil"] = lambda _: (301, {"Location": "file:///etc/passwd"}, b"")
    with pytest.raises(PermanentError, match="only http and https"):
        fetch(base + "/evil")


def test_permanent_redirects_are_reported_and_temporary_ones_are_not(served) -> None:
    site, base = served
    site.handlers["/old"] = lambda _: (301, {"Location": "/new"}, b"")
    site.handlers["/tmp"] = lambda _: (302, {"Location": "/new"}, b"")
    site.add("/new", "<rss/>")
    assert fetch(base + "/old").permanent_redirect == base + "/new"
    assert fetch(base + "/tmp").permanent_redirect == ""


def test_loopback_is_refused_by_default_and_no_request_is_made(served) -> None:
    site, base = served
    site.add("/page", "secret")
    with pytest.raises(RefusedAddress, match="loopback"):
        fetch(base + "/page", limits(AddressPolicy()))
    assert site.hits["/page"] == 0


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("http://169.254.169.254/latest/meta-data/", "link-local"),
        ("http://10.1.2.3/", "private"),
        ("http://[::1]:8080/", "loopback"),
        ("http://224.0.0.1/", "multicast"),
        ("http://0.0.0.0/", "unspecified"),
        ("http://[::ffff:127.0.0.1]/", "loopback"),
    ],
)
def test_internal_addresses_are_refused_before_connecting(url: str, reason: str) -> None:
    with pytest.raises(RefusedAddress, match=reason):
        fetch(url, limits(AddressPolicy()))


def test_names_are_checked_after_resolution(served) -> None:
    _, base = served
    with pytest.raises(RefusedAddress, match="localhost resolves to"):
        fetch(base.replace("127.0.0.1", "localhost") + "/", limits(AddressPolicy()))


def test_every_redirect_hop_is_checked(served) -> None:
    site, base = served
    port = base.rsplit(":", 1)[1]
    site.handlers["/hop"] = lambda _: (302, {"Location": f"http://127.0.0.2:{port}/inside"}, b"")
    with pytest.raises(RefusedAddress, match=r"127\.0\.0\.2"):
        fetch(base + "/hop")  # 127.0.0.1 is allowed, 127.0.0.2 is not


def test_allow_networks_opens_a_range() -> None:
    policy = AddressPolicy.from_strings(["10.0.0.0/8"])
    assert policy.refusal(ipaddress.ip_address("10.9.9.9")) == ""
    assert policy.refusal(ipaddress.ip_address("192.168.1.1")) == "private"


def test_conditional_get_passes_validators_and_returns_304(served) -> None:
    site, base = served

    def feed(request: Request) -> tuple[int, dict[str, str], bytes]:
        if request.headers.get("if-none-match") == '"v1"':
            return 304, {"ETag": '"v1"'}, b""
        return 200, {"ETag": '"v1"', "Content-Type": "application/rss+xml"}, b"<rss/>"

    site.handlers["/feed"] = feed
    first = fetch(base + "/feed")
    second = fetch(base + "/feed", headers={"If-None-Match": first.headers["etag"]})
    assert (first.status, second.status, second.body) == (200, 304, b"")


def test_429_carries_retry_after(served) -> None:
    site, base = served
    site.handlers["/busy"] = lambda _: (429, {"Retry-After": "120"}, b"")
    with pytest.raises(http.HttpError) as raised:
        fetch(base + "/busy")
    assert raised.value.retry_after == 120 and raised.value.status == 429
