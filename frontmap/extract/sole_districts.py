"""The one district a report names, for "it" or "the area" said to be under someone's control
past the reach of the sentence before.

A report about a flood or a road may name one district ("Floods struck Kamdesh district") and say
several sentences later that relief is slow "because the area is not under government control" or
"because it is under Taliban control". With no town or district named in that sentence or the one
before, the area is the one district the report has named so far. Two districts named, or a place
named only as a landmark, a destination or a title, and the reference stays unread; so does "it"
after a place the sentence itself introduces unnamed ("they left our district and left it under
Taliban control": the speaker's district, not the camp's city named paragraphs before).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from frontmap.extract.reference_choice import mention_kind
from frontmap.extract.references import UNNAMED_PLACE, Antecedents, any_role
from frontmap.extract.text import text_view

if TYPE_CHECKING:
    from frontmap.extract.mentions import Mention

_KINDS = ("district", "carved_district", "town", "capital_district")


def sole_district(antecedents: Antecedents, sentence_index: int) -> Mention | None:
    """Return the last mention of the one district or town the article names, in no role
    (`references.any_role`), in sentences before `sentence_index`; else None."""
    named: dict[str, Mention] = {}
    for index in range(sentence_index):
        for mention in antecedents.mentions_of(index):
            if mention_kind(mention) in _KINDS and not _in_role(antecedents, index, mention):
                named[mention.place.key] = mention
    return next(iter(named.values())) if len(named) == 1 else None


def _in_role(antecedents: Antecedents, index: int, mention: Mention) -> bool:
    """Return True when the mention names a landmark, a destination, a title or the like."""
    sentence = antecedents.sentence_text(index)
    s_start = antecedents.sentence_start(index)
    return any_role(sentence, mention.start - s_start, mention.end - s_start, text_view(sentence)) is not None


def unnamed_before(sentence: str, at: int) -> bool:
    """Return True when the sentence introduces an unnamed place ("our district", "a village")
    before position `at`: an "it" after it means that place."""
    return UNNAMED_PLACE.search(sentence, 0, at) is not None
