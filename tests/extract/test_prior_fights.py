"""A fight told as the run-up to a capture on the same day is no contested reading of that day;
a fight told as still going on stays (invented sentences, shipped gazetteer, published 2021-08-01)."""

from __future__ import annotations

import pytest
from test_leavers_and_expulsions import finder, statuses  # noqa: F401  (finder: the shared fixture)

from frontmap.extract.mentions import MentionFinder

T, C = "taliban", "contested"


@pytest.mark.parametrize(("text", "place"), [
    ("The insurgents overran Farah on Saturday after a five-day siege that emptied the city.", "Farah"),
    ("Taliban fighters took Pul-e Khumri on Saturday. Clashes had gone on around the city for weeks.", "Pul-e Khumri"),
    ("Militants entered Aybak on Saturday without facing any resistance and captured the city.", "Aybak"),
    ("Qalat fell on Saturday. Soldiers had fought since early July to defend the town before the governor gave it up.", "Qalat"),
    # a siege laid before the last assault, a fight that lasted "almost" a span
    ("The Taliban took Faizabad on Saturday. The militants had laid siege to Faizabad before the final push.", "Faizabad"),
    ("Sheberghan fell to the insurgents on Saturday. They had laid siege to the city since the spring, a lawmaker said.", "Sheberghan"),
    ("Ghazni fell on Saturday. Clashes around Ghazni had gone on for nearly two weeks before the governor left.", "Ghazni"),
    ("Zaranj fell to the Taliban on Saturday. Fighting on the edge of Zaranj lasted for more than ten days.", "Zaranj"),
])
def test_a_run_up_fight_goes_on_the_capture_day(finder: MentionFinder, text: str, place: str) -> None:
    assert (place, T) in statuses(finder, text)
    assert (place, C) not in statuses(finder, text)


@pytest.mark.parametrize(("text", "place"), [
    ("Fighting raged in Kandahar on Saturday as the insurgents pushed toward the prison.", "Kandahar"),
    ("The Taliban captured most of Herat on Saturday. Fighting was still going on around the city for days, residents said.", "Herat"),
    ("Police said the Taliban assault on Gereshk was pushed back on Saturday after hours of fighting.", "Gereshk"),
])
def test_a_fight_without_a_capture_or_still_going_on_stays(finder: MentionFinder, text: str, place: str) -> None:
    assert (place, C) in statuses(finder, text)


@pytest.mark.parametrize(("text", "place"), [
    ("An elder says gunmen assaulted Ghormach from two sides, sparking clashes before seizing full control of the area on Thursday.",
     "Ghormach"),
    ("A lawmaker says the Taliban attacked Qaisar with hundreds of fighters before capturing it on Thursday.", "Qaisar"),
    ("Militants besieged Almar for days and then overran the district on Thursday.", "Almar"),
])
def test_an_undated_fight_in_the_sentence_of_an_earlier_capture_is_its_run_up(finder: MentionFinder, text: str, place: str) -> None:
    assert (place, T) in statuses(finder, text)
    assert (place, C) not in statuses(finder, text)


def test_a_fight_still_going_on_after_the_capture_stays(finder: MentionFinder) -> None:
    text = "The militants attacked Almar before capturing it on Thursday; fighting still continues in its villages."
    assert (("Almar", T) in statuses(finder, text)) and (("Almar", C) in statuses(finder, text))


def test_a_span_of_fighting_told_without_a_day_after_a_dated_capture_is_no_fight_of_the_report_day(finder: MentionFinder) -> None:
    # published 2021-08-01 (a Sunday): the capture on Friday ended the month of shelling
    text = ("A shopkeeper from Farah spent more than a month listening to rockets and gunfire in Farah. "
            "He left on Friday, hours after the Taliban captured the city.")
    assert ("Farah", T) in statuses(finder, text)
    assert ("Farah", C) not in statuses(finder, text)


def test_a_span_of_fighting_told_as_still_going_on_stays(finder: MentionFinder) -> None:
    text = ("The Taliban captured Farah on Friday. Weeks of clashes still go on in Farah around the airport, residents said.")
    assert ("Farah", C) in statuses(finder, text)
