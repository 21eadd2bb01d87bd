"""A name shared by a province and one of its districts, written as the district in a list."""

from __future__ import annotations

import pytest
from test_rules import G, T, finder, statuses  # noqa: F401  (finder: the shared fixture)

from frontmap.extract.district_words import called_a_district, closes_a_list


def _span(sentence: str, name: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = sentence.index(name, start + 1)
    return start, start + len(name)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Zari, Kaldar, Balkh and Chahar Bolak districts fell overnight.", "Balkh"),
        ("Officials said the Chimtal and Balkh districts were abandoned on Sunday.", "Balkh"),
        ("The insurgents took Balkh district after a short battle.", "Balkh"),
        ("Sholgara, Kunduz and Khanabad districts changed hands twice in a week.", "Kunduz"),
    ],
)
def test_a_name_in_a_list_of_districts_is_the_district(sentence, name):
    assert called_a_district(sentence, *_span(sentence, name))


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("The Taliban overran two Balkh districts on Friday.", "Balkh"),
        ("Fighting spread to several Kandahar and Helmand districts.", "Kandahar"),
        ("The militants now hold most of Balkh, officials said.", "Balkh"),
        ("Reinforcements reached Balkh province on Monday.", "Balkh"),
    ],
)
def test_a_province_or_its_districts_is_no_district_name(sentence, name):
    assert not called_a_district(sentence, *_span(sentence, name))


def test_only_the_last_name_of_a_list_closes_it():
    sentence = "Chimtal and Balkh districts"
    assert closes_a_list(sentence, sentence.index("Balkh"))
    assert not closes_a_list(sentence, 0)


@pytest.mark.parametrize(("text", "expected"), [
    ("Zari, Kaldar, Balkh and Chahar Bolak districts fell to the insurgents overnight.",
     {("Zari", T), ("Kaldar", T), ("Balkh", T), ("Chahar Bolak", T)}),
    ("Local officials said the Chimtal and Balkh districts were abandoned by the police on Sunday.",
     {("Chimtal", T), ("Balkh", T)}),
    ("Government forces recaptured Sholgara, Balkh and Dihdadi districts on Tuesday, the ministry said.",
     {("Sholgara", G), ("Balkh", G), ("Dehdadi", G)}),
    # the province's districts, not the district of the same name
    ("The Taliban overran two Balkh districts, Zari and Kaldar, on Friday.", {("Zari", T), ("Kaldar", T)}),
])
def test_the_district_named_like_its_province_gets_its_event(finder, text, expected):
    assert statuses(finder, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a name that is also a surname or tribe, listed beside districts named plainly
    ("Resistance fighters retook Banu, Deh Salah and Pul-e Hesar from the Taliban on Friday.",
     {("Andarab", G), ("Deh Salah", G), ("Pul-e Hesar", G)}),
    ("The insurgents captured Dur Baba, Shinwar and Achin after the police withdrew.",
     {("Dur Baba", T), ("Shinwar", T), ("Achin", T)}),
    # only people listed: no place
    ("Elders of the Zadran and Mangal tribes met the governor in Gardez on Monday.", set()),
    ("Sherzad and Kakar, two militia commanders, surrendered to the Taliban on Monday.", set()),
])
def test_listed_beside_districts_a_surname_like_name_is_a_place(finder, text, expected):
    assert statuses(finder, text) == expected
