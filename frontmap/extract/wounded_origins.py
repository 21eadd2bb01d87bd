"""Wounded origins: fighting named only as where the wounded or the dead came from.

Hospital and aid reports place the ward in one town and the fight in another: "the main hospital in
Kandahar has taken in 40 wounded a day, most of them from fighting in Arghandab", "bodies brought
to the city from the clashes in Zhari". The fight is a report of fighting where it is "in"
(Arghandab), but the town the hospital or the morgue is in only received the victims: an analyst
leaves it as it was. Fighting with no place of its own ("patients hurt in the fighting") still
contests the place the sentence names, as before.

Reads the sentence's view (`frontmap.extract.text.text_view`: lower case, punctuation as spaces,
same offsets as the sentence).
"""

from __future__ import annotations

import re

from frontmap.extract.triggers import FIGHT, Trigger

# the victims, then (within a few words: "a day", "most of them") "from" or "brought from" the fight
_VICTIMS_FROM = re.compile(
    r"\b(?:wounded|injured|casualties|patients|victims|bodies|dead)\b(?: +(?!(?:and|but|while|as)\b)\w+){0,10}?"
    r" +(?:(?:brought|taken|carried|evacuated|transferred|flown) +)?from(?: +(?:the|recent|heavy|ongoing|renewed))* *$"
)
# the fight's own place right after it: "fighting in Arghandab and Zhari"
_OWN_PLACE = re.compile(r" +(?:in|inside|around|near|across|at|on) +\w")


def from_fight_elsewhere(view: str, trigger: Trigger, place_end: int) -> bool:
    """Return True when the fight trigger is where victims came from ("40 wounded, most of them
    from fighting in X"), the fight has a place of its own after it, and the place ending at
    `place_end` is not that place: the fight contests no place before it."""
    if trigger.kind != FIGHT or place_end > trigger.end:
        return False
    if not _VICTIMS_FROM.search(view, max(0, trigger.start - 90), trigger.start):
        return False
    return _OWN_PLACE.match(view, trigger.end) is not None
