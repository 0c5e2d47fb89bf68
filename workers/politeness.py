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
_robots_locks: defaultdict[str, threading.Lock] = defaultdict(threading.Lock)
ROBOTS_MAX_BYTES = 512_000

_ACQUIRE = """
local now = tonumber(ARGV[1])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now)
local next_start = tonumber(redis.call('GET', KEYS[2]) or '0')
if next_start > now then return tostring(next_start - now) end
if redis.call('ZCARD', KEYS[1]) >= tonumber(ARGV[2]) then return '0.25' end
redis.call('ZADD', KEYS[1], now + tonumber(ARGV[3]), ARGV[5])
redis.call('EXPIRE', KEYS[1], math.ceil(tonumber(ARGV[3])) + 60)
redis.call('SET', KEYS[2], tostring(now + tonumber(ARGV[4])), 'EX', math.ceil(tonumber(ARGV[4])) + 60)
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

    def try_acquire(self, url: str) -> tuple[str, float]:
        """(token, 0) when a fetch of `url` may start now, else ("", seconds to wait)."""
        host, token = host_of(url), uuid.uuid4().hex
        keys = [f"{KEY_PREFIX}host:{host}:slots", f"{KEY_PREFIX}host:{host}:next"]
        answer = self._script(keys=keys, args=[time.time(), self.concurrency, self.lease, self.delay, token])
        answer = answer.decode() if isinstance(answer, bytes) else str(answer)
        return (token, 0.0) if answer == "ok" else ("", float(answer))

    def release(self, url: str, token: str) -> None:
        if token:
            self.redis.zrem(f"{KEY_PREFIX}host:{host_of(url)}:slots", token)

    def hold_off(self, url: str, seconds: float) -> None:
        """Start nothing on this host for `seconds` (a 429 or 503 with Retry-After)."""
        key = f"{KEY_PREFIX}host:{host_of(url)}:next"
        self.redis.set(key, time.time() + seconds, ex=int(seconds) + 60)


def robots_allow(
    redis: Redis, client: httpx.Client, limits: http.HttpLimits, url: str, record: Recorder | None = None
) -> bool:
    """Whether robots.txt of `url`'s host lets newsmon fetch it (fetched and cached as needed)."""
    host = host_of(url)
    key = f"{KEY_PREFIX}robots:{host}"
    cached = redis.get(key)
    if cached is None:
        with _robots_locks[host]:  # the fetch threads of one job ask for the same host at once
            cached = redis.get(key)
            if cached is None:
                cached, ttl = _fetch_robots(client, limits, url, record)
                redis.set(key, cached, ex=ttl)
    return _parsed(cached).can_fetch(url, _agent_token(limits.user_agent))


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
