"""A place told by a relative clause without its pronoun ("X is the second crossing the Taliban
have taken"), named in apposition after its kind ("took another key port, X"), or located by a
bare "bordering Y" before its verb, is what the verb speaks of (invented sentences, real gazetteer)."""

from __future__ import annotations

import datetime as dt

import pytest
from real_reading import real_events

from frontmap.extract.located_asides import dropped
from frontmap.extract.object_appositions import names_the_object
from frontmap.extract.relative_openings import relative_opening

FRIDAY = dt.date(2021, 7, 9)


def test_where_a_relative_clause_opens():
    assert relative_opening(" is the second crossing the Taliban have ") == (24, 24)
    assert relative_opening(" is the town which the army ") == (13, 18)
    assert relative_opening(" is the main crossing for ") is None


def test_an_object_told_by_its_kind_then_named():
    assert names_the_object(" another key port in the province, ")
    assert names_the_object(" a second border town, ")
    assert not names_the_object(" the customs post in ")


def test_a_bare_border_aside_is_dropped():
    assert dropped(" bordering Turkmenistan also fell") == " also fell"


@pytest.mark.parametrize(("text", "expected"), [
    ("Crossing lost\nHERAT, July 9 - Islam Qala is the second key crossing the Taliban have captured, officials said.",
     {("Islam Qala", "taliban")}),
    ("Capital retaken\nKABUL, July 9 - Qala-i-Naw is the first provincial capital government forces have retaken, officials said.",
     {("Qala-e Naw", "government")}),
    ("Fuel route\nHERAT, July 9 - Torghundi is the main crossing the government relies on for fuel, an official said.",
     set()),
    ("Port lost\nHERAT, July 9 - The insurgents captured another key port in the province, Torghundi, officials said.",
     {("Torghundi", "taliban")}),
    ("Border town lost\nHERAT, July 9 - The town of Torghundi bordering Turkmenistan also fell to the Taliban, officials said.",
     {("Torghundi", "taliban")}),
])
def test_the_place_the_clause_or_the_apposition_speaks_of(text, expected):
    assert real_events(text, FRIDAY) == expected
