"""Tests for frontmap.extract.ranked_lists: the places listed after a ranked fall and its span
fell on some day of the span before it."""

from __future__ import annotations

import datetime as dt

import pytest

from frontmap.extract.ranked_lists import listed_before_the_rank
from frontmap.extract.span_windows import RANGE_BASIS

THU_AUG_12 = (dt.date(2021, 8, 12), "weekday")
TOLD = (dt.date(2021, 8, 14), "publication")


def _listed(sentence: str, name: str, ranked=THU_AUG_12) -> tuple[dt.date | None, str]:
    return listed_before_the_rank(sentence, sentence.index(name), TOLD, ranked)


@pytest.mark.parametrize(("sentence", "name", "first_day"), [
    ("Ghazni was the tenth capital to fall in a week, after Farah, Aybak and Taloqan.", "Aybak", dt.date(2021, 8, 6)),
    ("Ghazni became the sixth city they have seized in four days, following Kunduz and Taloqan.", "Taloqan", dt.date(2021, 8, 9)),
    ("Ghazni is the fifth capital the militants have overrun since Sunday, behind Kunduz.", "Kunduz", dt.date(2021, 8, 8)),
])
def test_a_rank_with_a_span_dates_the_listed_places_to_some_day_of_it(sentence, name, first_day):
    assert _listed(sentence, name) == (first_day, RANGE_BASIS)


def test_a_rank_of_one_day_gives_the_listed_places_the_ranked_day():
    assert _listed("Ghazni was the third capital to fall that day, after Farah and Herat.", "Herat") == THU_AUG_12


@pytest.mark.parametrize(("sentence", "name"), [
    ("Ghazni was the tenth capital to fall on Thursday, after Farah and Herat.", "Herat"),  # the campaign's tenth, on its own day
    ("Ghazni was the tenth capital to fall in a week, after Farah fell on Monday.", "Farah"),  # a day of its own
    ("Ghazni was the tenth capital to fall in a week, after the Taliban stormed Farah.", "Farah"),  # a clause, no list
    ("Ghazni fell in a week after Farah and Herat.", "Herat"),  # no rank
])
def test_other_places_keep_their_date(sentence, name):
    assert _listed(sentence, name) == TOLD
