"""Gatherings held: "officials at the Torkham crossing held talks with ...", "held a meeting in X",
"holding a news conference": a meeting, jirga or ceremony is what was held, never the place named
near it. The words read after "held"/"hold" at the hold trigger, which they then do not start.
"""

from __future__ import annotations

__all__ = ["HELD_GATHERING"]

# up to two words before the noun ("a lengthy jirga", "fresh peace talks"); a preposition or
# conjunction among them means the noun belongs to a phrase of its own ("held X during talks")
_MODIFIER = r"(?!(?:during|amid|despite|after|before|since|until|in|at|on|with|for|through|throughout|and|but|as|while|pending)\b)[a-z][\w-]*\s+"
HELD_GATHERING = (
    r"\s+(?:" + _MODIFIER + r"){0,2}?"
    r"(?:talks|meetings?|negotiations|consultations|discussions|(?:news|press)\s+conferences?|jirgas?|ceremon(?:y|ies)"
    r"|rall(?:y|ies)|sessions?|elections?|funerals?|prayers|protests?|demonstrations?|gatherings?)\b"
)
