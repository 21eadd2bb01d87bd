"""Date expressions: the grammar of the dates a news sentence writes, and their calendar value.

`find_date_expressions` finds every date expression in a sentence with one compiled pattern;
`resolve_expression` turns one into a calendar date given the publication date (and, for "the next
day", the date in force), recording how (``basis``):

- ``explicit``: a written date ("July 30", "early July 28", "August 1, 2021", "1 August") or a
  month ("in June", "in mid-July", "late July", "May 2021", "the first days of August"). A date without a year takes the
  publication year, or the year before when that would put it more than 60 days after publication.
- ``weekday``: "on Friday", "Sunday afternoon", "late on Saturday", "Earlier Thursday": the most
  recent such day on or before publication (the publication weekday itself = publication day, but
  "last Friday" in a Friday paper is a week before).
- ``relative``: "24 hours after" / "48 hours later" (whole days; "two hours after" and "less than
  24 hours after" are the same day), "yesterday", "last night" (publication - 1), "today", "this morning", "tonight",
  "overnight", "this week" (publication), "earlier this week" (publication - 1; "earlier in the week": the
  day in force - 1), "over the weekend" / "this past weekend" (its Sunday), "the night before last" (publication
  - 2), "Within days, ..." (some day after the day in force, a span), "earlier in the day"
  (the day in force, else publication), "the next day" / "the following day" / "a day later" /
  "two days later" / "a day earlier" / "the previous day" / "the eve of its fall" (counted from the day in force;
  "a month later", "a year later": about that far on, a span from that day, never past the report), "two
  weeks ago", "a fortnight ago" or "two weeks back" (publication - 14), "last week" (- 7; "late last week" its Friday,
  "early last week" its Monday), month windows ("late last month", `frontmap.extract.month_windows`),
  "in recent days / weeks / months", "over the past four days", an uncounted "weeks ago" / "months ago": a span ending with the report, dated by its first day as a range (`frontmap.extract.span_windows`).
- ``explicit`` too: a feast day ("on the eve of Eid", `frontmap.extract.feast_days`) and a date in
  figures ("12/08/2021", "on 12/08", "23 Asad 1400", `frontmap.extract.figured_dates`).
- ``year``: a year before the publication year ("in 2015", "last year", "the 1990s", a span of
  years: "over the past four years", "in recent years", "years ago"): history,
  dated in its own year so it never colours the publication year.

A window (a month, a year, "last month") is represented by one day inside it, chosen so that the
whole window stays on the right side of the publication date: a month by its 15th ("early" = the
5th, "mid" = the 15th, "late" = the 25th), a year by July 1 ("early" = Feb 1, "late" = Nov 1),
"last month" by the 15th of the previous month, always clamped to the publication date.
Which expression dates which event, and what carries between sentences, is `frontmap.extract.dates`.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from frontmap.extract.capital_dates import cased_dates
from frontmap.extract.clock_times import in_time_zone_gloss
from frontmap.extract.date_foundings import dates_another_thing
from frontmap.extract.date_openings import may_open_a_date
from frontmap.extract.date_pattern import MONTH_RE
from frontmap.extract.date_pattern import PATTERN as _PATTERN  # noqa: F401  (also read by the tests)
from frontmap.extract.feast_days import find_feasts, resolve_feast
from frontmap.extract.landmark_days import LANDMARK_ANCHORS, is_landmark, landmark_day
from frontmap.extract.marked_years import marked_year
from frontmap.extract.memo import per_article
from frontmap.extract.month_windows import is_month_window, later_in_month, resolve_month_window
from frontmap.extract.span_windows import RANGE_BASIS, span_of_the_count, span_start
from frontmap.extract.figured_dates import find_figured_dates, may_hold_figured_day
from frontmap.extract.ordinal_days import find_ordinal_days, has_ordinal, resolve_ordinal
from frontmap.extract.paper_names import names_a_paper
from frontmap.extract.weekday_dates import WEEKDAYS, checked_weekday, fold_weekday_dates, full_weekday, local_time_mark, weekday_marks
from frontmap.extract.year_nouns import year_before_an_event

MONTHS = {name.lower(): n for n, name in enumerate(calendar.month_name) if name}
MONTHS.update({name.lower(): n for n, name in enumerate(calendar.month_abbr) if name})
MONTHS["sept"] = 9
NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "a few": 3, "few": 3, "several": 3,
    "a couple of": 2, "couple of": 2, "twenty-four": 24, "thirty-six": 36, "forty-eight": 48, "seventy-two": 72,
}
_VAGUE_COUNTS = frozenset({"", "a few", "several"})
_UNIT_DAYS = {"day": 1, "night": 1, "week": 7, "fortnight": 14, "month": 30, "year": 365}
_ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth")  # "the second day of the battle"
_LONG_UNITS = frozenset({"month", "year"})  # a shift by these counts no exact day: a span from its day
_MONTH_DAY = {"early": 5, "beginning": 5, "start": 5, "mid": 15, "middle": 15, "late": 25, "end": 25}
_YEAR_MONTH = {"early": 2, "beginning": 2, "start": 2, "mid": 7, "middle": 7, "late": 11, "end": 11}
_PART_MOD = {"first": "early", "opening": "early", "last": "late", "final": "late", "closing": "late"}  # "the first days of August"
_WEEK_DAY = {"second": 11, "third": 18, "fourth": 25}  # "in the second week of August": a day of it
_FUTURE_SLACK = dt.timedelta(days=60)
_NOT_ON_FEAST = frozenset({"before", "after", "ahead of"})  # "ahead of Eid": some day before it, not the feast

_PART_OF_DAY_AFTER = re.compile(r"the (?:day|morning|afternoon|evening|night) after$")
_PART_OF_DAY_BEFORE = re.compile(r"the (?:day|morning|afternoon|evening|night) before$")
# "the previous day", "the two preceding days": back from the day in force (a span: its last day)
_COUNTED_BACK = re.compile(r"the (?:\w+ )?(?:previous|preceding) |the eve of ")  # "on the eve of its fall": the day before
_NAME_ANCHOR = re.compile(r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon-?day|Tues-?day|Wed-?nes-?day|Thurs-?day|Fri-?day|Sat-?ur-?day|Sun-?day|(?:Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)\.)")
_YEAR_ANCHOR = re.compile(r"(?:19|20)\d\d")
_FIGURES_ANCHOR = re.compile(r"\d[./-]\d{1,2}[./-](?:19|20)\d\d|(?:19|20)\d\d-\d")  # "12.08.2021", "2021-08-12"
_WEEKDAY_STARTS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_DAY_WORDS = ("esterday", "oday", "onight", "vernight", "night", "morning", "afternoon", "evening", " day", " eve of")
_RELATIVE_WORDS = (*LANDMARK_ANCHORS, "esterday", "oday", "onight", "vernight", "night", "morning", "afternoon", "evening", "ago", "week", "month", "year", " day", "hours", "ecently", "ately", "ays later", "ays earlier", "ays after", "ays before", "eeks later", " eve of", "9/11", "9-11")
_REACH_BACK = 32
_CASE_SENSITIVE_MONTH = re.compile(MONTH_RE.format(g="m"))
# A date that names an event of history ("the September 11, 2001 attacks"): no day of the news.
NAMES_AN_EVENT = re.compile(r",?\s+(?:terror(?:ist)?\s+)?(?:attacks?|bombings?|hijackings?)\b", re.IGNORECASE)

# The first letter or digit of a word (what str.isalnum() calls alphanumeric, after one that is not).
_WORD_START = re.compile(r"(?<![^\W_])[^\W_]")


@dataclass(frozen=True)
class DateExpression:
    """A date expression in a sentence: its span, kind and the fields the pattern captured."""

    start: int
    end: int
    text: str
    kind: str  # month_day | month | weekday | relative | ago | shift | year | feast | ordinal
    fields: tuple[tuple[str, str], ...]

    def get(self, name: str) -> str | None:
        """Return the captured field `name` (None when absent)."""
        for field, value in self.fields:  # a few pairs: no dict built per question
            if field == name:
                return value
        return None


def anchors(sentence: str, days_only: bool = False) -> list[int]:
    """Return the sorted positions of words every date expression contains (month, weekday,
    year, or a relative word such as "yesterday", "week", "ago"); with `days_only`, only those of
    expressions that may name a day or a month (no bare year, "week", "ago")."""
    found = {m.start() for m in _NAME_ANCHOR.finditer(sentence)}
    years = [m.start() for m in _YEAR_ANCHOR.finditer(sentence)] if "19" in sentence or "20" in sentence else []
    if years:  # every date in figures holds a year: without one, that scan (slow: no literal to seek) finds nothing
        found.update(m.start() for m in _FIGURES_ANCHOR.finditer(sentence))
        if not days_only:
            found.update(years)
    for word in _DAY_WORDS if days_only else _RELATIVE_WORDS:
        if word not in sentence:  # most are not: the operator answers that quicker than a call of find
            continue
        at = sentence.find(word)
        while at >= 0:
            found.add(at)
            at = sentence.find(word, at + 1)
    return sorted(found)


def any_anchor(sentence: str, days_only: bool = False) -> bool:
    """Return True when `anchors(sentence, days_only)` finds any position (without listing them)."""
    if _NAME_ANCHOR.search(sentence) or (not days_only and _YEAR_ANCHOR.search(sentence)) or has_ordinal(sentence) or may_hold_figured_day(sentence):
        return True
    for word in _DAY_WORDS if days_only else _RELATIVE_WORDS:  # a loop, not any(): asked for sentence after sentence
        if word in sentence:
            return True
    return False


def _matches(sentence: str):
    """Yield the pattern's matches, trying it only at word starts shortly before each anchor.

    Trying the whole alternation at every position costs microseconds per character; date
    expressions are rare, so a few `match` calls per anchor word find the same expressions.
    """
    done = 0
    for anchor in anchors(sentence):
        if anchor < done:
            continue
        if sentence.startswith(_WEEKDAY_STARTS, anchor):
            starts = [anchor]  # no form puts words before a weekday name
        else:  # the words before the anchor, then the anchor: where a date may open (`date_openings`)
            lo = max(done, anchor - _REACH_BACK)
            starts = [m.start() for m in _WORD_START.finditer(sentence, lo, anchor) if may_open_a_date(sentence, m.start())]
            if may_open_a_date(sentence, anchor):
                starts.append(anchor)
        for start in starts:
            match = _PATTERN.match(sentence, start)
            if match is not None and match.end() > anchor:
                done = match.end()
                yield match
                break


@per_article
def find_date_expressions(sentence: str) -> list[DateExpression]:
    """Return every date expression in `sentence`, in order of position."""
    sentence = cased_dates(sentence)  # a headline in capitals: "ON TUESDAY"
    found = []
    for match in _matches(sentence):
        groups = {k: v for k, v in match.groupdict().items() if v is not None}
        kind = _kind_of(groups)
        if kind is None:
            continue
        month = groups.get("md_month") or groups.get("dm_month") or groups.get("m_month")
        if month and not _CASE_SENSITIVE_MONTH.match(month):
            continue  # "may", "march" as verbs
        if kind == "month" and not (groups.get("m_prep") or groups.get("m_mod") or groups.get("m_part") or groups.get("m_year") or groups.get("m_last") or groups.get("m_lastyr")):
            continue
        if kind == "year" and not (groups.get("y_prep") or groups.get("y_mod") or groups.get("y_decade") or groups.get("era")
                                   or year_before_an_event(sentence, match.start("y_year"), match.end("y_year"))):  # "a 2016 offensive"
            continue
        if kind == "month" and sentence.endswith(("earlier ", "Earlier "), 0, match.start()):
            groups["m_earlier"] = "earlier"  # "after taking X earlier in August": a span of the month before the day told
        year = groups.get("md_year") or groups.get("dm_year")
        if year and kind == "month_day" and NAMES_AN_EVENT.match(sentence, match.end()):
            kind, groups = "year", {"y_year": year}  # "the September 11, 2001 attacks": only its year
        before = sentence[max(0, match.start() - 40) : match.start()]
        if dates_another_thing(before) or not span_of_the_count(before, match.group(0)) or in_time_zone_gloss(sentence, match.start(), match.end()):
            continue
        if kind == "weekday":
            if names_a_paper(sentence, match.start(), match.end()):
                continue  # "The Sunday Times": a paper, not a day
            groups.update(weekday_marks(sentence, match.start()), **local_time_mark(sentence, match.end()), wd_day=full_weekday(groups["wd_day"]))
        found.append(DateExpression(match.start(), match.end(), match.group(0), kind, tuple(sorted(groups.items()))))
    feasts = [DateExpression(a, b, text, "feast", tuple(sorted(f.items()))) for a, b, text, f in find_feasts(sentence)]
    if counted := [e for e in feasts if e.get("f_days")]:  # "the day before Eid": the feast's, not "the day before" the day in force
        found = [e for e in found if not any(f.start < e.end and e.start < f.end for f in counted)]
    found += [e for e in feasts if e.get("f_prep") not in _NOT_ON_FEAST]
    figures = [DateExpression(a, b, text, "month_day", tuple(sorted(f.items()))) for a, b, text, f in find_figured_dates(sentence)]
    figures += [DateExpression(a, b, text, "ordinal", tuple(f.items())) for a, b, text, f in find_ordinal_days(sentence)]
    if figures:
        found = [e for e in found if not any(f.start < e.end and e.start < f.end for f in figures)] + figures
    if not found:
        return found  # most sentences name no date: nothing to sort or fold
    return fold_weekday_dates(sentence, sorted(found, key=lambda e: e.start) if feasts or figures else found)


def _kind_of(groups: dict[str, str]) -> str | None:
    """Return which alternative of the pattern matched."""
    if "md_month" in groups or "dm_month" in groups:
        return "month_day"
    if "m_month" in groups:
        return "month"
    if "wd_day" in groups:
        return "weekday"
    if "rel" in groups:
        return "relative"
    if "unit" in groups:
        return "ago"
    if "shift_unit" in groups or "after_unit" in groups or "nth_ord" in groups or "hours" in groups:
        return "shift"
    if "y_year" in groups or "era" in groups:
        return "year"
    return None


def resolve_expression(
    expr: DateExpression, published: dt.date | None, previous: dt.date | None = None
) -> tuple[dt.date | None, str]:
    """Return (date, basis) for one expression; (None, basis) when it needs a date it lacks."""
    g = expr.get
    if expr.kind == "feast":
        return resolve_feast(dict(expr.fields), published), "explicit"
    if expr.kind == "ordinal":  # "on the 15th": the month in force's (counted from it), else the report's
        return resolve_ordinal(int(g("od_day") or 0), published, previous), "explicit"
    if expr.kind == "month_day":
        month = MONTHS[(g("md_month") or g("dm_month")).lower().rstrip(".")]
        day = int(g("dm_first") or g("md_day") or g("dm_day"))  # two days told as one ("12 and 13 August"): some day of them
        year = g("md_year") or g("dm_year") or marked_year(expr, month, published)
        basis = RANGE_BASIS if g("dm_first") or g("md_last") else "explicit"
        return checked_weekday(_safe_date(int(year) if year else None, month, day, published), g("wd_day"), published), basis
    if expr.kind == "month":
        month = MONTHS[g("m_month").lower().rstrip(".")]
        mod = (g("m_mod") or _PART_MOD.get((g("m_part") or "").lower(), "")).lower()
        day = _WEEK_DAY.get((g("m_part") or "").lower()) or _MONTH_DAY.get(mod, 15)
        year = g("m_year") or marked_year(expr, month, published)
        found = _safe_date(int(year) if year else None, month, day, published)
        if g("m_earlier") and published is not None and found is not None and (found.year, found.month) == (published.year, published.month):
            return published.replace(day=1), RANGE_BASIS  # "earlier in August" in an August paper: some day of it before this one
        return _clamp(found, published), "explicit"
    if expr.kind == "weekday":
        if published is None:
            return None, "weekday"
        wanted = WEEKDAYS[g("wd_day").lower()]
        if g("wd_local") and (published + dt.timedelta(days=1)).weekday() == wanted:
            return published + dt.timedelta(days=1), "weekday"  # "early Sunday local time" in a paper of Saturday abroad
        ahead = previous + dt.timedelta(days=(wanted - previous.weekday()) % 7 or 7) if g("wd_next") and previous is not None else None
        if ahead is not None and ahead <= published:  # "took X on Aug. 1 and Y the following Tuesday"
            return ahead, "relative"
        base = previous if g("wd_prev") and previous is not None and previous <= published else published
        back = (base.weekday() - wanted) % 7 or (7 if g("wd_last") or g("wd_prev") else 0)
        return base - dt.timedelta(days=back + (1 if g("wd_eve") else 0)), "weekday"
    if expr.kind == "year" and g("era"):
        return dt.date(2000, 7, 1), "year"  # "prior to 9/11": some year of the first Taliban rule
    if expr.kind == "year":
        year = int(g("y_year"))
        if g("y_decade"):
            year += 5
        if published is not None and year >= published.year:
            return None, "year"  # the current year says nothing more precise than the article
        month = _YEAR_MONTH.get((g("y_mod") or "").lower(), 7)
        return dt.date(year, month, 1), "year"
    if expr.kind == "shift" and g("hours"):
        return _hours_later(expr, previous or published), "relative"
    if expr.kind == "shift" and (expr.get("shift_unit") or "day").lower() in _LONG_UNITS:  # "a month later": about then
        found = _shifted(expr, published, previous)
        return (min(found, published) if found and published else found), RANGE_BASIS
    if expr.kind == "shift":
        return _shifted(expr, published, previous), "relative"
    if expr.kind == "ago":
        if published is None:  # "two years ago" in an undated report: some year before its own
            return None, ("year" if g("unit").lower() == "year" else "relative")
        num = g("num").lower()
        count = int(num) if num.isdigit() else NUMBER_WORDS.get(num, 1)
        return published - dt.timedelta(days=count * _UNIT_DAYS[g("unit").lower()]), "relative"
    return _resolve_relative(" ".join(g("rel").lower().split()), published, previous)


def _shifted(expr: DateExpression, published: dt.date | None, previous: dt.date | None) -> dt.date | None:
    """Return the day "two days later", "a day earlier", "a few days later" or "days later" names,
    counted from the day in force `previous` (a step back from `published` when none); None without
    a day to count from. A count the text leaves vague ("a few", "several", none) is a guess, so it
    never reaches past `published`."""
    num = " ".join((expr.get("shift_num") or expr.get("after_num") or "").lower().split())
    count = int(num) if num.isdigit() else NUMBER_WORDS.get(num, 2)  # "days later": two at least
    if expr.get("nth_ord"):  # "the second day of the battle": a day after the day it began
        count = _ORDINALS.index(expr.get("nth_ord").lower())
    sign = -1 if (expr.get("shift_dir") or "after").lower().split()[0] in ("earlier", "before", "previously", "shy", "short") else 1
    base = previous or (published if sign < 0 else None)  # "a day earlier" than the news: than publication
    if expr.get("nth_wd") and published is not None:  # "the second day of an offensive that began on Wednesday"
        base = published - dt.timedelta(days=(published.weekday() - WEEKDAYS[expr.get("nth_wd").lower()]) % 7)
    if base is None:
        return None
    found = base + dt.timedelta(days=sign * count * _UNIT_DAYS[(expr.get("shift_unit") or expr.get("after_unit") or "day").lower()])
    if published is not None and num in _VAGUE_COUNTS:
        return min(found, published)
    return found


def _hours_later(expr: DateExpression, base: dt.date | None) -> dt.date | None:
    """Return the day "N hours later / after / before / earlier" than `base` falls on: the same
    day, unless N makes a whole day or more ("24 hours after", "48 hours later")."""
    count = expr.get("hours").split()[0].lower()
    hours = int(count) if count.isdigit() else NUMBER_WORDS.get(count, 0)  # "48 hours", "forty-eight hours"
    days = round(hours / 24) if not expr.get("hours_less") else 0
    if base is None or not days:
        return base
    sign = -1 if expr.text.lower().endswith(("before", "earlier")) else 1
    return base + dt.timedelta(days=sign * days)


def _resolve_relative(rel: str, published: dt.date | None, previous: dt.date | None) -> tuple[dt.date | None, str]:
    """Return (date, basis) for a relative expression such as "yesterday" or "the next day"."""
    if rel.endswith(" ago"):  # "months ago": a span back from the report, "years ago" history
        rel = "recent " + rel.split()[0]
    if is_landmark(rel):  # "in the days after Kabul fell"
        return landmark_day(rel, published), "relative"
    if rel.endswith(("before yesterday", "before last")):  # "the night before last": two days before the report
        return (published - dt.timedelta(days=2) if published else None), "relative"
    if rel.endswith(" week") and rel.startswith(("the next ", "the following ")):  # some day of the week after the day in force
        return (min(previous + dt.timedelta(days=7), published or previous) if previous else None), RANGE_BASIS
    if rel.startswith(("the next ", "the following ", "next ")) or rel == "a day later" or _PART_OF_DAY_AFTER.match(rel):
        return (previous + dt.timedelta(days=1) if previous else None), "relative"
    if _COUNTED_BACK.match(rel) or _PART_OF_DAY_BEFORE.match(rel):
        base = previous or published
        return (base - dt.timedelta(days=1) if base else None), "relative"
    if rel.startswith("within ") and rel.endswith("days"):  # "Within days, ...": some day after the day in force, up to the report
        return (previous + dt.timedelta(days=1), RANGE_BASIS) if previous and (not published or previous < published) else (published, "relative")
    if rel.endswith((" week", " month")) and rel.startswith("later "):  # "later that week" ("that month"): after the day in force
        return (later_in_month(previous, published) if rel.endswith("month") else min(previous + dt.timedelta(days=1), published or previous)) if previous else published, "relative"
    if rel in ("earlier in the day", "later in the day") or rel.startswith(("the same ", "that ", "later that ", "earlier that ")):
        return (previous or published), "relative"
    if rel in ("last year", "previous year") or rel.endswith("years"):  # "in recent years": before this one (unknown undated)
        return (dt.date(published.year - 1, 7, 1) if published else None), "year"
    if published is None:
        return None, "relative"
    day = dt.timedelta(days=1)
    if rel == "overnight" and previous is not None and published - day <= previous <= published:
        return previous, "relative"  # "took Panjwai on Sunday. ... after overnight fighting": the night into Sunday
    if rel in ("yesterday", "last night"):
        return published - day, "relative"
    if rel.endswith("weekend"):  # the Sunday of the last weekend (the Saturday when published on it)
        saturday = published - day * ((published.weekday() - 5) % 7)
        return min(saturday + day, published), "relative"
    if rel in ("last week", "previous week"):
        return published - 7 * day, "relative"
    if rel.endswith("last week"):  # "late last week": its Friday; "early last week": its Monday
        monday = published - day * published.weekday()
        return monday - day * (7 if rel.startswith(("early", "the start")) else 3), "relative"
    if is_month_window(rel):
        return resolve_month_window(rel, published), "relative"
    if rel in ("earlier this week", "earlier in the week"):  # a day of the week before the day told of
        return (previous if rel == "earlier in the week" and previous else published) - day, "relative"
    if (span := span_start(rel, published)) is not None:  # "in recent weeks", "over the past two days"
        return span
    # today, tonight, overnight, this morning/afternoon/evening/week/month/year, earlier today
    return published, "relative"


def _safe_date(year: int | None, month: int, day: int, published: dt.date | None) -> dt.date | None:
    """Return the date, inferring a missing year from `published` (None if impossible)."""
    try:
        if year is not None:
            return dt.date(year, month, day)
        if published is None:
            return None
        found = dt.date(published.year, month, day)
        if found > published + _FUTURE_SLACK:
            found = dt.date(published.year - 1, month, day)
        return found
    except ValueError:
        return None


def _clamp(found: dt.date | None, published: dt.date | None) -> dt.date | None:
    """Return `found`, but never after `published` when it stands for a window holding it."""
    if found is not None and published is not None and found.year == published.year and found.month == published.month:
        return min(found, published)
    return found
