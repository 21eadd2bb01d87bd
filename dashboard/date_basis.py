"""How an event's date came about, in words a reader of the sources panel understands.

The extractor records a `date_basis` code with every event (see frontmap.extract.dates): this
module turns the day and that code into "dated Tuesday 10 August 2021, carried from an earlier
sentence of the report", so no basis is ever shown as something it is not (a carried date is not
the publication date).
"""

from __future__ import annotations

import datetime as dt

#: What each basis means, said after the day. Bases whose day comes from words of the sentence
#: itself are in WORDED_BASES; the others take their day from elsewhere in or about the report.
BASIS_PHRASES = {
    "explicit": "the date the sentence gives",
    "weekday": "the weekday the sentence names, the last such day up to the report's own day",
    "relative": "counted from the report's day or from a day an earlier sentence gives",
    "range": "the first day of the span of days the sentence gives: it happened on one of them",
    "year": "only the year is given, so the day is a stand-in",
    "caption": "the date written in the photo caption",
    "carried": "carried from an earlier sentence of the report",
    "reported": "the day a source spoke, the latest day the event can have happened",
    "retold": "the day another sentence of the report gives the same event",
    "manifest": "the publication date listed in the manifest: the text gives no day of its own",
    "publication": "the day the report was filed or published: the text gives no day of its own",
    "review": "set by an analyst",
}
WORDED_BASES = frozenset({"explicit", "weekday", "relative", "range", "year", "caption", "reported"})
#: Bases with no day at all.
UNDATED_BASES = frozenset({"undated"})


def long_day(day: dt.date) -> str:
    """Return `day` as readers write it: "Tuesday 10 August 2021"."""
    return f"{day:%A} {day.day} {day:%B %Y}"


def day_words(day: dt.date | None, basis: str) -> str:
    """Return the day as the panel shows it: the long form, "July 2001" when only the year was
    given (the day is a stand-in), "no date" when there is none."""
    if day is None:
        return "no date"
    return f"{day:%B %Y}" if basis == "year" else long_day(day)


def date_reason(day: dt.date | None, basis: str, words: str = "") -> str:
    """Return how the event got its day: "dated <day>[ from “<words>”], <what the basis means>";
    `words` (the date expression of the sentence that decided it) only for the bases that read
    the sentence's own words. An unknown basis is named as it is stored."""
    if day is None or basis in UNDATED_BASES:
        return "no date: neither the text nor a publication date gives a day"
    dated = f"dated {day_words(day, basis)}"
    if words and basis in WORDED_BASES:
        dated += f" from “{words}”"
    if basis in BASIS_PHRASES:
        return f"{dated}, {BASIS_PHRASES[basis]}"
    return f"{dated} ({basis})" if basis else dated
