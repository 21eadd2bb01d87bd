"""Speakers carried by a pronoun: "He added that X had also fallen" after a Taliban spokesman spoke.

Wire reports name the speaker once and go on with "He said", "He added", "The spokesman also
claimed", ", he said" for several sentences. The sentence rules read one sentence at a time and
see no speaker there, so a gain the Taliban's spokesman goes on to list would read as a fact. A
sentence whose only speaker is such a pronoun speaks with the voice of the sentence before it;
when that voice is the Taliban's (named there, or carried to it the same way), its gains are
claims, unless the sentence itself names an official source. "The spokesman said" speaks with the
voice of the last sentence that named a spokesman, though other sentences stand between them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from frontmap.extract.told_drafts import DraftT as _T, as_claim
from frontmap.status import TALIBAN

#: verbs of speaking a tag or a pronoun speaker uses ("said", "added", "told")
SAYS = r"(?:said|says|added|adds|explained|claimed|claims|wrote|tweeted|stated|noted|insisted|told|went +on +to +say)"
# "the former announced", "the latter said": one of the parties the sentence before named, speaking
_BACK_REFERENCE = r"|the +(?:former|latter)"
_SPEAKS = r"(?:" + SAYS + r"|announced|announces)"
_PRONOUN_SPEAKER = re.compile(
    r"^\W*(?:he|she|the +spokes(?:man|person|woman)" + _BACK_REFERENCE + r")(?: +(?:also|further|later|then|again))? +" + _SPEAKS + r"\b"
    # the tag at the end ("..., he added"; the view has no commas)
    r"|\b(?:he|she|the +spokes(?:man|person|woman)" + _BACK_REFERENCE + r") +(?:also +)?" + _SPEAKS + r"\W*$|"
    r"^\W*(?:\w+ +){1,8}?(?:he|she|the +former|the +latter) +(?:also +)?" + _SPEAKS + r"\b|\baccording +to +(?:him|her)\b"
)


# an official's building names no official: "the governor's office and police headquarters are theirs"
_BUILDING = re.compile(
    r"\b(?:governor|police|army|ministry|council|district|provincial)(?: +s)? +(?:office|compound|residence|house|palace|headquarters|hq|building|station|command|outpost|post|checkpoint|base|barrack)s?\b"
)
_CARRY = 3  # sentences a pronoun speaker may carry a voice over ("He said ... He added ...")
# "The next morning the spokesman said ...": the spokesman last named, though other sentences came between
_THE_SPOKESMAN = re.compile(r"\bthe +spokes(?:man|person|woman)(?: +(?:also|further|later|then|again))? +" + _SPEAKS + r"\b")
_SPOKESMAN = re.compile(r"\bspokes(?:man|person|woman)\b")


def pronoun_speaks(view: str) -> bool:
    """Return True when the sentence (its view) has a speaker named only by a pronoun ("he
    added that", ", she said", "the spokesman also claimed", "according to him")."""
    return bool(_PRONOUN_SPEAKER.search(view))


def carries_taliban_voice(index: int, view_of: Callable[[int], str], taliban_voice: Callable[[str], bool]) -> bool:
    """Return True when sentence `index` has a pronoun speaker carrying the Taliban voice of the
    sentences before it (`taliban_voice`: whether a view names a Taliban speaker and no official)."""
    if _THE_SPOKESMAN.search(view_of(index)):
        named = next((e for e in range(index - 1, max(-1, index - 1 - _CARRY), -1) if _SPOKESMAN.search(view_of(e))), None)
        if named is not None and (taliban_voice(view_of(named)) or carries_taliban_voice(named, view_of, taliban_voice)):
            return True
    for earlier in range(index - 1, max(-1, index - 1 - _CARRY), -1):
        if not pronoun_speaks(view_of(earlier + 1)):
            return False
        if taliban_voice(view_of(earlier)):
            return True
    return False


def spoken_on_as_claims(drafts: Sequence[_T], view_of: Callable[[int], str],
                        voices: tuple[Callable[[str], bool], Callable[[str], bool]]) -> list[_T]:
    """Return `drafts` with the Taliban gains of sentences a carried Taliban voice speaks turned
    into claims; `voices` holds the test of a Taliban voice and that of an official source."""
    if not any(d.status == TALIBAN for d in drafts):
        return list(drafts)
    taliban_voice, sourced = voices
    carried = {d.index for d in drafts if d.status == TALIBAN and carries_taliban_voice(d.index, view_of, taliban_voice)}
    return [as_claim(d) if d.status == TALIBAN and d.index in carried and not sourced(_BUILDING.sub(" ", view_of(d.index))) else d for d in drafts]
