"""Appositive relatives: a place followed by a noun that names it again and a clause telling what
someone did to it ("X, the border town the Taliban seized on Wednesday"; "X, a district that
insurgents overran last week").

A plan or vow before the place ("plans to retake X, ...") does not reach into such a clause: the
clause states a fact of its own, as "X, which the Taliban seized" does.
"""

from __future__ import annotations

import re

__all__ = ["relative_after_apposition"]

_KIND = r"(?:town|city|district|capital|crossing|port|base|hub|centre|center|seat|village|valley|stronghold|area|province|county)"
_DOER = (
    r"(?:the +)?(?:taliban|insurgents|militants|rebels|fighters|they|government +forces|afghan +forces|security +forces|troops|commandos"
    r"|(?:the +)?army|police|soldiers|forces)"
)
_APPOSITIVE_RELATIVE = re.compile(
    r"(?: +(?:district|city|town))? *, *(?:an?|the|its) +(?:[\w’'-]+ +){0,3}?" + _KIND
    + r"(?: +(?:of|in) +[A-Z][\w’'-]*)? +(?:that +|which +)?" + _DOER + r" +(?:had +|have +|has +)?(?:\w+ly +)?[a-z]+(?:ed|ook|an|ew|ell|eft|ot)\b",
    re.IGNORECASE,
)


def relative_after_apposition(sentence: str, end: int) -> bool:
    """Return True when the place ending at `end` is followed by an appositive noun and a relative
    clause with a subject and a past verb of its own ("X, the town the Taliban seized")."""
    return sentence[end : end + 1] in (",", " ") and _APPOSITIVE_RELATIVE.match(sentence, end) is not None  # cheap gate first
