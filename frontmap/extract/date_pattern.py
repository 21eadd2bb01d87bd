"""The grammar of a date expression: one compiled alternation of every form a news sentence writes
(for `frontmap.extract.date_expressions`, which finds and resolves them).

Tried left to right at each position, longer forms first; the named groups say which form matched
and carry its fields (a month, a day, a year, a modifier such as "early", a count, a unit).
"""

from __future__ import annotations

import re

from frontmap.extract.landmark_days import LANDMARK_RE
from frontmap.extract.month_windows import MONTH_WINDOW_RE

#: A month's name or abbreviation, as a named group (`{g}`: the group's name).
MONTH_RE = (
    r"(?P<{g}>January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
)
_YEAR_END = r"(?:\b|(?-i:(?=[A-Z][a-z])))"  # a year ends at a word's end, or where a glued word starts ("August 3, 2021Afghanistan's army")
_MOD_RE = r"(?:(?:the\s+)?(?P<{g}>[Ee]arly|[Mm]id|[Mm]iddle|[Ll]ate|[Bb]eginning|[Ss]tart|[Ee]nd)(?:\s+of)?[\s-]*)"
_NUM_RE = r"(?P<num>\d{1,2}|a few|a couple of|several|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a|an)"

#: Every date form, one alternation (case ignored but where a form says otherwise).
PATTERN = re.compile(
    "|".join(
        [
            # "July 23, 2021", "early July 28", "Aug. 1"
            _MOD_RE.format(g="md_mod") + "?" + MONTH_RE.format(g="md_month")
            + r"\s+(?P<md_day>\d{1,2})(?:st|nd|rd|th)?\b(?!\s*(?:%|per|km|kilomet|miles))"
            + r"(?:\s*(?:and|to|-|–)\s*(?P<md_last>\d{1,2})\b(?!\s*(?:%|per|km|kilomet|miles|[a-z])))?"  # "August 12 and 13": two days
            + r"(?:,?\s+(?P<md_year>(?:19|20)\d\d)" + _YEAR_END + r"|\s+(?:of\s+)?(?P<md_lastyr>last\s+year)\b)?",  # "on August 15 last year"
            # "1 August", "1st of August 2021", "17-June", "12 and 13 August" (two days: the first's)
            r"\b(?:(?P<dm_first>\d{1,2})(?:st|nd|rd|th)?\s*(?:and|to|-|–)\s*)?(?P<dm_day>\d{1,2})(?:st|nd|rd|th)?(?:\s+(?:of\s+)?|-(?=" + MONTH_RE.replace("(?P<{g}>", "(?:") + r"(?:\b|-)))" + MONTH_RE.format(g="dm_month")  # "17-June": a UN form
            + r"(?:,?\s+(?P<dm_year>(?:19|20)\d\d)" + _YEAR_END + r")?",
            # "in June", "mid-July", "late July 2021", "since May": a month needs a modifier, a
            # preposition or a year (so that the verb "may" or a name is not a month)
            r"(?:\b(?P<m_prep>[Ii]n|[Ss]ince|[Uu]ntil|[Bb]y|[Dd]uring|[Ff]rom|[Oo]f|[Tt]hrough)\s+)?"
            # "in the first days of August", "the last week of July": its first or last days
            # (or its second, third or fourth week: "in the second week of August")
            + r"(?:(?:the\s+)?(?P<m_part>first|opening|last|final|closing|second|third|fourth)\s+(?:few\s+)?(?:days|week)\s+of\s+)?"
            # "last August": the latest August before the report's month (a retrospective's)
            + r"(?:(?P<m_last>last)\s+)?"
            + _MOD_RE.format(g="m_mod") + "?" + MONTH_RE.format(g="m_month")
            + r"(?:\s+(?P<m_year>(?:19|20)\d\d)|\s+(?:of\s+)?(?P<m_lastyr>last\s+year))?\b(?!\.?\s*\d)",
            # weekdays: "Friday", "late on Saturday", "Earlier Thursday", "Friday's"; a print copy's
            # line-end hyphen left inside ("on Mon-day")
            # a wire's abbreviation, capitalised and with its dot ("on Sat.", "Wed., Aug. 11")
            r"\b(?P<wd_day>Mon-?day|Tues-?day|Wed-?nes-?day|Thurs-?day|Fri-?day|Sat-?ur-?day|Sun-?day"
            r"|(?<!The\s)(?-i:Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)(?=\.))s?\b",  # not "told The Sun."
            # "yesterday", "the next day", ... ("overnight Saturday": the weekday names the night, not the report)
            r"\b(?P<rel>yesterday|today|tonight|overnight(?!\s+(?:on\s+|into\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|" + MONTH_RE.replace("(?P<{g}>", "(?:") + r"\s*\d))|last\s+night|this\s+(?:morning|afternoon|evening|week)"
            r"|earlier\s+(?:in\s+the\s+day|today|this\s+month|this\s+week|in\s+the\s+week)|later\s+in\s+the\s+day"
            r"|(?:the\s+(?:next|following)|next)\s+(?:day|morning|afternoon|evening|night)|a\s+day\s+later"
            r"|the\s+(?:next|following)\s+week(?![-\w])"  # "lost it on July 19 and retook it the following week"
            r"|the\s+(?:day|night)\s+before\s+(?:yesterday|last)"  # two days before the report
            r"|the\s+(?:day|morning|afternoon|evening|night)\s+(?:before|after)|later\s+(?:that|in\s+the)\s+(?:week|month)"
            r"|the\s+(?:previous|preceding)\s+(?:(?:two|three|four|five|few|several|\d)\s+days|day|night|morning|afternoon|evening)"
            r"|the\s+(?:two|three|four|five|few|several|\d)\s+(?:previous|preceding)\s+days"
            r"|(?:later\s+|earlier\s+)?that\s+(?:same\s+)?(?:day|night|morning|afternoon|evening)|the\s+same\s+(?:day|night|morning|afternoon|evening)"
            r"|the\s+eve\s+of\s+(?:its|their|that|the\s+city's)\s+(?:fall|capture|collapse|surrender|loss)"
            r"|" + LANDMARK_RE +  # "in the days after Kabul fell": a day near the fall of Kabul
            # "Kunduz fell on Sunday. Within days, ...": some day after the day in force ("within days of": a complement)
            r"|within\s+(?:a\s+few\s+|several\s+)?days(?!\s+of\b)"
            r"|(?:over|at|during|since)\s+the\s+weekend|(?:this|last)\s+(?:past\s+)?weekend"
            # "in a weekend offensive", "in weekend blitz" (a headline): the last weekend's
            r"|(?:in|during)\s+(?:an?\s+|the\s+|their\s+|its\s+)?(?:\w+\s+)?weekend(?=\s+(?:offensive|blitz|assault|push|sweep|attacks?|advance|onslaught|fighting|battles?|campaign|surge|rampage|gains)\b)"
            r"|" + MONTH_WINDOW_RE + r"|(?:(?:early|late)\s+|the\s+(?:start|end)\s+of\s+)?last\s+week|last\s+year|this\s+year|previous\s+(?:week|year)"
            # not "in the last few days of their advance": the end of a campaign, dating what was met in it
            r"|(?:in\s+)?(?:the\s+)?(?:recent|past|last\s+few)\s+(?:days|weeks|months)(?!\s+of\s+(?:the|their|its|his|a|an)\b)"
            r"|(?:days|weeks|months|years)\s+ago"  # uncounted: as vague as "in recent months" ("two months ago" is counted below)
            # "Recently they took X": some day of the weeks before the report; not "the recently
            # appointed governor", "as recently as May", "until recently" (a state that ended), "most
            # recently X" (the last of a list), "districts recently retaken by the army" (a state now)
            r"|(?<!\bthe\s)(?<!\ba\s)(?<!\bas\s)(?<!\buntil\s)(?<!\btill\s)(?<!\bmost\s)(?:recently|lately)(?![-\w])"
            r"(?!\s+\w+(?:ed|en)\s+(?:by|from)\b)"
            # "over the past four years", "in recent years": a span of years, the past before this one
            r"|(?:(?:in|over|during|within)\s+)?(?:the\s+)?(?:recent|(?:past|last|previous)(?:\s+(?:few|several|couple\s+of"
            r"|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}))?)\s+years"
            r"|(?:in\s+|over\s+)?the\s+(?:past|last)\s+(?:two|three|four|five|several|\d)\s+days"
            # "fighting during these two days": the days just told, up to the report (not "those", a past span's)
            r"|(?:in|over|during|within)\s+these\s+(?:two|three|four|five|few|several|\d)\s+days"
            # "in the past few days", "over the past week", "took three capitals in three days": spans ending now
            r"|(?:in\s+|over\s+)?the\s+past\s+(?:(?:few|couple\s+of)\s+days|week)"
            # "have fallen within a week's time": some day of the week up to the report (not "within a week of the pullout")
            r"|within\s+(?:a|one)\s+week(?:['’]s\s+time)?(?!['’]s)(?!\s+(?:of|after|from|since)\b)"
            # "within the past month", "over the last month": a month back from the report, not the calendar month before
            r"|(?:in\s+|over\s+|within\s+|during\s+)?the\s+(?:past|last)\s+month(?!\s+of\b|'s|’s)"
            r"|in\s+(?:just\s+|only\s+)?(?:two|three|four|five|six|seven|\d)\s+days(?!\s+of\b))\b",
            # "two weeks ago", "3 days ago", "two days back", "two nights ago" (a night is a day back)
            r"\b" + _NUM_RE + r"\s+(?P<unit>day|night|week|fortnight|month|year)s?\s+(?:ago|back)\b(?:\s+(?:today|this\s+week)\b)?",  # "a week ago today", "a year ago this week": the same count
            # "two days later", "a day earlier", "three days after", "a month later": counted from the day in force
            # ("a week to the day after": the same count, said to be exact; "two nights later"; "three days on,")
            # a bare plural forward or back from a day ("days later", "days earlier", "days after taking
            # X"); "days before the fall" is no day of its own, but "Days before, ..." ends there: "days earlier";
            # "eight days shy of the fall of X" is "before"
            r"\b(?:(?P<shift_num>\d{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+couple\s+of|a\s+few|several)\s+"
            r"|(?<!\bthe\s)(?<!\bfor\s)(?=(?:day|week)s\s+(?:later|afterwards|after|earlier(?!\s+than)|before(?=\s*[,;.]))\b))(?P<shift_unit>day|night|week|fortnight|month|year)s?"
            r"(?:\s+to\s+the\s+day)?\s+(?P<shift_dir>later|earlier|before|after|afterwards|previously|(?:shy|short)\s+of|on(?=\s*[,;])"
            r"|since(?=\s+(?:the|they|it)\s))\b",  # "two weeks since the Taliban's sweep into X": as "two weeks after"
            # "on the second day of the battle": a day counted from the fight's start, the day in force
            # ("of a Taliban offensive that began on Wednesday": counted from the day it names)
            r"\bthe\s+(?P<nth_ord>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+day\s+of\s+(?:the\s+|an?\s+|(?:their|its)\s+)?"
            r"(?:[a-z]+\s+)??(?:battle|fighting|siege|assault|offensive|clashes|attack)\b"
            r"(?:,?\s+(?:that|which)\s+(?:had\s+)?(?:began|begun|started|opened|was\s+launched)\s+(?:on\s+)?(?P<nth_wd>(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b)?",
            # "won it back after ten days": as "ten days later" (not "after ten days of fighting", a span)
            r"\bafter\s+(?P<after_num>\d{1,2}|a|one|two|three|four|five|six|seven|eight|nine|ten|a\s+couple\s+of|a\s+few|several)\s+"
            r"(?P<after_unit>day|week|fortnight)s?\b(?![-\w])(?!\s+(?:of|in|on|at|under|with|without|since)\b)",
            # "hours after", "two hours before": the same day
            r"\b(?:(?P<hours_less>less\s+than|under|(?P<hours_within>within)|nearly|almost)\s+)?"
            r"(?P<hours>(?:(?:a\s+few|several|\d{1,2}|two|three|four|five|six|twenty-four|thirty-six|forty-eight|seventy-two|just|only|some)\s+)?hours)"
            r"(?(hours_within)(?:\s+(?:later|earlier|before|after)\b|(?=\s*(?:[,.;]|$)))|\s+(?:later|earlier|before|after)\b)",  # "lost it again within hours,": the same day
            # "prior to 9/11", "before the 9/11 attacks", "pre-9/11": the years of the first Taliban rule
            r"\b(?:(?:before|prior\s+to|until|till)\s+(?:the\s+)?|pre-)(?P<era>9/11|9-11)(?!\d)",
            # "in 2015", "since 2019", "late 2001", "the 1990s", "in 2015 and 2016"
            r"\b(?:(?P<y_prep>in|since|during|by|of|from|until|around|before|prior\s+to)\s+)?" + _MOD_RE.format(g="y_mod") + "?"
            + r"(?:the\s+)?(?P<y_year>(?:19|20)\d\d)(?P<y_decade>s)?\b(?!\s*(?:per|%|civilians|people|km))",
        ]
    ),
    re.IGNORECASE,
)
