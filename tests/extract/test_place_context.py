"""Which place a report means: the context of a shared district name without the national
capital's dateline (frontmap.extract.wire_context), provinces people only leave
(frontmap.extract.departures), provinces that only hold districts (frontmap.extract.containers),
"the center of X province", the kind of town named before it ("the highway town of X"), a distance
landmark that ends at its comma, and "as has the capital of X province"."""

from __future__ import annotations

import datetime as dt

import pytest

from frontmap.extract.departures import left_for_elsewhere
from frontmap.extract.events import extract_events
from frontmap.extract.mentions import MentionFinder
from frontmap.extract.wire_context import informative_context
from frontmap.intake.articles import Article
from geodata.gazetteer import Gazetteer

FRIDAY = dt.date(2021, 7, 16)


@pytest.fixture(scope="module")
def finder() -> MentionFinder:
    return MentionFinder(Gazetteer.load())


def events(finder: MentionFinder, text: str) -> set[tuple[str, str, str]]:
    """Return (place, province code, status) of every event `text` yields, published FRIDAY."""
    article = Article("a1", "f.txt", None, "", "", "", "", FRIDAY, "manifest", text)
    return {(e.place, e.province_code, e.status) for e in extract_events(article, finder.find(article))}


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("KABUL, July 16 - Fighting went on.", "     , July 16 - Fighting went on."),
        ("Kabul [Afghanistan] July 16 (ANI): Fighting went on.", "      [Afghanistan] July 16 (ANI): Fighting went on."),
        ("Headline\nKabul, Afghanistan - Fighting went on.", "Headline\n     , Afghanistan - Fighting went on."),
    ],
)
def test_the_capital_dateline_is_blanked_in_place(text, kept):
    assert informative_context(text) == kept


@pytest.mark.parametrize(
    "text",
    [
        "HERAT, July 16 - Fighting went on.",
        "Kabul, the capital, was calm on Friday.",
        "Fighters reached the edge of Kabul on Friday.",
    ],
)
def test_other_openings_keep_their_names(text):
    assert informative_context(text) == text


@pytest.mark.parametrize(
    ("text", "province"),
    [
        ("KABUL, July 16 - The insurgents overran Qarabagh district on Thursday. Clashes spread to Jaghuri.", "AF-GHA"),
        ("KABUL, July 16 - Qarabagh fell on Thursday, and the fighting moved to Istalif.", "AF-KAB"),
        ("KABUL, July 16 - Government troops lost Sarobi district on Thursday, a week after Gomal.", "AF-PKA"),
    ],
)
def test_a_shared_name_goes_with_the_places_beside_it(finder, text, province):
    named = {code for place, code, _ in events(finder, text) if place in ("Qarabagh", "Sarobi", "Surobi")}
    assert named == {province}


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        ("Some 300 soldiers abandoned the province of Badakhshan for neighbouring Tajikistan.", "Badakhshan"),
        ("Thousands of families fled Kunduz province for Kabul on Sunday.", "Kunduz"),
        ("Officials left Ghazni province for the capital on Thursday.", "Ghazni"),
    ],
)
def test_a_province_left_for_elsewhere_is_where_people_came_from(sentence, place):
    start = sentence.index(place)
    assert left_for_elsewhere(sentence, start, start + len(place))


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        ("Government forces abandoned Badakhshan province on Saturday.", "Badakhshan"),
        ("The Taliban left Kunduz province in the hands of local militias.", "Kunduz"),
    ],
)
def test_a_province_only_abandoned_is_no_departure(sentence, place):
    start = sentence.index(place)
    assert not left_for_elsewhere(sentence, start, start + len(place))


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Soldiers abandoned the province of Badakhshan for Tajikistan on Sunday after the Taliban took Wakhan district.",
         {("Wakhan", "AF-BDS", "taliban")}),
        ("Militias evicted the Taliban from three districts in Afghanistan's northern Baghlan province on Thursday.", set()),
        ("Government troops pushed the Taliban out of two districts in Afghanistan's Takhar province on Thursday.", set()),
    ],
)
def test_a_province_left_or_holding_districts_is_no_event(finder, text, kept):
    assert events(finder, text) == kept


def test_parts_of_a_province_are_still_fought_over(finder):
    assert events(finder, "The Taliban captured parts of Ghazni province on Thursday.") == {("Ghazni", "AF-GHA", "contested")}


