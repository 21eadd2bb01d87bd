"""Retelling: one event told twice in an article keeps the day its dated telling gives
(for `frontmap.extract.dates.ArticleDates`).

- An event dated only by publication takes the date another telling of the same place and status
  gives (a headline "Taliban capture Farah" above "captured Farah on Tuesday"); a headline event,
  failing that, the one date the body gives the place (a body telling dated by publication counts:
  "Taliban seize the army base at X airport" above "seized the base at X airport" and "took X on 8
  August" tells today's news, not the 8th's).
- A headline event with its own day takes the one other day the body's own tellings of the same
  place and status give, within two days (a headline "on Sunday" above "fell late on Saturday").
- A headline event with no dated telling in the body takes the day of a lead that counts what it
  names ("took two of the largest cities on Thursday", `counted_leads`).
- In a retrospective, whose body tells no day within a month of publication, a headline event
  dated only by publication takes the one day the body gives the place (`past_tellings`).
- An event dated only by the date in force (carried from an earlier sentence) takes the one day a
  telling with its own date gives the same place and status: a quote after a background paragraph
  ("On Saturday they had taken Sheberghan. / 'We captured Kunduz,' the group said.") retells the
  lead's Sunday, not the background's Saturday. Only a telling in another paragraph counts: within
  one paragraph, sentences tell a sequence ("taken a week earlier. The town remained in Taliban
  hands by nightfall").
"""

from __future__ import annotations

import datetime as dt
import re

from frontmap.extract.counted_leads import counted_lead_day
from frontmap.extract.future_days import until_today
from frontmap.extract.going_on import fought_at_report_day
from frontmap.extract.past_tellings import PastTellings

#: bases meaning "no date in the text: the publication date stands in".
PUBLICATION_BASES = frozenset({"manifest", "publication"})
IMPRECISE_BASES = PUBLICATION_BASES | {"undated"}
OWN_BASES = frozenset({"explicit", "weekday", "relative", "range"})  # a date the telling itself writes
_REFINE_REACH = 2  # days: a body date this close to the headline's refines it
# outcomes a headline never takes each other's day from: "Army retakes X" above "X fell on July 11"
_OPPOSED = {"government": frozenset({"taliban", "claimed"}), "taliban": frozenset({"government"}), "claimed": frozenset({"government"})}
# a paragraph that opens on the lead's change ("The district centre fell", "The withdrawal took place")
RETELLING_SUBJECT = re.compile(
    r"\s*(?:The|Its)\s+(?:[a-z]+\s+){0,2}?(?:district|city|town|cent(?:re|er)|headquarters|withdrawal|pullout|retreat|fall"
    r"|capture|takeover|handover|surrender|operation)\b(?!\s+of\b)"
)

# "The handover came after talks that had broken down on Thursday": the day of what came before it
_EARLIER_HAPPENING = re.compile(r"\b(?:came|followed|happened|took\s+place)\s+(?:\w+\s+)?(?:after|following)\b[^,;:]*$", re.IGNORECASE)


def earlier_happening(sentence: str, start: int) -> bool:
    """Return True when the day at `start` of `sentence` is told of what a retold change came after
    ("The handover came after talks that broke down on Thursday"), not of the change itself."""
    return _EARLIER_HAPPENING.search(sentence, 0, start) is not None


def tells_opposed(sentence: str, status: str, lead: str = "") -> bool:
    """Return True when `sentence` tells only outcomes opposed to `status` ("Army retakes X" above
    "The district fell to the Taliban on June 21": the fall is background, not the retake's day),
    or when the `lead` tells its fighting as going on at the report's day (`going_on`)."""
    from frontmap.extract.rules import find_triggers  # the trigger rules read dates: imported when asked

    if fought_at_report_day(lead, status):
        return True

    # "fell to the Taliban on July 9 after a two-day assault": the fighting told with the fall is its run-up
    told = {t.status for t in find_triggers(sentence)}
    told = told - {"contested"} if status != "contested" and told - {"contested"} else told
    return bool(told) and told <= _OPPOSED.get(status, frozenset())


