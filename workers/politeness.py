"""Per-host politeness shared by every worker on every machine: slots, spacing, robots.txt.

A host has at most `host_concurrency` fetches in flight and `host_delay` seconds between the
starts of two fetches; both are kept in Redis by one Lua script, with leases that expire so a
dead worker cannot hold a slot. robots.txt is fetched once a day per host, kept in Redis and
parsed by protego.
"""

from __future__ import annotations

import threading
import time
import uuid
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import lru_cache
from urllib.parse import urlsplit

import httpx
from protego import Protego
from redis import Redis

from pipeline import http
from pipeline.errors import NewsmonError, PermanentError
from workers.queues import KEY_PREFIX

ROBOTS_TTL = 86400
Recorder = Callable[[http.Exchange], None]
LOCAL_TTL = 300.0  # seconds a process trusts its own copy of a robots.txt before asking Redis
ROBOTS_MAX_BYTES = 512_000

_ACQUIRE = """
-- all times in integer milliseconds: Lua prints floats with 14 digits, which rounds epochs
local now = tonumber(ARGV[1])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now)
local next_start = tonumber(redis.call('GET', KEYS[2]) or '0')
if next_start > now then return tostring(next_start - now) end
if redis.call('ZCARD', KEYS[1]) >= tonumber(ARGV[2]) then return '250' end
redis.call('ZADD', KEYS[1], now + tonumber(ARGV[3]), ARGV[5])
redis.call('PEXPIRE', KEYS[1], tonumber(ARGV[3]) + 60000)
redis.call('SET', KEYS[2], tostring(now + tonumber(ARGV[4])), 'PX', tonumber(ARGV[4]) + 60000)
return 'ok'
"""


def host_of(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{(parts.hostname or '').lower()}:{parts.port or (443 if parts.scheme == 'https' else 80)}"


@dataclass
class HostGate:
    redis: Redis
    concurrency: int
    delay: float
    lease: float  # seconds a slot is held at most (a fetch's whole deadline)

    def __post_init__(self) -> None:
        self._script = self.redis.register_script(_ACQUIRE)

    def try_acquire(self, urls: list[str]) -> list[tuple[str, float]]:
        """For each URL, (token, 0) when its fetch may start now, else ("", seconds to wait).

        One round trip for the lot; the script runs per URL, so two URLs of one host are
        granted in order, as the host's limits allow.
        """
        pipe = self.redis.pipeline(transaction=False)
        tokens = []
        now, lease, delay = round(time.time() * 1000), round(self.lease * 1000), round(self.delay * 1000)
        for url in urls:
            host, token = host_of(url), uuid.uuid4().hex
            keys = [f"{KEY_PREFIX}host:{host}:slots", f"{KEY_PREFIX}host:{host}:next"]
            self._script(keys=keys, args=[now, self.concurrency, lease, delay, token], client=pipe)
            tokens.append(token)
        granted = []
        for token, answer in zip(tokens, pipe.execute(), strict=True):
            answer = answer.decode() if isinstance(answer, bytes) else str(answer)
            granted.append((token, 0.0) if answer == "ok" else ("", float(answer) / 1000))
        return granted

    def release(self, held: list[tuple[str, str]]) -> None:
        """Give back the slots of (url, token) pairs."""
        pipe = self.redis.pipeline(transaction=False)
        for url, token in held:
            if token:
                pipe.zrem(f"{KEY_PREFIX}host:{host_of(url)}:slots", token)
        pipe.execute()

    def hold_off(self, url: str, seconds: float) -> None:
        """Start nothing on this host for `seconds` (a 429 or 503 with Retry-After)."""
        key = f"{KEY_PREFIX}host:{host_of(url)}:next"
        self.redis.set(key, round((time.time() + seconds) * 1000), px=round(seconds * 1000) + 60000)


class Robots:
    """robots.txt answers for one process: its own copy for LOCAL_TTL, Redis's for a day."""

    def __init__(self, redis: Redis, client: httpx.Client, limits: http.HttpLimits, record: Recorder | None) -> None:
        self.redis, self.client, self.limits, self.record = redis, client, limits, record
        self._recent: dict[str, tuple[float, bytes]] = {}
        self._locks: defaultdict[str, threading.Lock] = defaultdict(threading.Lock)
        self._agent = _agent_token(limits.user_agent)

    def allow(self, url: str) -> bool:
        """Whether robots.txt of `url`'s host lets newsmon fetch it (fetched and cached as needed)."""
        host = host_of(url)
        local = self._recent.get(host)
        if local is None or local[0] < time.monotonic():
            with self._locks[host]:  # the fetch threads of one job ask for the same host at once
                local = self._recent.get(host)
                if local is None or local[0] < time.monotonic():
                    local = (time.monotonic() + LOCAL_TTL, self._shared(host, url))
                    self._recent[host] = local
        return _parsed(local[1]).can_fetch(url, self._agent)

    def _shared(self, host: str, url: str) -> bytes:
        key = f"{KEY_PREFIX}robots:{host}"
        cached = self.redis.get(key)
        if cached is None:
            cached, ttl = _fetch_robots(self.client, self.limits, url, self.record)
            self.redis.set(key, cached, ex=ttl)
        return bytes(cached)


def _fetch_robots(
    client: httpx.Client, limits: http.HttpLimits, url: str, record: Recorder | None
) -> tuple[bytes, int]:
    parts = urlsplit(url)
    robots_url = f"{parts.scheme}://{parts.netloc}/robots.txt"
    try:
        return http.get(
            client, robots_url, replace(limits, max_body_bytes=ROBOTS_MAX_BYTES), record=record
        ).body, ROBOTS_TTL
    except PermanentError:
        return b"", ROBOTS_TTL  # no robots.txt (4xx) or an unusable one: everything is allowed
    except NewsmonError:
        # unreachable for now: allow, and ask again soon rather than stall the host's articles
        return b"", 600


@lru_cache(maxsize=1024)
def _parsed(body: bytes) -> Protego:
    return Protego.parse(body.decode("utf-8", "replace"))


def _agent_token(user_agent: str) -> str:
    return user_agent.split("/")[0].split()[0] or "newsmon"
