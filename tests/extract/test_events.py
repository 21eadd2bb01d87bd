"""Tests for frontmap.extract.events and frontmap.extract.rules on small invented sentences.

Publication date: Sunday 2021-08-01 (from the manifest). The gazetteer is the tiny one of
test_mentions.py.
"""

from __future__ import annotations

import datetime as dt

import pytest
from test_mentions import make_article, tiny_gazetteer

from frontmap.extract import rules as control_rules
from frontmap.extract.events import EVENT_COLUMNS, ControlEvent, extract_events
from frontmap.extract.mentions import MentionFinder
from frontmap.extract.text import split_sentences, text_view

SUNDAY = dt.date(2021, 8, 1)


@pytest.fixture(scope="module")
def finder() -> MentionFinder:
    return MentionFinder(tiny_gazetteer())


def events_of(finder, text: str, published: dt.date | None = SUNDAY) -> list[ControlEvent]:
    article = make_article(text, published)
    return extract_events(article, finder.find(article))


def summary(finder, text: str, published: dt.date | None = SUNDAY) -> list[tuple[str, str, str]]:
    """Return (place, status, ISO date) per event, in order."""
    return [(e.place, e.status, e.event_date.isoformat() if e.event_date else "") for e in events_of(finder, text, published)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # taliban
        ("The Taliban captured Kunduz on Friday.", [("Kunduz", "taliban", "2021-07-30")]),
        ("Kunduz was overrun by the insurgents.", [("Kunduz", "taliban", "2021-08-01")]),
        ("Herat was also taken by the insurgents on Thursday.", [("Herat", "taliban", "2021-07-29")]),
        ("Achin was taken by the Taliban.", [("Achin", "taliban", "2021-08-01")]),
        ("Government forces abandoned Khost without a fight on Sunday.", [("Khost", "taliban", "2021-08-01")]),
        ("Afghan troops withdrew from Nijrab on Friday.", [("Nijrab", "taliban", "2021-07-30")]),
        ("Soldiers abandoned their posts in Achin.", [("Achin", "contested", "2021-08-01")]),
        ("Khost fell without a fight.", [("Khost", "taliban", "2021-08-01")]),
        ("Troops abandoned Enjil without fighting.", [("Enjil", "taliban", "2021-08-01")]),
        ("Kunduz was also captured on Friday.", [("Kunduz", "taliban", "2021-07-30")]),
        ("Nijrab fell to the Taliban yesterday.", [("Nijrab", "taliban", "2021-07-31")]),
        ("The militants raised their white flags over the city of Khost.", [("Khost", "taliban", "2021-08-01")]),
        ("Enjil is now under Taliban control.", [("Enjil", "taliban", "2021-08-01")]),
        ("The insurgents wrested control of Achin on Saturday.", [("Achin", "taliban", "2021-07-31")]),
        ("In Kabul, insurgents seized the governor's office.", [("Kabul", "taliban", "2021-08-01")]),
        # contested
        ("Heavy fighting raged in Kunduz on Saturday.", [("Kunduz", "contested", "2021-07-31")]),
        ("The Taliban besieged Herat.", [("Herat", "contested", "2021-08-01")]),
        ("Battles continued on the outskirts of Lashkar Gah.", [("Lashkar Gah", "contested", "2021-08-01")]),
        ("A mortar shell struck a house in Nijrab.", [("Nijrab", "contested", "2021-08-01")]),
        ("Taliban fighters entered Faizabad on Friday.", [("Faizabad", "contested", "2021-07-30")]),
        # a capture of only part of a place is fighting for it
        ("The Taliban captured some check posts in Achin.", [("Achin", "contested", "2021-08-01")]),
        ("The Taliban have taken over two districts within Lashkar Gah.", [("Lashkar Gah", "contested", "2021-08-01")]),
        ("Officials said parts of Khost had fallen.", [("Khost", "contested", "2021-08-01")]),
        # government
        ("Afghan forces retook Kunduz on Saturday.", [("Kunduz", "government", "2021-07-31")]),
        ("Security forces evicted the Taliban from Nijrab.", [("Nijrab", "government", "2021-08-01")]),
        ("Commandos recaptured Achin.", [("Achin", "government", "2021-08-01")]),
        ("Afghan forces said they had pushed the Taliban out of Achin on Friday.", [("Achin", "government", "2021-07-30")]),
        ("Commandos forced the militants out of Nijrab.", [("Nijrab", "government", "2021-08-01")]),
        ("Security forces kicked the Taliban back out of Enjil.", [("Enjil", "government", "2021-08-01")]),
        ("Government forces repelled the attack on Faizabad.", [("Faizabad", "government", "2021-08-01")]),
        ("Troops foiled a massive Taliban assault on Herat.", [("Herat", "government", "2021-08-01")]),
        # claims and confirmations
        ("The Taliban claimed to have captured Kunduz. There was no official confirmation.", [("Kunduz", "claimed", "2021-08-01")]),
        ("A Taliban tweet claimed the insurgents captured Enjil.", [("Enjil", "claimed", "2021-08-01")]),
        ("The Taliban have captured Lashkar Gah, a source said, confirming a claim by the insurgents.",
         [("Lashkar Gah", "taliban", "2021-08-01")]),
        ("Taliban spokesman Zabihullah Mujahid said the group had captured Achin.", [("Achin", "claimed", "2021-08-01")]),
        # the subject of "in control" decides whose control
        ("Security forces are still in control of Faizabad.", [("Faizabad", "government", "2021-08-01")]),
        ("The Taliban were in control of Faizabad on Saturday.", [("Faizabad", "taliban", "2021-07-31")]),
        # "the provincial capital of X province" is the capital
        ("The Taliban also captured the provincial capital of Helmand province on Sunday.",
         [("Lashkar Gah", "taliban", "2021-08-01")]),
    ],
)
def test_statuses(finder, text, expected):
    assert summary(finder, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # intentions and hypotheses
        "Commanders said they were focused on capturing Herat and Kandahar.",
        "The Taliban plan to capture Kunduz.",
        "The commander has decided to capture Khost, and then it could be Kunduz.",
        "A military takeover of Kabul would be much more difficult.",
        "Kabul could come under insurgent pressure within 30 days.",
        "Troops tried to retake Nijrab.",
        "The Taliban are expected to launch an offensive on Khost soon.",
        # negations
        "Kabul itself isn't directly under threat yet.",
        "The Taliban failed to capture Achin.",
        "There was no fighting in Enjil.",
        # reference points, destinations, titles, organisations
        "The crossing lies about 50 km from Kunduz city.",
        "The town sits 130 kilometers (80 miles) southwest of Kabul.",
        "Thousands fled to Kabul and Herat.",
        "All flights to Herat have been canceled.",
        "Helmand lawmaker Mirwais Khadem criticised the airstrikes.",
        "Nasima Niazi, a lawmaker from Helmand, criticised the attack.",
        "Badakhshan governor Ali said the attack was repelled elsewhere.",
        "The Khost Protection Force attacked a village.",
        "A meeting with the government in Kabul collapsed amid fighting.",
        # leaving something else, or fleeing to a place
        "Police withdrew from the talks in Herat.",
        "Soldiers fled to Kunduz city after the attack.",
        "Thousands of residents fled Kunduz.",
        "The Taliban abandoned Achin.",
        # no control word at all
        "Kunduz is a city in the north.",
    ],
)
def test_no_event(finder, text):
    assert summary(finder, text) == []


