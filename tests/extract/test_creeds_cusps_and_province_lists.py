"""Insurgents named by their creed, falls still to come, capitals named through "Afghanistan's province
of X", lists called provinces, families still in a town, places an entry only passed through, "the
crossing", second objects after "and the", units taken "from the Taliban in X province" and fighting
"across Kandahar" (invented sentences, shipped gazetteer, published Sunday 2021-08-01)."""

from __future__ import annotations

import pytest
from test_mentions import make_article
from test_rules import C, G, T, finder, statuses  # noqa: F401  (finder: the shared fixture)

from frontmap.extract.events import extract_events


@pytest.mark.parametrize(("text", "expected"), [
    # "Islamist" and "extremist" name the insurgents; a militia with such a word before it is theirs
    ("The advancing Islamist militia took control of Tarinkot on Friday.", {("Tarinkot", T)}),
    ("Kang district fell to the Islamists on Friday, the deputy governor said.", {("Kang", T)}),
    ("Extremists overran Khash Rod on Friday, a police officer said.", {("Khash Rod", T)}),
    # ... while a militia loyal to a commander stays with the government
    ("A militia loyal to Ismail Khan retook Guzara district on Saturday.", {("Guzara", G)}),
])
def test_islamist_and_extremist_name_the_insurgents(finder, text, expected):
    assert statuses(finder, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "on the cusp of", like "on the verge of", tells a fall still to come, also with a verb of becoming
    ("Farah province is one of three provinces that are on the cusp of completely falling under the Taliban's control.", set()),
    ("Officials said Zabul is among the provinces that are now on the brink of falling under Taliban control.", set()),
    ("Qadis district came under Taliban control on Friday.", {("Qadis", T)}),
])
def test_a_fall_on_the_cusp_is_still_to_come(finder, text, expected):
    assert statuses(finder, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "the capital (provincial centre) of Afghanistan's western province of X" is X's capital
    ("Insurgents seized the provincial centre of Afghanistan's southwestern province of Nimroz on Friday.", {("Zaranj", T)}),
    ("The Taliban took the capital of Afghanistan's central province of Ghor on Friday.", {("Feroz Koh", T)}),
])
def test_the_capital_of_afghanistans_province(finder, text, expected):
    assert statuses(finder, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a list that follows "provinces of the south," or "four western provinces," names provinces, not their capitals
    ("The insurgents overran the biggest provinces of the south, Kandahar and Helmand, on Friday.", {("AF-KAN", T), ("AF-HEL", T)}),
    ("Four western provinces, Herat, Badghis and Farah, were under Taliban control on Saturday.",
     {("AF-HER", T), ("AF-BDG", T), ("AF-FRA", T)}),
    # ... while a name before the word stays a city
    ("The Taliban overran Kandahar on Friday, after taking districts in several provinces of the south.", {("Kandahar", T)}),
    # the examples given of provinces are provinces too ("six provinces, including X", "such as X", "like X")
    ("Clashes went on in four provinces, including Kunduz and Ghazni, on Friday.", {("AF-KDZ", C), ("AF-GHA", C)}),
    ("Clashes went on in northern provinces such as Balkh and Kunduz on Friday.", {("AF-BAL", C), ("AF-KDZ", C)}),
    ("Fighting spread on Friday to western provinces like Herat.", {("AF-HER", C)}),
    # ... unless the text calls the example a city
    ("The Taliban attacked checkpoints in three provinces, including around the city of Kandahar, on Friday.", {("Kandahar", C)}),
])
def test_a_list_after_provinces_names_provinces(finder, text, expected):
    article = make_article(text)
    events = extract_events(article, finder.find(article))
    assert {(e.place if e.district_id else e.province_code, e.status) for e in events} == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a family or relatives "still in" a town are no side holding it; troops still there are
    ("A senior police officer, whose family was still in Zaranj on Friday, said the city had been lost.", {("Zaranj", T)}),
    ("Government troops were still in Chahar Burjak on Friday.", {("Chahar Burjak", G)}),
])
def test_civilians_still_in_a_town_hold_nothing(finder, text, expected):
    assert statuses(finder, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the place after "via" or "through", once the entry has its own object, is only the way in
    ("Afghan soldiers entered Iranian territory via the Islam Qala crossing on Thursday.", set()),
    ("Taliban fighters entered Herat city through Guzara district on Thursday.", {("Herat", "contested")}),
    ("Taliban fighters entered through the gates of Qala-e-Naw on Thursday.", {("Qala-e Naw", "contested")}),
])
def test_a_place_an_entry_passed_through(finder, text, expected):
    assert statuses(finder, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "the crossing" means the border town or crossing named before it
    ("The Taliban took the Spin Boldak crossing on Wednesday. On Friday commandos regained control of the crossing.",
     {("Spin Boldak crossing", T), ("Spin Boldak crossing", G)}),
    # ... and the spokesman's surname spelt "Mujahed" alone still makes his word a claim
    ("The Taliban said their fighters had seized Islam Qala. Mujahed said the crossing was taken without a fight.",
     {("Islam Qala", "claimed")}),
])
def test_the_crossing_and_the_spokesman_alone(finder, text, expected):
    assert statuses(finder, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "and the" after a common noun opens a second object of the verb; after a name it goes on the same list
    ("The insurgents captured the Islam Qala customs post and the Torghundi border town on Friday.",
     {("Islam Qala", T), ("Torghundi", T)}),
    ("The militants seized the Zaranj airport and the Kang district centre on Friday.", {("Zaranj", "contested"), ("Kang", T)}),
    ("Taliban fighters captured checkpoints around Herat and Guzara district on Friday.", {("Herat", "contested"), ("Guzara", "contested")}),
])
def test_a_second_object_after_and_the(finder, text, expected):
    assert statuses(finder, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "loyal to Kabul" names the government by its seat: no event in Kabul, and no antecedent for "the city"
    ("Insurgents attacked Lashkar Gah on Thursday. The army loyal to Kabul holds a few bases. The city is under siege.",
     {("Lashkar Gah", "contested")}),
])
def test_loyal_to_kabul_names_the_government(finder, text, expected):
    assert statuses(finder, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a district or village taken "from the Taliban in X province" is a unit of the province, not the province
    ("Afghan forces retook a district from the Taliban in Herat province on Friday.", set()),
    ("Afghan Military Retakes District From Taliban In Herat Province", set()),
    ("Commandos retook Chakhansur district from the insurgents in Nimroz province on Saturday.", {("Chakhansur", G)}),
])
def test_a_unit_taken_from_a_side_in_a_province(finder, text, expected):
    assert statuses(finder, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "across X" of a province named like its capital is the province; "across X city" stays the city
    ("Heavy fighting raged across Kandahar on Sunday.", {("AF-KAN", "contested")}),
    ("Gunfire rang out across Herat city on Sunday night.", {("Herat", "contested")}),
])
def test_across_a_province_named_like_its_capital(finder, text, expected):
    article = make_article(text)
    events = extract_events(article, finder.find(article))
    assert {(e.place if e.district_id else e.province_code, e.status) for e in events} == expected