class Retellings:
    """The dated tellings of an article, by place key and status."""

    def __init__(self, dates=None) -> None:
        """Start with no telling noted (`dates` the article's dates, read for a counting lead)."""
        self._dates = dates
        self._first: dict[tuple[str, str], tuple[dt.date, str]] = {}
        self._own: dict[tuple[str, str], dict[dt.date, set[int]]] = {}
        self._told: dict[str, dict[dt.date, set[str | None]]] = {}  # body days told of a place, with their outcomes
        self._body_own: dict[tuple[str, str], set[dt.date]] = {}
        self._past = PastTellings()

    def note(self, key: str, status: str, date: dt.date, basis: str, headline: bool, paragraph: int = 0, recent: bool = True) -> None:
        """Note one telling of (`key`, `status`) dated `date` by `basis`, in `paragraph`; one
        more than a month before publication (not `recent`) only as a retrospective's day."""
        if not recent:
            if not headline and basis in OWN_BASES:
                self._past.note(key, status, date)
            return
        self._first.setdefault((key, status), (date, basis))
        if basis in OWN_BASES:
            self._own.setdefault((key, status), {}).setdefault(date, set()).add(paragraph)
        if not headline:
            self._told.setdefault(key, {}).setdefault(date, set()).add(status)
            if basis in OWN_BASES:
                self._body_own.setdefault((key, status), set()).add(date)

    def note_undated(self, key: str, date: dt.date | None, headline: bool) -> None:
        """Note a telling of `key` dated only by publication (`date`): in the body, a day it gives
        the place, so that a headline does not take another one as the only one."""
        if date is not None and not headline:
            self._told.setdefault(key, {}).setdefault(date, set()).add(None)

    def settled(
        self, key: str, status: str, date: dt.date | None, basis: str, headline: bool, paragraph: int | None = None, sentence: str = "",
    ) -> tuple[dt.date | None, str]:
        """Return the final (date, basis) of an event told in `paragraph` by `sentence` (see the module
        notes); (None, "undated") for a day after today, which no report tells (`future_days`). Fighting
        the sentence tells as going on at the report's day keeps that day (`going_on`)."""
        if basis in IMPRECISE_BASES and fought_at_report_day(sentence, status):
            return until_today(date, basis)
        return until_today(*self._retold(key, status, date, basis, headline, paragraph))

    def _retold(
        self, key: str, status: str, date: dt.date | None, basis: str, headline: bool, paragraph: int | None,
    ) -> tuple[dt.date | None, str]:
        """Return the (date, basis) of an event told in `paragraph` once its retellings are weighed."""
        if basis == "carried":
            return self._retold_elsewhere(key, status, paragraph) or (date, basis)
        if headline and basis in OWN_BASES and date is not None:
            return self._refined_in_body(key, status, date) or self._refined_by_lead(status, date, basis) or (date, basis)
        if basis not in IMPRECISE_BASES:
            return date, basis
        if (key, status) in self._first:
            return self._first[(key, status)]
        told = self._told_days(key, status)
        lead_day = counted_lead_day(self._dates, status) if headline and self._dates is not None and told <= {date} else None
        if lead_day is not None:
            return lead_day, "retold"  # "Taliban take X, Y" above "took two cities on Thursday"
        if headline and len(told) == 1:
            return next(iter(told)), "retold"
        if headline and not self._told:  # a retrospective: its body tells no recent day of any place
            return self._past.day_of(key, status, _OPPOSED.get(status, frozenset())) or (date, basis)
        return date, basis

    def _told_days(self, key: str, status: str) -> set[dt.date]:
        """Return the body's days told of `key`, leaving out those told only of an outcome opposed to `status`."""
        opposed = _OPPOSED.get(status, frozenset())
        return {day for day, outcomes in self._told.get(key, {}).items() if not outcomes <= opposed}

    def _retold_elsewhere(self, key: str, status: str, paragraph: int | None) -> tuple[dt.date, str] | None:
        """Return (the one day, "retold") the tellings of (`key`, `status`) with their own date give
        in other paragraphs than `paragraph`, when that paragraph gives none of its own."""
        own = self._own.get((key, status), {})
        if paragraph is None or any(paragraph in where for where in own.values()) or len(own) != 1:
            return None
        return next(iter(own)), "retold"

    def _refined_by_lead(self, status: str, date: dt.date, basis: str) -> tuple[dt.date, str] | None:
        """Return (the counting lead's day, "retold") when the headline's own day is a relative one
        close to it ("Taliban take X, Y in weekend push" above "overran two more capitals on
        Saturday": the lead names the day), else None."""
        if basis != "relative" or self._dates is None:
            return None
        lead = counted_lead_day(self._dates, status)
        return (lead, "retold") if lead is not None and lead != date and abs((lead - date).days) <= _REFINE_REACH else None

    def _refined_in_body(self, key: str, status: str, date: dt.date) -> tuple[dt.date, str] | None:
        """Return (the one day, "retold") the body's own tellings of (`key`, `status`) give, when it
        is another day close to the headline's `date` (a headline "on Sunday" above "fell late on
        Saturday": the body's account is the finer one). A later day of fighting is not one: the
        fight told on Friday went on into it."""
        days = self._body_own.get((key, status), set())
        if len(days) != 1 or date in days or abs((next(iter(days)) - date).days) > _REFINE_REACH:
            return None
        if status == "contested" and next(iter(days)) > date:
            return None  # "enter X on Friday" above "fighting went on into Saturday": a later day of the fight
        return next(iter(days)), "retold"
