"""Tables of articles: news-database exports as .csv, .jsonl or .parquet, one article a row.

Columns are found by their common names (`COMMON_NAMES`, case and spaces ignored) or named by the
user (``--columns text=body,published=date``). Only the text column is required. A row that cannot
be read (broken JSON, more values than the header, no text) is reported by file and row number
and skipped; the rest of the table is read. A row's article has ``item`` = its row number (the
first row under the header is 1), its title as headline, and its date from the published column
(date_source "table"); a date that cannot be read leaves the article to be dated from its text,
one after today leaves it undated (`frontmap.intake.publication`).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import math
from collections.abc import Callable, Iterator, Mapping
from typing import Any

from frontmap.extract.head_dates import date_in_text
from frontmap.intake.decode import _looks_like_html, decode_text, html_to_text
from frontmap.intake.entry import Entry, with_headline

TABLE_SUFFIXES = (".csv", ".jsonl", ".parquet")
FIELDS = ("text", "title", "published", "outlet", "agency", "url")
#: Column names looked for, per field, in this order (compared lower-cased, spaces and - as _).
COMMON_NAMES: dict[str, tuple[str, ...]] = {
    "text": ("text", "body", "content", "article", "full_text", "fulltext", "article_text", "body_text",
             "story", "maintext"),
    "title": ("title", "headline", "heading", "hed", "article_title"),
    "published": ("published", "date", "publish_date", "published_date", "publication_date",
                  "published_at", "pub_date", "pubdate", "date_published", "datetime", "timestamp"),
    "outlet": ("outlet", "source", "site", "site_name", "sitename", "publication", "publisher",
               "source_name", "newspaper", "media", "domain"),
    "agency": ("agency", "wire", "news_agency", "credit"),
    "url": ("url", "link", "href", "source_url", "article_url", "permalink", "uri"),
}

Warn = Callable[[str], None]


class TableError(ValueError):
    """A table that cannot be read as a whole (no text column, not a table); the message says why."""


def parse_columns(spec: str | None) -> dict[str, str]:
    """Return {field: column name} from ``text=body,published=date`` ({} for None or '').

    Raises ValueError naming the part that is not ``field=column`` or whose field is unknown.
    """
    columns: dict[str, str] = {}
    for part in (spec or "").split(","):
        if not part.strip():
            continue
        field, sep, column = (p.strip() for p in part.partition("="))
        if not sep or not field or not column:
            raise ValueError(f"columns: expected field=column, got {part.strip()!r}")
        if field.lower() not in FIELDS:
            raise ValueError(f"columns: unknown field {field!r} (expected one of {', '.join(FIELDS)})")
        columns[field.lower()] = column
    return columns


def read_table(name: str, data: bytes, warn: Warn, columns: Mapping[str, str] | None = None) -> list[Entry]:
    """Return one Entry per readable row of table file `name` (bytes `data`), in row order.

    Rows that cannot be read are reported through `warn` ("<name> row N: ...") and skipped.
    Raises TableError when the table has no text column or cannot be read at all.
    """
    header, rows = _rows(name, data, warn)
    mapping = _map_columns(header, columns or {})
    entries = []
    for number, row in rows:
        entry = _row_entry(number, row, mapping, lambda message: warn(f"{name} row {number}: {message}"))
        if entry is not None:
            entries.append(entry)
    return entries


def _rows(name: str, data: bytes, warn: Warn) -> tuple[list[str], Iterator[tuple[int, dict | None]]]:
    """Return the header and (row number, row dict) pairs of the table (a None row was broken)."""
    lowered = name.lower()
    if lowered.endswith(".parquet"):
        return _parquet_rows(data)
    text = decode_text(data, html=False)
    if lowered.endswith(".jsonl"):
        return _jsonl_rows(text, warn, name)
    return _csv_rows(text, warn, name)


def _csv_rows(text: str, warn: Warn, name: str):
    """Return the CSV's header and numbered rows; a row with more values than the header is skipped."""
    reader = csv.DictReader(io.StringIO(text, newline=""))
    try:
        header = [h.strip() for h in reader.fieldnames or []]
    except csv.Error as exc:
        raise TableError(f"not a readable CSV table ({exc})") from None
    reader.fieldnames = header

    def numbered() -> Iterator[tuple[int, dict]]:
        number = 0
        try:
            for number, row in enumerate(reader, start=1):
                if None in row:
                    warn(f"{name} row {number}: {len(header) + len(row[None])} values under a header of "
                         f"{len(header)} columns; row skipped")
                    continue
                yield number, row
        except csv.Error as exc:
            warn(f"{name} row {number + 1}: cannot be read ({exc}); the rest of the table is skipped")

    return header, numbered()


