"""Date scope: within one sentence, which date expression dates which place (for `frontmap.extract.dates`).

Every expression gets a role (`role_of`): an event date, a dateline, a reporting date ("said
Sunday"), a period start ("since May") or an anchor ("two days after <X>"). `pick` chooses the
event date of a place: one in the place's clause and segment, else one not in an aside about
something else, else a fronted or elaborated one; an aside that tells the event dates it.
Captions are recognised by `frontmap.extract.captions`.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from frontmap.extract.adverb_shifts import adverb_before_perfect
from frontmap.extract.attempts_under_way import attempt_under_way, fight_under_way
from frontmap.extract.captions import is_caption
from frontmap.extract.clauses import CHANGE_PARTICIPLES, DATELINE_HEAD, REPORTING_PARTICIPLES, SHIFT_ADVERB_END  # noqa: F401 (the dateline's, read through clauses)
from frontmap.extract.clock_times import CLOCK_OPENING
from frontmap.extract.coming_days import names_a_coming_day
from frontmap.extract.coordinate_carry import carried_across_and, reached_by_hour
from frontmap.extract.coordinate_dates import across_coordinate, earlier_predicate
from frontmap.extract.date_expressions import DateExpression, find_date_expressions, resolve_expression
from frontmap.extract.earlier_falls import dates_for
from frontmap.extract.earlier_year_clauses import dates_an_earlier_clause
from frontmap.extract.feast_days import is_window
from frontmap.extract.landmark_days import landmark_told_inside
from frontmap.extract.list_days import closes_list
from frontmap.extract.relative_history import dates_a_relative_past
from frontmap.extract.reporting_days import is_reporting
from frontmap.extract.since_background import without_later_since_days
from frontmap.extract.dated_leads import dateline_role
from frontmap.extract.present_states import told_in_present
from frontmap.extract.tally_dates import closes_a_tally
from frontmap.extract.text import Stems, phrases_pattern
from frontmap.extract.time_clauses import relative_time_dates, siege_end_dates, time_clause_dates

# the words that open a span or a period ("since May", "the withdrawal in May"), for the pattern and its cheap test
_PERIOD_WORDS = ("since", "began", "begun", "begin", "started", "starting", "launched", "announced", "agreed", "signed", "founded", "formed", "established", "born", "created", "set up", "ended", "completed", "deadline", "withdrawal", "pullout", "drawdown")
_PERIOD_START_BEFORE = re.compile(  # the words' first letters told first: most positions fail at once
    "(?=[" + "".join(sorted({c for word in _PERIOD_WORDS for c in (word[0], word[0].upper())})) + r"])\b(?:"
    + phrases_pattern(_PERIOD_WORDS) + r")\s+(?:\w+\s+){0,2}$",
    re.IGNORECASE,
)
_PERIOD_STEMS = Stems.of_phrases(_PERIOD_WORDS)
# "since the start of a large military offensive in May", "since launching their offensive in May":
# the date ends a noun phrase, or a gerund's clause, opened by "since"
_SINCE_PHRASE_BEFORE = re.compile(
    r"\bsince\s+(?:(?:the\s+|its\s+|their\s+|a\s+)?(?:start|beginning|launch|outset|onset|end)\s+of|(?!morning|evening|spring|falling|collapsing|having)[a-z]{3,}ing)\s+"  # not "since falling on July 12": the change's day
    r"[^,;:.!?]{0,70}$",
    re.IGNORECASE,
)
_SINCE = Stems("since")  # the cheap test run before the pattern
_ORDINAL = (
    r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\d+(?:st|nd|rd|th))"
)
_AMOUNT = r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|several|more\s+than\s+\d+)"
# "the seventh capital to fall since Friday", "eight cities since last week": a running count
_TALLY_BEFORE_SINCE = re.compile(
    rf"\b(?:{_ORDINAL}\b|{_AMOUNT}\s+(?:\w+\s+)?(?:capitals?|cit(?:y|ies)|districts?|towns?|provinces?|crossings?)\b)"
    r"[^.;:]{0,100}\bsince\s+(?:last\s+)?$",
    re.IGNORECASE,
)
# "tensions have risen since May 1": a trend's start, not the day of the attack told beside it
_TREND_BEFORE_SINCE = re.compile(
    r"\b(?:risen|rose|rising|increased|grown|grew|mounted|climbed|soared|heightened|spiked|surged)\s+(?:\w+\s+){0,3}?since\s+(?:last\s+)?$",
    re.IGNORECASE,
)
# a fronted date, after the report's dateline if the sentence opens with one ("KABUL, Aug 14 - On Thursday, ...")
_FRONTED = re.compile(r"^(?:" + DATELINE_HEAD + r"\s*[-–—:]\s+|[A-Z][A-Z .,'-]{2,30}:\s+)?\W*" + CLOCK_OPENING + r"(?:\w+\W+){0,2}$")
_COMPLEMENT_START, _SEGMENT_BREAK = re.compile(r"(?!" + SHIFT_ADVERB_END + r")\s+(?!that\b(?!\s+of\s)|this\b|then\b|which\b)[A-Za-z]"), re.compile(r"[,;]\s*|\s+then\s+|\s+only\s+to\s+")  # a complement after "the day before" (not "the day before in X": an adverb, then a place)
_ASIDE_START = re.compile(
    r"\W*(?:which|who|whom|whose|where|when|(?:\w+ly\s+)?\w+(?:ed|en|wn)\s+by"  # and a control verb's reduced relative ("X, lost a week earlier, ...")
    r"|(?:(?:first|briefly|twice|only)\s+)?(?:" + CHANGE_PARTICIPLES + r"|handed\s+over|besieged|encircled)"
    r"|(?:one|two|three|several|some|the|a|an|another)\s+(?:[\w-]+\s+){0,3}?(?:districts?|cit(?:y|ies)|towns?|capitals?)\s+(?:\w+ly\s+)?" + CHANGE_PARTICIPLES + r")\b", re.IGNORECASE)  # "X, one of three districts lost on Saturday, ..."
_RELATIVE_START = re.compile(r"(?:which|whose|that)\b", re.IGNORECASE)
RANGE_GAP = re.compile(r"\s*(?:and|or|to|through|until|-|–|,)\s*(?:on\s+|early\s+|late\s+)?$", re.IGNORECASE)
_APPOSITIVE = re.compile(r",?\s*(?:the|a|an|its)\s+[^,;]{1,60},\s*(?=\w)", re.IGNORECASE)
_NAME_REACH = 40  # characters from a place's start to the comma ending its name
_CONJUNCT_GAP = re.compile(r"\s*,?\s*(?:and|as\s+well\s+as)\s+(?:the\s+)?", re.IGNORECASE)  # "... and the X crossing on Friday"
# what may stand beside a date in a clause of the date alone: "on Thursday night, a local elder said."
_BARE_BEFORE = re.compile(
    r"[\s\W]*(?:(?:shortly|just|soon|right)\s+)?(?:(?:after|before)\s+(?:midnight|dawn|daybreak|nightfall|dusk|noon)\s+)?"
    r"(?:(?:on|late|early|in|by|at)\s+)*",
    re.IGNORECASE,
)
_BARE_AFTER = re.compile(
    r"(?:\s+(?:night|morning|afternoon|evening))?(?:,[^,;]{0,60}?\b(?:said|says|told)\b[^,;]{0,40})?[\s.,;:!?\"”’'—–-]*",
    re.IGNORECASE,
)
_STATE = re.compile(
    r"(?:held|holds?|holding|controls?|controlled|controlling|in\s+(?:full\s+)?control|remain(?:s|ed)?|still\s+in|hands"
    r"|(?:in|under)\s+(?:\w+\s+){0,2}?(?:hands|control))\b"
    r"(?!\s+(?:off|back|up|talks|a\s+meeting))",
    re.IGNORECASE,
)
# "fighting went on in X, an officer said on Thursday": in progress on the day the source spoke
_GOES_ON = re.compile(
    r"(?:fighting|clashes|battles?|gunfights?)\s+(?:(?:was|were|is|are|has\s+been|have\s+been)\s+)?(?:still\s+)?"
    r"(?:went\s+on|goes\s+on|going\s+on|continu(?:ed|es|ing)|rag(?:ed|es|ing)|under\s*way|ongoing|in\s+progress)\b",
    re.IGNORECASE,
)
# "clashes went on for hours", "until nightfall": a fight of its own day, over before the source spoke
_SPAN_TOLD = re.compile(r"\b(?:for\s+(?:\w+\s+)?(?:hours|days|weeks|minutes)|until|till|through|all\s+(?:day|night)|overnight)\b", re.IGNORECASE)
# "X has since fallen back", "have since been overrun": a change after the day in force, told as of now
_SINCE_PERFECT = re.compile(r"\b(?:has|have|'s|’s)\s+(?:also\s+)?since\s+(?:been\s+)?$", re.IGNORECASE)
# "fell earlier", "had earlier reached", "Earlier, they took X" (after a day told before: before it) - not "an
# earlier attack", "the group's earlier conquest of X" (an adjective over a retold outcome: no day), "the city mentioned earlier" (a pointer in the text),
# "earlier on Friday", "earlier this month", "earlier than expected", "earlier said" (the speaking was
# earlier: what was said may be of the same day), "earlier reports" (a report, no day), "Hours earlier" (a count of hours, the same day or the night before)
_BARE_EARLIER = re.compile(
    r"(?<!\b[Aa]n )(?<!\b[Tt]he )(?<!\bits )(?<!\btheir )(?<!'s )(?<!’s )(?<!\bhours )(?<!\bminutes )(?<!mentioned )(?<!named )(?<!noted )(?<!cited )(?<!listed )(?<!described )(?<!reported on )(?<!referred to )\bearlier\b(?!\s+(?:on|in|this|that|today|tonight|than|the"
    r"|(?:\w+\s+)?(?:conquest|capture|fall|takeover|take-over|seizure|loss|surrender|advance|gains?|victor(?:y|ies)|offensive"
    r"|attacks?|assault|retreat|withdrawal|collapse)s?"
    r"|monday|tuesday|wednesday|thursday|friday|saturday|sunday|june|july|august|morning|afternoon|evening"
    r"|(?:media\s+|news\s+)?(?:reports?|claims?|statements?|accounts?|rumou?rs?|versions?)|said|says|told|claimed|announced|reported|confirmed|stated|tweeted|wrote|quoted|filmed|seen|saw|witnessed|photographed|spotted|observed|heard)\b)",
    re.IGNORECASE,
)
# "Prior to Shah Joy, the Taliban had taken Shinkay": a fronted "prior to / before <something>" over a
# past perfect tells a change before the day in force
_PRIOR_OPENING = re.compile(
    r"\W*(?:Prior\s+to|Before)\s+(?!dawn|noon|midnight|nightfall|daybreak|that\b|then\b)[^,;]{1,60},"
    r"[^.;]*?\bhad\s+(?:\w+\s+)?(?:taken|captured|seized|overrun|fallen|lost|retaken|recaptured)\b"
)
_FIGHTING = re.compile(r"(?:fight|clash|battl|attack|assault|reach|enter|storm|besieg|siege|shell|push|advanc)", re.IGNORECASE)
_ELABORATION = re.compile(r"[:;]|\b(?:first|then)\b", re.IGNORECASE)
# "confirmed the fall of X, saying the Taliban overran the district on Friday": the speaker's
# account right after the place's undated clause tells when
_ACCOUNT_START = re.compile(r"[\s,]*" + REPORTING_PARTICIPLES + r"\b", re.IGNORECASE)

@dataclass(frozen=True)
class Dated:
    """One date expression of a sentence with its role and its calendar value."""

    expr: DateExpression
    role: str  # event | reporting | dateline | period | tally | anchor ("two days after <X>")
    date: dt.date | None
    basis: str
    range_start: dt.date | None  # the first day when this expression ends a range ("Friday and Saturday")


def names_a_day(expr: DateExpression) -> bool:
    """Return True when `expr` names one day ("July 30", "Friday", "yesterday", "the next day") or
    a month ("in June"), not a vague window ("two weeks ago", "in recent days")."""
    if expr.kind == "feast":
        return not is_window(dict(expr.fields))
    if expr.kind in ("month_day", "month", "weekday", "shift", "ordinal"):
        return True
    return expr.kind == "relative" and not _WINDOW_WORDS.search(expr.text)


def looks_back(expr: DateExpression) -> bool:
    """Return True for "a week earlier", "the day before": background to the day in force."""
    return expr.kind in ("shift", "relative") and bool(_BACK_WORDS.search(expr.text))


# "since 2016 when they briefly held Kunduz": the date is the when-clause's, not a span's start
_WHEN_AFTER = re.compile(r",?\s+when\s|\s+(?:fall|capture|seizure|takeover|surrender|loss|recapture)\s+of\s")  # "since May 3, when", "since the Aug. 8 fall of": a dated event
_BACK_WORDS = re.compile(r"earlier$|before$|previously$|previous", re.IGNORECASE)
_WINDOW_WORDS = re.compile(r"week|month|year|recent|past|few|days", re.IGNORECASE)


def role_of(sentence: str, expr: DateExpression, at_head: bool = True) -> str:
    """Return what `expr` dates: event, reporting (a source spoke), dateline, period (a start), coming
    (a day yet to come: `frontmap.extract.coming_days`) or
    anchor (a shift with a complement: "two days after the city fell"). Past the report's head
    (`at_head` False) a dateline's form is a timeline entry's heading ("Zaranj, August 6: The
    Taliban take over ..."): the day of its line's event."""
    prepositional = expr.kind in ("shift", "relative") and " ".join(expr.text.lower().split()).endswith(("after", "before", "shy of", "short of", "since"))
    if prepositional and _COMPLEMENT_START.match(sentence, expr.end) and not adverb_before_perfect(sentence, expr):
        return "anchor"
    before = sentence[max(0, expr.start - 48) : expr.start]
    dateline = dateline_role(sentence, expr, at_head)
    if dateline is not None:
        return dateline
    if is_reporting(sentence, expr):
        return "reporting"
    if names_a_coming_day(before, expr.text):
        return "coming"
    if (expr.text[:5].lower() == "since" and not _WHEN_AFTER.match(sentence, expr.end)) or (
            _PERIOD_STEMS.found_in(before) and _PERIOD_START_BEFORE.search(before) and not _WHEN_AFTER.match(sentence, expr.end)):
        return "period"
    # "the second capital to fall in the last two days": the tally's span; but "the first to fall
    # since 2015, when they seized Kunduz": the year dates the when-clause
    if not names_a_day(expr) and closes_a_tally(sentence, expr.start) and not _WHEN_AFTER.match(sentence, expr.end):
        return "tally"
    reach = max(0, expr.start - 110)
    if _SINCE.found_in(sentence[reach : expr.start]) and _SINCE_PHRASE_BEFORE.search(sentence, reach, expr.start):
        return "period"
    return "event"


def states_at(sentence: str, trigger: int | None) -> bool:
    """Return True when the trigger at `trigger` tells a state ("still held", "controls", "in their
    hands") or a change since the day in force up to now ("has since fallen"), not a change on that
    day: a source's day is the day the state is told of. A state reached "by nightfall" is that day's."""
    if trigger is None:
        return False
    return (_STATE.match(sentence, trigger) is not None and not reached_by_hour(sentence, trigger)) or told_since(sentence, trigger)


def goes_on_at(sentence: str, trigger: int | None) -> bool:
    """Return True when the trigger at `trigger` opens fighting told as going on ("fighting went
    on in X", "clashes were still raging"): in progress when the source spoke, like a state."""
    under_way = trigger is not None and (attempt_under_way(sentence, trigger) or fight_under_way(sentence, trigger))  # "said that commandos had begun an operation to retake X", "troops were still fighting"
    match = None if trigger is None or under_way else _GOES_ON.match(sentence, trigger)
    return under_way or (match is not None and not _SPAN_TOLD.search(sentence[match.end():].split(",", 1)[0]))


def told_since(sentence: str, trigger: int | None) -> bool:
    """Return True when the trigger at `trigger` tells a change since the day in force ("X has since
    fallen", "have since been retaken"): some day after it, known only as of the report's day."""
    return trigger is not None and _SINCE_PERFECT.search(sentence, max(0, trigger - 40), trigger) is not None


def told_as_earlier(sentence: str, lo: int, hi: int, trigger: int | None) -> bool:
    """Return True when sentence[lo:hi] (a clause) tells a change with a bare "earlier" ("X fell
    earlier", "had earlier taken X") or under a fronted "Prior to ...," ("Prior to Shah Joy, they had
    taken X"): done before the day in force. Fighting told so ("fighting had
    earlier reached X") may have gone on into that day: not it."""
    if trigger is not None and _FIGHTING.match(sentence, trigger):
        return False
    if _PRIOR_OPENING.match(sentence) and (trigger is None or trigger > sentence.find(",")):
        return True
    if "arlier" not in sentence[lo:hi].lower():  # a cheap test first: the pattern's look-behinds run at every position
        return False
    return _BARE_EARLIER.search(sentence, lo, hi) is not None


def reported_day(sentence: str, today: dt.date | None) -> dt.date | None:
    """Return the day of the sentence's first reporting date ("..., officials said on Sunday"), if any."""
    said = next((e for e in find_date_expressions(sentence) if role_of(sentence, e) == "reporting"), None)
    return None if said is None else resolve_expression(said, today)[0]


def counts_since(sentence: str, expr: DateExpression) -> bool:
    """Return True when `expr` starts the period of a running count ("the seventh capital to fall
    since Friday") or of a trend ("tensions have risen since May 1"): its start, never the day of
    the event told beside it."""
    head = sentence[max(0, expr.start - 120) : expr.start]
    if expr.text[:5].lower() == "since":
        head += "since "
    return bool(_TALLY_BEFORE_SINCE.search(head) or _TREND_BEFORE_SINCE.search(head))


def pick(
    events: list[Dated], clauses: Sequence[tuple[int, int, bool]], clause: tuple[int, int, bool], position: int,
    trigger: int | None, sentence: str,
) -> Dated | None:
    """Return the event date that dates the place at `position` told by the trigger at `trigger`
    (see the module notes, point 3)."""
    events = without_later_since_days(sentence, dates_for(sentence, landmark_told_inside(events, position), position), position)  # "the sixth to fall, after Zaranj"
    exprs = [d.expr for d in events]
    events = [d for d in events if not across_coordinate(sentence, d.expr, position, trigger)
              and not dates_a_relative_past(sentence, d.expr, trigger, exprs)  # "X, which they ruled in 1996"
              and not dates_an_earlier_clause(sentence, d.expr, trigger)]  # "took X, having held it in May 2020"
    exprs = [d.expr for d in events]
    events = [d for d in events if not earlier_predicate(sentence, d.expr, exprs, position, trigger)]
    if not events:
        return None
    if trigger is not None and (in_aside(sentence, trigger) or in_final_relative(sentence, trigger)):
        # "Zaranj, which fell last Friday, ...": the aside tells the event, and dates it
        lo, hi = segment(sentence, trigger)
        aside = [d for d in events if lo <= d.expr.start < hi]
        if aside:
            return min(aside, key=lambda d: _distance(d.expr, trigger))
    clause = (clause[0], _past_appositive(sentence, position, clause[:2])[1], clause[2])
    own = [d for d in events if clause[0] <= d.expr.start < clause[1]] or relative_time_dates(sentence, clauses, clause, events)
    if not own and clause[2]:
        main = [c for c in clauses if not c[2]]
        own = [d for d in events if any(c[0] <= d.expr.start < c[1] for c in main)]
    if not own:  # "left Nijrab - 100 km north of Kabul - a week ago": a clause of a date alone
        own = [d for d in events if _bare_date_clause(sentence, clauses, d, clause[1])]
    if not own:  # "lost X after clashes on Friday", "As Kunduz fell on Sunday, ... took Y": a clause of time
        own = time_clause_dates(sentence, clauses, clause, events) or carried_across_and(sentence, clauses, clause, events) or siege_end_dates(sentence, trigger, events)
    if not own:  # "The group pressed on on Sunday, announcing it had taken X": no later than the day it spoke
        own = _speaker_dates(sentence, clauses, clause[0], events)
    here = _past_appositive(sentence, position, segment(sentence, position))
    # a date in the place's own segment ("Kunduz fell on Sunday, and Taloqan on Monday"), else one
    # not in an aside about something else ("Malistan, taken last week, was retaken on Wednesday")
    mine = [d for d in own if here[0] <= d.expr.start < here[1]] or [d for d in own if not in_aside(sentence, d.expr.start)]
    later = [d for d in own if d.expr.start >= position]
    if later and (any(_CONJUNCT_GAP.fullmatch(sentence, d.expr.end, position) for d in mine) or closes_list(sentence, position, later)):
        # "Sheberghan on Saturday and Kunduz, Sar-e Pul and Taloqan on Sunday": the date before
        # closed the previous conjunct; the place's list ends with its own date
        return min(later, key=lambda d: d.expr.start)
    if mine:
        return min(mine, key=lambda d: _distance(d.expr, position))
    if not own and (account := [] if told_in_present(sentence, trigger) else _account_after(sentence, clauses, clause[1], events)):
        return account[0]
    before = [d for d in events if d.expr.end <= position]
    if before and (_FRONTED.match(sentence, 0, before[0].expr.start) or _ELABORATION.search(sentence, before[-1].expr.end, position)):
        return before[-1]
    if is_caption(sentence):
        return min(events, key=lambda d: _distance(d.expr, position))
    return None


def _account_after(sentence: str, clauses: Sequence[tuple[int, int, bool]], end: int, events: list[Dated]) -> list[Dated]:
    """Return the dates in the clause that starts at `end` when it is the speaker's account of
    what the clause before told ("..., saying ..." / "..., adding that ..."), else []."""
    for lo, hi, _ in clauses:
        if lo == end and _ACCOUNT_START.match(sentence, lo):
            return [d for d in events if lo <= d.expr.start < hi]
    return []


def _speaker_dates(sentence: str, clauses: Sequence[tuple[int, int, bool]], start: int, events: list[Dated]) -> list[Dated]:
    """Return the dates of the clause before the one at `start` when that one is its speaker's
    account ("..., saying ...", "..., announcing that ..."), or the day that clause carries ("claimed X on
    Wednesday, but the governor denied it, saying ..."), else []."""
    if not _ACCOUNT_START.match(sentence, start) or not (before := [c for c in clauses if c[1] <= start]):
        return []
    return [d for d in events if before[-1][0] <= d.expr.start < before[-1][1]] or carried_across_and(sentence, clauses, before[-1], events)


def _bare_date_clause(sentence: str, clauses: Sequence[tuple[int, int, bool]], dated: Dated, after: int) -> bool:
    """Return True when `dated` is all a clause at or after `after` holds (a date left at the end
    of a sentence by an aside between dashes): it dates the clause it closes."""
    for lo, hi, _ in clauses:
        if lo <= dated.expr.start < hi:
            bare = _BARE_BEFORE.fullmatch(sentence, lo, dated.expr.start) and _BARE_AFTER.fullmatch(sentence, dated.expr.end, hi)
            return lo >= after and bare is not None
    return False


def segment(sentence: str, position: int) -> tuple[int, int]:
    """Return the span between the commas, semicolons, "then" or "only to" around `position`."""
    lo = 0
    for match in _SEGMENT_BREAK.finditer(sentence, 0, position):
        lo = match.end()
    after = _SEGMENT_BREAK.search(sentence, position)
    return lo, after.start() if after else len(sentence)


def _past_appositive(sentence: str, position: int, span: tuple[int, ...]) -> tuple[int, int]:
    """Return `span` (start, end), the segment or clause of the place at `position`, stretched over an appositive that
    follows the place ("Pul-e Alam, the capital of Logar province, on Friday")."""
    lo, hi = span[0], span[1]
    apposition = _APPOSITIVE.match(sentence, hi) if hi - position <= _NAME_REACH else None
    if apposition is None:
        return lo, hi
    after = _SEGMENT_BREAK.search(sentence, apposition.end())
    return lo, after.start() if after else len(sentence)


def in_aside(sentence: str, position: int) -> bool:
    """Return True when `position` lies in a comma-bounded aside ("..., taken last week, ...")."""
    lo, hi = segment(sentence, position)
    return lo > 0 and hi < len(sentence) and sentence[hi] == "," and sentence[lo - 2 : lo].strip() == "," and bool(
        _ASIDE_START.match(sentence, lo)
    )


def in_final_relative(sentence: str, position: int) -> bool:
    """Return True when `position` lies in a relative clause that ends the sentence ("..., which
    security forces left on Sunday.")."""
    lo, hi = segment(sentence, position)
    return lo > 0 and hi == len(sentence) and sentence[lo - 2 : lo].strip() == "," and bool(_RELATIVE_START.match(sentence, lo))


def capped(date: dt.date | None, basis: str, reported: list[dt.date]) -> tuple[dt.date | None, str]:
    """Return (date, basis), no later than the earliest reporting date of the sentence."""
    if not reported:
        return date, basis
    cap = min(reported)
    if date is None or (date > cap and basis not in ("explicit", "caption")):
        return cap, "reported"
    return date, basis


def _distance(expr: DateExpression, position: int) -> int:
    """Return how far `expr` lies from `position` (0 when it covers it)."""
    if expr.start <= position < expr.end:
        return 0
    return expr.start - position if expr.start > position else position - expr.end + 1


def after_a_dateline(sentence_at: Callable[[int], str], index: int) -> bool:
    """Return True when a sentence before sentence `index` (`sentence_at` gives each) already opens
    with a dated dateline: a second one is a timeline entry's heading ("KABUL, Aug 1 - The list:
    ... Zaranj, July 26: ...")."""
    return any(_dateline_expression(sentence_at(i)[:80]) is not None for i in range(index))


def dateline_date(heads: Iterable[str], published: dt.date | None) -> dt.date | None:
    """Return the date of the first dateline ("HERAT, Aug 13 (AP) -") at the start of `heads`."""
    for head in heads:
        expr = _dateline_expression(head)
        if expr is not None:
            return resolve_expression(expr, published)[0]
    return None


def _dateline_expression(head: str) -> DateExpression | None:
    """Return the month and day of a dateline opening `head`, or None."""
    return next((e for e in find_date_expressions(head) if e.kind == "month_day" and role_of(head, e) == "dateline"), None)
