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
    (" corps headquarter was ", WHOLE),  # the singular, as some reports write it
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


@pytest.mark.parametrize(("text", "expected"), [
    # a base named by one word before the place: the district that holds it is lost
    ("Insurgents overran the airbase in Tarinkot on Tuesday.", {("Tarinkot", T)}),
    ("The Taliban captured the cantonment in Gardez on Monday.", {("Gardez", T)}),
    ("Militants took the barracks in Sharana on Friday.", {("Sharan", T)}),
    ("Insurgents overran the army corps in Pul-e Khumri on Wednesday.", {("Pul-e Khumri", T)}),  # no speaker's title
    # the open grounds of a town are a part of it; "the market town of" names the town itself
    ("Taliban fighters took the main square in Taloqan on Friday.", {("Taloqan", C)}),
    ("The insurgents seized the central bazaar of Maimana on Saturday.", {("Maimana", C)}),
    ("The Taliban captured the market town of Spin Boldak on Saturday.", {("Spin Boldak", T)}),
])
def test_one_word_bases_and_town_grounds(finder, text, expected):
    assert statuses(finder, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the town's own police building, the name before it: fighting in the town
    ("The Taliban seized Ghazni police headquarters on Friday.", {("Ghazni", C)}),
    ("Kunduz police headquarters fell to the insurgents on Saturday.", {("Kunduz", C)}),
    ("Government troops retook Farah police compound on Thursday.", {("Farah", C)}),
    # a district's own seat names the district, even a name that is also a word
    ("The Taliban captured the district headquarters of Obe on Friday.", {("Obe", T)}),
    ("Insurgents overran the district compound of Jaji on Thursday.", {("Jaji", T)}),
    # the town's prison stormed or raided: fighting in the town; its officials are only a title
    ("Fighters stormed Farah prison on Thursday and freed the inmates.", {("Farah", C)}),
    ("The insurgents attacked the Ghazni jail overnight.", {("Ghazni", C)}),
    ("Gunmen broke into Kunduz prison late on Friday.", {("Kunduz", C)}),
    ("Farah prison officials said on Thursday that the guards had fled.", set()),
])
def test_a_town_facility_and_a_district_seat(finder, text, expected):
    assert statuses(finder, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a border post named for its province: the named post is taken, not the capital
    ("The Taliban seized the Kunduz border post of Shir Khan Bandar on Friday.", {("Shir Khan Bandar", T)}),
    ("Fighters captured the Herat border crossing of Islam Qala on Friday.", {("Islam Qala", T)}),
    ("Insurgents overran the Kunduz border post on Saturday.", set()),
])
def test_a_border_post_named_for_its_province(finder, text, expected):
    assert statuses(finder, text) == expected
