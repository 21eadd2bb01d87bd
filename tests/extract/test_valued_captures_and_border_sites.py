"""Captures weighed in the present tense, frontier sites told by their province, and foreign
troops' own operations."""

from __future__ import annotations

from frontmap.extract.border_site_provinces import site_in
from frontmap.extract.foreign_forces import foreign_operations
from frontmap.extract.object_appositions import names_the_object
from frontmap.extract.rules import Verdict
from frontmap.extract.valued_captures import weighed


def _after(sentence: str, words: str) -> int:
    return sentence.index(words) + len(words)


def test_a_capture_weighed_in_the_present_is_no_capture():
    sentence = "The capture of Lashkar Gah holds enormous symbolic value for the insurgents."
    assert weighed(sentence, _after(sentence, "The capture of"))
    sentence = "The fall of Kandahar, the movement's birthplace, is of huge importance to them."
    assert weighed(sentence, _after(sentence, "The fall of"))
    sentence = "The seizure of Ghazni is vital for the Taliban."
    assert weighed(sentence, _after(sentence, "The seizure of"))


def test_a_capture_with_its_day_or_an_outcome_is_told():
    sentence = "The capture of Zaranj on Friday carries great symbolic weight for the insurgents."
    assert not weighed(sentence, _after(sentence, "The capture of"))
    sentence = "The capture of Kunduz is a heavy blow to the government."
    assert not weighed(sentence, _after(sentence, "The capture of"))
    sentence = "The capture of Kunduz, officials said, has great value."
    assert not weighed(sentence, _after(sentence, "The capture of"))


def test_a_frontier_site_names_its_province():
    sentence = "They took Spin Boldak, a week after seizing border crossings in Herat and Kunduz."
    assert site_in(sentence, sentence.index("Herat"))
    assert site_in(sentence, sentence.index("Kunduz"))
    sentence = "The customs post of Nangarhar was closed."
    assert site_in(sentence, sentence.index("Nangarhar"))


def test_other_posts_do_not_name_a_province():
    sentence = "Fighters attacked police posts in Kandahar overnight."
    assert not site_in(sentence, sentence.index("Kandahar"))
    sentence = "Fighters entered Herat after taking the crossing."
    assert not site_in(sentence, sentence.index("Herat"))


def test_foreign_troops_own_operations_are_no_fight_between_the_sides():
    sentence = "Helmand was the focal point for British and United States military operations."
    start = sentence.index("military operations")
    verdict = Verdict("contested", "military operations", start, 0.8)
    assert foreign_operations(sentence, verdict)
    sentence = "Afghan military operations went on in Helmand on Wednesday."
    verdict = Verdict("contested", "military operations", sentence.index("military operations"), 0.8)
    assert not foreign_operations(sentence, verdict)


def test_a_crossing_told_with_its_neighbour_then_its_town():
    assert names_the_object(" an important border crossing with Pakistan, at ")
    assert names_the_object(" a busy crossing into Iran, ")
    assert not names_the_object(" a police checkpoint, at ")
