"""The SQLite store: layout, idempotent adds, one transaction per article, refusing foreign files."""

from __future__ import annotations

import dataclasses
import datetime as dt
import sqlite3
from types import SimpleNamespace

import pytest

from frontmap.intake.articles import Article, article_id_for
from frontmap.extract.events import ControlEvent
from frontmap.extract.mentions import Mention
from frontmap.paths import store_path
from frontmap.store import SCHEMA_VERSION, NotAFrontmapStore, Store, StoreError


TEXT = "Taliban surround Qala-e Naw\n\nFighting raged in Qala-e Naw on Thursday."
ARTICLE = Article(
    article_id=article_id_for(TEXT), file="004.txt", item=None, title="Taliban surround Qala-e Naw",
    outlet="AFP", agency="AFP", url="", published=dt.date(2021, 7, 8), date_source="manifest", text=TEXT,
)
PLACE = SimpleNamespace(key="district:d-qnaw", name="Qala-e Naw", kind="capital", district_id="d-qnaw",
                        province_code="AF-BDG")


def mention(start: int) -> Mention:
    return Mention(article_id=ARTICLE.article_id, sentence_index=1, start=start, end=start + 10,
                   surface="Qala-e Naw", place=PLACE, score=1.0)


def event(event_id: str, status: str = "contested", **changes) -> ControlEvent:
    base = ControlEvent(
        event_id=event_id, article_id=ARTICLE.article_id, file="004.txt", item=None, place="Qala-e Naw",
        district_id="d-qnaw", province_code="AF-BDG", status=status, event_date=dt.date(2021, 7, 8),
        date_basis="weekday", excerpt="Fighting raged in Qala-e Naw on Thursday.", confidence=0.8,
        trigger="fighting raged",
    )
    return dataclasses.replace(base, **changes)


@pytest.fixture
def store(tmp_path):
    with Store.open(tmp_path) as opened:
        yield opened


def test_a_new_store_has_its_tables_version_and_pragmas(tmp_path, store):
    assert store.path == store_path(tmp_path)
    conn = sqlite3.connect(store.path)
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"meta", "schema_version", "builds", "articles", "mentions", "events"} <= tables
    assert conn.execute("SELECT version FROM schema_version").fetchall() == [(SCHEMA_VERSION,)]
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    conn.close()
    assert store._conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert store._conn.execute("PRAGMA busy_timeout").fetchone()[0] > 0


def test_adding_an_article_stores_it_with_mentions_and_events(store):
    assert store.article_state(ARTICLE) == "new"
    written = store.add_article(ARTICLE, [mention(36), mention(50)], [event("e1"), event("e2", "taliban")])
    assert written == 2
    assert (store.count("articles"), store.count("mentions"), store.count("events")) == (1, 2, 2)
    assert store.article_state(ARTICLE) == "stored"
    assert store.articles() == [ARTICLE]
    rows = store.event_rows()
    assert [r["event_id"] for r in rows] == ["e1", "e2"]
    assert rows[0]["event_date"] == dt.date(2021, 7, 8) and rows[0]["item"] is None
    frame = store.events_frame()
    assert frame.loc[0, "outlet"] == "AFP" and frame.loc[0, "published"] == "2021-07-08"


def test_adding_the_same_article_again_adds_nothing(store):
    for _ in range(2):
        store.add_article(ARTICLE, [mention(36)], [event("e1")])
    assert (store.count("articles"), store.count("mentions"), store.count("events")) == (1, 1, 1)


def test_changed_metadata_is_detected_and_replaces_the_article(store):
    store.add_article(ARTICLE, [mention(36)], [event("e1"), event("e2")])
    moved = dataclasses.replace(ARTICLE, published=dt.date(2021, 7, 9))
    assert store.article_state(moved) == "changed"
    store.add_article(moved, [], [event("e3")])
    assert (store.count("articles"), store.count("mentions"), store.count("events")) == (1, 0, 1)
    assert store.articles()[0].published == dt.date(2021, 7, 9)


