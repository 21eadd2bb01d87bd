"""Who did what to whom, in readings of one place with two verbs or a named attacker: a second
verb of the same subject with its own day, an attack whose side is named after "by", places that
changed hands, an entry that needed no fight, a place abandoned with nobody named, and a
withdrawal told over several days (invented sentences, shipped gazetteer, published Sunday
2021-08-01)."""

from __future__ import annotations

import pytest
from test_mentions import make_article
from test_rules import C, G, T, finder, statuses  # noqa: F401  (finder: the shared fixture)

from frontmap.extract.events import extract_events
from frontmap.extract.mentions import MentionFinder


def dated(finder: MentionFinder, text: str) -> set[tuple[str, str, str]]:
    """Return the (place, status, ISO date) triples the text reports."""
    article = make_article(text)
    return {(e.place, e.status, str(e.event_date)) for e in extract_events(article, finder.find(article))}


@pytest.mark.parametrize(("text", "expected"), [
    # a day after the first verb: the second verb is an event of its own, on its own day
    ("Ghormach district fell to the Taliban on Wednesday but was retaken by the army on Friday.",
     {("Ghormach", T, "2021-07-28"), ("Ghormach", G, "2021-07-30")}),
    ("Ghormach district fell to the Taliban on Wednesday and was retaken by the army on Friday.",
     {("Ghormach", T, "2021-07-28"), ("Ghormach", G, "2021-07-30")}),
    ("Muqur district came under attack on Monday and was overrun on Tuesday.",
     {("Muqur", C, "2021-07-26"), ("Muqur", T, "2021-07-27")}),
    ("Darqad was retaken by commandos on Thursday, but fell again to the insurgents on Saturday.",
     {("Darqad", G, "2021-07-29"), ("Darqad", T, "2021-07-31")}),
    # every name of a list that is the subject
    ("Khanabad and Imam Sahib districts fell on Monday but were retaken by commandos on Tuesday.",
     {("Khanabad", T, "2021-07-26"), ("Imam Sahib", T, "2021-07-26"), ("Khanabad", G, "2021-07-27"),
      ("Imam Sahib", G, "2021-07-27")}),
])
def test_a_second_verb_with_its_own_day_is_a_second_event(finder, text, expected):
    assert dated(finder, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # no day between the verbs: one chain, the last verb decides
    ("Darqad was captured by the Taliban and later retaken by commandos on Saturday.", {("Darqad", G)}),
    # a new subject after "and" is no second verb of the place
    ("Guzara was overrun last week and clashes are now reported near Herat city.", {("Guzara", T), ("Herat", C)}),
    # two fight words of one subject are one fight
    ("Khakrez district was shelled on Monday and attacked again on Wednesday.", {("Khakrez", C)}),
])
def test_no_second_event_without_a_separate_verb(finder, text, expected):
    assert statuses(finder, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the attacker named after "by": the place was the other side's, and it still is
    ("An attack by the army on Maiwand district was repelled on Monday, villagers said.", {("Maiwand", T)}),
    ("A counter-offensive by Afghan commandos on Khakrez district was beaten back on Friday.", {("Khakrez", T)}),
    ("An assault by Taliban fighters on Chora district was pushed back on Thursday.", {("Chora", G), ("Chora", C)}),
])
def test_the_side_after_by_attacked_and_failed(finder, text, expected):
    assert statuses(finder, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Nad Ali district has changed hands several times since June, residents said.", {("Nad Ali", C)}),
    ("Andar district changed hands twice on Thursday.", {("Andar", C)}),
    ("Dand-e Patan has repeatedly changed hands in recent weeks.", {("Dand-e Patan", C)}),
    # over the years, or since another year: history, not this summer's fighting
    ("Kunduz has changed hands several times since 2015, residents said.", set()),
    ("Musa Qala, which changed hands repeatedly during the war with NATO forces, is quiet now.", set()),
    ("Chahar Dara district changed hands to the Taliban on Friday.", {("Chahar Dara", T)}),
    # intransitive: a place after it is not what changed hands
    ("Commandos recaptured Pashtun Kot, which had changed hands twice, and Almar on Friday.",
     {("Pashtun Kot", G), ("Almar", G)}),
])
def test_changed_hands(finder, text, expected):
    assert statuses(finder, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Taliban fighters walked into Maimana on Saturday, a resident said.", {("Maimana", T)}),
    ("The insurgents strolled into Sar-e Pul city on Friday as the last soldiers left for the airport.", {("Sar-e Pul", T)}),
    ("Taliban fighters entered Maimana on Saturday, a resident said.", {("Maimana", C)}),
])
def test_walking_in_is_taking_without_a_fight(finder, text, expected):
    assert statuses(finder, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Shighnan, Ishkashim and Khwahan districts have all been abandoned, a lawmaker said.",
     {("Shughnan", T), ("Ishkashim", T), ("Khwahan", T)}),
    ("Jawand district was evacuated on Friday, officials said.", {("Jawand", T)}),
    # someone other than a side left it
    ("Jawand district was abandoned by its residents on Friday.", set()),
    # the subject of an active verb still decides
    ("The corps vowed to retake Jalrez, which its soldiers abandoned on Friday.", {("Jalrez", T)}),
])
def test_abandoned_with_nobody_named(finder, text, expected):
    assert statuses(finder, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Afghan forces pulled out of Yawan district over the weekend, an official said.", {("Yawan", T)}),
    ("Soldiers withdrew from Argo district between Thursday and Saturday.", {("Argo", T)}),
    ("Police pulled out of Darqad district two days ago, residents said.", {("Darqad", T)}),
    # a word after the place that makes it the object's state still says nothing
    ("The retreat left Darqad district exposed to the insurgents.", set()),
])
def test_withdrawals_told_over_a_span(finder, text, expected):
    assert statuses(finder, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a counted group refers back to the places named just before it
    ("Militias took Deh Salah and Pul-e Hesar districts on Friday. Both districts fell back to the Taliban on Saturday.",
     {("Deh Salah", G, "2021-07-30"), ("Pul-e Hesar", G, "2021-07-30"), ("Deh Salah", T, "2021-07-31"),
      ("Pul-e Hesar", T, "2021-07-31")}),
    ("Commandos retook Nawur, Malistan and Jaghori on Thursday. The Taliban had seized all three districts in June.",
     {("Nawur", G, "2021-07-29"), ("Malistan", G, "2021-07-29"), ("Jaghori", G, "2021-07-29"),
      ("Nawur", T, "2021-06-15"), ("Malistan", T, "2021-06-15"), ("Jaghori", T, "2021-06-15")}),  # a month: its middle
    # a group that says it was named means every one of the list, not the dateline's town
    ("GHAZNI, Aug 1 - Clashes hit Nawur, Malistan and Jaghori on Friday, and the aforementioned districts fell that night.",
     {("Nawur", C, "2021-07-30"), ("Malistan", C, "2021-07-30"), ("Jaghori", C, "2021-07-30"),
      ("Nawur", T, "2021-07-30"), ("Malistan", T, "2021-07-30"), ("Jaghori", T, "2021-07-30")}),
    ("Commandos retook Nawur and Malistan on Thursday. The Taliban overran the aforesaid districts again on Friday.",
     {("Nawur", G, "2021-07-29"), ("Malistan", G, "2021-07-29"), ("Nawur", T, "2021-07-30"), ("Malistan", T, "2021-07-30")}),
])
def test_a_counted_group_refers_back_to_the_places_before(finder, text, expected):
    assert {(p, s, d) for p, s, d in dated(finder, text)} == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a count the text does not match means nothing
    ("Militias took Deh Salah district on Friday. The three districts fell back to the Taliban on Saturday.", {("Deh Salah", G)}),
    # a locator is not one of the places counted
    ("Militias took Deh Salah district in Baghlan and Khost wa Firing on Friday. Both districts fell on Saturday.",
     {("Deh Salah", G), ("Khost wa Fereng", G), ("Deh Salah", T), ("Khost wa Fereng", T)}),
    # troops falling back to a town are no place changing hands
    ("Soldiers fell back to Pul-e Khumri on Friday.", set()),
])
def test_a_counted_group_needs_its_count(finder, text, expected):
    assert statuses(finder, text) == expected
