"""Quoted speakers: "an elder quoted a Taliban commander as saying ..." has the Taliban speak.

Wire reports relay a statement through whoever passed it on: "a tribal elder quoted a Taliban
commander as saying his men had taken X", "the agency quoted Taliban officials as saying X had
fallen", "residents quoted Taliban fighters as saying they now controlled X". The one who quotes
vouches for the words being said, not for what they tell: when the one quoted is of the Taliban,
what follows is their claim, whoever relays it (a resident or an official among them). "The agency
quoted the governor as saying X had fallen" has an official speak: no claim. A source "citing Taliban
sources" or "quoting the insurgents" passes their word on in the same way.
"""

from __future__ import annotations

import re

# "quoted" then the one quoted (a few words holding a Taliban word), then "as saying"; anchored on the
# literal "quot" so that most sentences fail at once
_QUOTED_TALIBAN = re.compile(
    r" quot(?:ed|es|ing) +(?:[\w'’-]+ +){0,4}?(?:taliban|insurgents?|militants?|mujahid|islamic +emirate|the +group)(?: +[\w'’-]+){0,3}? +as +(?:having +)?(?:saying|said)\b"
)

# "a council member, citing Taliban sources, said X had fallen", "quoting the insurgents,": the source passes on the
# group's word; the group named alone or as a speaker, then a comma or the end (not "citing Taliban attacks")
_CITED_TALIBAN = re.compile(
    r" (?:citing|quoting) +(?:(?:a|an|the|one|two|several|local|senior|unnamed) +){0,2}(?:taliban|insurgent|militant)s?"
    r"(?: +(?:sources?|officials?|commanders?|spokes\w+|statements?|leaders?|members?|accounts?|claims?|media|websites?|channels?))?(?=  | *$)"
)


def quoted_claims(padded: str) -> list[int]:
    """Return the starts of "quoted <a Taliban speaker> as saying" in the padded, lower-case view:
    explicit claim cues (the relaying source stands behind the quote, not behind what it tells)."""
    if " quot" not in padded and " citing" not in padded:
        return []
    return sorted([m.start() for m in _QUOTED_TALIBAN.finditer(padded)] + [m.start() for m in _CITED_TALIBAN.finditer(padded)])
