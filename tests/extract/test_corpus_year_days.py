"""An undated report's days without a year take the corpus's year (its `reference_year`, given
by `frontmap.intake.yearless`); no event is dated after today."""

from __future__ import annotations

import datetime as dt

import pytest
from test_who_acts_and_which_clause import finder  # noqa: F401  (the real gazetteer's finder, a fixture)

from frontmap.extract.date_expressions import find_date_expressions
from frontmap.extract.events import extract_events
from frontmap.extract.future_days import after_today, until_today
from frontmap.extract.written_years import lent_day
from frontmap.intake.articles import Article

NEXT_YEAR = dt.date.today().year + 2  # every day of it is after today, whatever the slack


def read(finder, text: str, year: int | None, published: dt.date | None = None) -> set[tuple[str, str, str | None]]:
    """Return (place, status, ISO date or None) of every event of `text`, with `year` the corpus's."""
    article = Article("a1", "f.txt", None, "", "", "", "", published, "undated" if published is None else "manifest", text, reference_year=year)
    events = extract_events(article, finder.find(article))
    return {(e.place, e.status, e.event_date.isoformat() if e.event_date else None) for e in events}


@pytest.mark.parametrize("text, expected", [
    ("Pul-e Khumri entered\n\nOn August 13 the insurgents entered Pul-e Khumri after a night of clashes, residents said.",
     ("Pul-e Khumri", "contested", "2021-08-13")),
    ("Nimroz capital lost\n\nZaranj fell to the Taliban on 6 August without a shot fired, a provincial official said.",
     ("Zaranj", "taliban", "2021-08-06")),
])
def test_a_yearless_day_takes_the_corpus_year(finder, text, expected):
    assert read(finder, text, 2021) == {expected}


def test_without_a_corpus_year_the_day_stays_undated(finder):
    text = "Nimroz capital lost\n\nZaranj fell to the Taliban on 6 August without a shot fired, a provincial official said."
    assert read(finder, text, None) == {("Zaranj", "taliban", None)}


@pytest.mark.parametrize("when", ["on Friday", "yesterday", "two days ago"])
def test_a_day_counted_from_the_report_stays_undated(finder, when):
    text = f"Kunduz overrun\n\nThe Taliban captured Kunduz city {when}, two provincial council members said."
    assert {date for _p, _s, date in read(finder, text, 2021)} == {None}


def test_a_report_with_its_own_date_keeps_its_reading(finder):
    text = "Nimroz capital lost\n\nZaranj fell to the Taliban on 6 August without a shot fired, a provincial official said."
    assert read(finder, text, 2020, published=dt.date(2021, 8, 7)) == {("Zaranj", "taliban", "2021-08-06")}


def test_a_year_written_in_the_report_comes_before_the_corpus_year():
    text = "Updated 9 August 2020. Zaranj fell on 6 August."
    day = next(e for e in find_date_expressions(text) if e.get("dm_day") == "6")
    assert lent_day(day, text, 2021) == dt.date(2020, 8, 9)


def test_a_day_the_corpus_year_puts_after_today_stays_undated(finder):
    text = "Nimroz capital lost\n\nZaranj fell to the Taliban on 6 August without a shot fired, a provincial official said."
    assert read(finder, text, NEXT_YEAR) == {("Zaranj", "taliban", None)}


def test_no_event_is_dated_after_today(finder):
    text = ("Taliban take Khan Abad\n\nFighters overran Khan Abad district on 19 May 2099, a provincial council "
            "member said.")
    assert read(finder, text, 2021) == {("Khanabad", "taliban", None)}


def test_a_page_stamp_after_today_is_no_day_to_count_from(finder):
    text = "Taliban take Kunduz\n\nPosted: 19 May 2099\n\nOn Friday the Taliban captured Kunduz city, officials said."
    assert {date for _p, _s, date in read(finder, text, None)} == {None}
    assert read(finder, text.replace("2099", "2021"), None) == {("Kunduz", "taliban", "2021-05-14")}


def test_the_rule_is_the_intakes_one_day_of_slack():
    today = dt.date(2021, 8, 20)
    assert not after_today(dt.date(2021, 8, 21), today) and after_today(dt.date(2021, 8, 22), today)
    assert until_today(dt.date(2099, 5, 19), "explicit") == (None, "undated")
    assert until_today(dt.date(2021, 5, 19), "explicit") == (dt.date(2021, 5, 19), "explicit")


def test_a_day_the_corpus_year_dates_stays_in_its_paragraph(finder):
    text = ("Why the army gave way\n\nThe last foreign combat troops left Bagram on July 2, and the insurgents began "
            "to move on the north. Within days they took Zaranj, and Sheberghan fell the next day.\n\n"
            "Since then the insurgents have seized Kunduz and Taloqan almost without a fight.")
    read_out = read(finder, text, 2021)
    assert ("Kunduz", "taliban", None) in read_out and ("Taloqan", "taliban", None) in read_out
    assert not any(day is not None and day < "2021-07-03" for _, status, day in read_out if status == "taliban")
