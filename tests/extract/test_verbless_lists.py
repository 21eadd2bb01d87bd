"""Tests for frontmap.extract.verbless_lists: places a sentence lists without a verb of their own
take what its opening, the sentence after ("They all fell") or the count of the sentence before
says of them, over the small test gazetteer and the real one."""

from __future__ import annotations

import datetime as dt

import pytest
from event_reading import events_of

from frontmap.extract.events import extract_events
from frontmap.extract.mentions import MentionFinder
from frontmap.extract.verbless_lists import opening_end
from frontmap.intake.articles import Article
from geodata.gazetteer import Gazetteer

FRIDAY = dt.date(2021, 7, 16)


@pytest.fixture(scope="module")
def finder() -> MentionFinder:
    return MentionFinder(Gazetteer.load())


def dated_events(finder: MentionFinder, text: str) -> set[tuple[str, str, str]]:
    """Return (place, status, ISO date) of every event `text` yields, published FRIDAY."""
    article = Article("a1", "f.txt", None, "", "", "", "", FRIDAY, "manifest", "Report\n" + text)
    return {(e.place, e.status, e.event_date.isoformat()) for e in extract_events(article, finder.find(article))}


def test_the_list_is_dated_by_the_sentence_that_tells_its_outcome(finder):
    found = dated_events(finder, "The districts include Kohistan and Zebak in Badakhshan. They all fell on Wednesday.")
    assert found == {("Kohistan", "taliban", "2021-07-14"), ("Zebak", "taliban", "2021-07-14")}
    found = dated_events(finder, "The districts are Saighan and Kahmard. All of them were retaken by the army on Thursday.")
    assert found == {("Sayghan", "government", "2021-07-15"), ("Kahmard", "government", "2021-07-15")}


def test_a_short_name_that_is_also_a_word_counts_in_a_list_of_districts(finder):
    found = dated_events(finder, "The districts include Argo and Zebak in Badakhshan. They all fell on Wednesday.")
    assert found == {("Argo", "taliban", "2021-07-14"), ("Zebak", "taliban", "2021-07-14")}


MONDAY = dt.date(2021, 8, 9)


def read(text: str) -> set[tuple[str, str]]:
    """Return the (place, status) of every event the text gives."""
    return {(place, status) for place, status, _day in events_of(text, MONDAY)}


@pytest.mark.parametrize(
    "text",
    [
        "Three districts of Badakhshan fell overnight, officials said. The fallen districts are Kuf Ab, Khwahan and Nusay.",
        "The army pulled out of three district centres in Badakhshan on Sunday. They include Kuf Ab, Khwahan and Nusay.",
        "Insurgents overran three more districts in the north-east. The districts that fell were Kuf Ab, Khwahan and Nusay.",
        "Badakhshan lost ground. The districts that went to the Taliban in the night include Kuf Ab, Khwahan and Nusay.",
    ],
)
def test_each_place_of_the_roster_takes_the_counts_outcome(text):
    assert {("Kuf Ab", "taliban"), ("Khwahan", "taliban"), ("Nusay", "taliban")} <= read(text)


def test_the_count_s_own_verdict_carries_over_retaken_or_claimed():
    retaken = "Commandos recaptured two districts on Sunday, the ministry said. They were Achin and Nijrab."
    assert read(retaken) == {("Achin", "government"), ("Nijrab", "government")}
    claimed = "The Taliban said they had seized two districts. They were Achin and Nijrab."
    assert read(claimed) == {("Achin", "claimed"), ("Nijrab", "claimed")}


def test_a_province_that_locates_a_listed_district_takes_nothing():
    text = "Two districts fell to the Taliban on Sunday. The fallen districts are Achin in Nangarhar and Nijrab in Kapisa."
    assert read(text) == {("Achin", "taliban"), ("Nijrab", "taliban")}


@pytest.mark.parametrize(
    "text",
    [
        "Officials toured the province. They are Achin, Nijrab and Khost, the governor said.",  # no count before
        "The Taliban did not take three districts, officials said. They were Achin, Nijrab and Kuf Ab.",  # negated
        "Two districts fell on Sunday. They were captured after a long siege of Jalalabad.",  # its own verb
        "The Taliban are close to Kunduz. They are fighters from Kandahar and Helmand.",  # not a roster
    ],
)
def test_no_roster_no_carried_outcome(text):
    assert ("Achin", "taliban") not in read(text) and ("Kandahar", "taliban") not in read(text)


def test_the_list_opening():
    assert opening_end("Among them were Achin and Nijrab.") == len("Among them were")
    assert opening_end("Among these were Achin and Nijrab.") == len("Among these were")
    assert opening_end("The districts that fell include Achin.") == len("The districts that fell include")
    assert opening_end("KABUL, July 5 - The fallen districts are Achin.") == len("KABUL, July 5 - The fallen districts are")
    assert opening_end("The Taliban are near Kunduz.") == -1
    assert opening_end("They are still under siege in Achin.") == -1


