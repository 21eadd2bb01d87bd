"""An article's mentions and events as the rows the store writes, and the writing of them.

A build's workers turn what they extracted into these rows (ArticleRows: plain tuples of text,
numbers and None) with the extraction, so the build's process receives rows and writes them:
unpickling plain tuples costs a fraction of the Mention, Place and ControlEvent objects they come
from, and the store holds the same rows either way.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, NamedTuple

from frontmap.extract.events import EVENT_COLUMNS, ControlEvent
from frontmap.intake.articles import Article

if TYPE_CHECKING:
    from frontmap.extract.mentions import Mention

EVENT_STORED_COLUMNS = (*EVENT_COLUMNS, "position")
_EVENT_DATE = EVENT_STORED_COLUMNS.index("event_date")
_INSERT_ARTICLE = (
    "INSERT INTO articles (article_id, file, item, title, outlet, agency, url, published, date_source, "
    "text, build_id, extractor, story_signature) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
_INSERT_MENTIONS = "INSERT OR IGNORE INTO mentions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
_INSERT_EVENTS = (f"INSERT OR IGNORE INTO events ({', '.join(EVENT_STORED_COLUMNS)}) "
                  f"VALUES ({', '.join('?' * len(EVENT_STORED_COLUMNS))})")


class ArticleRows(NamedTuple):
    """One article's rows of the mentions and events tables, in the order they are written."""

    mentions: list[tuple[Any, ...]]
    events: list[tuple[Any, ...]]

    def undated(self) -> bool:
        """Return True when one of the article's events has no date."""
        return any(row[_EVENT_DATE] is None for row in self.events)


def iso_day(day: dt.date | None) -> str | None:
    """Return `day` as YYYY-MM-DD, None for None (how the store keeps days)."""
    return day.isoformat() if day is not None else None


def article_rows(article_id: str, mentions: Sequence[Mention], events: Sequence[ControlEvent]) -> ArticleRows:
    """Return the ArticleRows of article `article_id`'s mentions and events; ValueError when an
    event belongs to another article."""
    for event in events:
        if event.article_id != article_id:
            raise ValueError(f"events: event {event.event_id} belongs to article {event.article_id}, not {article_id}")
    return ArticleRows(
        [(article_id, m.sentence_index, m.start, m.end, m.surface, m.place.key, m.place.name, m.place.kind,
          m.place.district_id, m.place.province_code, float(m.score)) for m in mentions],
        [(event.event_id, event.article_id, event.file, event.item, event.place, event.district_id,
          event.province_code, event.status, iso_day(event.event_date), event.date_basis, event.excerpt,
          float(event.confidence), event.trigger, event.kind, position) for position, event in enumerate(events)],
    )


def as_rows(article: Article, *extracted: Any) -> tuple[Article, ArticleRows, bytes | None]:
    """Return (article, ArticleRows, story signature or None) of (article, mentions, events[,
    signature]) or of (article, ArticleRows[, signature])."""
    if isinstance(extracted[0], ArticleRows):
        rows, rest = extracted[0], extracted[1:]
    else:
        rows, rest = article_rows(article.article_id, extracted[0], extracted[1]), extracted[2:]
    return article, rows, (rest[0] if rest else None)


def write_article(conn: sqlite3.Connection, build_id: int | None, extractor: str, article: Article,
                  rows: ArticleRows, signature: bytes | None = None) -> int:
    """Write one article with its rows and story signature, if known (in the caller's
    transaction), replacing any stored under its id; return the events written (one whose
    event_id is stored already is not written twice)."""
    conn.execute("DELETE FROM articles WHERE article_id = ?", (article.article_id,))
    conn.execute(_INSERT_ARTICLE, (
        article.article_id, article.file, article.item, article.title, article.outlet, article.agency,
        article.url, iso_day(article.published), article.date_source, article.text, build_id, extractor, signature,
    ))
    conn.executemany(_INSERT_MENTIONS, rows.mentions)
    cur = conn.executemany(_INSERT_EVENTS, rows.events)
    return max(0, cur.rowcount)  # executemany sums the rows inserted (ignored ones add 0)
