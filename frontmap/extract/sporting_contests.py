"""Sporting contests: a battle or a clash on a pitch, not for a town.

Sports pages write of cricket and football in the words of war: the Kabul Eagles and the Boost
Defenders "battle it out" at the stadium, Herat beat Mazar-i-Sharif "in a fierce battle", a final
in Kandahar is "a tense clash". The towns named are where the teams come from or play, not places
fought over. A sentence that names an armed side keeps its fighting.

Everything here reads the sentence's view (`frontmap.extract.text.text_view`: lower case,
punctuation as spaces, same offsets as the sentence).
"""

from __future__ import annotations

import re

from frontmap.extract.cues import ARMED_SIDE
from frontmap.extract.triggers import Trigger

_CONTEST_WORD = re.compile(r"battl\w*|clash\w*|fight\w*|fought")
# the words of a match: its kinds, its ground, its score ("120 runs", not "the highway runs through X")
_MATCH = re.compile(
    r"\b(?:matche?s?|games?|finals?|semi\s?finals?|stadium|pitch|wickets?|innings|\d+\s+runs|overs|goals?|league|tournament"
    r"|t20|twenty20|cricket\w*|football\w*|futsal|volleyball|wrestl\w*|teams?|scored?|trophy|title|champions?\w*|cup"
    r"|batsmen|bowlers?|spectators|fans|beat|defeated|won|victory|win|players?)\b"
)
_NEAR = 50  # a match word this close to the battle or clash (not "fighting for X, and a match in Y")
# a side of the war other than the armed men themselves ("the government retook X after clashes")
_OTHER_SIDES = re.compile(r"\b(?:government|security|resistance|mujahideen|warlords?|jihad\w*)\b")


def match_contest(view: str, trigger: Trigger) -> bool:
    """Return True when the battle or clash `trigger` names is a match ("battle it out at the
    stadium", "a tense clash in the final"): words of a game stand close to it and the sentence
    names no side of the war."""
    if not _CONTEST_WORD.match(view, trigger.start):
        return False
    near = view[max(0, trigger.start - _NEAR) : trigger.end + _NEAR]
    return bool(_MATCH.search(near)) and not (ARMED_SIDE.search(view) or _OTHER_SIDES.search(view))
