"""Who speaks in a relayed or tagged report (invented sentences, shipped gazetteer): a Taliban voice
nested inside an official's words, a source citing the group, a quote's tag naming the group after
the words, a wish for a handover, a facility joined to the place a statement is about, and the day of a
confirmation after the news it confirms."""

from __future__ import annotations

import pytest
from test_rules import CL, G, T, finder, statuses  # noqa: F401  (finder: the shared fixture)

from frontmap.extract.date_expressions import find_date_expressions
from frontmap.extract.reporting_days import is_reporting


@pytest.mark.parametrize(("text", "expected"), [
    # the innermost speaker is the group: what the official passes on is their word
    ("A provincial council member told AFP that a Taliban commander had said by phone that his men had seized Alasay.",
     {("Alasay", CL)}),
    ("A police official said the Taliban had told him by phone that they had taken Mardyan district.", {("Mardyan", CL)}),
    ("A council member, citing Taliban sources, said Almar district had fallen overnight.", {("Almar", CL)}),
    ("Quoting the insurgents, a police official said Jaghatu district had fallen.", {("Jaghatu", CL)}),
    ("The Taliban told a police officer they took Mardyan district.", {("Mardyan", CL)}),
])
def test_a_taliban_voice_inside_an_officials_words_is_a_claim(finder, text, expected):  # noqa: F811
    assert statuses(finder, text) == expected, text


@pytest.mark.parametrize(("text", "expected"), [
    # officials all the way down, a cause cited, an order given: no Taliban voice
    ("The governor told AFP that the police chief had said fighters seized Alasay.", {("Alasay", T)}),
    ("A police spokesman, citing heavy Taliban attacks, said Qaisar district had fallen.", {("Qaisar", T)}),
    ("Residents said Taliban fighters told them to stay indoors before seizing Aqcha district.", {("Aqcha", T)}),
    ("Officials told the Taliban envoys they had retaken Mardyan district.", {("Mardyan", G)}),
])
def test_official_chains_and_orders_stay_facts(finder, text, expected):  # noqa: F811
    assert statuses(finder, text) == expected, text


@pytest.mark.parametrize(("text", "expected"), [
    # the group named in the tag after the quote; "from the insurgents" is the tag's, no loser of the capture
    ('"We captured the Andar district centre after midnight," said a statement from the insurgents.', {("Andar", CL)}),
    ('"We captured the Andar district centre after midnight," a statement from the insurgents said.', {("Andar", CL)}),
    # in the verb's own clause it still names the loser
    ("Commandos recaptured Maiwand district from the Taliban, the defence ministry said.", {("Maiwand", G)}),
])
def test_a_tag_after_the_quote_names_the_speaker_not_the_loser(finder, text, expected):  # noqa: F811
    assert statuses(finder, text) == expected, text


@pytest.mark.parametrize(("text", "expected"), [
    ('"We want Mazar-i-Sharif to be handed over peacefully," the Taliban spokesman said.', set()),
    ("Tribal elders said they wanted Guzara district to be handed over without bloodshed.", set()),
    ("Guzara district was handed over to the Taliban, as tribal elders had wanted, officials said.", {("Guzara", T)}),
])
def test_a_wished_handover_is_none(finder, text, expected):  # noqa: F811
    assert statuses(finder, text) == expected, text


@pytest.mark.parametrize(("text", "expected"), [
    ("Ishkashim district and the customs post fell to the Taliban, police said.", {("Ishkashim", T)}),
    ('"Kohsan district and the customs post are now under our control," Zabihullah Mujahid said.', {("Kohsan", CL)}),
    ("Kohsan and its bazaar were under attack, officials said.", {("Kohsan", "contested")}),
])
def test_a_facility_joined_to_the_place_leaves_it_the_subject(finder, text, expected):  # noqa: F811
    assert statuses(finder, text) == expected, text


@pytest.mark.parametrize(("sentence", "expected"), [
    # the day after the confirmed news is the confirming one
    ("Provincial officials confirmed the fall of the district on Monday.", True),
    ("The ministry acknowledged the loss of Qaisar district late Tuesday.", True),
    # a confirming that already has its day leaves the later one to the news
    ("Officials on Tuesday confirmed the fall of Ghormach on Sunday.", False),
    ("Ghormach fell on Sunday.", False),
])
def test_a_day_after_confirmed_news_dates_the_confirming(sentence, expected):
    assert is_reporting(sentence, find_date_expressions(sentence)[-1]) is expected, sentence
