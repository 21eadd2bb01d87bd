"""An article's publication date, settled once for every source that gives one.

The order: the article's manifest row, else what its file gave (a saved page's date, a table
row's published column), else the publication date line at the top of its text, else the manifest
row of its whole file, else the day its web address is filed under (`frontmap.intake.url_dates`);
else the article is undated.

A publication date after today is a mistyped one (a stamp reading 2099 for 2021): it is refused,
whatever gave it, and the article is kept undated, so its events take only the days its text
writes; a warning names where the date came from (file, manifest line or table row, and field).
The rule, today with one day of slack, is `frontmap.extract.future_days`'s: the extraction
refuses the same stamp when it reads the page's text.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from frontmap.extract.future_days import SLACK, after_today  # noqa: F401  (re-exported: the intake's rule)
from frontmap.extract.head_dates import date_in_text
from frontmap.intake.entry import Entry
from frontmap.intake.manifest import ManifestEntry
from frontmap.intake.url_dates import SOURCE as URL_SOURCE
from frontmap.intake.url_dates import url_date

UNDATED = "undated"
#: How a refusal ends, for readers of a build's warnings (the dashboard's upload result).
REFUSED = "is after today; kept undated"


def refusal(day: dt.date | None, today: dt.date, where: str) -> str | None:
    """Return the warning refusing `day` as the publication date `where` gives (it is after
    today), or None when the date may stand (or there is none)."""
    if day is None or not after_today(day, today):
        return None
    return f"{where}: {day.isoformat()} {REFUSED}"


def refusals(warnings: list[str]) -> list[str]:
    """Return the warnings among `warnings` that refuse a publication date after today."""
    return [warning for warning in warnings if warning.endswith(REFUSED)]


def publication_date(
    file: str,
    own: ManifestEntry | None,
    entry: Entry,
    whole: ManifestEntry | None,
    today: dt.date,
    warn: Callable[[str], None],
    manifest_name: str = "manifest.csv",
) -> tuple[dt.date | None, str]:
    """Return (publication date, its source) of the article `entry` of `file`, with its manifest
    row `own` and its file's row `whole`; (None, "undated") when nothing dates it or the date it
    is given is after `today` (then warned through `warn`)."""
    published, source, origin = _first_date(own, entry, whole)
    if published is None:
        return None, UNDATED
    refused = refusal(published, today, _origin_text(origin, source, file, entry.item, manifest_name))
    if refused is not None:
        warn(refused)
        return None, UNDATED
    return published, source


def _first_date(own: ManifestEntry | None, entry: Entry,
                whole: ManifestEntry | None) -> tuple[dt.date | None, str, ManifestEntry | None]:
    """Return (date, source, the manifest row that gave it or None) in the order of precedence."""
    if own is not None and own.published:
        return own.published, "manifest", own
    if entry.published is not None:
        return entry.published, entry.date_source, None
    if (found := date_in_text(entry.text)) is not None:
        return found, "text", None
    if whole is not None and whole.published:
        return whole.published, "manifest", whole
    if (filed := url_date((own.url if own is not None else "") or entry.url)) is not None:
        return filed, URL_SOURCE, None
    return None, UNDATED, None


def _origin_text(row: ManifestEntry | None, source: str, file: str, item: int | None, manifest_name: str) -> str:
    """Return where a publication date was read, for a warning: file, line or row, and field."""
    where = file if item is None else f"{file} item {item}"
    if row is not None:
        return f"{manifest_name} line {row.line}, field published (for {where})"
    if source == "table":
        return f"{file} row {item}, field published"
    if source == "page":
        return f"{where}, the page's publication date"
    if source == URL_SOURCE:
        return f"{where}, the day its web address is filed under"
    return f"{where}, the publication date line at its top"
