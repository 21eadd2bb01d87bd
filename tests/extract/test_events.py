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
        ("Soldiers abandoned their posts in Achin.", [("Achin", "taliban", "2021-08-01")]),  # their own posts: Achin left
        ("Khost fell without a fight.", [("Khost", "taliban", "2021-08-01")]),
        ("Troops abandoned Enjil without fighting.", [("Enjil", "taliban", "2021-08-01")]),
        ("Kunduz was also captured on Friday.", [("Kunduz", "taliban", "2021-07-30")]),
        ("Nijrab fell to the Taliban yesterday.", [("Nijrab", "taliban", "2021-07-31")]),
        ("Jubilant fighters raised their flag over the town of Nijrab.", [("Nijrab", "taliban", "2021-08-01")]),
        ("Enjil is now under Taliban control.", [("Enjil", "taliban", "2021-08-01")]),
        ("The insurgents wrested control of Achin on Saturday.", [("Achin", "taliban", "2021-07-31")]),
        ("In Jalalabad, the Taliban seized the city after a night of fighting.", [("Jalalabad", "taliban", "2021-08-01")]),
        # contested
        ("Heavy fighting raged in Kunduz on Saturday.", [("Kunduz", "contested", "2021-07-31")]),
        ("The Taliban besieged Herat.", [("Herat", "contested", "2021-08-01")]),
        ("Battles continued on the outskirts of Lashkar Gah.", [("Lashkar Gah", "contested", "2021-08-01")]),
        # a shell landing on one house is violence at the place, not a fight for it
        ("A mortar shell struck a house in Nijrab.", []),
        ("Taliban fighters entered Faizabad on Friday.", [("Faizabad", "contested", "2021-07-30")]),
        # a capture of only part of a place is fighting for it
        ("The Taliban captured some check posts in Achin.", [("Achin", "contested", "2021-08-01")]),
        ("Insurgents took over three neighbourhoods within Herat.", [("Herat", "contested", "2021-08-01")]),
        ("Officials said parts of Khost had fallen.", [("Khost", "contested", "2021-08-01")]),
        # government
        ("Afghan forces retook Kunduz on Saturday.", [("Kunduz", "government", "2021-07-31")]),
        ("Police evicted the insurgents from Achin.", [("Achin", "government", "2021-08-01")]),
        ("Commandos recaptured Achin.", [("Achin", "government", "2021-08-01")]),
        ("Afghan forces said they had pushed the Taliban out of Achin on Friday.", [("Achin", "government", "2021-07-30")]),
        ("Commandos forced the militants out of Nijrab.", [("Nijrab", "government", "2021-08-01")]),
        ("Security forces kicked the Taliban back out of Enjil.", [("Enjil", "government", "2021-08-01")]),
        # a repelled attack: the place is still held, and it was fought at
        ("Government forces repelled the attack on Faizabad.",
         [("Faizabad", "government", "2021-08-01"), ("Faizabad", "contested", "2021-08-01")]),
        ("Troops foiled a massive Taliban assault on Herat.",
         [("Herat", "government", "2021-08-01"), ("Herat", "contested", "2021-08-01")]),
        # claims and confirmations
        ("The Taliban claimed to have captured Herat. Officials would not say whether it was true.", [("Herat", "claimed", "2021-08-01")]),
        ("A Taliban tweet claimed that its fighters had captured Enjil.", [("Enjil", "claimed", "2021-08-01")]),
        ("Militants have seized Faizabad, an army officer said, confirming what the group had claimed.",
         [("Faizabad", "taliban", "2021-08-01")]),
        ("Taliban spokesman Zabihullah Mujahid said the group had captured Achin.", [("Achin", "claimed", "2021-08-01")]),
        # the subject of "in control" decides whose control
        ("Security forces are still in control of Faizabad.", [("Faizabad", "government", "2021-08-01")]),
        ("The Taliban were in control of Faizabad on Saturday.", [("Faizabad", "taliban", "2021-07-31")]),
        # "the provincial capital of X province" is the capital
        ("On Sunday the insurgents seized the provincial capital of Helmand province.",
         [("Lashkar Gah", "taliban", "2021-08-01")]),
    ],
)
def test_statuses(finder, text, expected):
    assert summary(finder, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # intentions and hypotheses
        "Officers said the group was focused on capturing Kunduz and Khost.",
        "The Taliban plan to capture Kunduz.",
        "The council has decided to capture Herat, and later on it could be Achin.",
        "A takeover of Kabul by force would be far harder.",
        "Within a month, Kabul could come under heavy pressure, analysts warn.",
        "The Taliban are expected to launch an offensive on Khost soon.",
        # negations
        "Faizabad isn't under serious threat for now.",
        "The Taliban failed to capture Achin.",
        "There was no fighting in Enjil.",
        # reference points, destinations, titles, organisations
        "The crossing lies about 50 km from Kunduz city.",
        "The village lies 95 kilometers (59 miles) northeast of Herat.",
        "Thousands fled to Kabul and Herat.",
        "Airlines cancelled every flight to Kunduz.",
        "Helmand lawmaker Mirwais Khadem criticised the airstrikes.",
        "Fatima Rahimi, a lawmaker from Kapisa, condemned the strikes.",
        "Badakhshan governor Ali said the attack was repelled elsewhere.",
        "The Khost Protection Force attacked a village.",
        "Envoys of the government in Kabul walked out amid clashes.",
        # leaving something else, or fleeing to a place
        "Police withdrew from the talks in Herat.",
        "Soldiers fled to Kunduz city after the attack.",
        "Thousands of residents fled Kunduz.",
        # no control word at all
        "Kunduz is a city in the north.",
    ],
)
def test_no_event(finder, text):
    assert summary(finder, text) == []


