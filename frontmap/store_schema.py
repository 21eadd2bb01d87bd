"""The store's file: opening, creating, checking and upgrading the SQLite layout (frontmap.store).

A `meta` table marks the file as a frontmap store and `schema_version` holds the layout version;
opening any other SQLite file (or a non-SQLite file) raises NotAFrontmapStore. A store of an older
layout is upgraded in place when opened.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

SCHEMA_VERSION = 6
APPLICATION = "frontmap"
BUSY_TIMEOUT_MS = 30_000
WAL_CHECKPOINT_PAGES = 10_000

_SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE schema_version (version INTEGER NOT NULL, applied_at TEXT NOT NULL);
CREATE TABLE builds (
    build_id INTEGER PRIMARY KEY AUTOINCREMENT,
    started_at TEXT NOT NULL, finished_at TEXT, corpus_dir TEXT NOT NULL,
    articles_read INTEGER, articles_new INTEGER, articles_updated INTEGER,
    files_skipped INTEGER, events_found INTEGER
);
CREATE TABLE articles (
    article_id TEXT PRIMARY KEY, file TEXT NOT NULL, item INTEGER, title TEXT NOT NULL,
    outlet TEXT NOT NULL, agency TEXT NOT NULL, url TEXT NOT NULL, published TEXT,
    date_source TEXT NOT NULL, text TEXT NOT NULL,
    build_id INTEGER REFERENCES builds(build_id),
    extractor TEXT NOT NULL DEFAULT '',
    story TEXT NOT NULL DEFAULT '',
    story_signature BLOB
);
CREATE TABLE mentions (
    article_id TEXT NOT NULL REFERENCES articles(article_id) ON DELETE CASCADE,
    sentence_index INTEGER NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
    surface TEXT NOT NULL, place_key TEXT NOT NULL, place TEXT NOT NULL, kind TEXT NOT NULL,
    district_id TEXT, province_code TEXT NOT NULL, score REAL NOT NULL,
    PRIMARY KEY (article_id, start, "end", place_key)
);
CREATE TABLE events (
    event_id TEXT PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles(article_id) ON DELETE CASCADE,
    file TEXT NOT NULL, item INTEGER, place TEXT NOT NULL, district_id TEXT,
    province_code TEXT NOT NULL, status TEXT NOT NULL, event_date TEXT, date_basis TEXT NOT NULL,
    excerpt TEXT NOT NULL, confidence REAL NOT NULL, trigger TEXT NOT NULL,
    position INTEGER NOT NULL, kind TEXT NOT NULL DEFAULT 'ground'
);
CREATE INDEX events_article ON events(article_id);
CREATE INDEX articles_story ON articles(story, article_id, story_signature);
CREATE INDEX articles_reading ON articles(published IS NULL, published, file, item, article_id, story, build_id, agency);
"""
# Additive changes since an older layout: (version, SQL). A store of an older version is brought
# up to date when opened (the events' `kind` column: a store of version 2 reads as "ground" until
# its articles are extracted again, which the next build does: the extraction changed).
# An article row holds its text, title and url: a build's metadata reads (stories, reading order,
# builds) scan these two narrow indexes instead of the table (a store of 100,000 articles: ~2.5 s
# of the first opening after the upgrade, then a few page writes per article).
_ARTICLE_INDEXES = _SCHEMA[_SCHEMA.index("CREATE INDEX articles_story"):].strip().rstrip(";").split(";\n")
# Additive changes since an older layout. A store of an older version is brought up to date when
# opened (the events' `kind` column: a store of version 2 reads as "ground" until its articles are
# extracted again, which the next build does: the extraction changed).
_MIGRATIONS: dict[int, tuple[str, str, str] | list[str]] = {  # version -> column added, or statements run
    2: ("events", "kind", "TEXT NOT NULL DEFAULT 'ground'"),
    3: ("articles", "story", "TEXT NOT NULL DEFAULT ''"),
    4: ("articles", "story_signature", "BLOB"),  # NULL: made by the next grouping (stories.group_stories)
    5: [statement.replace("CREATE INDEX", "CREATE INDEX IF NOT EXISTS", 1) for statement in _ARTICLE_INDEXES],
}
# Each index costs every article's transaction a few page writes, so there are only those the
# cascading delete of an article's events and the build's metadata reads need (mentions: their
# primary key starts with article_id). Stores made before kept two more (events by district and
# date, mentions by article); no query needs them and they do no harm.


class StoreError(RuntimeError):
    """The store cannot be used; the message says which file and why."""


class NotAFrontmapStore(StoreError):
    """The file at the store path exists but is not a frontmap store."""


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


def now() -> str:
    """Return the current UTC time as ISO text (what the store records)."""
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


@contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """Run the block in one write transaction on `conn`: committed at the end, rolled back on error."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def connect(path: Path) -> sqlite3.Connection:
    """Return a connection to the frontmap store at `path`, created when absent, checked and brought
    up to the current layout; raise NotAFrontmapStore or StoreError saying what is wrong."""
    if path.is_dir():
        raise NotAFrontmapStore(f"{path}: is a folder, expected a frontmap store file")
    # The file is never opened here to read its header: SQLite's locks are POSIX locks, and closing
    # any other descriptor of the file drops every lock this process holds on it, so a thread
    # opening the store would let two writers corrupt it. SQLite itself reports a file that is not
    # a database.
    path.parent.mkdir(parents=True, exist_ok=True)
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    pause = 0.02
    while True:
        try:
            return _open_checked(path)
        except StoreError as exc:
            if not _is_busy(exc.__cause__) or time.monotonic() + pause > deadline:
                raise
        time.sleep(pause)
        pause = min(pause * 2, 1.0)


def _is_busy(exc: BaseException | None) -> bool:
    # SQLite answers "locked" at once, without waiting out the busy timeout, where waiting could
    # deadlock: two connections that both read a new file and both ask for the lock to switch it to
    # WAL. The other one finishes, so trying again is what the busy timeout would have done.
    return isinstance(exc, sqlite3.OperationalError) and any(
        word in str(exc) for word in ("locked", "busy")
    )


def _open_checked(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
    conn.row_factory = sqlite3.Row
    try:
        _configure(conn)
        _init_or_check(conn, path)
    except sqlite3.OperationalError as exc:  # locked, read-only, disk full: a store, not usable now
        conn.close()
        raise StoreError(f"{path}: cannot open the store ({exc})") from exc
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise NotAFrontmapStore(f"{path}: not an SQLite database, so not a frontmap store ({exc})") from exc
    except StoreError:
        conn.close()
        raise
    return conn


def _configure(conn: sqlite3.Connection) -> None:
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA foreign_keys = ON")
    # WAL is kept in the file: switching needs an exclusive lock, so ask only while it is not WAL yet.
    if conn.execute("PRAGMA journal_mode").fetchone()[0].lower() != "wal":
        conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = NORMAL")
    # Checkpoint the WAL every ~40 MB instead of every 4 MB: a build commits once per article, and
    # each checkpoint rewrites and syncs the pages those commits touched.
    conn.execute(f"PRAGMA wal_autocheckpoint = {WAL_CHECKPOINT_PAGES}")


def _tables(conn: sqlite3.Connection) -> set[str]:
    return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def _init_or_check(conn: sqlite3.Connection, path: Path) -> None:
    tables = _tables(conn)
    if not tables:
        # One transaction: a half-created store is never left behind. Tables are looked for again
        # inside it, since another thread or process may have created them meanwhile.
        # (Statement by statement: executescript would commit the transaction first.)
        with transaction(conn):
            if not _tables(conn):
                for statement in filter(str.strip, _SCHEMA.split(";")):
                    conn.execute(statement)
                conn.execute("INSERT INTO meta VALUES ('application', ?)", (APPLICATION,))
                conn.execute("INSERT INTO schema_version VALUES (?, ?)", (SCHEMA_VERSION, now()))
        tables = _tables(conn)
    marker = None
    if "meta" in tables:
        row = conn.execute("SELECT value FROM meta WHERE key = 'application'").fetchone()
        marker = row[0] if row else None
    if marker != APPLICATION or "schema_version" not in tables:
        raise NotAFrontmapStore(
            f"{path}: an SQLite database but not a frontmap store (tables: {', '.join(sorted(tables))})"
        )
    version = _migrate(conn, conn.execute("SELECT max(version) FROM schema_version").fetchone()[0])
    if version != SCHEMA_VERSION:
        raise StoreError(
            f"{path}: store schema version {version}, this frontmap reads version {SCHEMA_VERSION}; "
            "build into a new data directory"
        )


def _migrate(conn: sqlite3.Connection, version: int) -> int:
    """Upgrade an older store in place, a version a transaction; return its version now. A column
    already there (a store written between two releases) is left as it is."""
    while version in _MIGRATIONS:
        with transaction(conn):
            _apply(conn, _MIGRATIONS[version])
            conn.execute("INSERT INTO schema_version VALUES (?, ?)", (version + 1, now()))
        version += 1
    return version


def _apply(conn: sqlite3.Connection, change: tuple[str, str, str] | list[str]) -> None:
    """Make one migration's change: add a column (unless already there) or run its statements."""
    if isinstance(change, list):
        for statement in change:
            conn.execute(statement)
        return
    table, column, definition = change
    present = {row[1] for row in conn.execute(f"PRAGMA table_info({table})")}
    if column not in present:
        conn.execute(f"ALTER TABLE {table} ADD COLUMN {column} {definition}")
