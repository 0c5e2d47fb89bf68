"""The store on SQLite and on PostgreSQL (the latter required under CI, skipped elsewhere if absent)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import create_engine, inspect, text
from sqlalchemy.exc import OperationalError

from pipeline.migrate import current_revision, downgrade, upgrade
from pipeline.records import Alert, Article, Story
from pipeline.store import Store
from tests.conftest import IN_CI, drop_schema, empty_database, private_schema

POSTGRES = os.environ.get("NEWSMON_TEST_POSTGRES", "postgresql://postgres@127.0.0.1:5432/test")
NOW = datetime(2026, 11, 20, 8, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def postgres_url() -> Iterator[str]:
    try:
        Store.open(POSTGRES, migrate=False).engine.connect().close()
    except OperationalError as exc:
        if IN_CI:
            pytest.fail(f"PostgreSQL at {POSTGRES} is required under CI: {exc}")
        pytest.skip(f"no PostgreSQL at {POSTGRES}")
    schema = f"newsmon_store_test_{os.getpid()}"
    yield private_schema(POSTGRES, schema)
    drop_schema(POSTGRES, schema)


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'store.db'}"
    else:
        url = request.getfixturevalue("postgres_url")
        empty_database(url)
    opened = Store.open(url)
    yield opened
    opened.close()


def article(n: int, minutes: int = 0, **kw: object) -> Article:
    return Article(
        id=f"a{n}",
        url=f"http://x/{n}",
        canonical_url=f"http://x/{n}",
        feed_url="http://x/rss",
        title=f"T{n}",
        text="body",
        fetched_at=NOW + timedelta(minutes=minutes),
        item_id=f"i{n}",
        **kw,
    )


def alert(n: int, story: str = "a1") -> Alert:
    return Alert(
        id=f"al{n}",
        rule="r",
        story_id=story,
        article_id="a1",
        title="T",
        url="http://x/1",
        created_at=NOW + timedelta(minutes=n),
        notify=("log://",),
    )


def test_saving_an_article_twice_stores_it_once(store: Store) -> None:
    store.save_articles([article(1), article(1), article(2)])
    store.save_articles([article(1)])
    assert store.counts()["articles"] == 2


def test_articles_list_newest_first_with_fields_intact(store: Store) -> None:
    store.save_articles([article(1, 0, published=NOW), article(2, 5), article(3, 2)])
    listed = store.recent_articles(10)
    assert [a.id for a in listed] == ["a2", "a3", "a1"]
    assert listed[2] == article(1, 0, published=NOW)


def test_dedupe_and_tags_are_recorded(store: Store) -> None:
    store.save_articles([article(1)])
    story = Story(id="a1", title="T1", first_seen=NOW)
    store.record_dedupe([article(1, story_id="a1")], [story, story])
    store.record_tags([article(1, tags=("lang:en", "site:x"))])
    saved = store.article("a1")
    assert saved is not None and saved.story_id == "a1" and saved.tags == ("lang:en", "site:x")
    assert store.counts()["stories"] == 1


def test_alert_outbox_delivers_each_alert_once(store: Store) -> None:
    store.add_alerts([alert(1), alert(2)])
    store.add_alerts([alert(1)])
    assert [a.id for a in store.undelivered(["al1", "al2"])] == ["al1", "al2"]
    store.mark_delivered(["al1"], NOW)
    assert [a.id for a in store.undelivered(["al1", "al2"])] == ["al2"]
    assert [a.id for a in store.recent_alerts()] == ["al2", "al1"]
    assert store.recent_alerts()[0].notify == ("log://",)


def test_migrations_go_down_and_up_again(tmp_path: Path) -> None:
    engine = create_engine(f"sqlite:///{tmp_path / 'm.db'}")
    upgrade(engine)
    assert current_revision(engine) == "0002"
    downgrade(engine, "base")
    assert "articles" not in inspect(engine).get_table_names()
    upgrade(engine)
    with engine.connect() as conn:
        assert conn.execute(text("select count(*) from articles")).scalar() == 0
