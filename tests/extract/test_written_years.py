"""Tests for frontmap.extract.written_years: an undated report's days without a year take the year
of the latest date it writes in full."""

from __future__ import annotations

import datetime as dt

from test_who_acts_and_which_clause import finder  # noqa: F401  (the real gazetteer's finder, a fixture)

from frontmap.extract.date_expressions import find_date_expressions
from frontmap.extract.events import extract_events
from frontmap.extract.written_years import latest_written_day, lent_day, names_yearless_days
from frontmap.intake.articles import Article

_FACTBOX = (
    "Capitals lost\n\nAugust 12, 2021\n\nWhere the insurgents have taken over.\n\n"
    "- Aug. 7 - SHEBERGHAN. The Taliban capture the city after two days of fighting.\n\n"
    "- Aug. 9 - AYBAK. Fighters overrun the capital of Samangan."
)


def read_undated(finder, text: str) -> set[tuple[str, str, str | None]]:
    """Return (place, status, ISO date or None) of every event `text` gives without a publication date."""
    article = Article("a1", "f.txt", None, "", "", "", "", None, "undated", text)
    events = extract_events(article, finder.find(article))
    return {(e.place, e.status, e.event_date.isoformat() if e.event_date else None) for e in events}


def test_the_latest_date_written_in_full_is_the_reports_year():
    text = "A fighter in Herat, Aug 13, 2021. The city fell in 2015 too. Updated 16 August 2021, 10:05."
    assert latest_written_day(text) == dt.date(2021, 8, 16)
    assert latest_written_day("Kunduz fell in 2015 and again in 2021.") is None


def test_only_a_day_without_a_year_borrows_one():
    text = "Updated August 14, 2021. Sheberghan fell on Aug. 7, Kunduz on Sunday."
    day, weekday = (e for e in find_date_expressions(text) if e.text != "August 14, 2021")
    assert lent_day(day, text) == dt.date(2021, 8, 14)
    assert lent_day(weekday, text) is None


def test_an_undated_factbox_dates_each_item_by_its_own_day(finder):
    events = read_undated(finder, _FACTBOX)
    assert ("Sheberghan", "taliban", "2021-08-07") in events
    assert ("Aybak", "taliban", "2021-08-09") in events


def test_an_undated_report_that_writes_no_year_keeps_its_days_unknown(finder):
    events = read_undated(finder, _FACTBOX.replace("August 12, 2021", "Thursday"))
    assert ("Sheberghan", "taliban", None) in events


def test_a_date_that_names_an_old_event_is_no_day_of_the_report(finder):
    text = "The movement lost power after the September 11, 2001 attacks. Kunduz fell on August 8."
    assert latest_written_day(text) is None
    (name, _day) = find_date_expressions(text)
    assert name.kind == "year"  # "the ... 2001 attacks": only its year is a date
    events = read_undated(finder, "Taliban take Kunduz\n\nFighters overran Kunduz on Sunday, August 8. The capital "
                          "had been the group's last stronghold before the September 11, 2001 attacks on the United States.")
    assert ("Kunduz", "taliban", "2001-09-11") not in events


def test_a_year_glued_to_the_next_word_still_ends_its_date():
    assert latest_written_day("August 3, 2021Afghanistan's army warned residents to leave.") == dt.date(2021, 8, 3)
    assert latest_written_day("Flight 2021abc left on August 3.") is None


def test_a_day_told_in_prose_is_a_floor_not_the_pages_day(finder):
    # "signed on February 29, 2020" tells a past event: the Aug. 15 after it is no day of 2019
    text = ("Kabul a month on\n\nKABUL - Thousands have left since the Aug. 15 fall of Kabul. Washington signed "
            "its accord with the movement on February 29, 2020.")
    assert ("Kabul", "taliban", "2019-08-15") not in read_undated(finder, text)
    assert ("Kabul", "taliban", None) in read_undated(finder, text)


def test_a_stamp_still_lends_the_year_before_and_prose_its_own_year(finder):
    stamped = "Kabul months on\n\nUpdated January 4, 2022\n\nKABUL - Since Kabul's Aug. 15 fall, thousands have left."
    assert ("Kabul", "taliban", "2021-08-15") in read_undated(finder, stamped)
    told = "Herat falls\n\nKABUL - Herat fell on August 12, 2021, and Kandahar was overrun on Aug. 13."
    assert ("Kandahar", "taliban", "2021-08-13") in read_undated(finder, told)


def test_the_corpus_year_lent_to_an_undated_report_dates_its_told_days(finder):
    text = _FACTBOX.replace("August 12, 2021", "Thursday")
    article = Article("a1", "f.txt", None, "", "", "", "", None, "undated", text, reference_year=2021)
    events = {(e.place, e.status, e.event_date.isoformat() if e.event_date else None) for e in extract_events(article, finder.find(article))}
    assert ("Sheberghan", "taliban", "2021-08-07") in events
    assert ("Aybak", "taliban", "2021-08-09") in events


def test_a_report_that_writes_its_days_in_full_or_names_none_needs_no_lent_year():
    assert names_yearless_days("Kunduz fell on August 8.")
    assert not names_yearless_days("Kunduz fell on August 8, 2021.")
    assert not names_yearless_days("Kunduz fell on Sunday.")
