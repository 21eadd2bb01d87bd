"""Resistance leaders: the anti-Taliban side named through the men who lead it.

After August 15 the reports name the resistance through its leaders as often as by its name:
"Massoud's spokesman said his fighters had retaken X", "a spokesman for Ahmad Massoud claimed
...", "fighters loyal to Saleh". A leader named that way is an actor of the government's side
(`frontmap.extract.roles`), so "his fighters" after him are his men, not the Taliban, and their
retake is no Taliban claim. Only the possessive ("Massoud's"), the spokesman's "for" and the
"loyal to" name him as a side: "Massoud left for Tajikistan" is a man travelling. So do the old
strongmen who armed their men beside the government in 2021 (Ismail Khan, Atta Noor), and a man
named only by such a title after "loyal to" ("fighters loyal to a veteran commander").
"""

from __future__ import annotations

import re

# his title may come first: "fighters loyal to Marshal Abdul Rashid Dostum", "to General Dostum"
_LEADER = r"(?:(?:marshal|general|gen|commander|warlord) +)?(?:(?:ahmad +)?massoud|(?:amrullah +)?saleh|(?:abdul +rashid +)?dostum|(?:mohammad +)?ismail +khan|atta +(?:mohammad +)?noor)"
# a strongman named by his title after "loyal to": "fighters loyal to veteran commander X", "to a former warlord"
_STRONGMAN = (r"(?:(?:a|the) +)?(?:(?:veteran|former|ex|old|jihadi|mujahideen|anti +taliban|powerful|local) +){1,3}"
              r"(?:commander|warlord|strongman|governor|minister|vice +president|marshal|general)")

#: The `roles` actor alternative (in a lower-case view) for a resistance leader named as a side.
LEADER_SIDE = (
    r"(?:(?<=for )|(?<=loyal to )|(?<=allied to )|(?<=allied with ))" + _LEADER
    + r"|(?:(?<=loyal to )|(?<=allied to )|(?<=allied with ))" + _STRONGMAN
    + r"|" + _LEADER + r"(?= +s +(?:spokes\w+|aides?|commanders?|deputy|office|fighters|forces|men|militia|supporters)\b)"
)

# the side may be the government of before: "fighters loyal to the former government", "to the ousted government"
_LOYAL_BETWEEN = re.compile(r" +(?:(?:still|who +(?:are|were) +)?(?:loyal|allied) +(?:to|with)|(?:led|commanded) +by) +(?:the +)?"
                            r"(?:(?:former|ousted|previous|deposed|toppled|fallen|collapsed) +)?$")


def loyal_to(view: str, men_end: int, side_start: int) -> bool:
    """Return True when only "loyal to" (or "allied with", "led by") lies between men ending at
    `men_end` and the side starting at `side_start` of the lower-case view ("fighters loyal to
    Massoud"): the men are that side's."""
    return _LOYAL_BETWEEN.fullmatch(view, men_end, side_start) is not None
