"""Relative subjects: an actor that is a verb's object in the main clause is the subject of the
relative clause that opens right after it.

"Commandos tried to beat back Taliban fighters who overran X", "police arrested three militants
who had seized X" (or "three Taliban commanders who had seized X"), "the army attacked the
Taliban, who had taken X on Sunday": the men named just before "who" did what the relative clause
says, though the main clause acts on them (and so `frontmap.extract.roles` would not take them for
a subject).
"""

from __future__ import annotations

import re

# the gap between the actor and the verb: the relative pronoun and at most a few auxiliaries or adverbs
_RELATIVE_GAP = re.compile(
    r"(?: +(?:commanders?|leaders?|members|men|gunmen|elements|units?))? *(?:  )?(?:who|that|which) +(?:(?:had|have|has|were|was|are|is|also|then|later|earlier|just|already|recently|since|now|\w+ly) +){0,3}"
    r"(?:(?:claimed|claims|announced|declared) +)?$"  # "the group, which has also claimed control of X": what it claims to hold
)


def relative_subject(view: str, actor_end: int, position: int) -> bool:
    """Return True when the actor ending at `actor_end` opens a relative clause whose verb is at
    `position` ("fighters who overran", "the Taliban, who had taken")."""
    return position - actor_end <= 40 and _RELATIVE_GAP.match(view, actor_end, position) is not None
