"""A date told in the next sentence: an outcome told without a day of its own, then retold at once
with its day and no other place.

"Earlier, forces retook X and Y." followed by a quote, "In an operation that began this (Friday)
morning, the districts were retaken" - the second sentence is the same happening in a witness's
words, and its Friday dates X and Y better than the day carried in from a paragraph about another
event. Likewise "X has fallen, officials said Wednesday. The district was overrun on Tuesday": the
day the officials spoke only bounds the fall, and the next sentence gives its day. Only when the
first sentence gives no date of its own (a source's day and the dateline's aside), and the next
names no place but those of the first and their provinces ("the Bamyan governor said": it can
only be about what came before), tells an outcome of the same status, counts no tally, and dates
it itself. A next sentence that opens by naming the change with its day ("The handover late on
Saturday came without a fight", "The development on Friday ...") retells it whatever else it names:
its subject is the change. The day of what the change came after ("came after talks that broke down
on Thursday") is not its own.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from frontmap.extract import rules
from frontmap.extract.date_expressions import find_date_expressions
from frontmap.extract.date_retelling import OWN_BASES, PUBLICATION_BASES, earlier_happening
from frontmap.extract.date_scope import names_a_day, role_of
from frontmap.extract.memo import per_article
from frontmap.extract.sentence_date import resolve_date

# the days the next sentence may refine: one carried in, the day a source spoke ("X has fallen,
# officials said Wednesday. The district was overrun on Tuesday": the fall was Tuesday's), a day
# before the one in force that a bare "earlier" guessed (a sentence with no date of its own), and
# the report's own day when no day was told before ("The districts retaken are X and Y. Their
# recapture was confirmed on Friday")
_REFINED = frozenset({"carried", "reported", "relative"}) | PUBLICATION_BASES
# the days of a sentence that are not its event's: a source's speaking, the report's dateline
_NOT_OWN = frozenset({"reporting", "dateline"})
# kinds of day a sentence read alone can place ("on Friday", "July 23", "yesterday"; not "the same
# day", which counts from a day the sentence does not give, nor "in recent days")
_CALENDAR_KINDS = frozenset({"month_day", "weekday", "relative"})
# "over the past few days", "in recent weeks", "recently": a span of the sentence's own, however vague
_VAGUE_SPAN = re.compile(
    r"\b(?:(?:past|last|recent|previous)\s+(?:few\s+|several\s+|couple\s+of\s+)?(?:days|weeks|months)|recently|lately)\b",
    re.IGNORECASE,
)
# "the Bamyan governor", "Kunduz police": a province named in a speaker's title
_TITLE_AFTER = re.compile(r"\s+(?:provincial\s+)?(?:governor|police|officials?|council|authorities|spokes(?:man|person|woman))\b", re.IGNORECASE)
# "Since the pullout began on May 1, ...": a fronted "since" clause gives when a span began, not a day
_SPAN_OPENER = re.compile(r"\s*(?:(?:ever|and)\s+)?since\b[^,;:]*$", re.IGNORECASE)
# "is under heavy assault", "are fighting", "remains besieged": a state told as going on at the report's day
_GOING_ON = re.compile(r"\b(?:is|are|remains?)\s+(?:still\s+|now\s+)?(?:under\b|besieged\b|surrounded\b|\w+ing\b)", re.IGNORECASE)
# "following continued clashes in X", "amid ongoing fighting": fighting told as lasting, not one happening a next sentence retells
_LASTING_FIGHT = re.compile(r"\b(?:continu(?:ed|ing)|ongoing|persistent|relentless)\s+(?:\w+\s+)?(?:clashes|fighting|battles?|skirmishes|attacks)\b", re.IGNORECASE)
# "more than a dozen capitals", "three districts": a tally of the campaign, not a retelling of one outcome
_TALLY = re.compile(
    r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|dozens?|several|many|more|other|another|most|all)\b"
    r"[^.;]{0,30}\b(?:districts|capitals|cities|provinces|centres|centers|towns)\b",
    re.IGNORECASE,
)
# "The handover late on Saturday came without a fight.", "The development, on Friday, ...": a sentence that
# opens by naming the change just told, with its day right after the noun, retells it whatever else it names
_CHANGE_NOUNS = r"handover|hand-over|surrender|takeover|take-over|capture|fall|collapse|loss|seizure|withdrawal|pullout|retreat"
_NEUTRAL_NOUNS = r"development|move|news"
_RETELLING_OPENING = re.compile(
    rf"[\W_]*(?:the|this|that)\s+(?:(?P<change>{_CHANGE_NOUNS})|{_NEUTRAL_NOUNS})\b(?!\s+(?:of|in|at|to)\b)[\s,]+"
    r"(?:(?:late|early)\s+|on\s+|(?:late|early)\s+on\s+|last\s+)?"
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*\.?\s+\d)",
    re.IGNORECASE,
)
_CHANGE_STATUSES = frozenset({"taliban", "claimed", "government"})


def retold_by_noun(sentence: str, status: str) -> bool:
    """Return True when `sentence` opens by naming the change just told, its day right after the noun
    ("The handover late on Saturday ...", "The development on Friday ..."): a change noun retells only
    a change of hands (`status` taliban, claimed or government), "the development" any event; "the fall
    of Y on Friday" names its own place and is no retelling."""
    match = _RETELLING_OPENING.match(sentence)
    return match is not None and (match.group("change") is None or status in _CHANGE_STATUSES)


