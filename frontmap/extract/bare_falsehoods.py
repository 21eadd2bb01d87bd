"""A report of a change called false with no verb between, as headlines write it.

Headlines drop the copula: "Reports of X's fall untrue, says army", "X's fall denied",
"Claims of X's capture baseless". The copular forms ("reports of the fall of X were untrue") are
read by `frontmap.extract.cues.falsified_after`; here the word of falsehood or of denial stands
right after the noun phrase of the change, and ends its clause (a comma, a semicolon or the end of
the line), so "the fall of X denied the army its last base" is no denial: an object follows.

A source may also call a report false with a verb of calling: "the ministry called reports of the
fall of X baseless", "described claims that X had fallen as propaganda", "termed the news of X's
capture untrue". The report's noun is the verb's object, the change is inside it, and the word of
falsehood closes the object (here whether the change is told by a noun or a verb).
"""

from __future__ import annotations

import re

from frontmap.extract.denials import FALSE_WORDS

# the noun phrase's tail ("of x", "x s"), no comma and no verb inside ("the capture of X went wrong"),
# then the bare word and the clause's end
_BARE_FALSE = re.compile(
    r"(?:(?!  | (?:was|were|is|are|be|been|has|have|had|went|goes|proved|proves|made|makes|left|leaves|seemed|looked) )[^;]){0,60}? (?:" + FALSE_WORDS + r"|(?:denied|rejected|dismissed|refuted)\b)(?= *(?:  |;|$))"
)


def called_false(view: str, trigger_end: int, clause_end: int) -> bool:
    """Return True when a word calling it false ("untrue", "baseless", "denied") follows the
    nominal trigger ending at `trigger_end` with no verb of its own and ends the clause."""
    return bool(_BARE_FALSE.match(view, trigger_end, clause_end))


# a verb of calling, then the report as its object ("called reports of", "described the claims that"),
# up to a few words before the trigger
_CALLED_REPORT_BEFORE = re.compile(
    r" (?:call(?:ed|s|ing)?|term(?:ed|s|ing)?|describ(?:ed|es|ing)|brand(?:ed|s|ing)?|labell?(?:ed|s|ing)?)"
    r" +(?:the +|as +|these +|such +)?(?:\w+ +){0,2}?(?:reports?|claims?|rumou?rs?|news|accounts?|assertions?|allegations?)"
    r" +(?:of|that|about|on)\b(?: +[\w'’]+){0,6}? *$"
)
# the word of falsehood closing the report, "as" before it when the verb is "described"
_FALSE_CLOSING = re.compile(
    r"(?:(?!  | (?:was|were|is|are|be|been|has|have|had|went|goes|proved|proves|made|makes|left|leaves|seemed|looked) )[^;]){0,50}? (?:as +)?(?:" + FALSE_WORDS + r")"
)


def called_report_false(view: str, clause_start: int, trigger_start: int, trigger_end: int) -> bool:
    """Return True when the trigger at `trigger_start`..`trigger_end` stands in a report a source
    calls false ("called reports of the fall of X baseless", "described claims that X had fallen
    as propaganda")."""
    if _CALLED_REPORT_BEFORE.search(view, max(clause_start, trigger_start - 80), trigger_start) is None:
        return False
    return _FALSE_CLOSING.match(view, trigger_end, min(len(view), trigger_end + 80)) is not None  # "as propaganda" opens a clause of its own
