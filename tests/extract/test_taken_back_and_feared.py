"""Reports taken back or shown false, falls only feared, ultimatums and passive forecasts, links
lost, troops withdrawn, offices located (invented sentences, shipped gazetteer, published Sunday
2021-08-01)."""

from __future__ import annotations

import pytest
from test_rules import C, CL, G, T, finder, statuses  # noqa: F401  (finder: the shared fixture)

from frontmap.extract.feared_falls import only_feared
from frontmap.extract.text import text_view


@pytest.mark.parametrize(("text", "expected"), [
    # taken back by the teller, in the sentence or the next one; shown false by the reporter
    ("An official who told reporters on Friday that the Taliban had overrun Almar district said on Saturday that he had been misinformed.", set()),
    ("On Friday an official told reporters that Almar district had fallen. He later said he had been misinformed.", set()),
    ("Local media reported on Friday that Almar district had fallen, but the reports turned out to be false.", set()),
    # near misses: only the toll is taken back; the next sentence adds to the fall
    ("An official who told reporters on Friday that the Taliban had overrun Almar district said on Saturday that he had been misinformed about the number of police killed.", {("Almar", T)}),
    ("On Friday an official told reporters that Almar district had fallen. He said the district chief had fled.", {("Almar", T)}),
])
def test_reports_taken_back(finder, text, expected):
    assert statuses(finder, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Officials fear Almar district has fallen.", set()),
    ("The council chief said he feared the worst but could not confirm that Almar district had been lost.", set()),
    ("The governor said he expected Almar district to be lost by nightfall.", set()),
    ("The Taliban told the garrison in Almar district to surrender or face an all-out attack.", set()),
    ("Elders said the army lost radio contact with the garrison of Almar district on Saturday.", set()),
    # near misses: a reason for a fact, a fact told with "to be", a loss, a claim left unconfirmed
    ("Fearing an attack, police abandoned Almar district on Saturday.", {("Almar", T)}),
    ("Almar became the first district in Faryab to be captured by the Taliban.", {("Almar", T)}),
    ("The army lost Almar district to the Taliban on Saturday.", {("Almar", T)}),
    ("Residents told him the Taliban had taken Almar district, but he could not confirm that the district had fallen.", {("Almar", CL)}),
])
def test_fears_threats_and_forecasts(finder, text, expected):
    assert statuses(finder, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The army withdrew its troops from Almar district on Saturday.", {("Almar", T)}),
    ("The commander, whose headquarters are in Maimana, said troops had pushed the Taliban out of Almar district.", {("Almar", G)}),
    ("The Taliban said they had captured Almar district, but officials said security forces were still fighting inside the compound.", {("Almar", CL), ("Almar", C)}),
])
def test_forces_offices_and_answers(finder, text, expected):
    assert statuses(finder, text) == expected


@pytest.mark.parametrize(("before", "expected"), [
    ("officials fear almar has ", True),
    ("he feared the worst but could not confirm that the district had been ", True),
    ("residents said the taliban had ", False),
    ("he could not confirm reports that the district had ", False),
])
def test_only_feared(before, expected):
    assert only_feared(text_view(before), len(before)) is expected
