"""Reporting days: a date that tells when a source spoke, not when the event took place (for
`frontmap.extract.date_scope.role_of`).

- After the verb of speaking: "..., officials said on Sunday", "told reporters Monday", "said in a
  statement late Saturday", "quoted the ministry as saying late Tuesday"; a page's stamp
  ("Published : Friday, 9 July, 2021") is the writer's day of speaking. But "fighting was reported on
  Monday" dates the fighting: what was reported is a happening seen on its day, not a source's word.
- Between the speaker and the verb: "Officials on Tuesday said that Farah fell on Sunday", "the
  ministry late Monday confirmed ...": the speaking day, as much as "said on Tuesday" is.
- Fronted, when the report then gives the event its own day: "On Sunday officials said Kunduz had
  fallen late on Saturday" is as much the speaking day as "Officials on Sunday said ..." is. Without a
  day of its own ("On Sunday the Taliban said they took X") the fronted day stays the event's.
- A statement or a video put out: "the group on Sunday issued a statement saying ...", "released a
  video on Monday": the day the source spoke, though no verb of saying is used; so too a statement
  taken back ("withdrew the statement on Sunday, saying fighting was still going on").
"""

from __future__ import annotations

import re

from frontmap.extract.clock_times import CLOCK_OPENING
from frontmap.extract.date_expressions import DateExpression, any_anchor
from frontmap.extract.datelines import DATELINE_HEAD
from frontmap.extract.text import Stems, phrases_pattern

_MEDIUM = r"(?:statement|message|video|tweet|interview|post)"
# "issued a statement", "posted a short video": a source's speaking act with no verb of saying
_PUT_OUT_WORDS = ("issued", "released", "posted", "published", "put out", "sent out")
_PUT_OUT = r"(?:" + phrases_pattern(_PUT_OUT_WORDS) + r")\s+(?:a|an)\s+(?:\w+\s+)?" + _MEDIUM
# "withdrew the statement on Sunday", "corrected its report late Monday": the source speaking again
_TAKEN_BACK_WORDS = ("withdrew", "retracted", "corrected")
_TAKEN_BACK = r"(?:" + phrases_pattern(_TAKEN_BACK_WORDS) + r")\s+(?:the|its|his|her|their|that|an?)\s+(?:\w+\s+)?(?:" + _MEDIUM + r"|report|claim|announcement|remarks)"
# the verbs of a source speaking right before a day ("said on Sunday"), for the pattern and its cheap test
_REPORTING_WORDS = ("said", "says", "told", "tells", "confirmed", "announced", "reported", "added", "stated", "declared", "tweeted",
                    "wrote", "as saying", "conceded", "acknowledged", "admitted", "denied", "insisted")