@pytest.mark.parametrize(
    "text",
    [
        "Two districts fell on Sunday, officials said. The districts include Achin and Nijrab.",
        "The districts include Achin and Nijrab. They both fell on Sunday.",
        "Among the districts lost overnight were Achin and Nijrab.",
        "The insurgents seized four more districts on Sunday, police said. Among these were Achin and Nijrab.",
    ],
)
def test_one_mechanism_reads_the_opening_the_sentence_after_or_the_count_before(text):
    assert {("Achin", "taliban"), ("Nijrab", "taliban")} <= read(text)


def test_the_sentence_after_wins_over_a_count_in_the_headline():
    text = "Two districts back in army hands\nThe districts are Achin and Nijrab. Both were retaken by commandos on Sunday."
    assert {(p, s) for p, s, _d in events_of(text, MONDAY)} >= {("Achin", "government"), ("Nijrab", "government")}
    assert ("Achin", "government", "2021-08-08") in events_of(text, MONDAY)


@pytest.mark.parametrize(
    "text",
    [
        "On Saturday the insurgents captured three districts: Kuf Ab; Khwahan, on the Panj river; and Nusay.",
        "The Taliban took three districts on Saturday - Kuf Ab, Khwahan and Nusay.",
        "Militants overran three more district centres on Saturday: Kuf Ab, Khwahan and Nusay, officials said.",
    ],
)
def test_a_count_listed_after_a_colon_or_dash_gives_each_place_its_outcome_and_day(text):
    assert {("Kuf Ab", "taliban", "2021-08-07"), ("Khwahan", "taliban", "2021-08-07"), ("Nusay", "taliban", "2021-08-07")} <= events_of(text, MONDAY)


def test_a_listed_place_with_its_own_day_keeps_it():
    text = "The insurgents took two districts on Friday and Saturday: first Achin, then Nijrab the next day."
    assert events_of(text, MONDAY) == {("Achin", "taliban", "2021-08-06"), ("Nijrab", "taliban", "2021-08-07")}


def test_a_colon_after_no_count_lists_nothing():
    text = "The governor gave the reason: Achin and Nijrab had no reinforcements for weeks."
    assert not any(status == "taliban" for _p, status, _d in events_of(text, MONDAY))


@pytest.mark.parametrize(
    "text",
    [
        "On Saturday the insurgents captured another district, Achin.",
        "On Saturday the insurgents captured yet another district, Achin, after a short fight.",
        "On Saturday fighters overran another border district, Achin.",
    ],
)
def test_the_place_in_apposition_to_another_district_is_the_one_taken(text):
    assert ("Achin", "taliban", "2021-08-07") in events_of(text, MONDAY)


@pytest.mark.parametrize(
    "text",
    [
        "On Saturday the Taliban overran Achin, long fought over by both sides, and Nijrab.",
        "On Saturday the Taliban took Achin, where the police had run out of ammunition, and Nijrab.",
        "On Saturday the Taliban seized Achin, a district of orchards, and Nijrab, officials said.",
    ],
)
def test_an_aside_about_the_first_name_leaves_the_second_the_verbs_object(text):
    assert {("Achin", "taliban", "2021-08-07"), ("Nijrab", "taliban", "2021-08-07")} <= events_of(text, MONDAY)


@pytest.mark.parametrize(
    "text",
    [
        "Insurgents overran both districts, Achin and Nijrab, on Saturday.",
        "The Taliban seized the two districts, Achin and Nijrab, on Saturday after a long siege.",
        "On Saturday militants took control of all three districts, Kuf Ab, Achin and Nijrab, officials said.",
    ],
)
def test_a_count_named_after_a_comma_gives_each_name_its_outcome(text):
    assert {("Achin", "taliban", "2021-08-07"), ("Nijrab", "taliban", "2021-08-07")} <= events_of(text, MONDAY)


def test_after_a_comma_only_a_run_of_names_lists_the_count():
    assert not any(status == "taliban" for _p, status, _d in events_of("Militants captured two districts, Achin elders said.", MONDAY))
    text = "The army lost four districts in provinces of Kapisa, Kunduz, and Badakhshan on Saturday."  # the comma is not the count's
    assert not events_of(text, MONDAY)
    text = "Commandos retook two districts, Achin and Nijrab, on Saturday, and the Taliban attacked Kuf Ab."
    assert {(p, s) for p, s, _d in events_of(text, MONDAY)} == {("Achin", "government"), ("Nijrab", "government"), ("Kuf Ab", "contested")}


def test_a_share_named_after_a_colon_takes_the_winner_only_before_a_run_of_names():
    text = "Three districts were retaken in July, but two of them have since fallen to the Taliban: Achin and Nijrab."
    assert {(p, s) for p, s, _d in events_of(text, MONDAY)} == {("Achin", "taliban"), ("Nijrab", "taliban")}
    text = "Two of them were lost to the Taliban: the army named none, but fighting went on in Achin."
    assert {(p, s) for p, s, _d in events_of(text, MONDAY)} == {("Achin", "contested")}


