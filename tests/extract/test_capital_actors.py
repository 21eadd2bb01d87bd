"""The national capital named for the government that acts ("Kabul repelled the attacks", "a
figure rejected by Kabul", "Kabul's troops") is no place of the news; after a preposition, or as
the subject of what happens to a city, it stays the place. Sentences of our own."""

from __future__ import annotations

from test_rules import finder, statuses  # noqa: F401  (finder: the shared fixture)

from frontmap.extract.capital_actors import stands_for_government
from frontmap.extract.national_capital import NATIONAL_CODE


def _acts(sentence: str, name: str = "Kabul", code: str = NATIONAL_CODE) -> bool:
    start = sentence.index(name)
    return stands_for_government(sentence, start, start + len(name), code, name)


def test_the_capital_as_the_government():
    for sentence in ("Kabul repelled two assaults on the southern towns.", "Kabul on Sunday denied the claim.",
                     "Kabul has also sent commandos to the west.", "The tally was rejected by Kabul.",
                     "Kabul's forces pushed the insurgents back.", "Missiles disrupt the airport and Kabul repel attacks"):
        assert _acts(sentence), sentence


def test_the_capital_as_a_place():
    for sentence in ("The assault on Kabul was repelled.", "Kabul fell on Sunday.", "Fighters reached Kabul's outskirts.",
                     "Officials in Kabul said the city was calm.", "Rockets hit Kabul on Tuesday.",
                     "Kabul claimed by the Taliban as the president flees", "Kabul said to be encircled by fighters"):
        assert not _acts(sentence), sentence


def test_only_the_national_capital():
    assert not _acts("Herat repelled the attack.", "Herat", "AF-HER")


def test_no_event_for_the_acting_capital(finder):
    told = statuses(finder, "Kabul repelled fresh Taliban assaults on Qalat and Lashkar Gah on Monday.")
    assert told == {("Qalat", "government"), ("Qalat", "contested"), ("Lashkar Gah", "government"), ("Lashkar Gah", "contested")}