def test_one_event_per_listed_district(finder):
    text = "Fighters defend the captured districts Kuf Ab, Khwahan and Nusay of Afghanistan's Badakhshan Province."
    assert summary(finder, text) == [
        ("Kuf Ab", "taliban", "2021-08-01"), ("Khwahan", "taliban", "2021-08-01"), ("Nusay", "taliban", "2021-08-01"),
    ]


def test_containing_province_only_locates(finder):
    assert summary(finder, "The Taliban captured Kuf Ab and Khwahan districts in Badakhshan province.") == [
        ("Kuf Ab", "taliban", "2021-08-01"), ("Khwahan", "taliban", "2021-08-01"),
    ]
    assert summary(finder, "Commandos walk amid ongoing fighting in the Enjil district of Herat province.") == [
        ("Enjil", "contested", "2021-08-01")
    ]
    assert summary(finder, "A B-52 was sighted in Lashkar Gah, the capital of Helmand province, amid heavy fighting.") == [
        ("Lashkar Gah", "contested", "2021-08-01")
    ]


def test_back_reference_to_the_place_just_named(finder):
    text = (
        "Four civilians were killed in Kapisa province, police said.\n"
        "“The incident occurred late on Saturday in Nijrab district. The victims were one family.”\n"
        "The district has been the scene of heavy clashes in recent days."
    )
    assert summary(finder, text) == [("Nijrab", "contested", "2021-07-31")]
    assert summary(finder, "The district has been the scene of heavy clashes.") == []  # nothing to refer to


