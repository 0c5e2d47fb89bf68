"""Per-process shared clients: config, Redis, store and HTTP, built once and closed at exit.

Jobs call `runtime()`; the first call in a worker process builds it from the config directory
named by `NEWSMON_CONFIG` (set by the CLI for every process it starts).
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

import httpx
from redis import Redis

from pipeline.archive import WarcArchive
from pipeline.config import Config, Settings, load_config
from pipeline.http import Exchange, HttpLimits, make_client
from pipeline.netguard import AddressPolicy
from pipeline.store import Store
from workers.politeness import HostGate, Robots
from workers.queues import connect
from workers.redis_server import EmbeddedRedis


@dataclass
class Runtime:
    config: Config
    redis: Redis
    store: Store
    http: httpx.Client
    limits: HttpLimits
    gate: HostGate
    archive: WarcArchive | None
    robots: Robots = field(init=False)

    def __post_init__(self) -> None:
        self.robots = Robots(self.redis, self.http, self.limits, self.record)

    def record(self, exchange: Exchange) -> None:
        """Keep one HTTP exchange in the archive (when archiving is on)."""
        if self.archive is not None:
            self.archive.record(exchange)

    def close(self) -> None:
        self.http.close()
        self.store.close()
        self.redis.close()
        if self.archive is not None:
            self.archive.close()


_current: Runtime | None = None


def redis_url(config: Config) -> str:
    """REDIS_URL when given, else the embedded server's socket in the data directory."""
    return config.settings.redis_url or EmbeddedRedis(config.settings.data_dir / "redis").url


def http_limits(settings: Settings) -> HttpLimits:
    return HttpLimits(
        user_agent=settings.user_agent,
        connect_timeout=settings.connect_timeout,
        read_timeout=settings.read_timeout,
        max_body_bytes=settings.max_body_bytes,
        max_redirects=settings.max_redirects,
        policy=AddressPolicy.from_strings(settings.allow_networks),
    )


def build(config: Config) -> Runtime:
    settings = config.settings
    limits = http_limits(settings)
    redis = connect(redis_url(config))
    archive = (
        WarcArchive(settings.data_dir / "archive", max_bytes=settings.archive_max_bytes) if settings.archive else None
    )
    return Runtime(
        config=config,
        redis=redis,
        store=Store.open(settings.database),
        http=make_client(limits),
        limits=limits,
        gate=HostGate(redis, settings.host_concurrency, settings.host_delay, lease=limits.deadline + 5),
        archive=archive,
    )


def runtime() -> Runtime:
    global _current
    if _current is None:
        config_dir = os.environ.get("NEWSMON_CONFIG")
        _current = build(load_config(Path(config_dir) if config_dir else None))
    return _current


def install(value: Runtime | None) -> None:
    """Use `value` as this process's runtime (entrypoints and tests), closing the old one."""
    global _current
    if _current is not None and _current is not value:
        _current.close()
    _current = value
