"""Datelines without a year take the corpus's year; undated events are counted and explained."""

from __future__ import annotations

import datetime as dt

import pytest

from frontmap.intake.articles import Article
from frontmap.intake.yearless import (
    NO_DATE, NO_YEAR, YEAR_FROM_CORPUS, infer_missing_years, undated_reason, yearless_dateline,
)

D = dt.date


@pytest.mark.parametrize("text, expected", [
    ("Headline\n\nKABUL, Aug 6 (AP) - Fighters entered the city.", (8, 6)),
    ("KANDAHAR, Afghanistan, July 30 (Reuters) - Clashes went on.", (7, 30)),
    ("Kabul, 14 August (AFP) - The road was closed.", (8, 14)),
    ("Headline\nKabul [Afghanistan], August 12 : The Taliban said they held the city.", (8, 12)),
    ("Taluqan [Afghanistan] July 7 (ANI/Xinhua): An attack was repulsed.", (7, 7)),
    ("Kabul [Afghanistan], Aug 12, 2021 (ANI): A full date is no yearless dateline.", None),
    ("Taliban [fighters] August 12 is no dateline: the bracket holds no country.", None),
    ("KABUL, Aug 6, 2021 (AP) - A full date is no yearless dateline.", None),
    ("The Taliban took the town on August 6, officials said.", None),
])
def test_yearless_dateline(text, expected):
    assert yearless_dateline(text) == expected


def article(name: str, published: dt.date | None, text: str = "Body text only.") -> Article:
    return Article(article_id=name, file=name, item=None, title="", outlet="", agency="", url="",
                   published=published, date_source="text" if published else "undated", text=text)


YEARLESS = "Headline\n\nKABUL, Aug 6 (AP) - Fighters entered the city on Friday."


def test_a_yearless_dateline_takes_the_corpus_year():
    read = list(infer_missing_years([article("a", D(2021, 7, 1)), article("b", None, YEARLESS),
                                     article("c", D(2021, 9, 1))]))
    dated = {a.file: a for a in read}
    assert dated["b"].published == D(2021, 8, 6)
    assert dated["b"].date_source == YEAR_FROM_CORPUS
    assert len(read) == 3


def test_neighbours_that_agree_give_the_year_when_the_corpus_spans_years():
    read = list(infer_missing_years([article("a", D(2020, 12, 1)), article("b", D(2021, 8, 1)),
                                     article("c", None, YEARLESS), article("d", D(2021, 8, 9))]))
    assert {a.file: a.published for a in read}["c"] == D(2021, 8, 6)


def test_neighbours_that_disagree_leave_the_article_undated():
    read = list(infer_missing_years([article("a", D(2020, 12, 1)), article("b", None, YEARLESS),
                                     article("c", D(2021, 8, 9))]))
    undated = {a.file: a for a in read}["b"]
    assert undated.published is None
    assert undated_reason(undated) == NO_YEAR


def test_a_corpus_without_any_dated_article_stays_undated():
    read = list(infer_missing_years([article("a", None, YEARLESS)]))
    assert read[0].published is None
    assert undated_reason(article("x", None)) == NO_DATE


TOLD = "Headline\n\nZaranj fell to the insurgents on 6 August, officials said."


def test_an_article_left_undated_takes_the_corpus_year_as_its_reference_year():
    read = {a.file: a for a in infer_missing_years([article("a", D(2021, 7, 1)), article("b", None, TOLD),
                                                     article("c", D(2021, 9, 1))])}
    assert (read["b"].published, read["b"].reference_year, read["b"].date_source) == (None, 2021, "undated")
    assert (read["a"].reference_year, read["a"].date_source) == (None, "text")


def test_a_corpus_of_several_years_gives_no_reference_year():
    read = {a.file: a for a in infer_missing_years([article("a", D(2020, 12, 1)), article("b", None, TOLD),
                                                     article("c", D(2021, 8, 9))])}
    assert read["b"].reference_year is None


def test_a_dateline_after_today_keeps_the_article_undated_with_its_reference_year():
    read = {a.file: a for a in infer_missing_years([article("a", D(2021, 7, 1)), article("b", None, YEARLESS)],
                                                    today=D(2021, 7, 20))}
    assert (read["b"].published, read["b"].reference_year) == (None, 2021)


def test_build_summary_counts_undated_events_and_says_why(tmp_path, geodata_dir):
    from frontmap.build import build_corpus

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text(
        "Kunduz falls\n\nKABUL, Aug 6 (AP) - Taliban fighters captured the city of Kunduz on Friday, "
        "officials said.\n", encoding="utf-8")
    (corpus / "b.txt").write_text(
        "Zaranj falls\n\nTaliban fighters took control of Zaranj, the capital of Nimroz province, "
        "on Friday, a local official said.\n", encoding="utf-8")
    summary = build_corpus(corpus, data_dir=tmp_path / "data")
    assert summary.events_undated == summary.events_total > 0
    assert summary.undated_articles == {NO_YEAR: ["a.txt"], NO_DATE: ["b.txt"]}
    text = summary.describe()
    assert f"undated events: {summary.events_undated} of {summary.events_total}" in text
    assert "fix: add a row with a `published` date" in text
    (corpus / "c.txt").write_text(
        "Herat clashes\n\nHERAT, 2021-08-10 - Clashes erupted in Herat city on Tuesday, residents said.\n",
        encoding="utf-8")
    again = build_corpus(corpus, data_dir=tmp_path / "data2")
    assert NO_YEAR not in again.undated_articles  # a.txt took 2021 from c.txt


def test_an_article_that_tells_days_without_a_year_is_lent_the_corpus_year_alone():
    told = "Headline\n\nOn August 6, the Taliban captured the capital of Nimroz."
    read = list(infer_missing_years([article("a", D(2021, 7, 1)), article("b", None, told),
                                     article("c", None, "Body text only."), article("d", D(2021, 9, 1))]))
    lent = {a.file: a for a in read}
    assert lent["b"].published is None and lent["b"].reference_year == 2021
    assert lent["c"].reference_year is None  # no day to date
    assert len(read) == 4
