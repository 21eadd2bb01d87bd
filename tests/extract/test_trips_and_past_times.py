"""Two readings that are no change of hands: officials setting out from a place for somewhere else
(a trip, not a retreat), and a change told as one of the place's past times ("twice before", "in
the past", "previously") with no year given (invented sentences, shipped gazetteer)."""

from __future__ import annotations

import pytest
from test_rules import T, finder, statuses  # noqa: F401  (finder: the shared fixture)

from frontmap.extract.past_times import earlier_times
from frontmap.extract.text import text_view
from frontmap.extract.trips import is_trip


@pytest.mark.parametrize(("text", "expected"), [
    # officials or envoys travelling from the place to a destination
    ("Several provincial officials were leaving Faizabad for Kabul on Sunday morning, a lawmaker said.", set()),
    ("The governor left Kunduz for the capital on Tuesday to attend a security meeting.", set()),
    ("A delegation of elders departed from Ghazni for Doha on Monday.", set()),
    # forces leaving, or leaving "for good", still give the place up
    ("Government forces left Kunduz for Mazar-i-Sharif on Sunday.", {("Kunduz", T)}),
    ("The officials left Kunduz for good on Sunday as the Taliban closed in.", {("Kunduz", T)}),
])
def test_officials_travelling_from_a_place_do_not_give_it_up(finder, text, expected):  # noqa: F811
    assert statuses(finder, text) == expected, text


@pytest.mark.parametrize(("text", "expected"), [
    # the place's past, with no year
    ("The insurgents briefly held Kunduz twice before, and now they are back at its gates.", set()),
    ("The Taliban have overrun Ghazni before.", set()),
    ("The militants had previously held Farah for a few days.", set()),
    ("The district of Qaisar has fallen to the Taliban three times in the past.", set()),
    ("The Taliban attacked Qaisar three times in the past two days.", {("Qaisar", "contested")}),
    # a recent window or a day counted from is news
    ("Six districts fell to the Taliban in the past 24 hours, including Qaisar.", {("Qaisar", T)}),
    ("Commandos held the barracks on Wednesday after the Taliban overran Pul-e Khumri the night before.",
     {("Pul-e Khumri", T)}),
    ("The Taliban captured Kunduz on Sunday, shortly before noon.", {("Kunduz", T)}),
])
def test_a_change_told_as_the_place_s_past_is_no_news(finder, text, expected):  # noqa: F811
    assert statuses(finder, text) == expected, text


def test_the_helpers_read_the_words_around_the_verb():
    view = text_view("officials were leaving Faizabad for Kabul")
    at = view.index("leaving")
    assert is_trip(view, at, "leaving", view.index(" for"))
    assert not is_trip(view, at, "fled", view.index(" for"))
    view = text_view("they held Kunduz twice before")
    assert earlier_times(view, view.index("held"), view.index("held") + 4, len(view))
    view = text_view("they held Kunduz in the past week")
    assert not earlier_times(view, view.index("held"), view.index("held") + 4, len(view))


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The province saw some of the fiercest fighting of the past two decades.", True),
    ("Helmand, the scene of heavy fighting in the last twenty years, is quiet.", True),
    ("The valley saw heavy fighting during the Soviet war.", True),
    ("Heavy fighting raged in the city over the past two days.", False),
    ("Heavy fighting raged in the city over the last week.", False),
    ("Fighting has raged across the province for two decades.", True),
    ("The base was the hub of the fighting for 20 years.", True),
    ("Fighting raged in the city for two days.", False),
    ("The fighting reached the city, which the army had held for 20 years.", False),
])
def test_fighting_over_years_of_war_is_history(sentence, expected):
    view = text_view(sentence)
    assert earlier_times(view, view.index("fighting"), view.index("fighting") + 8, len(view)) is expected