def dated_by_next(read: Any, index: int, status: str, date: dt.date | None, basis: str) -> tuple[dt.date | None, str]:
    """Return (date, basis) for an event of sentence `index` of the reading `read` (an
    `events._Reading`) with `status`: the next sentence's own day (basis "retold") when the event's
    day was only carried in, or bounded by the day a source spoke, and that sentence retells it,
    else (`date`, `basis`) unchanged."""
    nxt = index + 1
    if basis not in _REFINED or nxt >= len(read.sentences):
        return date, basis
    if basis in PUBLICATION_BASES and read.dates.is_headline(index):
        return date, basis  # a headline sums up the report: the lead's day may be only one of its events'
    _, sentence, view = read.sentence(nxt)
    retold = retold_by_noun(sentence, status)  # its subject is the change told: other places it names are not its
    if not retold and not _names_nothing_new(read, index, nxt):
        return date, basis
    if not _dates_itself(sentence):
        return date, basis  # most often the next sentence names no day: the cheapest test first
    own = read.sentence(index)[1]
    if any(role_of(own, e) not in _NOT_OWN for e in find_date_expressions(own)) or _VAGUE_SPAN.search(own):
        return date, basis  # "captured X over the past few days": a date of its own, however vague
    if basis in PUBLICATION_BASES and _GOING_ON.search(own):
        return date, basis  # "X is under heavy assault": the report's day, whatever the next sentence dates
    if _LASTING_FIGHT.search(own):
        return date, basis  # "flights were cancelled after continued clashes in X. Last Friday, a compound there was attacked": another happening
    if _TALLY.search(sentence):
        return date, basis
    if not retold and not any(t.status == status for t in rules.find_triggers(sentence, view)):
        return date, basis
    published = read.article.published
    told, how = resolve_date(sentence, published)
    latest = date if basis == "reported" else published  # "officials said Wednesday": no later than that
    if told is None or how not in OWN_BASES or (latest is not None and told > latest):
        return date, basis
    return told, "retold"


def _names_nothing_new(read: Any, index: int, nxt: int) -> bool:
    """Return True when sentence `nxt` names no unit that sentence `index` does not name or hold."""
    named = read.by_sentence.get(nxt)
    if not named:
        return True  # no place at all: nothing new
    here = {m.place for m in read.by_sentence.get(index, [])}
    known = {p.district_id or p.key for p in here} | {p.province_code for p in here}
    text = read.article.text
    return all(_unit(m, text) in known for m in named)


def _unit(mention: Any, text: str) -> str:
    """Return the unit a mention names; a name shared by a province and its capital before a title
    ("the Bamyan governor") counts as the province."""
    place = mention.place
    if place.kind == "province" or (place.name == place.province and _TITLE_AFTER.match(text, mention.end)):
        return place.province_code
    return place.district_id or place.key


@per_article  # asked of the next sentence for every place of the one before
def _dates_itself(sentence: str) -> bool:
    """Return True when the first date of `sentence` names a day the sentence places by itself,
    not the start of a span ("since the pullout on May 1, the Taliban have launched offensives")."""
    found = find_date_expressions(sentence)
    first = min(found, key=lambda e: e.start) if found else None
    return (
        first is not None and first.kind in _CALENDAR_KINDS and names_a_day(first)
        and not _SPAN_OPENER.match(sentence[: first.start]) and not earlier_happening(sentence, first.start)
    )
