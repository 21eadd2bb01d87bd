"""'The city' after a capital taken as a described object ("took another neighbouring provincial
capital, Taloqan") means that capital, not Kabul named later as where something else went on.
Sentences of our own (real gazetteer)."""

from __future__ import annotations

import pytest
from test_rules import finder, statuses  # noqa: F401  (finder: the shared fixture)

from frontmap.extract.reference_choice import controlled


@pytest.mark.parametrize(("text", "place"), [
    ("Fighters took another neighbouring provincial capital, Taloqan, on Sunday. They also stepped up killings in the"
     " capital, Kabul. Troops still held the city's airport and parts of the city, a council member said.", "Taloqan"),
    ("Insurgents captured the key western provincial capital, Farah, on Tuesday. Envoys met in the capital, Kabul."
     " Clashes went on at an army base on the edge of the city, officials said.", "Farah"),
])
def test_the_city_is_the_described_capital_not_kabul(finder, text, place):
    found = statuses(finder, text)
    assert not any(name == "Kabul" for name, _ in found)
    assert any(name == place for name, _ in found)


def test_a_described_object_is_governed_by_its_verb():
    sentence = "The Taliban took another neighbouring provincial capital, Taloqan, after a siege."
    start = sentence.index("Taloqan")
    assert controlled(sentence, start, start + 7)
    plain = "Officials in Taloqan said the siege went on."
    start = plain.index("Taloqan")
    assert not controlled(plain, start, start + 7)


@pytest.mark.parametrize(("text", "meant", "other"), [
    ("Fighting raged on Sunday around Sheberghan in Jawzjan and Aybak in Samangan. Late on Sunday a council member"
     " from Jawzjan province said the city had fallen to the insurgents.", "Sheberghan", "Aybak"),
    ("Insurgents pressed attacks on Qala-e Naw in Badghis and on the outskirts of Herat on Thursday. A police officer"
     " in Badghis province said the city fell to the Taliban that evening.", "Qala-e Naw", "Herat"),
    ("Two provincial centres were besieged on Friday: Sharana in Paktika and Qalat in Zabul. A lawmaker from Paktika"
     " province said the city fell to the Taliban at dusk.", "Sharan", "Qalat"),
])
def test_the_city_is_the_one_of_the_province_its_sentence_names(finder, text, meant, other):
    found = statuses(finder, text)
    assert (meant, "taliban") in found
    assert (other, "taliban") not in found


def test_a_province_of_the_nearest_city_keeps_it(finder):
    text = ("Fighting raged on Sunday around Sheberghan in Jawzjan and Aybak in Samangan. A council member from"
            " Samangan province said the city had fallen to the insurgents.")
    found = statuses(finder, text)
    assert ("Aybak", "taliban") in found and ("Sheberghan", "taliban") not in found


def test_an_attack_on_a_named_town_introduces_no_unnamed_town(finder):
    text = ("Insurgents launched an assault on Maimana town at noon. By evening the city centre was under Taliban"
            " control, a council member said.")
    assert ("Maimana", "taliban") in statuses(finder, text)


def test_an_unnamed_town_is_still_what_the_town_means(finder):
    text = ("After weeks of fighting near Lashkar Gah, insurgents captured a small town north of the city on Monday."
            " The town had been held by police for years.")
    assert ("Lashkar Gah", "taliban") not in statuses(finder, text)
