"""Capitals told through a running tally, a rank or a group: "the 10th provincial capital, X",
"the biggest city to fall", "all four provinces", a time phrase before the object and a year told
in a relative clause about the place (invented sentences, shipped gazetteer, published Sunday
2021-08-01)."""

from __future__ import annotations

import pytest
from test_leavers_and_expulsions import events_of, finder, statuses  # noqa: F401  (finder: the shared fixture)

from frontmap.extract.mentions import MentionFinder

T, C, G = "taliban", "contested", "government"
FRI, SAT = "2021-07-30", "2021-07-31"


@pytest.mark.parametrize(("text", "expected"), [
    ("Fighters overran the 10th provincial capital, Ghazni, on Friday.", {("Ghazni", T, FRI)}),
    ("The insurgents seized the ninth provincial capital of Qalat on Saturday.", {("Qalat", T, SAT)}),
    ("The movement took its third district, Khakrez, on Friday, elders said.", {("Khakrez", T, FRI)}),
    ("Commandos retook a second town, Nahrin, on Saturday.", {("Nahrin", G, SAT)}),
])
def test_an_ordinal_before_the_unit_still_names_the_object(finder: MentionFinder, text: str, expected: set) -> None:
    assert events_of(finder, text) == expected, text


@pytest.mark.parametrize(("text", "expected"), [
    ("The Taliban took on Saturday the city of Herat, officials said.", {("Herat", T, SAT)}),
    ("Fighters seized late on Friday the western town of Qalat.", {("Qalat", T, FRI)}),
    ("Insurgents captured in the early hours of Saturday the city of Kandahar.", {("Kandahar", T, SAT)}),
])
def test_a_time_phrase_between_verb_and_object(finder: MentionFinder, text: str, expected: set) -> None:
    assert events_of(finder, text) == expected, text


def test_a_time_phrase_before_other_things_taken_is_no_object(finder: MentionFinder) -> None:
    assert statuses(finder, "Police seized on Friday weapons in Ghazni.") == set()


@pytest.mark.parametrize(("text", "expected"), [
    ("The insurgents captured Herat and Kandahar on Saturday, which they also ruled in the 1990s.",
     {("Herat", T, SAT), ("Kandahar", T, SAT)}),
    ("On Friday the insurgents captured Kandahar, which the movement first held in 1994.", {("Kandahar", T, FRI)}),
    ("Fighters took Kunduz on Saturday, where they had briefly ruled six years ago.", {("Kunduz", T, SAT)}),
])
def test_a_year_in_a_relative_clause_dates_the_past_only(finder: MentionFinder, text: str, expected: set) -> None:
    assert events_of(finder, text) == expected, text


def test_a_year_that_dates_the_main_verb_is_still_history(finder: MentionFinder) -> None:
    assert events_of(finder, "In 1996 the movement captured Kabul, which it held until 2001.") == set()


@pytest.mark.parametrize(("text", "expected"), [
    ("Herat was the biggest city to fall to the insurgents on Saturday.", {("Herat", T)}),
    ("Kandahar was the latest and largest city to fall under the pressure of the insurgents.", {("Kandahar", T)}),
    ("Ghazni fell under heavy pressure from the Taliban on Friday.", {("Ghazni", T)}),
    ("Herat is now the largest city still to fall.", set()),
    ("Kunduz was the largest and most important city to fall on Saturday.", {("Kunduz", T)}),
    ("Ghazni was the most recent capital to fall.", {("Ghazni", T)}),
    ("Kunduz and Taloqan were the last two cities to fall on Sunday.", {("Kunduz", T), ("Taloqan", T)}),  # a ranked count
    ("Aybak and Taloqan could be the next two capitals to fall.", set()),
    ("Herat is the biggest city likely to fall next.", set()),
    ("Herat is the most likely city to fall next.", set()),
    ("Kabul is the only big city yet to fall.", set()),
    ("Lashkar Gah has come under heavy pressure from the insurgents.", {("Lashkar Gah", C)}),
])
def test_a_rank_before_to_fall(finder: MentionFinder, text: str, expected: set) -> None:
    assert statuses(finder, text) == expected, text


@pytest.mark.parametrize(("text", "expected"), [
    ("The Taliban took Qalat in Zabul and Tarinkot in Uruzgan on Friday. Both provinces are now under Taliban control.",
     {("Qalat", T), ("Tarinkot", T), ("Zabul", T), ("Uruzgan", T)}),
    ("Fighting raged in Helmand and Kandahar provinces on Friday. Government forces still hold the two provinces.",
     {("Helmand", C), ("Kandahar", C), ("Helmand", G), ("Kandahar", G)}),
    ("The Taliban took Qalat in Zabul on Friday. Both provinces could fall soon.", {("Qalat", T)}),
])
def test_a_counted_group_of_provinces(finder: MentionFinder, text: str, expected: set) -> None:
    assert statuses(finder, text) == expected, text
