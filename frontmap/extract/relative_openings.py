"""Relative openings: where a relative clause after a place begins, with or without its pronoun.

"X, which the Taliban took", "X is the third crossing that insurgents have seized" open the clause
with a pronoun; English also drops it after a noun: "X is the second key border crossing the
Taliban have captured", "X, the town government forces retook on Sunday". With the pronoun gone,
the clause opens at its own subject, a side named right after the noun, with at most an auxiliary
and an adverb before the verb. The words before the opening describe the place (they must read as
a subject's gap, `frontmap.extract.gaps`); the clause's verb then tells what happened to it.
"""

from __future__ import annotations

import re

# "the provinces of X and Y, whose capitals fell": the mention is then the capital itself
# (`capital_phrases`), the clause its own
# ("X and Y, both of which fell": the quantifier opens the clause with its pronoun)
_PRONOUN = re.compile(r"\b(?:(?:both|all|each)\s+of\s+which|which|that|whom|whose\s+(?:provincial\s+)?capitals?)\b", re.IGNORECASE)
# a noun of place, then the clause's subject (a side) and its auxiliary, up to the verb
_ZERO = re.compile(
    r"\b(?:crossings?|cit(?:y|ies)|towns?|districts?|capitals?|ports?|posts?|bases?|strongholds?|provinces?|cent(?:re|er)s?)\s+"
    r"(?P<clause>(?:the\s+)?(?:taliban|insurgents|militants|rebels|(?:afghan\s+|government\s+|security\s+)*(?:forces|troops)|army|commandos)\s+"
    r"(?:(?:have|has|had)\s+)?(?:(?:already|now|\w+ly)\s+)?)$",
    re.IGNORECASE,
)


def relative_opening(gap: str) -> tuple[int, int] | None:
    """Return (where the words describing the place end, where the clause's own words start) for the
    relative clause `gap` (the words between a place and a later verb) holds, else None."""
    pronoun = _PRONOUN.search(gap)
    if pronoun is not None:
        return pronoun.start(), pronoun.end()
    zero = _ZERO.search(gap)
    return None if zero is None else (zero.start("clause"), zero.start("clause"))


# ", a district that", ", the town which": a noun apposed to the place that names a unit of its kind
_UNIT_HEAD = re.compile(
    r"^\s*,\s*(?:an?|the|its|one)\s+(?:[\w'’-]+\s+){0,3}?(?:district|town|city|capital|village|county|(?:district\s+)?cent(?:re|er))\s*$",
    re.IGNORECASE,
)


def unit_head(described: str) -> bool:
    """Return True when `described` (the words between a place and its relative pronoun) is an
    apposed noun naming a unit of the place's own kind (", a district that fell"): the clause's
    subject is then the place itself, whatever part of it was named before it."""
    return _UNIT_HEAD.match(described) is not None
