"""The SQLite store of one data directory: articles (keyed by content hash), mentions, events, builds.

Each article is written with its mentions and events in one transaction, so a failure part-way
leaves nothing of that article. Adding an article whose id is already stored with the same
metadata and extractor version does nothing (building the same corpus twice adds nothing); when
its metadata changed (for instance a manifest date was corrected) or the extraction code or
gazetteer changed since, the article is replaced with its new extraction.
The database runs in WAL mode (the dashboard can read while a build writes) with a busy timeout
and foreign keys on; `frontmap.store_schema` creates, checks and upgrades its layout.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import fields
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pandas as pd

from frontmap.extract.events import EVENT_COLUMNS, ControlEvent
from frontmap.intake.articles import Article
from frontmap.intake.stories import first_tellers
from frontmap.paths import store_path
from frontmap.store_schema import (  # noqa: F401  (the errors and version are re-exported)
    SCHEMA_VERSION,
    NotAFrontmapStore,
    StoreError,
    connect,
    transaction,
)
from frontmap.store_schema import now as _now
from frontmap.store_rows import as_rows, iso_day, write_article
from frontmap.timeline import EventFacts

if TYPE_CHECKING:
    from frontmap.extract.mentions import Mention

_ARTICLE_META = ("file", "item", "title", "outlet", "agency", "url", "published", "date_source")

# The article id settles ties (two corpora may share file names), so the order is total and
# events.csv can be merged with a later build's rows (frontmap.outputs).
_READING_ORDER = "ORDER BY a.published IS NULL, a.published, a.file, a.item, a.article_id, e.position"
_EVENTS_IN_READING_ORDER = (
    f"SELECT {', '.join('e.' + c for c in EVENT_COLUMNS)} FROM events e JOIN articles a USING (article_id) "
    + _READING_ORDER
)
_EVENTS_WITH_ARTICLES = (
    f"SELECT {', '.join('e.' + c for c in EVENT_COLUMNS)}, a.title, a.outlet, a.agency, a.published, a.url, "
    "CASE a.story WHEN '' THEN a.article_id ELSE a.story END AS story "
    "FROM events e JOIN articles a USING (article_id) " + _READING_ORDER
)


def _date(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


class Store:
    """An open frontmap store (use as a context manager, or call close())."""

    def __init__(self, path: Path):
        self.path = Path(path)
        self._conn = connect(self.path)

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """Run the block in one write transaction: committed at the end, rolled back on error."""
        with transaction(self._conn) as conn:
            yield conn

    @classmethod
    def open(cls, data_dir: Path) -> Store:
        """Return the store of data directory `data_dir` (created empty if absent)."""
        return cls(store_path(Path(data_dir)))

    def close(self) -> None:
        """Close the connection."""
        self._conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # ------------------------------------------------------------------ builds

    def begin_build(self, corpus_dir: Path | str) -> int:
        """Record the start of a build of `corpus_dir`; return its build_id."""
        with self.transaction() as conn:
            cur = conn.execute(
                "INSERT INTO builds (started_at, corpus_dir) VALUES (?, ?)", (_now(), str(corpus_dir))
            )
            return int(cur.lastrowid)

    def finish_build(self, build_id: int, **counts: int) -> None:
        """Record the end of build `build_id` with its counts (articles_read, articles_new, ...)."""
        allowed = {"articles_read", "articles_new", "articles_updated", "files_skipped", "events_found"}
        unknown = set(counts) - allowed
        if unknown:
            raise ValueError(f"counts: expected keys among {sorted(allowed)}, got {sorted(unknown)}")
        sets = ", ".join(f"{k} = ?" for k in counts)
        with self.transaction() as conn:
            conn.execute(
                f"UPDATE builds SET finished_at = ?{', ' + sets if sets else ''} WHERE build_id = ?",
                (_now(), *counts.values(), build_id),
            )

    def last_build(self) -> dict[str, Any] | None:
        """Return the latest finished build as a dict, or None if no build has finished."""
        row = self._conn.execute(
            "SELECT * FROM builds WHERE finished_at IS NOT NULL ORDER BY build_id DESC LIMIT 1"
        ).fetchone()
        return dict(row) if row else None

    def unfinished_builds(self) -> list[dict[str, Any]]:
        """Return the builds that started and never recorded their end, oldest first."""
        rows = self._conn.execute("SELECT * FROM builds WHERE finished_at IS NULL ORDER BY build_id")
        return [dict(row) for row in rows]

    def build_dirs(self) -> dict[str, bool]:
        """Return every corpus folder a build read -> whether some build of it finished."""
        rows = self._conn.execute("SELECT corpus_dir, max(finished_at IS NOT NULL) FROM builds GROUP BY corpus_dir")
        return {corpus_dir: bool(done) for corpus_dir, done in rows}

    def stored_by(self, build_id: int) -> tuple[int, int]:
        """Return (articles, events) that build `build_id` stored and that are still in the store."""
        row = self._conn.execute(
            "SELECT count(DISTINCT a.article_id), count(e.event_id) FROM articles a "
            "LEFT JOIN events e USING (article_id) WHERE a.build_id = ?", (build_id,)
        ).fetchone()
        return int(row[0]), int(row[1])

    def has_article(self, article_id: str) -> bool:
        """Return True when an article with `article_id` is stored."""
        return self._conn.execute("SELECT 1 FROM articles WHERE article_id = ?", (article_id,)).fetchone() is not None

    # ------------------------------------------------------------------ articles

    def article_state(self, article: Article, extractor: str = "") -> str:
        """Return "new", "stored" (same id, metadata and extractor) or "changed" (same id, but other
        metadata or extracted by another extractor version)."""
        row = self._conn.execute(
            f"SELECT {', '.join(_ARTICLE_META)}, extractor FROM articles WHERE article_id = ?",
            (article.article_id,),
        ).fetchone()
        if row is None:
            return "new"
        mine = (article.file, article.item, article.title, article.outlet, article.agency, article.url,
                iso_day(article.published), article.date_source, extractor)
        return "stored" if tuple(row) == mine else "changed"

    def add_article(
        self,
        article: Article,
        mentions: Sequence[Mention],
        events: Sequence[ControlEvent],
        build_id: int | None = None,
        extractor: str = "",
    ) -> int:
        """Store `article` with its mentions and events in one transaction; return events written.

        `extractor` names the extraction that produced them (see build.PipelineExtractor). An
        article already stored under the same id is replaced (with its mentions and events).
        Events whose event_id is already stored are not written twice.
        """
        return self.add_articles([(article, mentions, events)], build_id, extractor)[0]

    def add_articles(self, extracted: Sequence[tuple[Article, Sequence[Mention], Sequence[ControlEvent]]],
                     build_id: int | None = None, extractor: str = "") -> list[int]:
        """Store each (article, mentions, events[, story signature]) of `extracted` as add_article
        does, all in one transaction (one commit per article costs a build more than its writes);
        return the events written for each. A build's workers give (article, ArticleRows, story
        signature) instead: the mentions and events as rows (frontmap.store_rows)."""
        with self.transaction() as conn:
            return [write_article(conn, build_id, extractor, *as_rows(*one)) for one in extracted]

    def count(self, table: str) -> int:
        """Return the number of rows in `table` (articles, mentions, events or builds)."""
        if table not in {"articles", "mentions", "events", "builds"}:
            raise ValueError(f"table: expected articles, mentions, events or builds, got {table!r}")
        return int(self._conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])

    def count_undated_events(self) -> int:
        """Return how many stored events have no date (kept, but never placed on the timeline)."""
        return self._conn.execute("SELECT COUNT(*) FROM events WHERE event_date IS NULL").fetchone()[0]

    def articles(self, with_text: bool = True) -> list[Article]:
        """Return every stored article, by file and item (text '' unless `with_text`)."""
        text = "text" if with_text else "'' AS text"
        rows = self._conn.execute(
            f"SELECT article_id, {', '.join(_ARTICLE_META)}, {text} FROM articles ORDER BY file, item"
        )
        return [
            Article(
                article_id=r["article_id"], file=r["file"], item=r["item"], title=r["title"],
                outlet=r["outlet"], agency=r["agency"], url=r["url"], published=_date(r["published"]),
                date_source=r["date_source"], text=r["text"],
            )
            for r in rows
        ]

    def article_texts(self) -> Iterator[tuple[str, str]]:
        """Yield (article_id, text) of every stored article, one at a time."""
        yield from map(tuple, self._conn.execute("SELECT article_id, text FROM articles ORDER BY article_id"))

    def ungrouped_texts(self) -> Iterator[tuple[str, str, bytes | None]]:
        """Yield (article_id, text, story signature or None) of each article not yet grouped into a
        story, by article_id."""
        yield from map(tuple, self._conn.execute(
            "SELECT article_id, text, story_signature FROM articles WHERE story = '' ORDER BY article_id"))

    def story_signatures(self) -> Iterator[tuple[str, str, bytes | None]]:
        """Yield (article_id, story id, signature or None) of each article grouped into a story, by id."""
        cursor = self._conn.cursor()
        cursor.row_factory = None  # plain tuples: a big store has 100,000 of them
        # Read from the articles_story index, sorted here: SQLite's sort of it costs twice as much.
        yield from sorted(cursor.execute("SELECT article_id, story, story_signature FROM articles WHERE story > ''"))

    def set_stories(self, story_of: Mapping[str, str], signatures: Mapping[str, bytes] | None = None) -> None:
        """Record each article's story id (syndicated copies share one) and story signature."""
        with self.transaction() as conn:
            conn.executemany("UPDATE articles SET story = ? WHERE article_id = ? AND story != ?",
                             [(story, article_id, story) for article_id, story in story_of.items()])
            conn.executemany("UPDATE articles SET story_signature = ? WHERE article_id = ?",
                             [(signature, article_id) for article_id, signature in (signatures or {}).items()])

    def stories(self) -> dict[str, str]:
        """Return {article_id: story id} ('' for an article not yet grouped: a story of its own)."""
        return dict(self._conn.execute("SELECT article_id, story FROM articles").fetchall())

    def published_range(self) -> tuple[dt.date | None, dt.date | None]:
        """Return the earliest and latest publication dates stored ((None, None) if none is dated)."""
        first, last = self._conn.execute("SELECT min(published), max(published) FROM articles").fetchone()
        return _date(first), _date(last)

    def article_text(self, article_id: str) -> str | None:
        """Return the stored text of `article_id`, or None if it is not stored."""
        row = self._conn.execute("SELECT text FROM articles WHERE article_id = ?", (article_id,)).fetchone()
        return row[0] if row else None

    def articles_frame(self) -> pd.DataFrame:
        """Return the stored articles without their text, one row each, by file and item."""
        return pd.read_sql_query(
            f"SELECT article_id, {', '.join(_ARTICLE_META)}, length(text) AS chars, "
            "CASE story WHEN '' THEN article_id ELSE story END AS story FROM articles "
            "ORDER BY file, item",
            self._conn,
        ).astype({"item": "Int64"})

    # ------------------------------------------------------------------ events

    def event_rows(self) -> list[dict[str, Any]]:
        """Return every stored event as a dict of ControlEvent fields, in reading order.

        Reading order: article publication date (undated last), file, item, position in the article.
        """
        out = []
        for r in self._conn.execute(_EVENTS_IN_READING_ORDER):
            row = dict(r)
            row["event_date"] = _date(row["event_date"])
            out.append(row)
        return out

    def events(self) -> list[ControlEvent]:
        """Return every stored event as a ControlEvent, in reading order (see event_rows)."""
        names = {f.name for f in fields(ControlEvent)}
        return [ControlEvent(**{k: v for k, v in row.items() if k in names}) for row in self.event_rows()]

    def event_facts(self, districts: Sequence[str] | None = None) -> list[EventFacts]:
        """Return what the timeline reads of every stored event (timeline.EventFacts), in reading
        order (see event_rows): a fraction of the memory of events() for a big store. Given
        `districts`, only the events on those districts."""
        cursor = self._conn.cursor()
        cursor.row_factory = None  # plain tuples
        columns = ", ".join("e." + name for name in EventFacts._fields[:-1])
        # An event's source: the wire agency its article names (syndicated copies of one story
        # are one source), else the article itself; a sentence copied from an earlier article
        # counts as that article's source (stories.first_tellers).
        sql = (f"SELECT {columns}, e.excerpt, coalesce(nullif(a.agency, ''), a.article_id) "
               "FROM events e JOIN articles a USING (article_id) ")
        told = first_tellers()
        with self._id_table("chosen_districts", districts or ()) as units:
            where = "" if districts is None else f"WHERE e.district_id IN {units} "
            rows = cursor.execute(sql + where + _READING_ORDER)
            dates: dict[str | None, dt.date | None] = {}  # a few hundred days: parse each once
            return [
                EventFacts(event_id, article_id, district_id, province_code, status,
                           dates[day] if day in dates else dates.setdefault(day, _date(day)), basis, kind,
                           told(excerpt, (district_id, province_code, status), source))
                for event_id, article_id, district_id, province_code, status, day, basis, kind, excerpt, source in rows
            ]

    def article_order(self, covered: int, reopened: Sequence[int] = ()) -> list[tuple[str, str, bool]]:
        """Return (article_id, story, changed) of every article with events, in reading order:
        story as events.csv gives it; changed when the article was stored by a build after build
        `covered`, by one of the builds `reopened`, or by none."""
        rows = self._conn.execute(
            "SELECT a.article_id, CASE a.story WHEN '' THEN a.article_id ELSE a.story END, "
            f"a.build_id IS NULL OR a.build_id > ? OR a.build_id IN ({','.join('?' * len(reopened))}) "
            "FROM articles a WHERE EXISTS (SELECT 1 FROM events e WHERE e.article_id = a.article_id) "
            "ORDER BY a.published IS NULL, a.published, a.file, a.item, a.article_id",
            (covered, *reopened),
        )
        return [(article_id, story, bool(changed)) for article_id, story, changed in rows]

    def build_marks(self, own_build: int | None) -> tuple[int, list[int]]:
        """Return the latest build id (0 if none) and the ids of the other builds still unfinished
        (whose articles may yet come), apart from `own_build`."""
        latest = self._conn.execute("SELECT coalesce(max(build_id), 0) FROM builds").fetchone()[0]
        running = self._conn.execute("SELECT build_id FROM builds WHERE finished_at IS NULL AND build_id IS NOT ?",
                                     (own_build,))
        return int(latest), [int(row[0]) for row in running]

    @contextmanager
    def _id_table(self, name: str, ids: Sequence[str]) -> Iterator[str]:
        """Hold `ids` in a temporary table for the block; yield the SQL that selects them."""
        self._conn.execute(f"CREATE TEMP TABLE IF NOT EXISTS {name} (id TEXT PRIMARY KEY)")
        self._conn.execute(f"DELETE FROM temp.{name}")
        self._conn.executemany(f"INSERT OR IGNORE INTO temp.{name} VALUES (?)", ((i,) for i in ids))
        try:
            yield f"(SELECT id FROM temp.{name})"
        finally:
            self._conn.execute(f"DELETE FROM temp.{name}")

    def read_note(self, key: str) -> str | None:
        """Return the text noted under `key` in the store's meta table (None if nothing is)."""
        row = self._conn.execute("SELECT value FROM meta WHERE key = ?", (f"note:{key}",)).fetchone()
        return row[0] if row else None

    def write_note(self, key: str, value: str) -> None:
        """Note `value` under `key` in the store's meta table (replacing what was noted)."""
        with self.transaction() as conn:
            conn.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (f"note:{key}", value))

    def events_frame(self, article_ids: Sequence[str] | None = None) -> pd.DataFrame:
        """Return every event (only those of `article_ids` when given) with its article's title,
        outlet, agency, published and url, in reading order."""
        if article_ids is None:
            return pd.read_sql_query(_EVENTS_WITH_ARTICLES, self._conn).astype({"item": "Int64"})
        with self._id_table("chosen_articles", article_ids) as table:
            sql = _EVENTS_WITH_ARTICLES.replace(" ORDER BY", f" WHERE a.article_id IN {table} ORDER BY", 1)
            return pd.read_sql_query(sql, self._conn).astype({"item": "Int64"})

    def events_frames(self, rows_per_frame: int = 20_000) -> Iterator[pd.DataFrame]:
        """Yield events_frame() in pieces of at most `rows_per_frame` rows, in the same order (so a
        big store's events can be written out without holding them all)."""
        for frame in pd.read_sql_query(_EVENTS_WITH_ARTICLES, self._conn, chunksize=rows_per_frame):
            yield frame.astype({"item": "Int64"})

    # ------------------------------------------------------------------ other modules' tables

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[sqlite3.Row]:
        """Return the rows of the read query `sql` (for modules keeping their own tables here,
        such as frontmap.review's log; writes go through transaction())."""
        return self._conn.execute(sql, tuple(params)).fetchall()
