"""A statement of its own after a denial: "The government denied it planned to withdraw from X, and
said troops beat back an attack there".

What a speaker goes on to say after "and said" is a new assertion, not part of what was denied: an
official's word that troops repelled an attack is that fight and that hold, as it would be alone.
A Taliban denier's next words stay under the denial's reading ("a Taliban spokesman rejected the
ministry's account and said X remained under the group's control" is their claim, read as such
through the denial), so only a denial spoken by someone else ends at "and said".
"""

from __future__ import annotations

import re

from frontmap.extract.denials import taliban_deny

# "..., and said", "and added": the same speaker's next statement
_AND_SAID = re.compile(r" and +(?:said|says|added|insisted|stated|reported)\b")


def stated_apart(padded: str, denial: int, position: int) -> bool:
    """Return True when an "and said" between the denial at `denial` and the trigger at `position`
    (offsets in the space-padded sentence view `padded`) opens a statement of its own, the denier
    not being the Taliban."""
    said = _AND_SAID.search(padded, denial + 1, position)
    return said is not None and not taliban_deny(padded[1:], 0, said.start())  # the last denial before "and said" is this one's
