"""Tests for frontmap.extract.dateline_provinces and the locators a shared district name is placed by."""

from __future__ import annotations

from collections import Counter

from frontmap.extract import locators
from frontmap.extract.dateline_provinces import filed_from

_CAPITALS = {"Faizabad": "AF-BDS", "Kabul": "AF-KAB", "Pul-E Khumri": "AF-BGL"}


def _capital_province(name: str) -> str | None:
    return _CAPITALS.get(name)


def test_a_provincial_capital_dateline_names_its_province():
    text = "Fighting in Kohistan\nFAIZABAD, Aug 2 (Pajhwok) - Taliban fighters attacked Kohistan district on Sunday."
    assert filed_from(text, _capital_province) == Counter({"AF-BDS": 1})
    assert filed_from("Clashes\nPUL-E KHUMRI, June 27 - Fighting broke out.", _capital_province) == Counter({"AF-BGL": 1})


def test_the_national_capital_and_a_headline_name_no_province():
    assert filed_from("Clashes near Kabul\nKABUL, July 27 (Reuters) - Police posts were attacked.", _capital_province) == Counter()
    assert filed_from("FAIZABAD AIRPORT CLOSED\nOfficials said flights stopped.", _capital_province) == Counter()


def test_a_unit_word_before_of_still_locates():
    text = "attacked posts in the Kohistan area of Kapisa province on Monday"
    end = text.index("Kohistan") + len("Kohistan")
    assert locators.after(text, end).group("name") == "Kapisa"
    text = "took the Jaghatu district of Wardak province"
    end = text.index("Jaghatu") + len("Jaghatu")
    assert locators.after(text, end).group("name") == "Wardak"