_REPORTING_BEFORE = re.compile(
    r"\b(?:" + phrases_pattern(_REPORTING_WORDS) + "|" + _PUT_OUT + "|" + _TAKEN_BACK + ")"
    r"(?:\s+(?:reporters|journalists|the\s+\w+|\w+))?"
    r"(?:\s+(?:by\s+(?:tele)?phone|over\s+the\s+phone|in\s+an?\s+" + _MEDIUM + "))?"
    r"\s+(?:on\s+|late\s+|early\s+|late\s+on\s+|earlier\s+)?$",
    re.IGNORECASE,
)
# "officials on Tuesday said", "the ministry late Monday confirmed": a word (the speaker) before the
# day, the verb of speaking right after it (no comma: "fled at midnight on Thursday, said the official"
# dates the flight)
_SPEAKER_BEFORE = re.compile(r"[a-z)]\s+(?:(?:late|early)\s+)?(?:on\s+)?$", re.IGNORECASE)
_SPEAKING_AFTER = re.compile(
    r"\s+(?:(?:also|again|later|publicly|officially)\s+)?"
    r"(?:said|says|told|confirmed|announced|stated|tweeted|acknowledged|admitted|conceded|denied|insisted|" + _PUT_OUT + r")\b",
    re.IGNORECASE,
)
# "fighting was reported on Monday": the fighting is what the day dates, seen as it happened
_FIGHT_REPORTED = re.compile(
    r"\b(?:fighting|clashes|battles?|attacks?|gunfire|shelling|explosions?)\s+(?:was|were)\s+(?:also\s+|again\s+)?reported\s+\w*\s*\w*\s*$",
    re.IGNORECASE,
)
# "On Sunday officials said that ...", "KABUL, Aug 9 - Late on Monday, the ministry said ...": a day
# opening the sentence, then a speaker of a few words and the verb of speaking; the rest of the sentence
_FRONTED_DAY = re.compile(r"^(?:" + DATELINE_HEAD + r"\s*[-–—:]\s+)?\W*" + CLOCK_OPENING + r"(?:(?:late|early)\s+)?(?:on\s+)?$", re.IGNORECASE)
_SPEAKER_THEN_VERB = re.compile(
    r",?\s+(?:[\w’'-]+\s+){1,5}?(?:said|says|told\s+\w+|confirmed|announced|stated|acknowledged|admitted|conceded|insisted|claimed)\b(?P<rest>[^.;]*)",
    re.IGNORECASE,
)
# "speaking in Maimana on Tuesday", "told AFP by phone from Khwaja Ghar district of Takhar on Sunday",
# "a resident reached by telephone on Friday": the speaker's means and whereabouts between the verb and the day
# (not a caller's city abroad, hours behind: "reached by phone from New York on Thursday night" may be Friday in Afghanistan)
_SPOKEN_FROM_BEFORE = re.compile(
    r"\b(?:said|says|told(?:\s+[A-Z]\w*)?|speaking(?:\s+to\s+\w+)?|(?:reached|contacted|interviewed)(?=\s+(?:by|over)\s))"
    r"(?:\s+(?:by\s+(?:tele)?phone|over\s+the\s+phone))?(?:\s+(?:from|in)(?!\s+(?:Washington|New\s+York|London|Brussels|Geneva|Paris|Berlin)\b)(?:\s+(?:[A-Z][\w'’-]*|district|province|city|of)){1,6}?)?\s+(?:on\s+|late\s+|early\s+)?$"
)
_SPOKEN_FROM_REACH = 90  # characters before a day in which such a tag is looked for
# "officials confirmed the fall of the district on Monday": the day after the confirmed news is the confirming one
# (unless the confirming already has its day: "on Tuesday confirmed the fall of X on Sunday" dates the fall)
_CONFIRMED_NEWS_BEFORE = re.compile(
    r"\b(?:confirmed|acknowledged|announced|admitted|conceded)\s+the\s+(?:fall|capture|loss|seizure|takeover)\s+of\s+"
    r"(?:the\s+)?(?:[\w’'-]+\s+){1,3}?(?:on\s+|late\s+|early\s+)?$", re.IGNORECASE)
_WEEKDAY_WORD = re.compile(r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b", re.IGNORECASE)
_REPORTING_STEMS = Stems.of_phrases(_REPORTING_WORDS + _PUT_OUT_WORDS + _TAKEN_BACK_WORDS)  # the cheap test run before `_REPORTING_BEFORE`
_DAY_KINDS = ("weekday", "month_day")
# "Published : Friday, 9 July, 2021", "PTI | Kabul | Updated: 13-08-2021": the page's own stamp
_STAMP_BEFORE = re.compile(r"\W*(?:[^|\n]{0,30}\|\s*)*(?:publish(?:ed)?|posted|updated|created|last\s+updated)\s*(?:on\s*)?[:-]?\s*$",
                           re.IGNORECASE)


def is_reporting(sentence: str, expr: DateExpression) -> bool:
    """Return True when `expr` dates a source's speaking ("said on Sunday", "officials on Tuesday
    said"), not an event."""
    before = sentence[max(0, expr.start - 48) : expr.start]
    if (_REPORTING_STEMS.found_in(before) and _REPORTING_BEFORE.search(before) and not _FIGHT_REPORTED.search(before)) or (expr.start < 60 and _STAMP_BEFORE.match(sentence, 0, expr.start)):
        return True
    if expr.kind in _DAY_KINDS and _SPOKEN_FROM_BEFORE.search(sentence, max(0, expr.start - _SPOKEN_FROM_REACH), expr.start):
        return True
    if expr.kind in _DAY_KINDS and (news := _CONFIRMED_NEWS_BEFORE.search(before)) and not _WEEKDAY_WORD.search(sentence, 0, expr.start - len(before) + news.start()):
        return True
    if expr.kind in _DAY_KINDS and _FRONTED_DAY.match(sentence, 0, expr.start) and (told := _SPEAKER_THEN_VERB.match(sentence, expr.end)):
        return any_anchor(told.group("rest"), days_only=True)  # "On Sunday officials said X fell on Saturday"
    if expr.kind not in _DAY_KINDS or not _SPEAKING_AFTER.match(sentence, expr.end):
        return False
    return _SPEAKER_BEFORE.search(sentence, max(0, expr.start - 20), expr.start) is not None
