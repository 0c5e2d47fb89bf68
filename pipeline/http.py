"""HTTP adapter: bounded, guarded GETs. Stage code never sees this module.

Every hop of a fetch is checked by the address policy and connected to the address that
passed; bodies are read raw up to `max_body_bytes` (refused early on Content-Length) and
decompressed by newsmon itself within the same cap, so a gzip bomb is refused, not inflated.
Every exchange, redirects included, is returned for the archive.
"""

from __future__ import annotations

import time
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from urllib.parse import urljoin, urlsplit

import httpx

from pipeline.errors import PermanentError, TransientError
from pipeline.netguard import AddressPolicy

REDIRECTS = (301, 302, 303, 307, 308)


@dataclass(frozen=True, slots=True)
class HttpLimits:
    user_agent: str
    connect_timeout: float = 5.0
    read_timeout: float = 15.0
    max_body_bytes: int = 10_000_000
    max_redirects: int = 5
    policy: AddressPolicy = field(default_factory=AddressPolicy)

    @property
    def deadline(self) -> float:
        """Seconds one exchange may take in all, so a server dripping bytes cannot hold a worker."""
        return self.connect_timeout + 2 * self.read_timeout


@dataclass(frozen=True, slots=True)
class Exchange:
    """One request and its response as they crossed the wire (what the archive keeps)."""

    url: str
    ip: str
    request_headers: tuple[tuple[str, str], ...]
    status: int
    reason: str
    http_version: str
    response_headers: tuple[tuple[str, str], ...]
    raw_body: bytes
    when: datetime


@dataclass(frozen=True, slots=True)
class Response:
    url: str  # after redirects
    status: int
    body: bytes  # content-encoding removed
    headers: dict[str, str]  # lower-case names
    exchanges: tuple[Exchange, ...] = ()  # every hop, redirects first
    permanent_redirect: str = ""  # where a 301/308 chain from the requested URL leads

    @property
    def content_type(self) -> str:
        return self.headers.get("content-type", "")


class HttpError(TransientError):
    """A transient HTTP status (429, 5xx...), with the server's Retry-After when it gave one."""

    def __init__(self, message: str, *, status: int, retry_after: float | None, exchanges: tuple[Exchange, ...]):
        super().__init__(message)
        self.status, self.retry_after, self.exchanges = status, retry_after, exchanges


def make_client(limits: HttpLimits) -> httpx.Client:
    """One client per worker process: it pools connections across jobs."""
    return httpx.Client(
        timeout=httpx.Timeout(limits.read_timeout, connect=limits.connect_timeout),
        follow_redirects=False,  # each hop is checked here
        headers={"User-Agent": limits.user_agent, "Accept-Encoding": "gzip, deflate"},
        trust_env=False,
    )


def get(
    client: httpx.Client,
    url: str,
    limits: HttpLimits,
    headers: dict[str, str] | None = None,
    record: Callable[[Exchange], None] | None = None,
) -> Response:
    """GET `url`, handing every exchange to `record` (the archive) as it completes.

    Raises TransientError for what may pass, PermanentError for what will not.
    """
    exchanges: list[Exchange] = []
    seen = {url}
    permanent = True
    while True:
        exchange = _exchange(client, url, limits, headers or {})
        exchanges.append(exchange)
        if record is not None:
            record(exchange)
        location = dict(exchange.response_headers).get("location", "")
        if exchange.status not in REDIRECTS or not location:
            break
        permanent = permanent and exchange.status in (301, 308)
        if len(exchanges) > limits.max_redirects:
            raise PermanentError(f"more than {limits.max_redirects} redirects")
        url = urljoin(url, location.strip())
        if url in seen:
            raise PermanentError(f"redirect loop at {url[:120]}")
        seen.add(url)
    final = exchanges[-1]
    response_headers = {k: v for k, v in final.response_headers}
    if final.status in (408, 425, 429) or final.status >= 500:
        retry_after = _retry_after(response_headers.get("retry-after", ""))
        raise HttpError(
            f"HTTP {final.status}", status=final.status, retry_after=retry_after, exchanges=tuple(exchanges)
        )
    if final.status >= 400:
        raise PermanentError(f"HTTP {final.status}")
    body = decode_content(final.raw_body, response_headers.get("content-encoding", ""), limits.max_body_bytes)
    return Response(
        url=url,
        status=final.status,
        body=body,
        headers=response_headers,
        exchanges=tuple(exchanges),
        permanent_redirect=url if permanent and len(exchanges) > 1 else "",
    )