def test_a_failure_mid_article_leaves_nothing_of_it(store):
    bad = event("e2", confidence="not a number")
    with pytest.raises(ValueError):
        store.add_article(ARTICLE, [mention(36)], [event("e1"), bad])
    assert (store.count("articles"), store.count("mentions"), store.count("events")) == (0, 0, 0)
    assert store.article_state(ARTICLE) == "new"


def test_an_event_of_another_article_is_refused(store):
    with pytest.raises(ValueError, match="events: event e1 belongs to article"):
        store.add_article(ARTICLE, [], [event("e1", article_id="0" * 16)])
    assert store.count("articles") == 0


def test_builds_are_recorded(store, tmp_path):
    assert store.last_build() is None
    build_id = store.begin_build(tmp_path)
    assert store.last_build() is None  # not finished yet
    store.finish_build(build_id, articles_read=3, articles_new=2, events_found=5)
    last = store.last_build()
    assert last["build_id"] == build_id and last["articles_new"] == 2 and last["finished_at"]
    with pytest.raises(ValueError, match="counts: expected keys"):
        store.finish_build(build_id, bogus=1)


def test_the_store_persists_across_connections(tmp_path):
    with Store.open(tmp_path) as first:
        first.add_article(ARTICLE, [mention(36)], [event("e1")])
    with Store.open(tmp_path) as second:
        assert second.article_state(ARTICLE) == "stored"
        assert second.article_text(ARTICLE.article_id) == TEXT


def test_a_text_file_is_not_a_store(tmp_path):
    store_path(tmp_path).write_text("hello, I am notes\n")
    with pytest.raises(NotAFrontmapStore, match="not an SQLite database"):
        Store.open(tmp_path)


def run_sql(data_dir, statement: str) -> None:
    """Run one SQL statement on data_dir's store file, outside frontmap."""
    conn = sqlite3.connect(store_path(data_dir))
    with conn:
        conn.execute(statement)
    conn.close()


def test_another_sqlite_database_is_not_a_store(tmp_path):
    run_sql(tmp_path, "CREATE TABLE customers (id INTEGER)")
    with pytest.raises(NotAFrontmapStore, match="not a frontmap store .*customers"):
        Store.open(tmp_path)


def test_a_store_of_another_schema_version_is_refused(tmp_path):
    Store.open(tmp_path).close()
    run_sql(tmp_path, "INSERT INTO schema_version VALUES (99, 'later')")
    with pytest.raises(StoreError, match="schema version 99"):
        Store.open(tmp_path)


def test_published_range(store):
    assert store.published_range() == (None, None)
    store.add_article(ARTICLE, [], [])
    later = dataclasses.replace(ARTICLE, article_id="f" * 16, published=dt.date(2021, 8, 13))
    store.add_article(later, [], [])
    assert store.published_range() == (dt.date(2021, 7, 8), dt.date(2021, 8, 13))


def test_events_written_counts_only_events_not_already_stored(store):
    assert store.add_article(ARTICLE, [], [event("e1"), event("e1", status="taliban"), event("e2")]) == 2
    assert store.add_article(ARTICLE, [], []) == 0
    assert store.count("events") == 0


def test_event_facts_are_the_events_timeline_fields_in_reading_order(store):
    from frontmap.timeline import EventFacts

    store.add_article(ARTICLE, [], [event("e2", "taliban", event_date=None), event("e1")])
    facts = store.event_facts()
    # every field a ControlEvent has, plus the source: the wire agency the article names
    shared = [name for name in EventFacts._fields if name != "source"]
    assert [f[:-1] for f in facts] == [tuple(getattr(e, name) for name in shared) for e in store.events()]
    assert [(f.event_id, f.event_date, f.source) for f in facts] == [
        ("e2", None, "AFP"), ("e1", dt.date(2021, 7, 8), "AFP")]


