"""Speakers' cities, bracketed acronyms in titles and provinces glued before a district's name
(invented sentences, shipped gazetteer)."""

from __future__ import annotations

import pytest
from test_mentions import make_article
from test_rules import C, T, finder, statuses  # noqa: F401  (finder: the shared fixture)

from frontmap.extract.events import extract_events

G = "government"


@pytest.mark.parametrize(("text", "expected"), [
    # the speaker's title names the province: its capital, not the dateline's city nor a town before
    ("HERAT, Aug 3 - Fighters attacked Shindand district on Monday. \"The insurgents are in the streets of the city,\""
     " the head of Badghis's provincial council said.", {("Shindand", C), ("Qala-e Naw", C)}),
    ("KANDAHAR, July 24 - Fighters attacked Maiwand district. The governor of Uruzgan said fighters had surrounded the city.",
     {("Maiwand", C), ("Tarinkot", C)}),
    # near misses: the town named in the sentence; a capital named just before; a Kabul lawmaker
    ("KABUL, Aug 6 - Fighters entered Sheberghan on Friday and clashes inside the city went on, a lawmaker from Faryab said.",
     {("Sheberghan", C)}),
    ("MAZAR-I-SHARIF, Aug 9 - Fighters pushed into Aybak. \"The city is under siege,\" a lawmaker from Kabul said.",
     {("Aybak", C)}),
])
def test_the_city_of_the_speakers_province(finder, text, expected):
    assert statuses(finder, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("KABUL, July 21 - The National Directorate of Security (NDS) in Kunduz said special forces raided Taliban positions"
     " in Chahar Dara district.", {("Chahar Dara", C)}),
    ("KABUL, July 23 - The provincial council (PC) of Ghazni said troops had pushed the Taliban out of Andar district.",
     {("Andar", G)}),
    # near miss: an acronym after a common noun leaves the city where the fighting is
    ("KABUL, July 21 - Fighting raged around the airport (KAF) in Kandahar on Wednesday.", {("Kandahar", C)}),
])
def test_an_acronym_keeps_the_title(finder, text, expected):
    assert statuses(finder, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("KABUL, Aug 12 - Taliban fighters attacked the Parwan Shinwar district on Wednesday.", {("Shinwari", "AF-PAR", C)}),
    ("KABUL, July 27 - Taliban fighters overran the Ghazni Nawa district on Monday.", {("Nawa", "AF-GHA", T)}),
    ("KABUL, July 27 - Taliban fighters overran the Helmand Nawa district on Monday.", {("Nawa", "AF-HEL", T)}),
    ("QALAT, July 9 - Clashes erupted in the Zabul Arghandab and Shinkay districts on Thursday.",
     {("Arghandab", "AF-ZAB", C), ("Shinkay", "AF-ZAB", C)}),
])
def test_a_glued_province_locates_its_district(finder, text, expected):
    article = make_article(text)
    assert {(e.place, e.province_code, e.status) for e in extract_events(article, finder.find(article))} == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a spokesman "in" a city is where the speaker sits, not where the fighting is
    ("KHOST, July 12 - Fighting went on around the centre of Musa Khel district, a police spokesman in Khost said.",
     {("Musa Khel", C)}),
    ("GARDEZ, June 3 - Clashes broke out in Zurmat district on Thursday, the army spokesman in Gardez told reporters.",
     {("Zurmat", C)}),
    # near misses: the city the spokesman speaks of, and a spokesman's city that fell
    ("KABUL, July 12 - A spokesman in Kabul said Khost was under attack.", {("Khost", C)}),
    ("KUNDUZ, Aug 6 - Fighting went on in Kunduz on Friday, where a police spokesman was wounded.", {("Kunduz", C)}),
])
def test_a_spokesman_in_a_city_is_a_speaker(finder, text, expected):
    assert statuses(finder, text) == expected
