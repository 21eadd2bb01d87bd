"""A count after "the" names the districts it counts ("left the three districts of X, Y and Z in
Balkh; W in Kunduz"): every name of the list is the verb's object. Without the article the count
is of districts the text leaves unnamed. Sentences of our own."""

from __future__ import annotations

import pytest
from test_rules import T, finder, statuses  # noqa: F401  (finder: the shared fixture)

from frontmap.extract.definite_counts import count_dropped


def test_the_number_of_a_definite_count_is_dropped():
    assert count_dropped(" the three districts of Sholgara, Chimtal and ") == " the districts of Sholgara, Chimtal and "
    assert count_dropped(" The 2 cities of Aybak and ") == " The cities of Aybak and "


@pytest.mark.parametrize("gap", [
    " three districts of Balkh and ",  # no article: a count of unnamed districts
    " the three districts that lie near ",  # no list of names after the unit
    " the two soldiers in ",
    " the three districts of the province, ",
])
def test_other_counts_stay(gap):
    assert count_dropped(gap) == gap


def test_the_list_goes_on_past_the_counted_names(finder):
    text = ("Troops left the two districts of Chahar Bolak and Chimtal in Balkh; the Darzab district in "
            "Jawzjan; and Kohistanat in Sar-e Pul on Monday, officials said.")
    assert statuses(finder, text) == {("Chahar Bolak", T), ("Chimtal", T), ("Darzab", T), ("Kohistanat", T)}


def test_a_count_without_the_article_names_no_district(finder):
    assert statuses(finder, "Troops left three districts of Balkh and Jawzjan on Monday, officials in Sheberghan said.") == set()
