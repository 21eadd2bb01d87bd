"""The district a report is about, for "the district" in a paragraph after another district's
(for `frontmap.extract.references.Antecedents`).

A report whose headline tells a district's change ("Taliban take Jaghatu district") is about that
district; one whose headline tells of a district it does not name ("Taliban capture Takhar's
district") is about the district its lead tells the change of, unless the reference's district is
named in the lead's own paragraph (no look back: "X fell. Fighting was also reported in Y."). A later paragraph may look back at another district ("On June 4, the Taliban took Deh
Yak district.") and the next paragraph come back to the story ("He added that the district centre
fell without a fight"): "the district" there means the report's district, not the one of the
paragraph before. Within one paragraph the nearest district named stays what "the district" means
("They took Deh Yak district on Friday. The district centre was burned.").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from frontmap.extract.reference_choice import controlled, headline_subject, headline_town, mention_kind

if TYPE_CHECKING:
    from frontmap.extract.mentions import Mention

DISTRICT_KINDS = ("district", "carved_district")  # the mention kinds of a district
_DISTRICT_WORD = re.compile(r"\bdistricts?\b", re.IGNORECASE)


def topic_district(text: str, sentences: Sequence[tuple[int, int]], ordered: Sequence[Mention], i: int,
                   position: int) -> Mention | None:
    """Return the mention naming the district the headline tells a change of, when mention `i` (of
    `ordered`, the article's mentions by position) names another district in a paragraph before the
    one of the reference at `position` of `text`; else None."""
    mention = ordered[i]
    if mention.sentence_index == 0 or "\n" not in text[mention.end : position]:
        return None
    topic = headline_town(ordered, DISTRICT_KINDS)
    if topic is None:  # "Taliban capture Takhar's district": the lead names the district the headline tells of
        lead = _lead_district(text, sentences, ordered)
        if lead is None or lead.place.key == mention.place.key or "\n" not in text[lead.end : mention.start]:
            return None  # a district named in the lead's own paragraph is the news too, no look back
        return lead
    if topic.place.key == mention.place.key:
        return None
    h_start, h_end = sentences[0]
    if not controlled(text[h_start:h_end], topic.start - h_start, topic.end - h_start):
        return None
    return headline_subject(ordered, i, DISTRICT_KINDS) or topic


def _lead_district(text: str, sentences: Sequence[tuple[int, int]], ordered: Sequence[Mention]) -> Mention | None:
    """Return the first district the lead (the sentence after the headline) tells a change of, when
    the headline speaks of a district without naming one ("Taliban capture Takhar's district"); else None."""
    if len(sentences) < 2 or not _DISTRICT_WORD.search(text[slice(*sentences[0])]):
        return None
    if any(m.sentence_index == 0 and mention_kind(m) in DISTRICT_KINDS for m in ordered):
        return None
    s_start, s_end = sentences[1]
    for mention in ordered:
        if mention.sentence_index == 1 and mention_kind(mention) in DISTRICT_KINDS and controlled(text[s_start:s_end], mention.start - s_start, mention.end - s_start):
            return mention
    return None