def test_back_reference_never_reaches_past_a_town_the_sentence_names(finder):
    text = (
        "Fighting raged in Kunduz city on Saturday.\n"
        "The latest city to fall was Faizabad, which was overrun by the militants Sunday afternoon."
    )
    assert summary(finder, text) == [("Kunduz", "contested", "2021-07-31"), ("Faizabad", "taliban", "2021-08-01")]
    text = "The government evicted the Taliban from Nijrab after the militants briefly overran the district."
    assert {status for _, status, _ in summary(finder, text)} == {"government", "taliban"}


def test_a_subordinate_clause_ends_at_its_comma(finder):
    text = "Since they launched the offensive in May, the Taliban also captured Achin."
    assert summary(finder, text) == [("Achin", "taliban", "2021-08-01")]


def test_history_is_no_event_of_this_year(finder):
    # dated in its own year, so neither the history nor the sentences after it become 2021 news
    assert summary(finder, "The Taliban had launched assaults on Kunduz in 2015 and 2016 but failed to keep it.") == []
    assert summary(finder, "Tajik fighters caught attention last year after the fall of the Nusay district to the Taliban.") == []
    text = "In September 2015 the Taliban overran Kunduz. The city fell again."
    assert summary(finder, text) == [("Kunduz", "taliban", "2021-08-01")]


def test_caption_dated_by_its_date(finder):
    text = "A soldier attends an operation against Taliban fighters in Kunduz city, Afghanistan, July 23, 2021. (Photo by X)"
    (event,) = events_of(finder, text)
    assert (event.status, event.event_date, event.date_basis) == ("contested", dt.date(2021, 7, 23), "caption")


def test_dates_within_the_article(finder):
    text = (
        "Clashes erupted in Herat on July 30, officials said.\n"
        "The clashes in Herat and Kunduz forced thousands to flee.\n"
        "The Taliban in June also captured a crossing. The seizure of Shir Khan Bandar was a gain."
    )
    assert summary(finder, text) == [
        ("Herat", "contested", "2021-07-30"),  # the second sentence is the same event: reported once
        ("Kunduz", "contested", "2021-07-30"),  # the date in force carries to the next line
        ("Shir Khan Bandar", "taliban", "2021-06-15"),  # and to the next sentence
    ]
    events = events_of(finder, text)
    assert [e.date_basis for e in events] == ["explicit", "carried", "carried"]


def test_possessive_province_only_locates(finder):
    assert summary(finder, "Fighting was reported in Badakhshan's Kuf Ab district.") == [("Kuf Ab", "contested", "2021-08-01")]


def test_headline_takes_the_date_the_body_gives(finder):
    text = "Taliban capture Kunduz in lightning advance\n\nThe Taliban seized Kunduz on Friday, officials said."
    assert summary(finder, text) == [("Kunduz", "taliban", "2021-07-30")]
    # history is not the news the headline retells
    text = "Taliban capture Nusay\n\nThe fall of the Nusay district to the Taliban last year drew attention."
    assert summary(finder, text) == [("Nusay", "taliban", "2021-08-01")]


