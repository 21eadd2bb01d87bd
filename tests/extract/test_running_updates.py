"""Running updates: the entries of a live page, each with its own stamp and day, read as wire copy
is (distances before a new verb, gapped days after "overnight", a fall told as a participle with a
day, a place and its own facility as one subject, fights kept away, correction notices). Sentences
of our own, in the style of August 2021 live pages."""

from __future__ import annotations

import datetime as dt
import re

from real_reading import _finder

from frontmap.extract.bare_falls import DATED_FALLING
from frontmap.extract.events import extract_events
from frontmap.extract.kept_out import kept_away
from frontmap.extract.text import text_view
from frontmap.extract.triggers import find_triggers
from frontmap.intake.articles import Article


def _events(text: str, published: str) -> set[tuple[str, str, str]]:
    article = Article("a1", "f.txt", None, "", "", "", "", dt.date.fromisoformat(published), "manifest", text)
    return {(e.place, e.status, e.event_date.isoformat()) for e in extract_events(article, _finder().find(article))}


def _places(text: str, published: str) -> set[tuple[str, str]]:
    return {(place, status) for place, status, _ in _events(text, published)}


def test_a_place_after_a_new_verb_is_no_distance_landmark():
    assert ("Pul-e Alam", "taliban", "2021-08-13") in _events(
        "Live: the south\nKABUL, Aug 13 - 14:10 GMT: Insurgent units were some 60 km from Kabul after seizing Pul-e-Alam on Friday.", "2021-08-13")
    assert ("Kabul", "taliban") not in _places("Live: the south\nKABUL, Aug 13 - Insurgent units were some 60 km from Kabul after seizing Pul-e-Alam.", "2021-08-13")
    assert not _places("Live: the north\nKABUL, Aug 13 - Fighters were massing 30 km from Kunduz, officials said.", "2021-08-13")


def test_a_gapped_conjunct_after_overnight_keeps_its_own_day():
    events = _events("Live: the south\nKABUL, Aug 13 - 05:40 GMT: Kandahar was overrun overnight and Herat on Thursday evening, our sources say.", "2021-08-13")
    assert ("Herat", "taliban", "2021-08-12") in events


def test_a_falling_participle_with_a_day_is_a_fall_and_a_verge_is_not():
    assert re.search(DATED_FALLING, " with qala e naw falling on friday  the count rose ")
    assert not re.search(DATED_FALLING, " the town was on the verge of falling on wednesday ")
    assert not re.search(DATED_FALLING, " rockets kept falling on the airport ")
    assert ("Qala-e Naw", "taliban") in _places("Live: the west\nKABUL, Aug 13 - With Qala-i-Naw falling on Friday, the insurgents hold a dozen capitals.", "2021-08-13")


def test_a_place_and_its_own_facility_are_one_subject():
    assert ("Bagram", "taliban") in _places("Live: Parwan\nKABUL, Aug 15 - 10:30 GMT: Bagram air base and its jail are now under Taliban control, a district official said.", "2021-08-15")
    assert ("Kunduz", "government") in _places("Live: Kunduz\nKABUL, Aug 9 - The army says Kunduz and its airport remain under government control.", "2021-08-09")


def test_a_fight_kept_out_or_avoided_is_no_fight_there():
    sentence = "elders met both sides to keep fighting out of the valley"
    fight = next(t for t in find_triggers(sentence) if t.text == "fighting")
    assert kept_away(text_view(sentence), fight)
    assert not _places("Live: Ghazni\nGHAZNI, Aug 10 - The district chief of Jaghori said elders were working to keep fighting out of the district.", "2021-08-10")
    assert ("Kunduz", "contested") in _places("Live: Kunduz\nKABUL, Aug 10 - Troops kept fighting in Kunduz on Tuesday, officials said.", "2021-08-10")


def test_an_object_a_span_dates_apart_may_have_an_adverb_before_its_verb():
    events = _events("Live: Badghis\nKABUL, July 9 - Commandos cleared the police compound in Qala-i-Naw, three days after insurgents first stormed into the city on Tuesday.", "2021-07-09")
    assert ("Qala-e Naw", "contested", "2021-07-06") in events


def test_a_correction_notice_takes_back_an_earlier_entry_and_its_headline():
    taken_back = _places("Live: Ghor\nKABUL, Aug 13 - CORRECTION 09:10 GMT: An earlier entry said Chaghcharan had fallen to the Taliban. Officials say troops still hold the city.", "2021-08-13")
    assert ("Chaghcharan", "taliban") not in taken_back and ("Chaghcharan", "government") in taken_back
    kept = _places("Live: Kunduz\nKABUL, Aug 13 - 10:00 GMT: An earlier entry said Kunduz had fallen on Thursday; officials have since confirmed it.", "2021-08-13")
    assert ("Kunduz", "taliban") in kept
    headline = _places("Live: Taliban take Nili\nKABUL, Aug 14 - CORRECTION: A previous version of this post wrongly named the captured town as Nili. It was Khadir district that fell on Friday; officials say Nili is still held by the government.", "2021-08-14")
    assert ("Nili", "taliban") not in headline and ("Khadir", "taliban") in headline


def test_driving_through_a_town_centre_is_an_entry_and_passing_through_is_not():
    assert ("Qalat", "contested") in _places("Live: Zabul\nKABUL, Aug 13 - Taliban fighters drove through the centre of Qalat on Friday, residents said.", "2021-08-13")
    assert not _places("Live: Zabul\nKABUL, Aug 13 - Families drove through Qalat on their way to Kandahar on Friday.", "2021-08-13")


def test_words_pointing_back_in_the_text_stand_between_a_subject_and_its_verb():
    text = "Live: Logar\nKABUL, Aug 14 - 06:00 GMT: Fighters stormed the outskirts of Pul-e-Alam overnight.\n09:00 GMT: The city mentioned earlier has now fallen, an official said."
    assert ("Pul-e Alam", "taliban", "2021-08-14") in _events(text, "2021-08-14")
    assert ("Pul-e Alam", "taliban", "2021-08-13") not in _events(text, "2021-08-14")  # "mentioned earlier" is no day
    assert ("Pul-e Alam", "taliban", "2021-08-13") in _events("Live: Logar\nKABUL, Aug 14 - Pul-e-Alam fell earlier, an official said.", "2021-08-14")


def test_a_withdrawn_account_dates_nothing_else():
    corrected = _events("Live: Kunduz\nKABUL, Aug 15 - A previous version of this entry said Kunduz fell on Saturday. It fell on Sunday, officials said.", "2021-08-15")
    assert ("Kunduz", "taliban", "2021-08-15") in corrected and ("Kunduz", "taliban", "2021-08-14") not in corrected
    held = _events("Live: Takhar\nKABUL, Aug 10 - CORRECTION: A previous entry said Taloqan had been retaken by the army. The army says the city remains in Taliban hands.", "2021-08-10")
    assert held == {("Taloqan", "taliban", "2021-08-10")}


def test_a_bullet_opens_its_line_as_a_sentence_does():
    events = _places("Live: key points\nKABUL, Aug 14 - Key points so far:\n- Clashes in Lashkar Gah\n- Fighting in Kunduz", "2021-08-14")
    assert ("Lashkar Gah", "contested") in events and ("Kunduz", "contested") in events
