"""Syndicated stories in the sources panel, worked out on whole columns.

The busiest district of a season of news has tens of thousands of events and the season a hundred
thousand articles: turning them all into dicts on every click took seconds, so the copies of a
story are found with pandas on columns, and dicts are built only for the page shown.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from dashboard.state import as_day
from frontmap.extract.dates import PUBLICATION_BASES

_REPORT_COLUMNS = ("story", "article_id", "place", "status", "date_basis", "event_date")
_MISSING = "\x00"  # stands for a missing status: every missing one reports the same


def text_column(frame: pd.DataFrame, column: str) -> pd.Series:
    """Return `frame[column]` as text, "" where missing (None, NaN, pandas NA); all "" when absent."""
    if column not in frame:
        return pd.Series("", index=frame.index, dtype=object)
    values = frame[column]
    if isinstance(values.dtype, pd.StringDtype):  # already text: converting it again costs more than the rest
        return values.fillna("")
    return values.astype(object).where(values.notna(), "").astype(str)


def story_keys(frame: pd.DataFrame) -> pd.Series:
    """Return each row's story: its story id, its article id when it gives none."""
    story, article = text_column(frame, "story"), text_column(frame, "article_id")
    return story.where(story != "", article)


def _iso_days(values: pd.Series) -> pd.Series:
    """Return each value as an ISO date, "undated" when it reads as none (each distinct value read once)."""
    codes, uniques = pd.factorize(values.astype(object), use_na_sentinel=True)
    days = [(day.isoformat() if (day := as_day(value)) else "undated") for value in uniques]
    return pd.Series([days[c] if c >= 0 else "undated" for c in codes], index=values.index, dtype=object)


@dataclass(frozen=True)
class ReportCodes:
    """Every event of a table as two numbers: what it reports (stories.same_report: story, place,
    status, and the date unless it is only the publication date) and its article."""

    report: np.ndarray
    article: np.ndarray

    @classmethod
    def of(cls, events: pd.DataFrame) -> "ReportCodes":
        """Return the codes of every row of `events` (row positions index them)."""
        rows = pd.DataFrame({column: events[column].reset_index(drop=True)  # row positions, whatever its labels
                             for column in _REPORT_COLUMNS if column in events})
        status = rows["status"].astype(object).where(rows["status"].notna(), _MISSING) if "status" in rows \
            else pd.Series(_MISSING, index=rows.index, dtype=object)
        dated = ~text_column(rows, "date_basis").isin(PUBLICATION_BASES)
        day = _iso_days(rows["event_date"]) if "event_date" in rows else pd.Series("undated", index=rows.index)
        keys = pd.DataFrame({"story": story_keys(rows).to_numpy(), "place": text_column(rows, "place").to_numpy(),
                             "status": status.to_numpy(), "day": day.where(dated, _MISSING).to_numpy()})
        report = keys.groupby(list(keys.columns), sort=False, dropna=False).ngroup().to_numpy()
        article = pd.factorize(text_column(rows, "article_id").to_numpy())[0]
        return cls(report, article)


def first_copy_positions(events: pd.DataFrame, positions: list[int], codes: ReportCodes | None = None) -> list[int]:
    """Return `positions` (rows of `events`) without the rows a later copy of the same story
    repeats, in the same order: what stories.first_copies keeps by stories.same_report.

    `codes` are the ReportCodes of the whole of `events` (worked out here for the rows of
    `positions` alone when not given)."""
    if "story" not in events or not positions:
        return positions
    if codes is None:
        codes, at = ReportCodes.of(events.iloc[positions]), np.arange(len(positions))
    else:
        at = np.asarray(positions)
    report, article = codes.report[at], codes.article[at]
    _, first, which = np.unique(report, return_index=True, return_inverse=True)
    kept = article == article[first[which.ravel()]]
    return np.asarray(positions)[kept].tolist()


def articles_of_stories(articles: pd.DataFrame, stories: set[str]) -> pd.DataFrame:
    """Return the rows of `articles` whose story (story_keys) is one of `stories`."""
    return articles[story_keys(articles).isin(stories).to_numpy()]
