"""SQL store for articles, stories and alerts: SQLite by default, PostgreSQL by URL.

Every write is idempotent (insert-or-ignore keyed by record id), so a job that runs twice has
the effect of running once. The schema is owned by the Alembic migrations beside this module;
`Store.open` brings a database up to date before use.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import (
    Column,
    DateTime,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    bindparam,
    create_engine,
    event,
    func,
    select,
    update,
)
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Connection, Engine

from pipeline.records import Alert, Article, Story

metadata = MetaData()
TZ = DateTime(timezone=True)

articles = Table(
    "articles", metadata,
    Column("seq", Integer, primary_key=True, autoincrement=True),
    Column("id", String(40), nullable=False, unique=True),
    Column("url", Text, nullable=False),
    Column("canonical_url", Text, nullable=False, index=True),
    Column("feed_url", Text, nullable=False),
    Column("title", Text, nullable=False),
    Column("text", Text, nullable=False),
    Column("author", Text, nullable=False),
    Column("site_name", Text, nullable=False),
    Column("language", String(20), nullable=False),
    Column("item_id", String(40), nullable=False, index=True),
    Column("published", TZ),
    Column("fetched_at", TZ, nullable=False),
    Column("duplicate_of", String(40)),
    Column("story_id", String(40), index=True),
    Column("tags", Text, nullable=False),
)  # fmt: skip

stories = Table(
    "stories", metadata,
    Column("id", String(40), primary_key=True),
    Column("title", Text, nullable=False),
    Column("first_seen", TZ, nullable=False),
)  # fmt: skip

alerts = Table(
    "alerts", metadata,
    Column("seq", Integer, primary_key=True, autoincrement=True),
    Column("id", String(40), nullable=False, unique=True),
    Column("rule", Text, nullable=False),
    Column("story_id", String(40), nullable=False),
    Column("article_id", String(40), nullable=False),
    Column("title", Text, nullable=False),
    Column("url", Text, nullable=False),
    Column("created_at", TZ, nullable=False),
    Column("notify", Text, nullable=False),
    Column("delivered_at", TZ),
)  # fmt: skip


class Store:
    """The durable state of newsmon."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        dialect = postgresql if engine.dialect.name == "postgresql" else sqlite
        self._insert = dialect.insert

    @classmethod
    def open(cls, url: str, *, migrate: bool = True) -> Store:
        if url.startswith("sqlite:///"):
            Path(url.removeprefix("sqlite:///")).parent.mkdir(parents=True, exist_ok=True)
        if url.startswith("postgresql://"):  # the driver newsmon ships is psycopg 3
            url = "postgresql+psycopg://" + url.removeprefix("postgresql://")
        engine = create_engine(url, pool_pre_ping=True)
        if engine.dialect.name == "sqlite":
            event.listen(engine, "connect", _sqlite_pragmas)
        if migrate:
            from pipeline.migrate import upgrade

            upgrade(engine)
        return cls(engine)

    def close(self) -> None:
        self.engine.dispose()

    # -- writes --------------------------------------------------------------------------
    def save_articles(self, batch: Iterable[Article]) -> None:
        rows = [_article_row(a) for a in batch]
        if rows:
            with self.engine.begin() as conn:
                conn.execute(self._insert(articles).on_conflict_do_nothing(index_elements=["id"]), rows)

    def record_dedupe(self, batch: Iterable[Article], new_stories: Iterable[Story]) -> None:
        rows = [{"key": a.id, "duplicate_of": a.duplicate_of, "story_id": a.story_id} for a in batch]
        story_rows = [{"id": s.id, "title": s.title, "first_seen": s.first_seen} for s in new_stories]
        with self.engine.begin() as conn:
            if story_rows:
                conn.execute(self._insert(stories).on_conflict_do_nothing(index_elements=["id"]), story_rows)
            if rows:
                _update_by_id(
                    conn, {"duplicate_of": bindparam("duplicate_of"), "story_id": bindparam("story_id")}, rows
                )

    def record_tags(self, batch: Iterable[Article]) -> None:
        rows = [{"key": a.id, "tags": json.dumps(list(a.tags))} for a in batch]
        if rows:
            with self.engine.begin() as conn:
                _update_by_id(conn, {"tags": bindparam("tags")}, rows)

    def add_alerts(self, batch: Iterable[Alert]) -> list[Alert]:
        """Insert alerts; return only those not stored before (the ones to deliver)."""
        fresh = []
        with self.engine.begin() as conn:
            for alert in batch:
                statement = self._insert(alerts).on_conflict_do_nothing(index_elements=["id"])
                if conn.execute(statement.returning(alerts.c.id), _alert_row(alert)).first():
                    fresh.append(alert)
        return fresh

    def undelivered(self, alert_ids: Iterable[str]) -> list[Alert]:
        """Of these alerts, the ones stored but not yet delivered (the outbox)."""
        query = select(alerts).where(alerts.c.id.in_(list(alert_ids)), alerts.c.delivered_at.is_(None))
        with self.engine.connect() as conn:
            return [_alert(row._mapping) for row in conn.execute(query.order_by(alerts.c.seq))]

    def mark_delivered(self, alert_ids: Iterable[str], when: datetime) -> None:
        with self.engine.begin() as conn:
            conn.execute(update(alerts).where(alerts.c.id.in_(list(alert_ids))).values(delivered_at=when))

    # -- reads ---------------------------------------------------------------------------
    def recent_articles(self, limit: int = 50) -> list[Article]:
        query = select(articles).order_by(articles.c.fetched_at.desc(), articles.c.seq.desc()).limit(limit)
        with self.engine.connect() as conn:
            return [_article(row._mapping) for row in conn.execute(query)]

    def recent_alerts(self, limit: int = 50) -> list[Alert]:
        query = select(alerts).order_by(alerts.c.created_at.desc(), alerts.c.seq.desc()).limit(limit)
        with self.engine.connect() as conn:
            return [_alert(row._mapping) for row in conn.execute(query)]

    def article(self, article_id: str) -> Article | None:
        return self.articles([article_id]).get(article_id)

    def articles(self, article_ids: Iterable[str]) -> dict[str, Article]:
        """The stored articles among these ids, by id (one query)."""
        wanted = list(dict.fromkeys(article_ids))
        if not wanted:
            return {}
        with self.engine.connect() as conn:
            rows = conn.execute(select(articles).where(articles.c.id.in_(wanted)))
            return {row.id: _article(row._mapping) for row in rows}

    def known_items(self, item_ids: Iterable[str]) -> set[str]:
        """Of these feed item ids, the ones an article was already stored from."""
        wanted = list(item_ids)
        if not wanted:
            return set()
        with self.engine.connect() as conn:
            return set(conn.scalars(select(articles.c.item_id).where(articles.c.item_id.in_(wanted))))

    def counts(self) -> dict[str, int]:
        with self.engine.connect() as conn:
            return {
                "articles": conn.scalar(select(func.count()).select_from(articles)) or 0,
                "duplicates": conn.scalar(
                    select(func.count()).select_from(articles).where(articles.c.duplicate_of.is_not(None))
                ) or 0,
                "stories": conn.scalar(select(func.count()).select_from(stories)) or 0,
                "alerts": conn.scalar(select(func.count()).select_from(alerts)) or 0,
            }  # fmt: skip