def _exchange(client: httpx.Client, url: str, limits: HttpLimits, headers: dict[str, str]) -> Exchange:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise PermanentError(f"refused: only http and https URLs are fetched ({url[:120]})")
    port = parts.port or (443 if parts.scheme == "https" else 80)
    ip = limits.policy.resolve(parts.hostname, port)
    pinned = httpx.URL(url).copy_with(host=str(ip))
    request = client.build_request("GET", pinned, headers={**headers, "Host": parts.netloc.rpartition("@")[2]})
    request.extensions["sni_hostname"] = parts.hostname
    started = time.monotonic()
    try:
        response = client.send(request, stream=True)
        try:
            raw = _read_capped(response, limits, started)
        finally:
            response.close()
    except httpx.TimeoutException as exc:
        raise TransientError(f"timed out ({type(exc).__name__})") from None
    except httpx.HTTPError as exc:  # connection refused, reset, protocol errors
        raise TransientError(f"{type(exc).__name__}: {exc}".rstrip(": ")) from None
    return Exchange(
        url=url,
        ip=str(ip),
        request_headers=tuple((k.decode("latin-1"), v.decode("latin-1")) for k, v in request.headers.raw),
        status=response.status_code,
        reason=response.reason_phrase,
        http_version=response.http_version,
        response_headers=tuple((k.decode("latin-1").lower(), v.decode("latin-1")) for k, v in response.headers.raw),
        raw_body=raw,
        when=datetime.now(UTC),
    )


def _read_capped(response: httpx.Response, limits: HttpLimits, started: float) -> bytes:
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limits.max_body_bytes:
        raise PermanentError(f"Content-Length {declared} exceeds the {limits.max_body_bytes}-byte cap")
    chunks, size = [], 0
    for chunk in response.iter_raw():
        size += len(chunk)
        if size > limits.max_body_bytes:
            raise PermanentError(f"body exceeds the {limits.max_body_bytes}-byte cap")
        if time.monotonic() - started > limits.deadline:
            raise TransientError(f"body not complete within {limits.deadline:.0f}s")
        chunks.append(chunk)
    return b"".join(chunks)


def decode_content(raw: bytes, encoding: str, cap: int) -> bytes:
    """Undo content-encoding (gzip, deflate) without ever holding more than `cap` bytes."""
    body = raw
    for coding in reversed([c.strip().lower() for c in encoding.split(",") if c.strip()]):
        if coding == "identity":
            continue
        if coding not in ("gzip", "x-gzip", "deflate"):
            raise PermanentError(f"unsupported content-encoding {coding!r}")
        try:
            out, leftover = _inflate(body, 15 if coding == "deflate" else 47, cap)  # 47: gzip or zlib header
        except zlib.error:
            if coding != "deflate":
                raise PermanentError(f"corrupt {coding} body") from None
            try:  # raw deflate without the zlib header, as some servers send it
                out, leftover = _inflate(body, -15, cap)
            except zlib.error as exc:
                raise PermanentError(f"corrupt deflate body: {exc}") from None
        if len(out) > cap or leftover:
            raise PermanentError(f"{coding} body inflates past the {cap}-byte cap; refused")
        body = out
    return body


def _inflate(data: bytes, wbits: int, cap: int) -> tuple[bytes, bytes]:
    decoder = zlib.decompressobj(wbits)
    return decoder.decompress(data, cap + 1), decoder.unconsumed_tail


def _retry_after(value: str) -> float | None:
    value = value.strip()
    if not value:
        return None
    if value.isdigit():
        return float(value)
    try:
        return max(0.0, (parsedate_to_datetime(value) - datetime.now(UTC)).total_seconds())
    except (TypeError, ValueError):
        return None
