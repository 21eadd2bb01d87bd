"""One vocabulary of facilities, read after a name (gaps.facility_named_for) and before it
(bases.widened): a base stands for its district, other facilities are a part of the place
(invented phrasings; sentences on the shipped gazetteer, published Sunday 2021-08-01)."""

from __future__ import annotations

import pytest
from test_rules import C, T, finder, statuses  # noqa: F401  (finder: the shared fixture)

from frontmap.extract.gaps import PART, WHOLE, facility_named_for


@pytest.mark.parametrize(("gap", "expected"), [
    (" army corps headquarters at the airport has ", WHOLE),
    (" corps hq ", WHOLE),
    (" garrison command was ", WHOLE),
    (" air base ", WHOLE),
    (" cantonment has ", WHOLE),
    (" base ", WHOLE),  # "Bagram base": a base by its name
    (" police headquarters has ", PART),
    (" provincial prison was ", PART),
    (" airport ", PART),
    (" district ", None),
])
def test_a_facility_after_the_name(gap, expected):
    assert facility_named_for(gap) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The Taliban seized the garrison headquarters in Pul-e Khumri on Friday.", {("Pul-e Khumri", T)}),
    ("Soldiers abandoned the air base at Sheberghan on Wednesday.", {("Sheberghan", T)}),
    ("Fighters overran the corps headquarters in Qalat on Saturday.", {("Qalat", T)}),
    # a facility that is only a part of the city: fighting there
    ("Insurgents took the police headquarters in Ghazni city on Thursday.", {("Ghazni", C)}),
])
def test_a_facility_before_the_name(finder, text, expected):
    assert statuses(finder, text) == expected
