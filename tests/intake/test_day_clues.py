"""An undated article that names its days without their year (an agency's dateline with no town,
a timeline's date headings, days written with their weekday) takes the corpus's year; the weekday
checks it. Texts of our own."""

from __future__ import annotations

import datetime as dt

import pytest

from frontmap.intake.articles import Article
from frontmap.intake.day_clues import agency_dateline, clue_day, day_clue
from frontmap.intake.yearless import NO_YEAR, WEEKDAY_YEAR, YEAR_FROM_CORPUS, infer_missing_years, undated_reason

D = dt.date


def article(name: str, published: dt.date | None, text: str = "Body text only.") -> Article:
    return Article(article_id=name, file=name, item=None, title="", outlet="", agency="", url="",
                   published=published, date_source="text" if published else "undated", text=text)


def read(text: str, corpus_day: dt.date = D(2021, 7, 1)) -> Article:
    return {a.file: a for a in infer_missing_years([article("a", corpus_day), article("b", None, text)])}["b"]


@pytest.mark.parametrize("text, expected", [
    ("Crossing claimed\n\nJuly 14 (UPI) -- Insurgents said they took the crossing on Wednesday.", (7, 14)),
    ("Aug. 6 (Reuters) - Fighters entered the city.", (8, 6)),
    ("The town fell on July 14 (local time) - officials said.", None),  # not a line's opening
])
def test_agency_dateline(text, expected):
    assert agency_dateline(text) == expected


def test_an_agency_dateline_takes_the_corpus_year():
    dated = read("Crossing claimed\n\nJuly 14 (UPI) -- Insurgents said on Wednesday they took the crossing.")
    assert (dated.published, dated.date_source) == (D(2021, 7, 14), YEAR_FROM_CORPUS)


def test_the_latest_day_written_with_its_weekday_dates_the_article():
    text = ("Districts lost in the north\nThe council head said the district fell on Friday, June 18. "
            "He confirmed the army's retreat from a second district on Saturday 19 June.")
    dated = read(text)
    assert (dated.published, dated.date_source) == (D(2021, 6, 19), WEEKDAY_YEAR)


def test_a_weekday_that_does_not_fall_on_its_day_that_year_is_no_clue():
    dated = read("Districts lost\nLocal officials in the north told reporters that the district fell on Thursday, June 18.")  # a Friday in 2021
    assert dated.published is None
    assert undated_reason(dated) == NO_YEAR


def test_a_day_without_its_weekday_or_dateline_is_no_clue():
    assert day_clue("Districts lost\nThe district fell on June 18, officials said.") is None


def test_a_report_that_writes_a_full_date_is_left_to_the_extraction():
    assert day_clue("Districts lost\nPictured on July 7, 2021. The district fell on Friday, July 9.") is None


def test_clue_day_picks_the_latest_day_on_its_weekday():
    clue = day_clue("Sides clash\nFighting began on Monday, June 21 and ended on Wednesday, June 23.")
    assert clue_day(clue, 2021) == D(2021, 6, 23)
    assert clue_day(clue, 2020) is None


def test_the_latest_date_heading_of_a_timeline_dates_it():
    text = ("Aug. 12:\n\n-- Insurgents entered the city, a spokesman said.\n\n"
            "Aug. 11:\n\n-- Fighters overran a district in the north, officials said.")
    dated = read(text, D(2021, 8, 1))
    assert (dated.published, dated.date_source) == (D(2021, 8, 12), YEAR_FROM_CORPUS)


@pytest.mark.parametrize("text", [
    "Districts lost\nThe district fell on Aug. 12: officials said so later.",  # a day in a sentence, no heading
    "Aug. 12: Fighters overran a district in the north, officials said.",  # a dated item, not a heading alone
])
def test_a_day_inside_a_line_of_text_is_no_heading(text):
    assert day_clue(text) is None
