"""HTTP adapter: bounded GETs with a deadline, a size cap and a redirect limit.

Stage code never sees this module; jobs call it at the edge and hand the bytes on.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import httpx

from pipeline.errors import PermanentError, TransientError


@dataclass(frozen=True, slots=True)
class HttpLimits:
    user_agent: str
    connect_timeout: float = 5.0
    read_timeout: float = 15.0
    max_body_bytes: int = 10_000_000
    max_redirects: int = 5


@dataclass(frozen=True, slots=True)
class Response:
    url: str
    status: int
    body: bytes
    headers: dict[str, str] = field(default_factory=dict)

    @property
    def content_type(self) -> str:
        return self.headers.get("content-type", "")


def make_client(limits: HttpLimits) -> httpx.Client:
    """One client per worker process: it pools connections across jobs."""
    timeout = httpx.Timeout(limits.read_timeout, connect=limits.connect_timeout)
    return httpx.Client(
        timeout=timeout,
        follow_redirects=True,
        max_redirects=limits.max_redirects,
        headers={"User-Agent": limits.user_agent, "Accept-Encoding": "gzip, deflate"},
        trust_env=False,
    )


def get(client: httpx.Client, url: str, *, max_bytes: int) -> Response:
    """GET `url`; raise TransientError for what may pass, PermanentError for what will not."""
    if not url.lower().startswith(("http://", "https://")):
        raise PermanentError(f"refused: only http and https URLs are fetched ({url[:80]})")
    try:
        with client.stream("GET", url) as response:
            declared = response.headers.get("content-length", "")
            if declared.isdigit() and int(declared) > max_bytes:
                raise PermanentError(f"body of {declared} bytes exceeds the {max_bytes}-byte cap")
            chunks, size = [], 0
            for chunk in response.iter_bytes():
                size += len(chunk)
                if size > max_bytes:
                    raise PermanentError(f"body exceeds the {max_bytes}-byte cap")
                chunks.append(chunk)
            result = Response(str(response.url), response.status_code, b"".join(chunks), dict(response.headers))
    except httpx.TooManyRedirects:
        raise PermanentError("too many redirects") from None
    except httpx.TimeoutException as exc:
        raise TransientError(f"timed out ({type(exc).__name__})") from None
    except httpx.HTTPError as exc:  # connection refused, DNS failure, protocol errors, bad gzip
        raise TransientError(f"{type(exc).__name__}: {exc}".rstrip(": ")) from None
    if result.status in (408, 425, 429) or result.status >= 500:
        raise TransientError(f"HTTP {result.status}")
    if result.status >= 400:
        raise PermanentError(f"HTTP {result.status}")
    return result