def _update_by_id(conn: Connection, values: dict[str, Any], rows: list[dict[str, Any]]) -> None:
    conn.execute(update(articles).where(articles.c.id == bindparam("key")).values(**values), rows)


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    # WAL lets readers run beside the one writer; busy_timeout makes concurrent workers wait
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def _article_row(article: Article) -> dict[str, Any]:
    row = article.to_json()
    row.update(published=article.published, fetched_at=article.fetched_at, tags=json.dumps(list(article.tags)))
    return row


def _alert_row(alert: Alert) -> dict[str, Any]:
    row = alert.to_json()
    row.update(created_at=alert.created_at, notify=json.dumps(list(alert.notify)))
    return row


def _utc(value: datetime | None) -> datetime | None:
    if value is None:
        return None
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def _article(row: Any) -> Article:
    data = {k: v for k, v in row.items() if k != "seq"}
    data.update(
        published=_utc(data["published"]), fetched_at=_utc(data["fetched_at"]), tags=tuple(json.loads(data["tags"]))
    )
    return Article(**data)


def _alert(row: Any) -> Alert:
    data = {k: v for k, v in row.items() if k not in ("seq", "delivered_at")}
    data.update(created_at=_utc(data["created_at"]), notify=tuple(json.loads(data["notify"])))
    return Alert(**data)
