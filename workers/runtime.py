"""Per-process shared clients: config, Redis, store and HTTP, built once and closed at exit.

Jobs call `runtime()`; the first call in a worker process builds it from the config directory
named by `NEWSMON_CONFIG` (set by the CLI for every process it starts).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import httpx
from redis import Redis

from pipeline.config import Config, Settings, load_config
from pipeline.http import HttpLimits, make_client
from pipeline.store import Store
from workers.queues import connect
from workers.redis_server import EmbeddedRedis


@dataclass
class Runtime:
    config: Config
    redis: Redis
    store: Store
    http: httpx.Client

    def close(self) -> None:
        self.http.close()
        self.store.close()
        self.redis.close()


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
    )


def build(config: Config) -> Runtime:
    settings = config.settings
    return Runtime(
        config=config,
        redis=connect(redis_url(config)),
        store=Store.open(settings.database),
        http=make_client(http_limits(settings)),
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