def test_a_count_with_two_words_before_its_noun_still_counts():
    text = "Two more northern districts fell on Saturday, police said. They were Achin and Nijrab."
    assert {(p, s) for p, s, _d in events_of(text, MONDAY)} == {("Achin", "taliban"), ("Nijrab", "taliban")}


def test_the_centres_of_named_provinces_are_their_capitals(finder):
    found = dated_events(finder, "Three more cities fell on Thursday. They are the centres of Helmand, Zabul and Ghazni provinces.")
    assert {place for place, _s, _d in found} == {"Lashkar Gah", "Qalat", "Ghazni"}
    found = dated_events(finder, "The district centres of Khwahan and Shighnan fell on Thursday.")
    assert {place for place, _s, _d in found} == {"Khwahan", "Shughnan"}


def test_an_aside_in_the_opening_and_a_retold_list_with_no_day():
    found = {(p, s) for p, s, _d in events_of("The districts, officials said, are Achin and Nijrab. Both fell on Saturday.", MONDAY)}
    assert found == {("Achin", "taliban"), ("Nijrab", "taliban")}
    assert not events_of("The other districts, fallen earlier, are Achin and Nijrab.", MONDAY)
    assert events_of("The districts that fell earlier this week include Achin and Nijrab.", MONDAY)


def test_an_opening_may_hold_a_relative_clause_without_that():
    text = "The only districts the government still controls, besides Kuf Ab, are Achin and Nijrab."
    assert {("Achin", "government"), ("Nijrab", "government")} <= {(p, s) for p, s, _d in events_of(text, MONDAY)}


@pytest.mark.parametrize(
    "sentence",
    [
        "Insurgents took four more districts on Tuesday: Khwahan, Nusay and Kuf Ab.",
        "The Taliban overran both towns, Achin and Nijrab, before dawn.",
        "Militants seized 3 provincial capitals - Zaranj, Sheberghan and Kunduz - within days.",
        "Two more fell overnight: Taloqan and Sar-e Pul.",
        "Three of these have since gone to the Taliban, Khost, Paktia and Ghazni.",
    ],
)
def test_a_count_spelled_out_after_it_passes_the_cheap_check(sentence):
    from frontmap.extract.verbless_lists import _may_count, elaborated_count

    assert _may_count(sentence) and elaborated_count(sentence) is not None


@pytest.mark.parametrize(
    "sentence",
    [
        "Fighting raged on the edge of the city, a resident said.",
        "The governor asked for more troops to defend Kunduz.",
        "Government forces fell back from their posts near the river.",
    ],
)
def test_a_sentence_without_a_count_is_not_searched_for_one(sentence):
    from frontmap.extract.verbless_lists import _may_count, elaborated_count

    assert not _may_count(sentence) and elaborated_count(sentence) is None


@pytest.mark.parametrize(
    "sentence",
    [
        "Fighters took “two key districts” of the north on Friday: Khwahan and Nusay.",
        "Insurgents seized SEVEN districts – Achin, Nijrab and Kuf Ab among them – the governor’s office said: Achin and Nijrab.",
        "The Taliban took \u017fix districts on Monday: Achin, Nijrab and Khwahan.",  # a long s a pattern ignoring case reads as "s"
    ],
)
def test_a_count_outside_plain_ascii_passes_the_cheap_check(sentence):
    from frontmap.extract.verbless_lists import _may_count, elaborated_count

    assert elaborated_count.__wrapped__(sentence) is not None and _may_count(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Fighting raged on the city’s edge, a resident said.",
        "The governor – who asked for troops – stayed in Kunduz “for now”.",
    ],
)
def test_a_sentence_outside_plain_ascii_without_a_count_is_not_searched(sentence):
    from frontmap.extract.verbless_lists import _may_count

    assert not _may_count(sentence)


def test_a_speaker_between_a_count_and_its_list():
    text = "Troops gave up three district centres on Sunday, a police spokesman told reporters: Achin, Nijrab and Khwahan."
    found = {(p, s) for p, s, _d in events_of(text, MONDAY)}
    assert found == {("Achin", "taliban"), ("Nijrab", "taliban"), ("Khwahan", "taliban")}
    # a clause that is no attribution still closes the count before the colon
    assert not events_of("Troops gave up three posts, which were hard to supply: Achin was calm.", MONDAY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Cities now under Taliban control include Kunduz and Taloqan.", {("Kunduz", "taliban"), ("Taloqan", "taliban")}),
        ("Districts recently retaken by the army include Arghistan and Khan Abad.", {("Arghistan", "government"), ("Khanabad", "government")}),
        ("Cities the Taliban hope to take next include Kunduz and Taloqan.", set()),
        ("Cities under threat include Kunduz and Taloqan.", set()),
    ],
)
def test_a_bare_plural_opening_that_holds_the_outcome_gives_it_to_the_list(finder, text, expected):
    assert {(place, status) for place, status, _ in dated_events(finder, text)} == expected
