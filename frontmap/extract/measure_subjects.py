"""Measures that fall: "violence in X has fallen this year", "prices in X fell sharply", "the
afghani in Kabul fell to a record low", "the economy in X collapsed", "a bridge in X collapsed",
"a handover deal for X collapses".

A fall whose subject is a quantity (violence, prices, numbers, casualties, a rate) and not the
place is no fall of the place: the place only says where the measure was taken. So too talks
that collapse: "talks on the surrender of X collapsed" tell the talks' end, not X's. "X, where
violence was high, has fallen" keeps X as the subject and is still read as a fall.

Reads the sentence's view (`frontmap.extract.text.text_view`: lower case, punctuation as spaces).
"""

from __future__ import annotations

import re

from frontmap.extract.triggers import FALL, Trigger

_MEASURE = (
    r"violence|prices?|numbers?|casualt(?:y|ies)|(?:death\s+)?tolls?|deaths|rates?|levels?|costs?|figures?"
    r"|incidents|crime|revenues?|exports?|imports?|trade|traffic|flights|attendance|enrol?lment|temperatures?|suppl(?:y|ies)|sales|income"
    # what a town's life runs on, which falls or collapses without the town changing hands
    r"|morale|confidence|spirits|afghani|currency|economy|markets?|banks?|banking|electricity|power\s+supply|internet|services|health\s*care|talks|negotiations|ceasefire|truce"
    # an accord whose end is no fall: "the handover deal for X collapsed", "a plan to hand over X collapsed"
    r"|deals?|agreements?|accords?|pacts?|plans?|bids?|efforts?"
)
# a structure that falls down, with "collapsed" only ("the district building of X fell" is its seat taken):
# "a bridge in Kunduz collapsed after heavy rain"
_STRUCTURE = r"bridges?|buildings?|houses?|homes?|roofs?|walls?|dams?|mines?|tunnels?|schools?|mosques?"


def _subject_before(nouns: str) -> re.Pattern[str]:
    """Return the pattern of one of `nouns`, its place and a few words of its own right before the
    verb ("violence in Injil district has", "the rate of attacks around Y"), with no comma or new
    subject ("the city") between."""
    return re.compile(
        r"(?:^|\b(?:the|that|and|but|while|as|where)\s+|\s\s)(?:\w+\s+){0,2}?(?:" + nouns + r")"
        r"\s+(?:in|of|for|at|across|around|inside|near|from|on|over|about|through|via|to|into)\s+(?:the\s+)?(?:(?!(?:which|who|that|where|the|a|an|it|they)\b)[\w-]+ ){1,6}?"
        r"(?:(?:has|have|had|is|are|was|were|been|also|now|already|sharply|steeply|slightly|significantly|considerably)\s+){0,3}$"
    )


_MEASURE_BEFORE = _subject_before(_MEASURE)
_COLLAPSED_BEFORE = _subject_before(_MEASURE + "|" + _STRUCTURE)
_FALL_WORD = re.compile(r"(?:fell|fallen|falls?|falling)$")
_COLLAPSE_WORD = re.compile(r"collaps(?:ed|es|ing)$")


def measure_fall(view: str, trigger: Trigger) -> bool:
    """Return True when `trigger` is "fell"/"has fallen"/"collapsed" said of a measure taken in the
    place ("violence in X has fallen", "the economy in X collapsed"), not of the place itself."""
    word = trigger.text.lower()
    if trigger.kind != FALL:
        return False
    before = _MEASURE_BEFORE if _FALL_WORD.match(word) else _COLLAPSED_BEFORE if _COLLAPSE_WORD.match(word) else None
    return before is not None and before.search(view, max(0, trigger.start - 90), trigger.start) is not None
