"""Forces leaving their own posts in a place: "soldiers quit their posts in the city overnight",
"security forces abandoned their positions at Shir Khan Bandar" (for `frontmap.extract.rules`).

Posts named as the leavers' own ("their posts", "its positions") in a place are how the place was
held: those who held it left it, so the place itself changed hands. Posts that are not theirs, or
that lie around it ("checkpoints on the outskirts of X"), stay a part of it.
"""

from __future__ import annotations

import re

_OWN_POSTS = re.compile(
    r"\s+(?:all\s+|most\s+of\s+)?(?:their|its|his)\s+(?:\w+\s+)?(?:posts?|positions?|checkpoints?|outposts?|bases?|barracks)"
    r"\s+(?:in|at|inside|within)\s+(?:the\s+)?(?:(?:city|town|district|centre|center|capital)\s+(?:of\s+)?)?",
    re.IGNORECASE,
)


def left_own_posts(gap: str) -> bool:
    """Return True when `gap`, the words between a verb of leaving and the place after it, names
    the leavers' own posts in that place ("abandoned their posts in", "quit its positions at the town of")."""
    return _OWN_POSTS.fullmatch(gap) is not None
