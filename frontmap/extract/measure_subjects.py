"""Measures that fall: "violence in X has fallen this year", "prices in X fell sharply", "the
afghani in Kabul fell to a record low", "the economy in X collapsed".

A fall whose subject is a quantity (violence, prices, numbers, casualties, a rate) and not the
place is no fall of the place: the place only says where the measure was taken. "X, where
violence was high, has fallen" keeps X as the subject and is still read as a fall.

Reads the sentence's view (`frontmap.extract.text.text_view`: lower case, punctuation as spaces).
"""

from __future__ import annotations

import re

from frontmap.extract.triggers import FALL, Trigger

_MEASURE = (
    r"violence|prices?|numbers?|casualt(?:y|ies)|(?:death\s+)?tolls?|deaths|rates?|levels?|costs?|figures?"
    r"|incidents|crime|revenues?|exports?|imports?|trade|attendance|enrol?lment|temperatures?|suppl(?:y|ies)|sales|income"
    # what a town's life runs on, which falls or collapses without the town changing hands
    r"|afghani|currency|economy|markets?|banks?|banking|electricity|power\s+supply|internet|services|health\s*care|talks|negotiations|ceasefire|truce"
)
# the measure, its place and a few words of its own ("violence in Injil district has", "the rate of
# attacks around Y") right before the verb, with no comma or new subject ("the city") between
_MEASURE_BEFORE = re.compile(
    r"(?:^|\b(?:the|that|and|but|while|as|where)\s+|\s\s)(?:\w+\s+){0,2}?(?:" + _MEASURE + r")"
    r"\s+(?:in|of|at|across|around|inside|near|from)\s+(?:the\s+)?(?:(?!(?:which|who|that|where|the|a|an|it|they)\b)[\w-]+ ){1,6}?"
    r"(?:(?:has|have|had|also|now|already|sharply|steeply|slightly|significantly|considerably)\s+){0,3}$"
)
_FALL_WORD = re.compile(r"(?:fell|fallen|falls?|falling|collaps(?:ed|es|ing))$")


def measure_fall(view: str, trigger: Trigger) -> bool:
    """Return True when `trigger` is "fell"/"has fallen"/"collapsed" said of a measure taken in the
    place ("violence in X has fallen", "the economy in X collapsed"), not of the place itself."""
    if trigger.kind != FALL or not _FALL_WORD.match(trigger.text.lower()):
        return False
    return _MEASURE_BEFORE.search(view, max(0, trigger.start - 90), trigger.start) is not None
