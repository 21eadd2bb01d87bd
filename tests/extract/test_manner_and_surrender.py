"""Who did what in long or unusual sentences: a fight word that only tells how a place was taken,
an entry met with little resistance, officials of a fronted place giving it up, a declaration by
the Taliban, and a recapture the same sentence takes back (invented sentences, shipped gazetteer,
published Sunday 2021-08-01)."""

from __future__ import annotations

import pytest
from test_rules import CL, C, G, T, finder, statuses  # noqa: F401  (finder: the shared fixture)

from frontmap.extract import circumstances, disputed
from frontmap.extract.text import text_view
from frontmap.extract.triggers import find_triggers

_READINGS = [
    # a fight told as the manner of a change
    # the fight noun after the object is the manner of the capture
    ("The militants seized the northern provincial capital of Maimana in a dawn assault on its police posts.", {("Maimana", T)}),
    ("Insurgents overran the western town of Qala-e Naw amid fierce clashes with the police on Friday.", {("Qala-e Naw", T)}),
    ("Commandos took back the district centre of Kohistanat during a night offensive, the corps said.", {("Kohistanat", G)}),
    # "the economically vital town of" is the town itself
    ("Taliban fighters captured the economically vital border town of Spin Boldak, officials said.", {("Spin Boldak", T)}),
    # with no verb of change before the place the fight still decides
    ("Afghan troops were pinned down in Qala-e Naw amid heavy clashes on Friday.", {("Qala-e Naw", C)}),
    # an entry met with little resistance is a capture
    ("Taliban fighters rolled into Farah on Tuesday meeting little resistance, a council member said.", {("Farah", T)}),
    ("The insurgents marched into Pul-e Alam facing almost no resistance from the police.", {("Pul-e Alam", T)}),
    ("The Taliban swept into Sheberghan with minimal resistance on Saturday.", {("Sheberghan", T)}),
    # resistance that was met is fighting
    ("The Taliban swept into Sheberghan on Saturday but met stiff resistance near the airport.", {("Sheberghan", C)}),
    # officials of a fronted place give it up
    ("In Ghazni, the governor, his deputy, the police chief and the head of intelligence surrendered to the Taliban on Friday.",
     {("Ghazni", T)}),
    ("In Chaghcharan, the acting governor and the last border troops handed themselves over to the insurgents.",
     {("Chaghcharan", T)}),
    # a fronted place whose officials only met the Taliban hands nothing over
    ("In Ghazni, the governor, his deputy and the police chief met Taliban elders on Friday.", set()),
    # a declaration by the taliban is their claim
    ("The Taliban declared on Friday that they had taken the whole of Nimroz province, including its capital Zaranj.",
     {("Zaranj", CL)}),
    ("The Taliban announced that their fighters had seized Kalakan district.", {("Kalakan", CL)}),
    ("The Taliban posted a video on Sunday saying their fighters had captured Taloqan.", {("Taloqan", CL)}),
    # an official who confirms it makes it a fact
    ("The Taliban declared they had taken Aybak, and the governor's spokesman confirmed the city had fallen.", {("Aybak", T)}),
    # a recapture the same sentence takes back
    ("The army said it had recaptured Nerkh district, but Taliban fighters are still active in several of its villages.",
     {("Nerkh", C)}),
    ("Officials claimed the recapture of Khakrez, though insurgents remain present around the district centre.", {("Khakrez", C)}),
    # a contrast that does not keep the insurgents there leaves the recapture standing
    ("The army said it had recaptured Nerkh district, but the road to Maidan Shahr is still closed.", {("Nerkh", G)}),
    # officials named with a place give it up
    # the officials the place is named with give themselves up: the place is handed over
    ("The governor of Badghis, along with his deputy and the police chief, surrendered to the Taliban on Friday.",
     {("Badghis", T)}),
    ("Soldiers at Bagram air base, home to a large prison, surrendered to the insurgents on Sunday.", {("Bagram", T)}),
    ("Meanwhile the mayor of Farah city and other local officials handed themselves over to the Taliban.", {("Farah", T)}),
    # the idiom "on the other hand" hands nothing over
    ("On the other hand, the Kuf Ab district links to the provincial centre have been cut.", set()),
    # a title with no giving up stays a title
    ("The governor of Badghis said the militants attacked a checkpoint in Qala-e Naw.", {("Qala-e Naw", C)}),
    # a subordinate clause with an appositive
    # an appositive inside a subordinate clause does not end the clause
    ("A militia leader gave himself up as Herat, the country's third-largest city, fell on Friday.", {("Herat", T)}),
    ("Troops pulled back to the airport after Pul-e Alam, the capital of Logar, was overrun.", {("Pul-e Alam", T)}),
    ("The Taliban invaded the northern city of Kunduz on Sunday.", {("Kunduz", T)}),
    # a lower-case aside between a list of subjects and its verb
    ("Ghazni and Farah, both on main highways, fell to the Taliban on Thursday.", {("Ghazni", T), ("Farah", T)}),
    ("Nimroz, Ghor and Badghis provinces, all located in the west, have also fallen to the Taliban.",
     {("Nimroz", T), ("Ghor", T), ("Badghis", T)}),
    ("Khash, Kuf Ab and Darayim, all east of Faizabad, were abandoned by government forces.",
     {("Khash", T), ("Kuf Ab", T), ("Darayim", T)}),
]


@pytest.mark.parametrize(("text", "expected"), _READINGS)
def test_who_did_what_in_long_sentences(finder, text, expected):  # noqa: F811  (the shared fixture)
    assert statuses(finder, text) == expected


def test_circumstantial_fights_wait_behind_the_verb_of_change():
    sentence = "Insurgents overran the northern city of Maimana amid fierce clashes on Friday."
    view, triggers = text_view(sentence), find_triggers(sentence)
    place = (sentence.index("Maimana"), sentence.index("Maimana") + len("Maimana"))
    fight = next(t for t in triggers if t.start > place[1])
    assert circumstances.is_circumstance(view, place[1], fight)
    nearest_first = sorted(triggers, key=lambda t: abs(t.start - place[0]))
    ordered = list(circumstances.change_first(iter(nearest_first[::-1]), view, place))
    assert ordered[0].text.lower().startswith("overran")


def test_still_fought_after_reads_only_the_rest_of_the_sentence():
    view = text_view("Forces retook Nerkh, but the Taliban remain in its villages.")
    assert disputed.still_fought_after(view, view.index("retook") + len("retook"))
    assert not disputed.still_fought_after(view, view.index("remain") + len("remain"))
