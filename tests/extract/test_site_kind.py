"""The Taliban moving in (entering, storming, taking a site such as the airport) is kind `advance`."""

from __future__ import annotations

import pytest

from frontmap.extract.kinds import ADVANCE, GROUND, NEARBY, STRIKE, event_kind


@pytest.mark.parametrize(("trigger", "excerpt"), [
    ("seized", "Insurgents seized the army headquarters at Khanabad airport late on Tuesday."),
    ("captured", "The militants captured Sheberghan airport, where troops had regrouped after the city fell."),
    ("took", "Taliban fighters took the corps base of Kandahar after a three-day siege."),
    ("overran", "The insurgents overran the military camp in Farah city on Wednesday."),
    ("seizing", "The group ended the fight by seizing the air base of Maymana with its helicopters."),
])
def test_taking_a_site_of_the_place_is_an_advance(trigger, excerpt):
    assert event_kind(trigger, excerpt, "contested") == ADVANCE


@pytest.mark.parametrize(("trigger", "excerpt"), [
    ("entered", "Taliban fighters entered the city and opened the jail."),
    ("stormed", "Hundreds of insurgents stormed Qalat from two sides at dawn."),
    ("broke into", "The militants broke into the town after the police withdrew."),
    ("marched into", "Columns of fighters marched into Aybak without a shot."),
])
def test_entering_the_place_is_an_advance(trigger, excerpt):
    assert event_kind(trigger, excerpt, "contested") == ADVANCE


@pytest.mark.parametrize(("trigger", "excerpt", "status", "kind"), [
    ("entered", "The insurgents entered the outskirts of Herat overnight.", "contested", NEARBY),
    ("seized", "The Taliban seized the governor's office in Ghazni city on Thursday.", "contested", GROUND),
    ("clashes", "Clashes raged near the airport of Kunduz through the night.", "contested", NEARBY),
    ("airstrikes", "Government airstrikes hit the army base in Lashkar Gah.", "contested", STRIKE),
    ("captured", "The militants captured Sheberghan airport after the city fell.", "taliban", GROUND),
    ("attacked", "The Taliban attacked the police headquarters in Pul-e Khumri.", "contested", GROUND),
])
def test_other_fighting_and_other_statuses_are_no_advance(trigger, excerpt, status, kind):
    assert event_kind(trigger, excerpt, status) == kind
