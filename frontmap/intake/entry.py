"""One article as a reader found it in a file, before the manifest and the corpus walk add theirs.

Readers (plain text, saved web pages, article tables) each return Entries: the article's text and
the metadata the file itself gave (a page's meta tags, a table row's columns). The corpus walk
(`frontmap.intake.articles`) turns them into Articles, letting a manifest row win over them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class Entry:
    """An article's text (headline first) and the metadata its own file gave; '' when not given."""

    item: int | None  # position in its file (1-based): a table's row number, a split file's piece
    text: str
    title: str = ""
    outlet: str = ""
    agency: str = ""
    url: str = ""
    published: dt.date | None = None
    date_source: str = ""  # where `published` came from: "page", "table"


def with_headline(title: str, text: str) -> str:
    """Return `text` starting with `title` as its own paragraph (unchanged when it already does)."""
    title, text = " ".join(title.split()), text.strip()
    if not title or " ".join(text[: len(title) + 40].split()).startswith(title):
        return text
    return f"{title}\n\n{text}"
