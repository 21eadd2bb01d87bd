"""The Taliban's "gains" as a noun, which the trigger table reads (`frontmap.extract.triggers`).

"Gains" tells of ground won. Gains *in* a place ("the Taliban's sudden gains in Kandahar") are
ground won inside it, not the whole place: fighting there; so are "advances in" a place ("troops
made advances in the city", by either side) and advancing inside it. Gains near or around a place are
ground won outside it (districts on its outskirts), no fight in it. A place counted *among* the gains ("among the latest rebel gains is the city of X", "X is
among the Taliban's gains", "their gains include X", "X and Y are the biggest gains yet") is itself won: a capture. Gains of another
kind ("economic gains", "gains in women's rights", "market gains") and the government's gains
("the army's gains in X") are no Taliban capture: the first are not ground at all, and the fight
row's own readers weigh the second by their actor.
"""

from __future__ import annotations

# words before "gains" that make them no ground won, or won by the other side
_NOT_GROUND = "economic market stock financial development social hard won democratic".split()
_OTHER_SIDE = "government army forces military troops commandos".split()
_NOT_GROUND_BEFORE = "".join(f"(?<!{w} )" for w in _NOT_GROUND)
_OTHER_SIDE_BEFORE = "".join(f"(?<!{w} )(?<!{w} s )" for w in _OTHER_SIDE)
# what the gains may be called between "among the" and "gains": "latest rebel", "Taliban s recent"
_GAIN_WORDS = r"(?:(?:latest|newest|recent|most|biggest|major|key|strategic|other|territorial|battlefield|swift|rapid|sudden|taliban|rebel|insurgent|militant|their|day|week|weekend|s)\s+){0,4}"

# ground won in a place: fighting there (the view: lower case, punctuation as spaces)
GAINS_AT = (
    _NOT_GROUND_BEFORE + r"\b(?:gains|advances)\b(?=\s+(?:in|inside|into)\s+(?!(?:women|girls|education|rights|health|literacy|technology|medicine|science)\b))"
    + r"|\badvanc(?:ed|ing)\s+(?:(?:further|deeper)\s+)?inside\b"  # the verb: "troops advanced deeper inside X"
)

# a place counted among the gains, or the gains said to include it: a capture
GAINS_AMONG = (
    r"\bamong\s+(?:the\s+)?" + _GAIN_WORDS + _OTHER_SIDE_BEFORE + _NOT_GROUND_BEFORE + r"gains\b(?:\s+(?:is|was|are|were)(?:\s+also)?\b)?(?!\s+(?:in|inside|around|near|of|for|against|by|made\s+by)\b)"  # "among the gains is X": the copula with it
    + r"|" + _OTHER_SIDE_BEFORE + _NOT_GROUND_BEFORE + r"\bgains\s+(?:(?:on|this|last)\s+\w+\s+|so\s+far\s+)?(?:have\s+|had\s+)?includ(?:e|ed|es|ing)\b"
)

# "Kandahar and Herat are the biggest gains yet": the subject named as a gain or prize already won,
# told as its fall (not "the biggest prize yet to fall", still to be won)
GAINS_WON = (
    r"\b(?:is|are|was|were)\s+(?:also\s+)?the\s+(?:[a-z]+\s+){0,4}?" + _OTHER_SIDE_BEFORE + _NOT_GROUND_BEFORE
    + r"(?:gains?|prizes?)\b(?=\s+(?:yet|so\s+far|to\s+date)\b(?!\s+to\b)(?!\s+for\s+(?:the\s+)?(?:" + "|".join(_OTHER_SIDE) + r"|afghan|security|government)\b))"
)