def test_province_level_when_districts_of_a_homonym_are_lost(finder):
    (event,) = events_of(finder, "The fighting appeared to be spreading in Herat, where officials acknowledged losing two districts.")
    assert (event.place, event.district_id, event.province_code, event.status) == ("Herat", None, "AF-HER", "contested")


def test_event_fields_ids_and_dedup(finder):
    text = "Heavy fighting raged in Kunduz on Friday. Heavy fighting raged in Kunduz on Friday, residents said."
    first = events_of(finder, text)
    again = events_of(finder, text)
    assert len(first) == 1 and first == again
    event = first[0]
    assert len(event.event_id) == 16 and event.trigger.lower() == "heavy fighting"
    assert event.excerpt == "Heavy fighting raged in Kunduz on Friday."
    assert (event.file, event.item, event.district_id, event.province_code) == ("test.txt", None, "D-KDZ", "AF-KDZ")
    assert 0 < event.confidence <= 1
    assert list(event.to_row()) == list(EVENT_COLUMNS)
    assert event.to_row()["event_date"] == "2021-07-30" and event.to_row()["item"] == ""


def test_undated_article(finder):
    (event,) = events_of(finder, "Heavy fighting raged in Kunduz.", published=None)
    assert (event.event_date, event.date_basis) == (None, "undated")
    (event,) = events_of(finder, "Heavy fighting raged in Kunduz on July 30, 2021.", published=None)
    assert event.event_date == dt.date(2021, 7, 30)


def test_trigger_prefix_filter_matches_a_full_scan(sample_corpus):
    from frontmap.intake.articles import read_corpus

    checked = 0
    for article in read_corpus(sample_corpus).articles:
        for a, b in split_sentences(article.text):
            sentence = article.text[a:b]
            fast = [(t.start, t.end, t.status) for t in control_rules.find_triggers(sentence)
                    if not control_rules._TAKE_NAME.match(sentence, t.start)]
            assert fast == control_rules.find_triggers_full_scan(sentence), sentence
            checked += 1
    assert checked > 300


def test_clauses():
    sentence = "While Kabul isn't under threat, the losses mount; battles go on after the Taliban attacked."
    clauses = [(sentence[a:b].strip(" ,;"), sub) for a, b, sub in control_rules.clause_spans(sentence)]
    assert clauses == [
        ("While Kabul isn't under threat", True),
        ("the losses mount", False),
        ("battles go on", False),
        ("after the Taliban attacked.", True),
    ]


def test_events_from_sentences_split_once_match_a_fresh_split(sample_corpus):
    from frontmap.intake.articles import read_corpus
    from geodata.gazetteer import Gazetteer

    finder = MentionFinder(Gazetteer.load())
    total = 0
    for article in read_corpus(sample_corpus).articles:
        sentences = split_sentences(article.text)
        mentions = finder.find(article, sentences)
        shared = extract_events(article, mentions, sentences)
        assert shared == extract_events(article, mentions)
        total += len(shared)
    assert total > 30


def test_take_with_a_name_is_found_only_where_take_or_took_is_written():
    found = control_rules.find_triggers("The Taliban took Kunduz and later taken Herat.")
    assert [(t.text, t.status) for t in found if t.text.startswith(("took", "taken"))] == [
        ("took ", "taliban"), ("taken ", "taliban")]
    assert control_rules.find_triggers("Talks went on in Doha.") == []


@pytest.mark.parametrize("text", [
    "Taliban fighters captured Kunduz on Friday. The city had been under attack since June.",
    # a capital sigma (context-dependent lower case) and a letter whose lower case is longer
    "ΣΑΣ. Taliban captured Kunduz on Friday. ΟΔΟΣ. Clashes in Kunduz.",
    "İstanbul talks. Taliban fighters captured Kunduz on Friday.",
])
def test_extract_events_same_with_the_articles_view(finder, text):
    article = make_article(text)
    sentences = split_sentences(text)
    found = finder.find(article, sentences, text_view(text))
    assert found == finder.find(article)
    assert extract_events(article, found, sentences, text_view(text)) == extract_events(article, found)
    assert extract_events(article, found)  # the texts do report events