def test_a_store_of_the_previous_version_gains_the_event_kind_column(tmp_path):
    store = Store.open(tmp_path)
    store.add_article(ARTICLE, [], [event("e1")])
    store.close()
    run_sql(tmp_path, "ALTER TABLE events DROP COLUMN kind")
    run_sql(tmp_path, "DELETE FROM schema_version")
    run_sql(tmp_path, "INSERT INTO schema_version VALUES (2, 'before')")
    with Store.open(tmp_path) as store:
        assert [e.kind for e in store.events()] == ["ground"]
        assert store._conn.execute("SELECT max(version) FROM schema_version").fetchone()[0] == SCHEMA_VERSION


def test_a_store_before_the_article_indexes_gains_them_and_its_metadata_reads_use_them(tmp_path):
    with Store.open(tmp_path) as store:
        store.add_article(ARTICLE, [], [event("e1")])
        store.set_stories({ARTICLE.article_id: ARTICLE.article_id})
    run_sql(tmp_path, "DROP INDEX articles_story")
    run_sql(tmp_path, "DROP INDEX articles_reading")
    run_sql(tmp_path, "DELETE FROM schema_version")
    run_sql(tmp_path, "INSERT INTO schema_version VALUES (5, 'before')")
    with Store.open(tmp_path) as store:
        assert store._conn.execute("SELECT max(version) FROM schema_version").fetchone()[0] == SCHEMA_VERSION
        assert [row[:2] for row in store.story_signatures()] == [(ARTICLE.article_id, ARTICLE.article_id)]
        assert [row[0] for row in store.article_order(0)] == [ARTICLE.article_id]
        plans = {name: " ".join(row[3] for row in store._conn.execute("EXPLAIN QUERY PLAN " + sql)) for name, sql in {
            "grouped": "SELECT article_id, story, story_signature FROM articles WHERE story > ''",
            "ungrouped": "SELECT article_id, text FROM articles WHERE story = '' ORDER BY article_id",
            "order": "SELECT article_id, story, build_id FROM articles "
                     "ORDER BY published IS NULL, published, file, item, article_id",
        }.items()}
    assert "COVERING INDEX articles_story" in plans["grouped"] and "INDEX articles_story" in plans["ungrouped"]
    assert "COVERING INDEX articles_reading" in plans["order"] and "TEMP B-TREE" not in plans["order"]


def test_a_store_locked_for_a_moment_is_opened_on_a_later_try(tmp_path, monkeypatch):
    """SQLite answers "locked" at once where waiting could deadlock (two new connections switching
    a fresh file to WAL); opening tries again and succeeds once the other one is done."""
    from frontmap import store_schema

    real_configure = store_schema._configure
    answers = [sqlite3.OperationalError("database is locked")] * 2

    def configure_busy_twice(conn):
        if answers:
            raise answers.pop()
        real_configure(conn)

    monkeypatch.setattr(store_schema, "_configure", configure_busy_twice)
    with Store.open(tmp_path) as opened:
        assert opened._conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert answers == []


def test_a_store_locked_past_the_busy_timeout_is_reported(tmp_path, monkeypatch):
    from frontmap import store_schema

    def configure_always_busy(conn):
        raise sqlite3.OperationalError("database is locked")

    monkeypatch.setattr(store_schema, "_configure", configure_always_busy)
    monkeypatch.setattr(store_schema, "BUSY_TIMEOUT_MS", 100)
    with pytest.raises(StoreError, match="cannot open the store .database is locked"):
        Store.open(tmp_path)


def test_a_store_that_is_not_writable_is_not_retried(tmp_path, monkeypatch):
    from frontmap import store_schema

    calls = []

    def configure_read_only(conn):
        calls.append(conn)
        raise sqlite3.OperationalError("attempt to write a readonly database")

    monkeypatch.setattr(store_schema, "_configure", configure_read_only)
    with pytest.raises(StoreError, match="readonly"):
        Store.open(tmp_path)
    assert len(calls) == 1
