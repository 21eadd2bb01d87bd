"""A stamp line under the headline only says when the report ran (`frontmap.extract.stamp_lines`),
a bullet can close a dateline (`frontmap.extract.datelines`), an ellipsis inside a quote can leave
words out rather than end the sentence (`frontmap.extract.text.elides`), and a print copy's
hyphen inside a weekday ("Mon-day") leaves it a weekday (`frontmap.extract.date_expressions`)."""

from __future__ import annotations

import datetime as dt

import pytest
from event_reading import events_of

from frontmap.extract.date_expressions import find_date_expressions
from frontmap.extract.datelines import is_dateline
from frontmap.extract.dates import ArticleDates
from frontmap.extract.stamp_lines import from_stamp
from frontmap.extract.text import elides, split_sentences

WEDNESDAY = dt.date(2021, 7, 21)
MONDAY = dt.date(2021, 7, 19)


def _dates(text: str) -> ArticleDates:
    return ArticleDates(text, split_sentences(text), WEDNESDAY)


def test_a_date_line_of_the_publication_day_under_the_headline_is_a_stamp():
    text = "Two districts change hands\nJuly 21, 2021\nKABUL - Police left the district centre.\nElders met the Taliban."
    dates = _dates(text)
    assert from_stamp(dates, 2) and from_stamp(dates, 3)


def test_a_date_line_of_another_day_or_deep_in_the_report_is_no_stamp():
    heading = "How the south fell\nJuly 19, 2021\nPolice left the district centre.\nElders met the Taliban."
    assert not from_stamp(_dates(heading), 2)
    late = "Headline\nOne.\nTwo.\nThree.\nFour.\nFive.\nJuly 21, 2021\nPolice left the district centre."
    assert not from_stamp(_dates(late), 7)


def test_a_weekday_told_under_a_stamp_carries_into_the_next_paragraph():
    text = ("Taliban take two more districts\nJuly 21, 2021\n"
            "KABUL - The Taliban took two more district centres in the east on Monday, officials said.\n"
            "Achin and Nijrab were overrun after the police left their compounds.")
    found = events_of(text, WEDNESDAY)
    assert ("Achin", "taliban", MONDAY.isoformat()) in found
    assert ("Achin", "taliban", WEDNESDAY.isoformat()) not in found


@pytest.mark.parametrize(
    ("sentence", "name"),
    [("KABUL • Fighters attacked Qalat.", "KABUL"), ("KANDAHAR/KABUL • Fighters entered Kandahar.", "KABUL"),
     ("KANDAHAR/KABUL • Fighters entered Kandahar.", "KANDAHAR")],
)
def test_a_bullet_after_a_capitals_place_closes_a_dateline(sentence, name):
    start = sentence.index(name)
    assert is_dateline(sentence, start, start + len(name))


def test_a_bullet_that_opens_a_list_line_makes_no_dateline():
    sentence = "• Kandahar: fighters attacked the western edge of the city."
    start = sentence.index("Kandahar")
    assert not is_dateline(sentence, start, start + len("Kandahar"))


@pytest.mark.parametrize(
    "text",
    ['"The Taliban are attacking ... Kandahar city from the west," he said.',
     '"The Taliban are attacking... Kandahar city from the west," he said.',
     '“Fighting goes on in … Kandahar city,” he said.'],
)
def test_an_ellipsis_before_the_object_of_a_quote_leaves_words_out(text):
    assert len(split_sentences(text)) == 1
    assert elides(text, 0, text.index(".") if "." in text[:40] else text.index("…"))


@pytest.mark.parametrize(
    "text",
    ['"We held out for two weeks... Arghandab fell at dawn," he said.',
     "They kept attacking... Kandahar stood firm.",
     '"We are attacking." ... Kandahar held.'],
)
def test_an_ellipsis_after_a_whole_clause_or_outside_a_quote_ends_the_sentence(text):
    assert len(split_sentences(text)) == 2


@pytest.mark.parametrize("written", ["Mon-day", "Wed-nesday", "Satur-day"])
def test_a_weekday_a_print_copy_hyphenated_is_still_that_weekday(written):
    found = find_date_expressions(f"Officials said on {written} that the city was surrounded.")
    assert [e.kind for e in found] == ["weekday"]
    assert found[0].get("wd_day") == written.replace("-", "")


def test_a_hyphenated_span_of_days_is_no_weekday():
    assert [e.kind for e in find_date_expressions("After a two-day push the fighters withdrew.")] == []
