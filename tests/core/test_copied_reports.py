"""One sentence copied is one report: edited copies of one story that grouping keeps apart, and
two stories quoting one official, weigh once on the map; a name swapped or a short sentence
written alike by two outlets is still another report."""

from __future__ import annotations

import datetime as dt

import pandas as pd

from frontmap.extract.events import ControlEvent
from frontmap.intake.articles import Article, article_id_for
from frontmap.intake.stories import assign_stories
from frontmap.store import Store
from frontmap.stored_timeline import stored_facts
from frontmap.timeline import build_timeline

D = dt.date
DISTRICTS = pd.DataFrame([("d-lsk", "Lashkar Gah", "AF-HEL", "Helmand", True),
                          ("d-trk", "Tarinkot", "AF-URU", "Uruzgan", True)],
                         columns=["district_id", "district", "province_code", "province", "is_capital"])
PROVINCE = {"d-lsk": "AF-HEL", "d-trk": "AF-URU"}

# A sentence that dates the fall four days early, printed by every copy of one story.
EARLY = ("Insurgent fighters overran the police headquarters in Lashkar Gah on Sunday night after "
         "a week of street battles, a provincial council member said.")
PARAGRAPHS = [
    EARLY,
    "Government troops pulled back towards the airport and the governor's compound, he added, "
    "asking not to be named because he was not cleared to speak to reporters.",
    "Residents described empty streets, shuttered shops and smoke rising over the central bazaar "
    "as the fighting moved from one neighbourhood to the next.",
    "The defence ministry did not answer calls seeking comment, and a military spokesman said only "
    "that operations in the province were going on.",
    "Thousands of families have fled the city for the provincial border in recent days, aid "
    "workers said, many of them sleeping in open fields along the highway.",
]
ORIGINAL = "Taliban overrun police headquarters in Helmand capital\n\n" + "\n\n".join(PARAGRAPHS)
# trimmed and re-ordered: its last paragraphs first, the lead sentence kept inside
TRIMMED = "Fighting empties streets of Lashkar Gah\n\n" + "\n\n".join([PARAGRAPHS[2], PARAGRAPHS[0], PARAGRAPHS[1]])
EXTENDED = "Helmand capital on the brink\n\n" + "\n\n".join([
    "Officials in the southern province warned on Tuesday that the last government positions in the "
    "city could not hold without air support.",
    *PARAGRAPHS,
    "Elsewhere in the south, insurgents attacked checkpoints on the edge of Kandahar city overnight, "
    "police there said, without giving a toll.",
])
# the same lead with another city in it: another report
SWAPPED = EARLY.replace("Lashkar Gah", "Tarinkot")


def _article(text: str, published: dt.date) -> Article:
    return Article(article_id=article_id_for(text), file=f"{published.day}.txt", item=None,
                   title=text.split("\n", 1)[0], outlet="an outlet", agency="", url="", published=published,
                   date_source="manifest", text=text)


def _capture(article: Article, excerpt: str, day: dt.date, district: str = "d-lsk") -> ControlEvent:
    return ControlEvent(event_id=f"{article.file}-{district}-{article_id_for(excerpt)}", article_id=article.article_id,
                        file=article.file, item=None, place=district, district_id=district,
                        province_code=PROVINCE[district], status="taliban", event_date=day, date_basis="weekday",
                        excerpt=excerpt, confidence=0.85, trigger="overran")


def _stored(tmp_path, reports: list[tuple[Article, list[ControlEvent]]]) -> list:
    with Store.open(tmp_path) as store:
        for article, events in reports:
            store.add_article(article, [], events)
        return stored_facts(store)


def test_edited_copies_of_one_story_count_once_and_independent_reports_date_the_fall(tmp_path):
    copies = [_article(text, D(2021, 8, 9 + n)) for n, text in enumerate([ORIGINAL, TRIMMED, EXTENDED])]
    assert len(set(assign_stories((a.article_id, a.text) for a in copies).values())) >= 2  # grouping keeps them apart
    later = [_article(f"Report {n}\n\nA separate account of the city's fall, number {n}.", D(2021, 8, 14 + n))
             for n in range(2)]
    facts = _stored(tmp_path, [*((a, [_capture(a, EARLY, D(2021, 8, 8))]) for a in copies),
                               *((a, [_capture(a, a.text.split("\n")[-1], D(2021, 8, 12))]) for a in later)])
    assert len({f.source for f in facts if f.event_date == D(2021, 8, 8)}) == 1
    timeline = build_timeline(facts, DISTRICTS, start=D(2021, 8, 1))
    assert [(r.status, r.valid_from) for r in timeline.rows if r.district_id == "d-lsk"] == [("taliban", D(2021, 8, 12))]


def test_two_stories_quoting_one_official_stay_two_stories_and_the_quote_counts_once(tmp_path):
    quote = ('"The city is now fully in our hands and the remaining soldiers have been given safe passage," '
             "a Taliban spokesman said in a statement.")
    first = _article("Taliban say Lashkar Gah taken\n\n" + "\n\n".join([quote, *PARAGRAPHS[1:4]]), D(2021, 8, 12))
    second = _article("Aid agencies fear for civilians\n\n" + "\n\n".join(
        [PARAGRAPHS[4], quote, "Hospitals in the region reported running short of blood and dressings, "
         "a charity said, and appealed for a pause in the fighting to move the wounded."]), D(2021, 8, 13))
    assert len(set(assign_stories([(first.article_id, first.text), (second.article_id, second.text)]).values())) == 2
    facts = _stored(tmp_path, [(first, [_capture(first, quote, D(2021, 8, 12))]),
                               (second, [_capture(second, quote, D(2021, 8, 12)),
                                         _capture(second, second.text.split("\n")[-1], D(2021, 8, 12))])])
    assert [f.source for f in facts] == [first.article_id, first.article_id, second.article_id]


def test_a_swapped_name_or_a_short_sentence_is_another_report(tmp_path):
    first, second = (_article(f"Story {n}\n\nText of story {n}.", D(2021, 8, 12 + n)) for n in range(2))
    short = "The Taliban captured Lashkar Gah on Thursday."
    facts = _stored(tmp_path, [(first, [_capture(first, EARLY, D(2021, 8, 8)), _capture(first, short, D(2021, 8, 12))]),
                               (second, [_capture(second, SWAPPED, D(2021, 8, 8), "d-trk"),
                                         _capture(second, short, D(2021, 8, 12))])])
    assert [f.source for f in facts] == [first.article_id] * 2 + [second.article_id] * 2
