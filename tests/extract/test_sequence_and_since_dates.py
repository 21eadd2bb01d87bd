"""Dates misread as the event's, each read with several phrasings: a month closing a "since the
start of ..." phrase (a period's start), a bare "earlier" that dates the speaking ("officials
earlier said"), the date after a sequence verb with an object ("X followed the fall of Y on
Saturday": Y's day), "overnight" after the news day in force, a reported change its "two days
after it was captured" retells, feast days ("on the eve of Eid") and a headline's day the body
refines, and an undated lead one of the next two paragraphs retells with its day."""

from __future__ import annotations

import datetime as dt

import pytest
from event_reading import events_of

MON_AUG_9 = dt.date(2021, 8, 9)
SAT_AUG_14 = dt.date(2021, 8, 14)
SUN_AUG_15 = dt.date(2021, 8, 15)
MON_JUL_5 = dt.date(2021, 7, 5)
THU_JUL_22 = dt.date(2021, 7, 22)

# (text, published, a reading that must be there, one that must not)
CASES = {
    "since-phrase": [
        (("Herat was attacked on Monday, the heaviest blow since the start of the summer offensive in May.\n\n"
         "Faizabad had fallen a few hours earlier, a lawmaker said."), MON_AUG_9, ("Faizabad", "taliban", "2021-08-09"), None),
        (("It was the worst day for the army since the beginning of the foreign pull-out in early May.\n\n"
         "Faizabad fell to the insurgents hours earlier on Monday."), MON_AUG_9, ("Faizabad", "taliban", "2021-08-09"), None),
        (("Officials called it the sharpest reverse since the launch of the spring campaign in April.\n\n"
         "Faizabad was overrun by the Taliban on Monday."), MON_AUG_9, ("Faizabad", "taliban", "2021-08-09"), None),
    ],
    "earlier-said": [
        (("The Taliban took Imam Sahib on Monday.\n\nA border official earlier told reporters that the insurgents "
         "had seized Imam Sahib."), MON_AUG_9, ("Imam Sahib", "taliban", "2021-08-09"), ("Imam Sahib", "taliban", "2021-08-08")),
        ("On Monday a police spokesman earlier said that Imam Sahib had fallen to the Taliban.", MON_AUG_9,
         ("Imam Sahib", "taliban", "2021-08-09"), ("Imam Sahib", "taliban", "2021-08-08")),
        (("Imam Sahib was overrun on Monday, officials said.\n\nA lawmaker had earlier confirmed that the Taliban had "
         "captured Imam Sahib."), MON_AUG_9, ("Imam Sahib", "taliban", "2021-08-09"), ("Imam Sahib", "taliban", "2021-08-08")),
    ],
    "sequence-verb": [
        ("Taliban in Jalalabad\nThe capture of Jalalabad followed the fall of Mazar-i-Sharif on Saturday night.",
         SUN_AUG_15, ("Jalalabad", "taliban", "2021-08-15"), ("Jalalabad", "taliban", "2021-08-14")),
        (("The Taliban entered Jalalabad on Sunday.\n\nThe seizure of Jalalabad followed the Taliban capturing "
         "Mazar-i-Sharif on Saturday."), SUN_AUG_15, ("Jalalabad", "taliban", "2021-08-15"), ("Jalalabad", "taliban", "2021-08-14")),
        ("Jalalabad taken\nThe loss of Jalalabad followed Mazar-i-Sharif's fall to the insurgents on Saturday.",
         SUN_AUG_15, ("Jalalabad", "taliban", "2021-08-15"), ("Jalalabad", "taliban", "2021-08-14")),
        ("Mazar-i-Sharif fell on Saturday, and Jalalabad followed early on Sunday.", SUN_AUG_15,
         ("Jalalabad", "taliban", "2021-08-15"), None),
        ("Mazar-i-Sharif fell on Saturday and Jalalabad followed on Sunday morning.", SUN_AUG_15,
         ("Jalalabad", "taliban", "2021-08-15"), None),
    ],
    "overnight": [
        ("The Taliban took Kunduz on Sunday.\n\nAfter overnight fighting the insurgents also captured Imam Sahib.",
         MON_JUL_5, ("Imam Sahib", "taliban", "2021-07-04"), None),
        ("Insurgents stormed Herat on Sunday, officials said.\n\nOvernight they overran Imam Sahib as well.",
         MON_JUL_5, ("Imam Sahib", "taliban", "2021-07-04"), None),
        ("The Taliban seized two districts on Sunday.\n\nImam Sahib fell overnight after a long siege, police said.",
         MON_JUL_5, ("Imam Sahib", "taliban", "2021-07-04"), None),
        ("The Taliban entered Kunduz on Friday.\n\nImam Sahib fell overnight, police said.", MON_JUL_5,
         ("Imam Sahib", "taliban", "2021-07-05"), None),
    ],
    "retold-complement": [
        ("Officials confirmed the fall of Imam Sahib on Friday, two days after it was captured by the Taliban.",
         SAT_AUG_14, ("Imam Sahib", "taliban", "2021-08-11"), ("Imam Sahib", "taliban", "2021-08-13")),
        (("The ministry on Friday admitted the loss of Imam Sahib, two days after the district had fallen to the "
         "insurgents."), SAT_AUG_14, ("Imam Sahib", "taliban", "2021-08-11"), ("Imam Sahib", "taliban", "2021-08-13")),
        ("Police acknowledged the capture of Imam Sahib by the Taliban on Friday, two days after it fell.",
         SAT_AUG_14, ("Imam Sahib", "taliban", "2021-08-11"), ("Imam Sahib", "taliban", "2021-08-13")),
        ("The Taliban captured Imam Sahib two days after Kunduz fell on Tuesday.", SAT_AUG_14,
         ("Imam Sahib", "taliban", "2021-08-12"), None),
        ("Afghan forces retook Imam Sahib on Friday, two days after it had fallen to the Taliban.", SAT_AUG_14,
         ("Imam Sahib", "government", "2021-08-13"), None),
    ],
    "feast-day": [
        ("The Taliban captured Imam Sahib on the eve of Eid, officials said.", THU_JUL_22,
         ("Imam Sahib", "taliban", "2021-07-19"), None),
        ("Insurgents overran Imam Sahib on the second day of Eid al-Adha.", THU_JUL_22,
         ("Imam Sahib", "taliban", "2021-07-21"), None),
        ("Imam Sahib fell to the Taliban on the first day of the Eid ul-Azha holidays.", THU_JUL_22,
         ("Imam Sahib", "taliban", "2021-07-20"), None),
        ("Eid Mohammad, a police officer, said the Taliban took Imam Sahib on Wednesday.", THU_JUL_22,
         ("Imam Sahib", "taliban", "2021-07-21"), None),
        ("The Taliban captured Imam Sahib ahead of Eid, officials said.", THU_JUL_22,
         ("Imam Sahib", "taliban", "2021-07-22"), ("Imam Sahib", "taliban", "2021-07-19")),
    ],
    "headline-refined": [
        ("Taliban capture Kuf Ab on Sunday\nThe district of Kuf Ab fell to the insurgents late on Saturday, police said.",
         MON_JUL_5, ("Kuf Ab", "taliban", "2021-07-03"), ("Kuf Ab", "taliban", "2021-07-04")),
        ("Kuf Ab falls to the Taliban on Sunday\nInsurgents overran Kuf Ab on Saturday night after a week-long siege.",
         MON_JUL_5, ("Kuf Ab", "taliban", "2021-07-03"), ("Kuf Ab", "taliban", "2021-07-04")),
        ("Taliban took Kuf Ab on Sunday\nKuf Ab had also fallen on June 20, police said.", MON_JUL_5,
         ("Kuf Ab", "taliban", "2021-07-04"), None),
    ],
    "lead-retold-later": [
        (("Kunduz retaken\nArmy units have pushed the Taliban out of Imam Sahib, officials said.\n\n"
         "The district borders Tajikistan.\n\nThe operation to retake Imam Sahib took place on Sunday night."),
         MON_JUL_5, ("Imam Sahib", "government", "2021-07-04"), ("Imam Sahib", "government", "2021-07-05")),
        (("Imam Sahib lost\nThe Taliban have overrun Imam Sahib, police said.\n\nFamilies fled to Kunduz city.\n\n"
         "The district centre fell early on Saturday after a night of fighting."),
         MON_JUL_5, ("Imam Sahib", "taliban", "2021-07-03"), ("Imam Sahib", "taliban", "2021-07-05")),
    ],
    "prior-to": [
        ("The Taliban took Kuf Ab on Monday.\n\nPrior to Kuf Ab, the Taliban had taken Khwahan without a fight.",
         MON_JUL_5, ("Khwahan", "taliban", "2021-07-04"), ("Khwahan", "taliban", "2021-07-05")),
        ("The Taliban took Kuf Ab on Monday. Before the fall of Kuf Ab, the insurgents had captured Khwahan.",
         MON_JUL_5, ("Kuf Ab", "taliban", "2021-07-05"), ("Khwahan", "taliban", "2021-07-05")),
        ("The Taliban took Kuf Ab on Monday. Before dawn, the insurgents had captured Khwahan.",
         MON_JUL_5, ("Khwahan", "taliban", "2021-07-05"), None),
    ],
}


@pytest.mark.parametrize(
    ("text", "published", "present", "absent"),
    [case for cases in CASES.values() for case in cases],
    ids=[f"{name}-{i}" for name, cases in CASES.items() for i in range(len(cases))],
)
def test_the_event_takes_the_day_its_telling_means(text, published, present, absent):
    events = events_of(text, published)
    assert present in events
    assert absent is None or absent not in events


def test_a_month_closing_a_since_phrase_dates_nothing():
    events = events_of(CASES["since-phrase"][0][0], MON_AUG_9)
    assert not any(day < "2021-08-01" for _place, _status, day in events)