@pytest.mark.parametrize(
    ("text", "city", "province"),
    [
        ("The Taliban captured the center of the Ghazni province on Thursday morning.", "Ghazni", "AF-GHA"),
        ("Insurgents took the centre of Sar-e Pul province after a week-long siege.", "Sar-e Pul", "AF-SAR"),
        ("Kunduz and Taloqan have fallen, as has the capital of northern Jawzjan province.", "Sheberghan", "AF-JOW"),
        ("Qalat fell on Thursday, followed by the capital of Uruzgan province.", "Tarinkot", "AF-URU"),
    ],
)
def test_the_capital_named_through_its_province_is_the_city(finder, text, city, province):
    found = events(finder, text)
    assert (city, province, "taliban") in found
    assert not any(code == province and place != city for place, code, _ in found)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("The Taliban captured the Kabul-Kandahar highway town of Sayedabad on Thursday.", "Sayedabad"),
        ("Insurgents overran the market town of Ghoryan on Thursday.", "Ghoryan"),
        ("Fighters seized the frontier district of Dand-e Patan on Thursday.", "Dand-e Patan"),
    ],
)
def test_the_kind_of_town_before_a_name_keeps_it_the_object(finder, text, place):
    assert {p for p, _, status in events(finder, text) if status == "taliban"} == {place}


def test_a_highway_alone_is_no_town(finder):
    assert events(finder, "The Taliban captured the highway in Wardak on Thursday.") == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Taliban entered Pul-e Alam, just south of Kabul, then seized Tarinkot on Thursday.",
         {("Pul-e Alam", "AF-LOG", "contested"), ("Tarinkot", "AF-URU", "taliban")}),
        ("The Taliban captured Charkh district, some 60 km south of Kabul, then overran Kharwar on Thursday.",
         {("Charkh", "AF-LOG", "taliban"), ("Kharwar", "AF-LOG", "taliban")}),
        ("The Taliban captured Shakardara, some 20 km north of Kabul, on Thursday.", {("Shakardara", "AF-KAB", "taliban")}),
    ],
)
def test_a_distance_landmark_ends_at_its_comma(finder, text, expected):
    assert events(finder, text) == expected


def test_a_landmark_named_in_apposition_stays_a_landmark(finder):
    text = "The Taliban reached Char Asyab district, just 11 kilometres south of the capital, Kabul, on Thursday."
    assert not any(place == "Kabul" for place, _, _ in events(finder, text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("- Aug. 6 - ZARANJ. Fighters overran the city in Nimroz province without resistance.", {("Zaranj", "AF-NIM", "taliban")}),
        ("The Taliban seized a town in Ghazni province on Thursday, officials said without naming it.", set()),
        ("The Taliban captured the city of Kunduz on Thursday.", {("Kunduz", "AF-KDZ", "taliban")}),
    ],
)
def test_a_province_that_locates_a_town_is_no_event(finder, text, expected):
    assert events(finder, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The resistance did not deny that the Taliban had seized the center of Panjshir on Thursday.", ("Bazarak", "AF-PAN", "taliban")),
        ("Insurgents entered the centre of Helmand on Thursday.", ("Lashkar Gah", "AF-HEL", "contested")),
    ],
)
def test_the_center_of_a_province_named_unlike_its_capital_is_the_capital(finder, text, expected):
    assert events(finder, text) == {expected}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Islam Qala border crossing with Iran has fallen to the Taliban.", ("Islam Qala", "AF-HER", "taliban")),
        ("The Islam Qala border crossing, located in Herat province, fell to the Taliban on Thursday.", ("Islam Qala", "AF-HER", "taliban")),
        ("The Torghundi crossing into Turkmenistan was retaken by government forces on Thursday.", ("Torghundi", "AF-HER", "government")),
    ],
)
def test_a_named_crossing_is_the_subject_of_its_verb(finder, text, expected):
    assert events(finder, text) == {expected}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Taliban militants launched a heavy attack on Ghourian district on Thursday.", ("Ghoryan", "AF-HER", "contested")),
        ("Government forces retook Pashtun Kut district on Thursday.", ("Pashtun Kot", "AF-FYB", "government")),
        ("The Taliban seized Lajah Mangal district on Thursday.", ("Laja Ahmad Khel", "AF-PIA", "taliban")),
    ],
)
def test_wire_spellings_of_districts(finder, text, expected):
    assert events(finder, text) == {expected}


def test_an_outlet_named_after_a_city_is_no_place(finder):
    text = ("KABUL, July 16 - Taliban fighters overran Sarobi district on Thursday, two days after Urgun, "
            "a security official told Kabul Now.")
    assert events(finder, text) == {("Sarobi", "AF-PKA", "taliban"), ("Urgun", "AF-PKA", "taliban")}


@pytest.mark.parametrize(
    "text",
    [
        "Government sources confirmed to Kabul Now that Du Ab district had fallen to the Taliban on Thursday.",
        "Talking to Kabul Now, an official said Du Ab district fell to the Taliban on Thursday.",
    ],
)
def test_kabul_now_is_an_outlet(finder, text):
    assert events(finder, text) == {("Du Ab", "AF-NUR", "taliban")}


