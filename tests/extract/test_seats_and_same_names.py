"""Definite references past the national capital named as a seat, a provincial capital's name that
a district elsewhere shares, and "before X falls" clauses (over the real gazetteer)."""

from __future__ import annotations

import datetime as dt

import pytest

from frontmap.extract.events import extract_events
from frontmap.extract.mentions import MentionFinder
from frontmap.extract.pending_clauses import pending
from frontmap.extract.text import text_view
from frontmap.intake.articles import Article
from geodata.gazetteer import Gazetteer

THURSDAY = dt.date(2021, 8, 12)


@pytest.fixture(scope="module")
def finder() -> MentionFinder:
    return MentionFinder(Gazetteer.load())


def events(finder: MentionFinder, text: str) -> set[tuple[str, str, str | None]]:
    """Return (place, status, province code of a district) of every event `text` yields."""
    article = Article("a1", "f.txt", None, "", "", "", "", THURSDAY, "manifest", "Report\n\n" + text)
    return {(e.place, e.status, e.province_code) for e in extract_events(article, finder.find(article))}


def names(finder: MentionFinder, text: str) -> set[str]:
    """Return the places of the events `text` yields."""
    return {place for place, _status, _code in events(finder, text)}


@pytest.mark.parametrize(
    ("text", "meant"),
    [
        ("Taloqan has fallen, local officials said. A Taliban spokesman urged the soldiers in Kabul to lay down "
         "their arms. Fighters had stormed the city on Sunday.", "Taloqan"),
        ("Sheberghan has long had close ties with Kabul and its politicians. The insurgents overran the city "
         "on Saturday.", "Sheberghan"),
        ("Kunduz is among the largest cities of the north, with roads leading to several provincial capitals and "
         "on south to the capital Kabul. Lawmakers said the Taliban entered the city on Wednesday.", "Kunduz"),
        ("The militants took Farah on Tuesday. Ministers in Kabul met late into the night. Insurgents were seen "
         "patrolling the town the next morning, residents said.", "Farah"),
    ],
)
def test_the_city_is_not_the_seat_of_government(finder, text, meant):
    found = names(finder, text)
    assert meant in found and "Kabul" not in found


@pytest.mark.parametrize(
    "text",
    [
        "Kabul is now the last big city the government holds. Fighters entered the city on Sunday.",
        "Kunduz fell last week. The Taliban then marched on Kabul and entered the city on Sunday.",
    ],
)
def test_the_city_is_kabul_when_the_text_is_about_it(finder, text):
    assert "Kabul" in names(finder, text)


def test_a_headline_about_kabul_keeps_the_capital(finder):
    text = "Kabul surrounded\n\nAfter Jalalabad fell on Sunday, every big city but Kabul was lost, and fighters reached the city's edge."
    article = Article("a1", "f.txt", None, "", "", "", "", THURSDAY, "manifest", text)
    assert "Kabul" in {e.place for e in extract_events(article, finder.find(article))}


@pytest.mark.parametrize(
    "text",
    [
        "Jowzjan fell last week. Later the Taliban captured Faizabad, Kandahar and Herat.",
        "The militants hold most of Jawzjan now. On Wednesday they also took the provincial capital Faizabad.",
        "Jawzjan was lost last week. The Taliban overran Faizabad city on Wednesday.",
        "Jawzjan was lost last week. On Wednesday the Taliban seized Faizabad, a city in the far northeast.",
        "In Jawzjan the fighting has died down. Insurgents captured the city of Fayzabad on Wednesday.",
    ],
)
def test_a_capital_cue_means_badakhshans_faizabad(finder, text):
    assert ("Faizabad", "AF-BDS") in {(place, code) for place, _status, code in events(finder, text)}


@pytest.mark.parametrize(
    "text",
    [
        "Jawzjan officials said Aqcha fell. They said Mardyan and Fayzabad districts fell on Tuesday as well.",
        "Officials in Jawzjan said the Taliban captured Sheberghan and Fayzabad on Tuesday.",
        "The Taliban overran Fayzabad district of Jawzjan on Tuesday.",
    ],
)
def test_the_district_of_jowzjan_stays_with_its_province(finder, text):
    assert ("Fayzabad", "AF-JOW") in {(place, code) for place, _status, code in events(finder, text)}


