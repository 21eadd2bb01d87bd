"""A town taken when its seat of government is entered or taken (written with capitals too), its
flag raised or flying over it, or an entry told as unopposed ("without meeting any resistance");
and an eviction that is only a fight's aim ("fighting back to evict them"), which retakes nothing
(invented sentences, shipped gazetteer, published Sunday 2021-08-01)."""

from __future__ import annotations

import pytest
from test_rules import CL, C, G, T, finder, statuses  # noqa: F401  (finder: the shared fixture)

_READINGS = [
    # the seat of government entered: the town taken
    ("Taliban fighters entered the governor's compound in Ghazni on Sunday.", {("Ghazni", T)}),
    ("Insurgents drove into Farah and took control of the governor's office.", {("Farah", T)}),
    ("Hundreds of fighters entered the presidential palace in Kabul late on Sunday.", {("Kabul", T)}),
    ("Several gunmen entered Kabul's abandoned presidential palace.", {("Kabul", T)}),
    # a seat written with capitals is still the seat, not another named place the town locates
    ("The Taliban took control of the Presidential Palace in Kabul.", {("Kabul", T)}),
    ("Insurgents seized the Governor's Compound in Farah.", {("Farah", T)}),
    # "the capital" told with the presidential palace is the country's, not the provincial capital named before
    ("Fighters clashed near Bazarak, the capital of Panjshir. The movement entered the capital in August and took the presidential palace.",
     {("Bazarak", C), ("Kabul", T)}),
    # told only by the movement: a claim
    ("The Taliban said their fighters entered the governor's office in Ghazni.", {("Ghazni", CL)}),
    # stormed is still a fight; a seat in another town leaves the entered one fought over
    ("Taliban fighters stormed the governor's compound in Taloqan.", {("Taloqan", C)}),
    ("Militants entered Kunduz and later seized the governor's office in Khanabad.", {("Kunduz", C), ("Khanabad", T)}),
    # an entry nobody opposed
    ("Taliban fighters swept into Mehtarlam without encountering any resistance.", {("Mehtarlam", T)}),
    ("The militants walked into Asadabad without meeting resistance.", {("Asadabad", T)}),
    ("Taliban fighters entered Gardez, facing stiff resistance from the army.", {("Gardez", C)}),
    # flags: flying, raised in the passive, raised in the town; whose flag says whose town
    ("Taliban flags fly over Aybak.", {("Aybak", T)}),
    ("The white flag of the Taliban was hoisted over Sheberghan.", {("Sheberghan", T)}),
    ("Fighters raised their flag in Sheberghan.", {("Sheberghan", T)}),
    ("The national flag was raised again over Nahrin on Saturday.", {("Nahrin", G)}),
    ("Flags were raised at half-mast in Ghazni for the dead soldiers.", set()),
    ("Residents raised flags in protest in Kabul.", set()),
    # an eviction as a fight's aim: fighting, no retaking
    ("Local militiamen were fighting to oust the Taliban from Khost wa Fereng.", {("Khost wa Fereng", C)}),
    ("The Taliban overran Nahrin, but local fighters have been battling back to expel them.", {("Nahrin", T)}),
    ("The Taliban overran Nahrin, but commandos expelled them the same evening.", {("Nahrin", T), ("Nahrin", G)}),
]


@pytest.mark.parametrize(("text", "expected"), _READINGS)
def test_seats_flags_unopposed_entries_and_eviction_aims(finder, text, expected):  # noqa: F811  (the shared fixture)
    assert statuses(finder, text) == expected
