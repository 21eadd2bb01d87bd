"""Tests for "took" with provinces as its object: "took the provinces of Nangarhar and Laghman" is a
capture of each province, as "captured the provinces of ..." is; a province's people or officials
taken along ("took the province's police chief with him") are no capture. "Taking power in Kabul"
is Kabul's capture."""

from __future__ import annotations

from test_who_acts_and_which_clause import finder, statuses  # noqa: F401  (the real gazetteer's finder, a fixture)


def test_took_the_provinces_of_is_a_capture_of_each(finder):
    found = statuses(finder, "After taking the provinces of Nangarhar and Laghman overnight, the Taliban captured Surobi.")
    assert {("Nangarhar", "taliban"), ("Laghman", "taliban"), ("Surobi", "taliban")} <= found
    assert statuses(finder, "The insurgents took the province of Logar on Saturday.") == {("Logar", "taliban")}


def test_taking_the_province_s_officials_along_is_no_capture(finder):
    found = statuses(finder, "The governor took the province's police chief with him on the road out of Ghazni.")
    assert not any(place == "Ghazni" for place, _ in found)


def test_taking_power_in_a_city_is_its_capture(finder):
    found = statuses(finder, "The Taliban seized most of the country, taking power in Kabul on August 15.")
    assert ("Kabul", "taliban") in found and ("Kabul", "contested") not in found
    assert statuses(finder, "The insurgents were preparing to take power in Kabul within hours.") == set()