@pytest.mark.parametrize(
    "text",
    [
        "Americans were rushing to get out of the country before the capital also falls.",
        "Embassy staff were told to leave before Kabul falls to the militants.",
        "Officials said the fighting would go on until the Taliban capture Herat.",
        "Diplomats expect to stay in Kabul until the city is overrun, an official said.",
        "Residents of Kandahar stocked up on food before the insurgents take the city.",
    ],
)
def test_a_present_before_clause_is_no_event(finder, text):
    assert not events(finder, text)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Residents fled Kunduz days before the city fell on Sunday.", "Kunduz"),
        ("Soldiers held the airport until the Taliban had overrun Kunduz on Sunday.", "Kunduz"),
        ("Ghazni fell on Thursday, just hours before the Taliban captured Herat.", "Herat"),
    ],
)
def test_a_past_before_clause_tells_what_happened(finder, text, place):
    assert place in names(finder, text)


@pytest.mark.parametrize(
    ("clause", "verb", "expected"),
    [
        ("they left before the city falls", "falls", True),
        ("they left before the city is taken", "taken", True),
        ("they left before the city has fallen", "fallen", True),
        ("they left before the city fell", "fell", False),
        ("they left before the city was taken", "taken", False),
        ("they left before the militants captured it", "captured", False),
        ("they left the city falls", "falls", False),
    ],
)
def test_pending_reads_the_tense(clause, verb, expected):
    view = text_view(clause)
    at = view.index(verb)
    assert pending(view, 0, at, at + len(verb)) is expected


@pytest.mark.parametrize(
    ("text", "besieged", "not_besieged"),
    [
        ("Government troops still hold Gardez, Khost and Mazar-i-Sharif, which is besieged by the militants.",
         "Mazar-i-Sharif", {"Gardez", "Khost"}),
        ("Apart from Kabul, the government keeps only Jalalabad in the east and the northern hub of Mazar-i-Sharif, "
         "which is encircled by the Taliban.", "Mazar-i-Sharif", {"Kabul", "Jalalabad"}),
        ("The militants took Aybak and Pul-e Khumri, which was surrounded for two days before it fell on Sunday.",
         "Pul-e Khumri", {"Aybak"}),
    ],
)
def test_a_singular_relative_clause_after_a_list_is_the_last_places(finder, text, besieged, not_besieged):
    contested = {place for place, status, _code in events(finder, text) if status == "contested"}
    assert besieged in contested and not contested & not_besieged


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("The militants attacked Gardez and Khost, which were both surrounded on Friday.", {"Gardez", "Khost"}),
        ("Mazar-i-Sharif, the capital of Balkh, which is surrounded by the Taliban, awaits an assault.", {"Mazar-i-Sharif"}),
    ],
)
def test_a_plural_or_appositive_relative_clause_keeps_its_places(finder, text, kept):
    assert kept <= {place for place, status, _code in events(finder, text) if status == "contested"}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("KABUL, Aug 12 - Insurgents took the provincial capital Taloqan on Wednesday, a lawmaker said.", "Taloqan"),
        ("KABUL, Aug 12 - Officials said the militants had seized the capital, Aybak, on Wednesday.", "Aybak"),
        ("KABUL, Aug 12 - The Taliban overran the northern city Kunduz on Wednesday, residents said.", "Kunduz"),
    ],
)
def test_a_definite_noun_before_a_name_means_that_name(finder, text, place):
    assert names(finder, text) == {place}


def test_a_comma_closing_a_fronted_phrase_is_no_apposition():
    from frontmap.extract.targets import _names_it

    fronted = "After the last base in the district fell, Khas Uruzgan collapsed."
    apposed = "Militants seized the district, Khas Uruzgan, on Monday."
    at_fronted, at_apposed = fronted.index("district") + len("district"), apposed.index("district") + len("district")
    assert not _names_it(fronted, at_fronted, at_fronted + 2)
    assert _names_it(apposed, at_apposed, at_apposed + 2)
