"""Days no publication date resolves: "On Friday, the Taliban took X" or "took X on August 8" in a
report printed without its date (for `frontmap.extract.dates.ArticleDates`).

A weekday counts back from the day the report was printed, and a day of a month without its year
takes its year from it; without that day a weekday names no date, and a year-less day names one
only with a year the report writes elsewhere, or its corpus's year (`frontmap.extract.written_years`). The date in force from an earlier
sentence (often a photo caption's, a day or more before the story) is not their day, and an
analyst would rather have the event undated than dated wrongly, so they stay among the sentence's
dates: a place they date is undated, and so is what the sentences after them tell.
"""

from __future__ import annotations

from frontmap.extract.date_scope import Dated

_DAY_KINDS = frozenset({"weekday", "month_day"})


def unknown_days(dated: list[Dated]) -> list[Dated]:
    """Return the event days among a sentence's expressions `dated` that have no date (a span of
    years back, "in recent years", among them: some year before the unknown one of the report;
    a year written out without a date is this year's, and says nothing)."""
    return [d for d in dated if d.role == "event" and d.date is None and (d.expr.kind in _DAY_KINDS or _years_back(d))]


def _years_back(dated: Dated) -> bool:
    """Return True for a span of years back told with no publication date ("in recent years", "two years ago")."""
    return dated.basis == "year" and dated.expr.kind != "year"


def with_unknown_days(events: list[Dated], dated: list[Dated]) -> list[Dated]:
    """Return the event dates `events` with the sentence's days that have no date (from `dated`, all
    its expressions) put back in their places, in the order the sentence tells them."""
    unknown = unknown_days(dated)
    return sorted(events + unknown, key=lambda d: d.expr.start) if unknown else events