def test_one_event_per_listed_district(finder):
    text = "Militants now guard the captured districts Nusay, Kuf Ab and Khwahan of Badakhshan province."
    assert summary(finder, text) == [
        ("Nusay", "taliban", "2021-08-01"), ("Kuf Ab", "taliban", "2021-08-01"), ("Khwahan", "taliban", "2021-08-01"),
    ]


def test_containing_province_only_locates(finder):
    assert summary(finder, "The Taliban captured Kuf Ab and Khwahan districts in Badakhshan province.") == [
        ("Kuf Ab", "taliban", "2021-08-01"), ("Khwahan", "taliban", "2021-08-01"),
    ]
    assert summary(finder, "Soldiers patrol amid continuing clashes in the Nijrab district of Kapisa province.") == [
        ("Nijrab", "contested", "2021-08-01")
    ]
    assert summary(finder, "Drones circled over Faizabad, the capital of Badakhshan province, during heavy clashes.") == [
        ("Faizabad", "contested", "2021-08-01")
    ]


def test_back_reference_to_the_place_just_named(finder):
    text = (
        "Three people died in Kapisa province, officials said.\n"
        "“The incident took place on Saturday evening in Nijrab district. All of them were relatives.”\n"
        "This district was the scene of fierce clashes in recent days."
    )
    assert summary(finder, text) == [("Nijrab", "contested", "2021-07-31")]
    assert summary(finder, "This district was the scene of fierce clashes.") == []  # nothing to refer to


def test_back_reference_never_reaches_past_a_town_the_sentence_names(finder):
    text = (
        "Fighting raged in Kunduz city on Saturday.\n"
        "The last city to fall was Faizabad, which insurgents overran early on Sunday."
    )
    assert summary(finder, text) == [("Kunduz", "contested", "2021-07-31"), ("Faizabad", "taliban", "2021-08-01")]
    text = "Troops expelled the Taliban from Achin after the insurgents briefly captured the district on Friday."
    assert {status for _, status, _ in summary(finder, text)} == {"government", "taliban"}


def test_a_subordinate_clause_ends_at_its_comma(finder):
    text = "Since they began the push in June, the militants also seized Khwahan."
    assert summary(finder, text) == [("Khwahan", "taliban", "2021-08-01")]


def test_history_is_no_event_of_this_year(finder):
    # dated in its own year, so neither the history nor the sentences after it become 2021 news
    assert summary(finder, "Insurgents stormed Kunduz in 2015 and again a year later, yet could not hold the city.") == []
    assert summary(finder, "Tajik fighters caught attention last year after the fall of the Nusay district to the Taliban.") == []
    text = "In September 2015 the Taliban overran Kunduz. The city fell again."
    assert summary(finder, text) == [("Kunduz", "taliban", "2021-08-01")]


def test_cannot_is_a_negation(finder):
    assert summary(finder, "The governor said the Taliban cannot enter Herat.") == []
    assert summary(finder, "Families who cannot leave said Taliban fighters entered Kunduz.") == [("Kunduz", "contested", "2021-08-01")]


def test_caption_dated_by_its_date(finder):
    text = "A commando joins a military operation against insurgents in Herat city, Afghanistan, June 14, 2021. (Photo by X)"
    (event,) = events_of(finder, text)
    assert (event.status, event.event_date, event.date_basis) == ("contested", dt.date(2021, 6, 14), "caption")


def test_dates_within_the_article(finder):
    text = (
        "Clashes broke out in Kunduz on July 27, officials said.\n"
        "The clashes in Kunduz and Herat left thousands of families homeless.\n"
        "In June the militants also took a border post. Its seizure of Sher Khan Bandar was a big gain."
    )
    assert summary(finder, text) == [
        ("Kunduz", "contested", "2021-07-27"),  # the second sentence is the same event: reported once
        ("Herat", "contested", "2021-07-27"),  # the date in force carries to the next line
        ("Shir Khan Bandar", "taliban", "2021-06-15"),  # the next sentence's "June" carries on
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
    (event,) = events_of(finder, "Fighting seemed to spread in Kunduz, where officials admitted losing three districts.")
    assert (event.place, event.district_id, event.province_code, event.status) == ("Kunduz", None, "AF-KDZ", "contested")


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


def test_undated_article_keeps_other_years_out():
    """With no publication date, a fall told only by its year is history, and its year never
    dates the undated news beside it."""
    finder = MentionFinder(tiny_gazetteer())
    text = "Reporters said Kunduz has fallen to the Taliban. The insurgents briefly overran the city in 2015 as well."
    assert summary(finder, text, published=None) == [("Kunduz", "taliban", "")]
    assert summary(finder, "In 2016 the insurgents took Kunduz for a week.", published=None) == []
    # so is one told only by a span of years back ("in recent years", "last year", "two years ago")
    assert summary(finder, "Kunduz has briefly fallen twice to the militants in recent years.", published=None) == []
    assert summary(finder, "The insurgents overran Kunduz two years ago.", published=None) == []
    assert summary(finder, "Kunduz, which the army retook last year, fell to the Taliban.", published=None) == [("Kunduz", "taliban", "")]


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
