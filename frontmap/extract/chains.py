"""Chains of predicates: one place, several coordinated verbs ("X was besieged for a week and then
captured by the Taliban", "X was captured and later retaken by commandos"). The last verb of the
chain is where the place ended up, so it is the one read for the place; a verb whose own day
comes before the next ("X fell on Wednesday and was retaken on Friday") ends its chain, the next
being read for the gapped subject (`frontmap.extract.gapped_subjects`). A verb of the same kind as
the one before it ("abandoned their posts and fled to Iran") only says it again: the chain stops
on the first, whose subject stands nearer."""

from __future__ import annotations

import bisect
import re

from frontmap.extract import control_sequels
from frontmap.extract.bare_falls import COUNTED_LATER
from frontmap.extract.triggers import HOLD, Trigger

# what may stand between two verbs of one subject: a short tail of the first ("for a week", "on
# Monday", "by the Taliban"), "and" with a time adverb, then an auxiliary; nothing that opens a
# new subject ("and forces fled", "and Y was retaken") and no punctuation; a present auxiliary
# ends the chain in the state the place is in now ("has changed hands twice and is now held by")
_COORDINATED = re.compile(
    r"^(?: +[a-z0-9]+){0,6}? +and +(?:(?:then|later|eventually|finally|subsequently|soon|afterwards|quickly|briefly) +)?"
    r"(?:(?:was|were|is|are|had +been|has +been|have +been|been) +)?(?:(?:[a-z]+ly|now|still) +)?$"
)
# after a bare "and" the next verb must be a finite one ("and fell", "and overran"), not a noun
# opening a new clause ("and clashes are now reported")
_AUXILIARY_END = re.compile(r"(?:was|were|is|are|been) +(?:(?:[a-z]+ly|now|still) +)?$")
_STATE_WORDS = re.compile(r"(?<= )(?:back +)?(?:in|under) +(?:[a-z]+ +){0,2}$")
_PAST_FORM = re.compile(
    r"[a-z]+ed|fell|overr[au]n|took|taken|retook|retaken|fled|left|lost|held|withdrew|withdrawn|broke|swept|drove"
    r"|fought|gave|given|came|went|fallen|won|beat|beaten|rose|overtook"
)
_REACH = 70  # characters between two verbs of one chain
# a day told between two verbs of one subject: the first is an event of its own, not a step
DAY_IN_GAP = re.compile(
    r"\b(?:on|late|early|last|by)\s+(?:(?:on|the)\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|june|july|august"
    r"|jun|jul|aug|\d{1,2})\b|\byesterday\b|\blast\s+(?:night|week|month)\b|\b" + COUNTED_LATER  # "and was retaken two days later"
)


def chain_end(
    sentence: str, view: str, triggers: list[Trigger], starts: list[int], trigger: Trigger, place_end: int
) -> Trigger:
    """Return the last verb of the chain of coordinated predicates that `trigger`, a verb after the
    place ending at `place_end`, opens (`trigger` itself when none is coordinated with it, or when it
    comes before the place), in a sentence whose triggers start at `starts` (sorted). `sentence`
    tells punctuation apart, `view` (its lower-cased view) is what the gaps are read in."""
    if trigger.start < place_end:  # "entered X and took control": the control taken is X's end
        return control_sequels.control_sequel(sentence, triggers, starts, trigger, place_end) or trigger
    current = trigger
    i = bisect.bisect_right(starts, current.start)
    while i < len(triggers):
        following = triggers[i]
        if following.start - current.end > _REACH or any(c in ",;:()" for c in sentence[current.end : following.start]):
            break
        gap = view[current.end : following.start]
        if following.kind == HOLD:  # "and is now back in government hands": the state's own words before its trigger
            gap = _STATE_WORDS.sub("", gap, count=1)
        if not _COORDINATED.match(gap) or not (_AUXILIARY_END.search(gap) or past_form(view, following)):
            break
        if DAY_IN_GAP.search(gap):
            break  # "fell on Wednesday and was retaken on Friday": two events, each with its day
        if following.kind == current.kind:
            break  # "fled their posts and fled to Iran": the same step told twice
        current, i = following, i + 1
    return current


def past_form(view: str, trigger: Trigger) -> bool:
    """Return True when the trigger's first word is a past form ("seized", "fell"), so a verb."""
    word = view[trigger.start : trigger.end].split(" ", 1)[0]
    return bool(_PAST_FORM.fullmatch(word))
