"""Tests for the readings that look past an aside or a hedge: a modal after an aside
(`aside_modals`), a capital restated by its appositive (`appositive_roles`), thousands separators inside an aside (`digit_groups`), a doubt of a sentence's
own news (`own_doubts`), and a since-clause's or an anchored shift's day kept to its own clause
(`since_background.dated_in_since`, `date_flashback.counts_on`)."""

from __future__ import annotations

import datetime as dt

import pytest
from test_who_acts_and_which_clause import finder  # noqa: F401  (the real gazetteer's finder, a fixture)

from frontmap.extract.aside_modals import modal_after_aside
from frontmap.extract.date_flashback import counts_on
from frontmap.extract.digit_groups import without_group_commas
from frontmap.extract.events import extract_events
from frontmap.extract.own_doubts import doubts_own_news
from frontmap.extract.since_background import dated_in_since
from frontmap.extract.text import text_view
from frontmap.intake.articles import Article


def _after(sentence: str, words: str) -> int:
    return sentence.index(words) + len(words)


@pytest.mark.parametrize(
    "sentence",
    [
        "The loss of Kunduz and Taloqan, two of the biggest towns of the north-east, would cut the supply lines.",
        "The capture of Ghazni, a city on the main highway, could open the road to Kabul.",
        "The loss of Kandahar and Herat, the two biggest cities after the capital, would leave little.",  # a clause in the aside
    ],
)
def test_a_modal_right_after_the_aside_foresees_the_change(sentence):
    at = _after(sentence, " of")
    assert modal_after_aside(sentence, at)


@pytest.mark.parametrize(
    "sentence",
    [
        "The loss of Sheberghan and Aybak, two northern capitals, was confirmed on Monday.",
        "The fall of Herat, the third city, came after officials said it would hold.",
        "The capture of Farah, officials said, would not change the plan.",  # a speaker's tag, read by cues.modal_after
        "The fall of Herat, the biggest prize yet, will embolden the insurgents.",  # what a fall that happened brings
    ],
)
def test_no_modal_as_the_next_word_after_the_aside_is_no_prospect(sentence):
    at = _after(sentence, " of")
    assert not modal_after_aside(sentence, at)


def test_group_commas_become_spaces_and_keep_the_length():
    text = "Kunduz, a city of 370,000 people, fell; over 1,200,000 fled."
    joined = without_group_commas(text)
    assert joined == "Kunduz, a city of 370 000 people, fell; over 1 200 000 fled."
    assert len(joined) == len(text)


@pytest.mark.parametrize("text", ["It fell on August 8, 2021.", "Districts 10, 12 and 14 fell.", "A 1,50 rate."])
def test_other_commas_stay(text):
    assert without_group_commas(text) == text


def test_a_rumour_about_people_fleeing_doubts_only_itself():
    view = text_view("According to unconfirmed rumours, two commanders who had defended Maimana fled to Jawzjan.")
    assert doubts_own_news(view)


@pytest.mark.parametrize(
    "sentence",
    [
        "According to unconfirmed reports, the city had fallen by nightfall.",
        "Unverified reports said fighters entered the town.",
        "The claim could not be verified, and unconfirmed rumours say the commanders fled.",
        "Two commanders fled, a resident said.",  # no hedged source at all
    ],
)
def test_a_hedge_on_a_change_or_beside_another_doubt_is_a_doubt_of_the_report(sentence):
    assert not doubts_own_news(text_view(sentence))


def test_a_date_opening_with_since_dates_its_clause_only():
    sentence = "The push has gone on since early May, when foreign troops began to leave."
    assert dated_in_since(sentence, sentence.index("since"))
    assert not dated_in_since("Kunduz fell on Sunday.", len("Kunduz fell on "))


def test_a_shift_anchored_on_another_change_does_not_count_on():
    assert not counts_on("The loss of Arghandab comes two days after foreign troops left Kandahar airfield.")
    assert counts_on("Maruf was overrun two days after that, the councillor added.")
    assert counts_on("Two days later, Maruf was overrun.")


def test_a_capital_restated_by_its_appositive_keeps_the_part_of_its_name(finder):
    from frontmap.extract import appositive_roles

    text = "Report\nForces from Taloqan, the capital of Takhar, had gathered in Warsaj."
    article = Article("a1", "f.txt", None, "", "", "", "", dt.date(2021, 8, 11), "manifest", text)
    ordered = sorted(finder.find(article), key=lambda m: m.start)
    flags = [appositive_roles.restated(ordered, i, text) for i in range(len(ordered))]
    restating = [m.surface for m, flag in zip(ordered, flags) if flag]
    assert restating == ["Takhar"] and ordered[flags.index(True) - 1].surface == "Taloqan"


def test_the_city_after_a_restated_origin_is_the_city_taken(finder):
    text = ("Report\nThe Taliban overran Faizabad around midnight. Troops withdrew to Warsaj, where reinforcements "
            "from Taloqan, the capital of Takhar, had gathered. Shops stayed shut after the collapse of the city.")
    article = Article("a1", "f.txt", None, "", "", "", "", dt.date(2021, 8, 11), "manifest", text)
    assert {e.place for e in extract_events(article, finder.find(article))} == {"Faizabad"}
