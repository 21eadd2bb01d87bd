"""A headline that tells of a district without naming it ("Taliban seize a district in X") makes
the lead's district the report's: "the district" in a later paragraph means it, not a district the
paragraph before named only as under threat. Within that paragraph the nearest district stays
meant. Sentences of our own."""

from __future__ import annotations

from test_rules import CL, T, finder, statuses  # noqa: F401  (finder: the shared fixture)

_LEAD = ("Taliban seize a district in Badakhshan\nFAIZABAD, June 12 - Taliban fighters overran Yamgan district on Friday night, "
         "a council member said.\n")


def test_the_district_of_a_later_paragraph_is_the_leads(finder):
    text = _LEAD + "He said the Jurm district was also under threat.\nThe Taliban later said its fighters had seized the district."
    assert ("Jurm", CL) not in statuses(finder, text)
    assert ("Yamgan", T) in statuses(finder, text)


def test_within_its_paragraph_the_nearest_district_is_meant(finder):
    text = _LEAD + "Fighting went on in the Jurm district. The militants said they had seized the district."
    assert ("Jurm", CL) in statuses(finder, text)


def test_a_headline_without_a_district_leaves_the_nearest(finder):
    text = ("Fighting in Badakhshan\nFAIZABAD, June 12 - Taliban fighters overran Yamgan district on Friday night, a council member said.\n"
            "He said the Jurm district was also under threat.\nThe Taliban later said its fighters had seized the district.")
    assert ("Jurm", CL) in statuses(finder, text)