def test_the_local_capital_after_a_province_is_its_capital(finder):
    text = ("The Taliban are closing in on the capital, Kabul. The provincial council chief in Zabul province said "
            "on Thursday that the local capital fell to the insurgents.")
    assert events(finder, text) == {("Qalat", "AF-ZAB", "taliban")}


def test_a_dateline_with_only_the_agency_is_where_the_report_was_filed(finder):
    text = "KABUL (Sputnik) The centre of Charkh district in Logar province has fallen to the Taliban, a resident said on Thursday."
    assert events(finder, text) == {("Charkh", "AF-LOG", "taliban")}


@pytest.mark.parametrize("text", [
    "KABUL, Afghanistan -- The centre of Charkh district in Logar province has fallen to the Taliban, a resident said.",
    "Kabul/Islamabad (Reuters)-The centre of Charkh district in Logar province has fallen to the Taliban, a resident said.",
    "KABUL/ISLAMABAD (Reuters) - The centre of Charkh district in Logar province has fallen to the Taliban, a resident said.",
])
def test_a_dateline_with_a_double_hyphen_or_a_second_city_is_where_the_report_was_filed(finder, text):
    assert events(finder, text) == {("Charkh", "AF-LOG", "taliban")}


@pytest.mark.parametrize(
    "text",
    [
        "Militants have captured another district in Afghanistans eastern province of Nuristan, officials said on Thursday.",
        "More than 1,000 servicemen fled the Badakhshan province and crossed the border into neighbouring Tajikistan on Thursday.",
    ],
)
def test_wire_phrasings_of_a_province_that_is_no_event(finder, text):
    assert events(finder, text) == set()


def test_a_caption_spelling_of_sayedabad(finder):
    text = "Security Humvees gather near a site attacked by the Taliban in Sayeed Abad district, Wardak Province, on Thursday."
    assert events(finder, text) == {("Sayedabad", "AF-WAR", "contested")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Taliban has taken control of all parts of Ghazni provincial capital.", {("Ghazni", "AF-GHA", "taliban")}),
        ("The Taliban seized all areas of Kunduz city on Thursday.", {("Kunduz", "AF-KDZ", "taliban")}),
        ("The Taliban captured Pul-e Khumri on Thursday. All areas of the city have fallen, a militia commander said.",
         {("Pul-e Khumri", "AF-BGL", "taliban")}),
        ("The Taliban captured parts of Kunduz city on Thursday.", {("Kunduz", "AF-KDZ", "contested")}),
    ],
)
def test_all_parts_of_a_place_is_the_whole_of_it(finder, text, expected):
    assert events(finder, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The center of Farah province in the west of the country also fell to the Taliban on Thursday.", ("Farah", "AF-FRA", "taliban")),
        ("The town of Pul-i Humri came under Taliban control on Thursday, a councillor said.", ("Pul-e Khumri", "AF-BGL", "taliban")),
    ],
)
def test_a_capital_told_with_a_locating_aside_or_a_local_spelling(finder, text, expected):
    assert events(finder, text) == {expected}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Taliban conquered the Islam Qala customs and border crossing port, also in Herat, on Thursday.",
         {("Islam Qala", "AF-HER", "taliban")}),
        ("The Taliban seized the Torghundi crossing, located in Herat, on Thursday.", {("Torghundi", "AF-HER", "taliban")}),
        ("The Taliban seized the crossing on Thursday, and fighting raged in Herat.", {("Herat", "AF-HER", "contested")}),
    ],
)
def test_where_a_named_site_lies_is_no_event(finder, text, expected):
    assert events(finder, text) == expected


def test_a_town_where_a_site_lies_still_holds_it(finder):
    text = "The Taliban seized another customs post, in Torghundi near the Turkmen border, on Thursday."
    assert {place for place, _, _ in events(finder, text)} == {"Torghundi"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Taliban overran Shahwali Kot district on Thursday.", ("Shah Wali Kot", "AF-KAN", "taliban")),
        ("Fighting raged in Mia Nishin district on Thursday.", ("Mianishin", "AF-KAN", "contested")),
    ],
)
def test_more_wire_spellings(finder, text, expected):
    assert events(finder, text) == {expected}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bangi and Khwaja Ghar were recaptured before dawn on Thursday, an army spokesman said.",
         {("Bangi", "AF-TAK", "government"), ("Khwaja Ghar", "AF-TAK", "government")}),
        ("Almar has fallen to the Taliban, a Faryab lawmaker said on Thursday.", {("Almar", "AF-FYB", "taliban")}),
        ("Kakar was captured by the Taliban on Thursday, his family said.", set()),
    ],
)
def test_a_name_that_is_also_a_word_is_a_place_as_the_subject_of_a_control_verb(finder, text, expected):
    assert events(finder, text) == expected
