"""A "they" that leaves a place, read as the government side the sentence before named.

"Hundreds of soldiers gathered at the airport on Saturday. They left Kunduz on Sunday": the
sentence rules read one sentence at a time, and a "they" names no side, so the withdrawal would
tell nothing. When a sentence opens on "they" with a verb of leaving, and the sentence before has
government forces for its subject, the "they" of its view is written as "army" (same length, so
every offset stays) and the withdrawal reads as theirs. A "they" after the Taliban, or after a
sentence naming nobody ("Residents ... They left"), stays as it is: it tells nothing.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from frontmap.extract.roles import G_SIDE, Actors
from frontmap.extract.text import text_view

if TYPE_CHECKING:
    from frontmap.extract.events import _Reading as Reading

_THEY_LEAVE = re.compile(
    r"^\W*(?P<they>they)(?= +(?:had +|have +|then +|later +|also +|finally +|eventually +)*"
    r"(?:left|abandoned|withdrew|fled|pulled +out|retreated|evacuated|vacated)\b)"
)
_GOVERNMENT_WORD = "army"  # a word naming the government side in the view, as long as "they"


def as_named_side(read: Reading, index: int, view: str) -> str:
    """Return the view of sentence `index` with an opening "they" that leaves a place written as
    the government side when the sentence before has it for its subject; else `view` unchanged."""
    they = _THEY_LEAVE.match(view) if index > 0 else None
    if they is None:
        return view
    start, end = read.sentences[index - 1]
    previous = read.view[start:end] if read.view is not None else text_view(read.article.text[start:end])
    if Actors(previous).first_subject() != G_SIDE:
        return view
    return view[: they.start("they")] + _GOVERNMENT_WORD + view[they.end("they") :]
