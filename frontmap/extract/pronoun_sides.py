"""A "they" that leaves or takes a place, read as the side the sentence before named.

"Hundreds of soldiers gathered at the airport on Saturday. They left Kunduz on Sunday": the
sentence rules read one sentence at a time, and a "they" names no side, so the withdrawal would
tell nothing. When a sentence opens on "they" with a verb of leaving, and the sentence before has
government forces for its subject, the "they" of its view is written as "army" (same length, so
every offset stays) and the withdrawal reads as theirs. A "they" after the Taliban, or after a
sentence naming nobody ("Residents ... They left"), stays as it is: it tells nothing.

A "they" that takes or holds a place, the sentence's subject after at most an opening of time ("By
Sunday evening they also controlled X", "Hours later they stormed Y"), is the side the sentence
before has for its subject, either side, when its subjects are all of one side: "The insurgents drove into Qalat at dawn. By that evening
they also controlled Lashkar Gah" is the insurgents' hold. "They reached X" is an arrival, so a fight at X,
only when the "they" is the insurgents ("Families fled Y. They reached X": a destination). For the Taliban the "they" is written as
" iea" (the emirate's initials, as long as "they", behind a space as after an opening's comma).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from frontmap.extract.roles import G_SIDE, T_SIDE, Actors
from frontmap.extract.text import text_view

if TYPE_CHECKING:
    from frontmap.extract.events import _Reading as Reading

_THEY_LEAVE = re.compile(
    r"^\W*(?P<they>they)(?= +(?:had +|have +|then +|later +|also +|finally +|eventually +)*"
    r"(?:left|abandoned|withdrew|fled|pulled +out|retreated|evacuated|vacated)\b)"
)
# the subject "they" of a verb of taking or holding, after at most an opening of time: "By Sunday evening
# they also controlled X", "Hours later they overran Y", "On Monday, they seized Z"
_THEY_TAKE = re.compile(
    r"^\W*(?:(?:by|on|at|in|later|then|hours?|days?|minutes|that|the|next|same|following|this|early|late|dawn|noon|nightfall|midnight"
    r"|morning|afternoon|evening|night|monday|tuesday|wednesday|thursday|friday|saturday|sunday|a|an|few|two|three|within|soon|after|\d+"
    # a retrospective's opening: "In August they took it back", "Twenty years later they retook it"
    r"|mid|of|january|february|march|april|may|june|july|august|september|october|november|december|weeks?|months?|years?"
    r"|four|five|six|ten|twenty|several) +){0,6}"
    r"(?P<they>they)(?= +(?:had +|have +|then +|later +|also +|soon +|quickly +|finally +|eventually +|were +)*"
    r"(?:controlled|captured|seized|took|overran|overrun|stormed|entered|reached|held|won|retook|recaptured|regained|were +in +(?:full +)?control)\b)"
)
_GOVERNMENT_WORD = "army"  # a word naming the government side in the view, as long as "they"
_TALIBAN_WORD = " iea"  # and one naming the Taliban: the emirate's initials, a space before them


def as_named_side(read: Reading, index: int, view: str) -> str:
    """Return the view of sentence `index` with an opening "they" that leaves a place written as
    the government side, or one that takes or holds a place written as either side, when the
    sentence before has that side for its subject; else `view` unchanged."""
    if index == 0 or "they" not in view[:60]:
        return view
    they, sides = _THEY_LEAVE.match(view), (G_SIDE,)
    if they is None:
        they, sides = _THEY_TAKE.match(view), (G_SIDE, T_SIDE)
    if they is None:
        return view
    start, end = read.sentences[index - 1]
    previous = read.view[start:end] if read.view is not None else text_view(read.article.text[start:end])
    actors = Actors(previous)
    side = actors.first_subject()
    if side not in sides or (T_SIDE in sides and actors.before(len(previous), len(previous)) != side):
        return view  # a taking "they" after subjects of both sides ("officials said the militants plan ...") is unclear
    return view[: they.start("they")] + (_GOVERNMENT_WORD if side == G_SIDE else _TALIBAN_WORD) + view[they.end("they") :]
