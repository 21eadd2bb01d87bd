"""A bare "took" whose object is a relative pronoun: "Kunduz, which the Taliban took last week, ...",
"Almar, a district that the Taliban took on Monday, ...", "Spin Boldak, the crossing the insurgents
took on Thursday, ..." (no pronoun: a side is the clause's subject).

"take" counts as a capture only with what was taken after it ("took Kunduz", "took the district");
in a relative clause the object stands before it, as the pronoun that opens the clause, and the
verb is followed by the clause's time or its end. The clause then tells a change of its antecedent
(a name, or "city"/"district"/... after one), on the clause's own day. Read the same way as "took
Kunduz": the place is linked and the actor weighed by the usual steps.

So does an absolute clause "With X taken (on Sunday), ...": the name before the bare participle is
what was taken, told as done.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

# the antecedent: a name (its last word capitalised), maybe with its kind after it
# or a noun phrase of its kind set beside it ("Almar, a neighbouring district that the Taliban took")
_KIND = r"(?:city|district|town|province|capital|crossing)"
_NAME = r"[A-Z][\w'’-]*(?:\s+" + _KIND + r")?"
_APPOSED_KIND = r"\s*,\s+(?:a|an|the)\s+(?:[a-z][\w-]*\s+){0,2}?" + _KIND
_ANTECEDENT = _NAME + r"(?:" + _APPOSED_KIND + r")?"
# "which the Taliban", "that insurgents had": the subject (up to three words) and an auxiliary
_AUXILIARY = r"(?:(?:had|has|have|'d)\s+)?(?:\w+ly\s+)?"
_CLAUSE_HEAD = r"\s*,?\s+(?:which|that)\s+(?:[\w'’-]+\s+){1,3}?" + _AUXILIARY
# after the verb: the clause's end or its time, not an object of its own ("took part", "took power")
_AFTER = (
    r"(?=\s*(?:[,;:.)—–]|$)|\s+(?:on|in|last|early|late|this|yesterday|overnight|earlier|after|before|without"
    r"|within|during|only|just|days|weeks|hours|\w+day)\b)"
)
_RELATIVE_TAKE = re.compile(_ANTECEDENT + _CLAUSE_HEAD + r"(took|taken)\b" + _AFTER)
# a clause with no pronoun after a noun naming the place again: "X, the border crossing the Taliban
# took on Thursday"; its subject must be a side, so "X, the town the governor took refuge in" is not
_CONTACT_TAKE = re.compile(
    _NAME + _APPOSED_KIND + r"\s+(?:the\s+)?(?:Taliban|insurgents|militants|rebels|fighters|they)\s+" + _AUXILIARY + r"(took)\b" + _AFTER
)
# "With Kunduz taken on Sunday, ...": a name (of up to three words) and the bare participle
_ABSOLUTE_TAKE = re.compile(r"\b[Ww]ith\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}(?:\s+(?:city|district|town))?\s+(?:now\s+|also\s+)?(taken)\b" + _AFTER)


def relative_takes(sentence: str) -> Iterator[tuple[int, int]]:
    """Yield the (start, end) of each "took"/"taken" in `sentence` whose object is the relative
    pronoun after a place ("X, which the Taliban took on Friday"), or stands unsaid after a noun
    naming the place again ("X, the crossing the Taliban took on Friday"), or the name before it
    in an absolute clause ("With X taken on Sunday")."""
    for match in itertools.chain(_RELATIVE_TAKE.finditer(sentence), _CONTACT_TAKE.finditer(sentence)):
        yield match.start(1), match.end(1)
    if "ith " in sentence:
        for match in _ABSOLUTE_TAKE.finditer(sentence):
            yield match.start(1), match.end(1)
