"""Readings a fresh set of wire reports asked for: a place that hands over something other than
itself, where a person was travelling (never what "the city" means), a standing hold the same
report's change of hands ends, lists whose names carry size words or hyphenated compass locators,
plural unit nouns that refer to no one place, and a seat listed first among the parts held
(invented sentences, shipped gazetteer)."""

from __future__ import annotations

import pytest
from test_rules import C, G, T, finder, statuses  # noqa: F401  (finder: the shared fixture)

from frontmap.extract import compass
from frontmap.extract.place_subjects import hands_other_thing
from frontmap.extract.references import place_role

_READINGS = [
    # a place as the giver of a thing that is no place: no handover of the place
    ("Kabul handed a ceasefire plan to Taliban envoys in Doha on Wednesday.", set()),
    ("Officials said Herat handed over its heavy weapons to the militants.", set()),
    ("Kandahar handed a list of detainees to the insurgents' negotiators.", set()),
    # the place itself, its control or its seat still changes hands
    ("Ghazni handed over control to the Taliban on Thursday.", {("Ghazni", T)}),
    ("Qalat was handed over without a fight to the Taliban.", {("Qalat", T)}),
    ("Farah was handed to the insurgents in a deal to spare its people.", {("Farah", T)}),
    # "the city" after a traveller's goal means the story's city, not the goal
    ("The governor of Ghazni was stopped before he reached Kabul. He had handed over the city to the militants.", {("Ghazni", T)}),
    ("The mayor was seized on his way to Kabul after the militants overran the city of Farah on Saturday.", {("Farah", T)}),
    # a standing hold of one side that the report's change of hands ends
    ("Jalalabad, one of the few cities still under government control, fell to the Taliban on Sunday.", {("Jalalabad", T)}),
    ("Sheberghan is one of the last towns in government hands. The insurgents seized it on Saturday.", {("Sheberghan", T)}),
    ("Maimana is one of the few cities still in government hands. The Taliban overran it on Saturday, officials "
     "said on Monday.", {("Maimana", T)}),
    # a hold the article's latest change does not end stays: the town was retaken before the line
    ("Taloqan fell to the Taliban in June and troops recaptured it in July. Today Taloqan is one of the last towns "
     "in government hands.", {("Taloqan", T), ("Taloqan", G)}),
    ("Commandos retook Nad Ali on Monday. The district is under Taliban control, a resident said earlier on Monday.",
     {("Nad Ali", G)}),
    # a hold of one place and a capture of another both stand
    ("Kunduz fell on Sunday while Mazar-i-Sharif remains under government control.", {("Kunduz", T), ("Mazar-i-Sharif", G)}),
    # size words before the unit noun of a list
    ("The militants took the smaller northern towns of Aybak and Taloqan on Monday.", {("Aybak", T), ("Taloqan", T)}),
    ("Insurgents captured the small western city of Farah.", {("Farah", T)}),
    # a hyphenated compass word locating a listed subject
    ("Zaranj in south-western Nimroz and Sheberghan in Jawzjan were seized on Friday.", {("Zaranj", T), ("Sheberghan", T)}),
    ("The cities of Qalat in south-eastern Zabul and Tarinkot in Uruzgan were handed over on Friday.",
     {("Qalat", T), ("Tarinkot", T)}),
    # "the capital cities" are many places: no definite reference to the last one named
    ("Zaranj fell on Friday. Officials insist troops are still fighting for the capital cities of the west.", {("Zaranj", T)}),
    ("Insurgents seized Aybak. Clashes went on around the provincial capitals of the north.", {("Aybak", T)}),
    ("Insurgents seized Aybak on Monday. Clashes went on in the capital city on Tuesday.", {("Aybak", T), ("Aybak", C)}),
    # the seat named first in a list of the parts held: the place itself is held
    ("The governor's compound, the police headquarters and the prison in Maimana are now in Taliban hands.", {("Maimana", T)}),
    ("The governor's office, the intelligence office and every government building in Sharan are under the control of the militants.",
     {("Sharan", T)}),
    # a seat that only speaks, or no seat at all, leaves a part
    ("The governor's office said parts of Maimana are under the control of the militants.", {("Maimana", C)}),
    ("Police posts and a prison in Sharan are under the control of the militants.", {("Sharan", C)}),
    # a place an offensive only approaches is no battle there
    ("Insurgents overran Ghazni in an offensive that is closing in on Kabul.", {("Ghazni", T)}),
    ("The Taliban push is inching ever closer to Kabul after the fall of Pul-e Alam on Friday.", {("Pul-e Alam", T)}),
    ("Their fighters are bearing down on Mazar-i-Sharif from three sides.", set()),
    ("Clashes broke out on the outskirts of Kabul on Sunday.", {("Kabul", C)}),
    # a compass word in "the northern city" passes over a place elsewhere in the country
    ("Insurgents overran Taloqan on Sunday. Ministers in Kabul met on Monday as fighting went on in the northern city.",
     {("Taloqan", T), ("Taloqan", C)}),
    ("Militants attacked Lashkar Gah. Kabul flew commandos to the southern city on Tuesday.", {("Lashkar Gah", C)}),
    ("Insurgents entered Herat. Troops from Kabul then cleared the western city.", {("Herat", C), ("Herat", G)}),
    # the seat of the national government is no place the news is about
    ("The Taliban overran Sar-e Pul. The government in Kabul denied losing the city.", {("Sar-e Pul", T)}),
]


@pytest.mark.parametrize(("text", "expected"), _READINGS)
def test_givers_travellers_holds_and_lists(finder, text, expected):  # noqa: F811  (the shared fixture)
    assert statuses(finder, text) == expected


@pytest.mark.parametrize(
    ("sentence", "given_other"),
    [
        ("Kabul handed a peace offer to the Taliban.", True),
        ("Herat handed over its rifles to the militants.", True),
        ("Ghazni handed over the city to the militants.", False),
        ("Qalat was handed over without a fight to the Taliban.", False),
        ("Farah was handed to the Taliban.", False),
        ("Kabul surrendered a list to the Taliban.", False),  # only verbs of handing are read so
    ],
)
def test_what_a_verb_of_handing_hands(sentence, given_other):
    verb = next(w for w in ("handed over", "handed", "surrendered") if w in sentence)
    start = sentence.index(verb)
    assert hands_other_thing(sentence, start, start + len(verb)) is given_other


@pytest.mark.parametrize(
    "sentence",
    [
        "Police held the governor before he reached Kabul on Thursday.",
        "The minister was ambushed on his way to Kabul.",
        "A convoy of officials was en route to Kabul when the road closed.",
    ],
)
def test_a_travellers_goal_is_a_destination(sentence):
    start = sentence.index("Kabul")
    assert place_role(sentence, start, start + len("Kabul")) == "destination"


def test_the_insurgents_reaching_a_city_is_no_journey():
    sentence = "Fighting broke out after the Taliban reached Kabul on Sunday."
    start = sentence.index("Kabul")
    assert place_role(sentence, start, start + len("Kabul")) is None


@pytest.mark.parametrize(
    ("modifier", "code", "fits"),
    [("northern", "AF-KDZ", True), ("northern", "AF-KAB", False), ("southern", "AF-HEL", True), ("western", "AF-NAN", False),
     ("eastern", "AF-GHA", True), ("strategic", "AF-KAB", True), (None, "AF-KAB", True)],
)
def test_compass_words_name_a_part_of_the_country(modifier, code, fits):
    assert compass.fits(modifier, code) is fits
