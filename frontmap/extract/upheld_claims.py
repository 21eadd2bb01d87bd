"""A claim a source says is true: no doubt is left in the word "claim".

"Claim" marks a report as only the Taliban's word. When the sentence goes on to say the claim
was true ("a lawmaker said the Taliban's claim to have captured X was true", "officials said
the group's claims about Y were accurate"), the speaker upholds it: the capture is told as fact,
as "confirmed the claim" would tell it. A claim called untrue, false or "not true" keeps its doubt
(those are denials, read elsewhere), and so does one only said to be possibly true ("may be
true").
"""

from __future__ import annotations

import re

# the claim noun, then within its clause (no comma: a double space in the view, no full stop) a
# plain "be" and a word of truth; "could be true", "was not true", "was untrue" do not match
_UPHELD = re.compile(
    r" claims?\b(?:(?!  )[^.;:]){0,140}? (?:was|were|is|are|(?:had|has|have) +been|proved|proven|turned +out +to +be)"
    r"(?: +(?:also|indeed|largely|broadly|in +fact|now|entirely|completely))? +(?:true|correct|accurate|right|genuine|valid|well +founded)\b"
)


def upheld(padded: str, claim_at: int) -> bool:
    """Return True when the "claim" word at `claim_at` in the padded view is said, in its own
    clause, to have been true ("the Taliban's claim to have taken X was true")."""
    return padded.startswith(" claim", claim_at) and _UPHELD.match(padded, claim_at) is not None