def _jsonl_rows(text: str, warn: Warn, name: str):
    """Return the keys seen in the JSON Lines table and its numbered rows (one object a line)."""
    rows: list[tuple[int, dict]] = []
    keys: dict[str, None] = {}
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except ValueError as exc:
            warn(f"{name} row {number}: not valid JSON ({exc}); row skipped")
            continue
        if not isinstance(row, dict):
            warn(f"{name} row {number}: a JSON {type(row).__name__}, not an object; row skipped")
            continue
        keys.update(dict.fromkeys(map(str, row)))
        rows.append((number, row))
    return list(keys), iter(rows)


def _parquet_rows(data: bytes):
    """Return the Parquet table's columns and numbered rows."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    try:
        table = pq.read_table(io.BytesIO(data))
    except (pa.ArrowException, OSError, ValueError) as exc:
        raise TableError(f"not a readable Parquet table ({exc})") from None
    return table.column_names, enumerate(table.to_pylist(), start=1)


def _key(column: str) -> str:
    return "_".join(column.strip().lower().replace("-", " ").split())


def _map_columns(header: list[str], named: Mapping[str, str]) -> dict[str, str]:
    """Return {field: column of the table}: the user's names first, else the common names."""
    by_key = {_key(column): column for column in reversed(header)}
    mapping: dict[str, str] = {}
    for field in FIELDS:
        if field in named:
            if named[field] not in header and _key(named[field]) not in by_key:
                raise TableError(f"no column {named[field]!r} for {field} (columns: {', '.join(header) or 'none'})")
            mapping[field] = named[field] if named[field] in header else by_key[_key(named[field])]
            continue
        found = next((by_key[name] for name in COMMON_NAMES[field] if name in by_key), None)
        if found is not None:
            mapping[field] = found
    if "text" not in mapping:
        raise TableError(f"no text column (columns: {', '.join(header) or 'none'}); "
                         "name it with --columns text=COLUMN")
    return mapping


def _row_entry(number: int, row: dict[str, Any], mapping: Mapping[str, str], warn: Warn) -> Entry | None:
    """Return the Entry of one table row, or None (warned) when it holds no text."""
    values = {field: _cell(row.get(column)) for field, column in mapping.items()}
    text = values.get("text", "").strip()
    if not text:
        warn("no text; row skipped")
        return None
    if _looks_like_html(text):
        text = html_to_text(text)
    published = _cell_date(row.get(mapping["published"])) if "published" in mapping else None
    if published is None and values.get("published"):
        warn(f"published {values['published']!r} is not a date frontmap reads; dated from the text if it can be")
    title = " ".join(values.get("title", "").split())
    return Entry(
        item=number,
        text=with_headline(title, text),
        title=title,
        outlet=values.get("outlet", "").strip(),
        agency=values.get("agency", "").strip(),
        url=values.get("url", "").strip(),
        published=published,
        date_source="table" if published else "",
    )


def _cell(value: Any) -> str:
    """Return a cell as text ('' for a missing value)."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    return value if isinstance(value, str) else str(value)


def _cell_date(value: Any) -> dt.date | None:
    """Return the date in a published cell (a date, a timestamp, ISO or written text), else None."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = _cell(value).strip()
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        return date_in_text(text)
