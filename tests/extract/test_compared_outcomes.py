"""A fall named as a yardstick or an imagined outcome (`frontmap.extract.compared_outcomes`)."""

from frontmap.extract.compared_outcomes import compared_or_imagined
from frontmap.extract.negative_subjects import negative_subject
from frontmap.extract.text import text_view


def _at(sentence: str, word: str, test=compared_or_imagined) -> bool:
    view = text_view(sentence)
    return test(view, view.index(word))


def test_a_yardstick_after_a_modal_is_no_fall():
    assert _at("Kandahar could be a game-changer, almost as big as the fall of Kabul.", "fall")
    assert _at("Losing Herat would rival the capture of Kunduz.", "capture")


def test_an_imagined_outcome_is_no_fall():
    assert _at("No outcome is inevitable, including the fall of Kabul.", "fall")
    assert _at("Embassies planned for every scenario, such as the collapse of the capital.", "collapse")


def test_a_comparison_with_a_told_fall_stays():
    assert not _at("The capture of Ghazni was as heavy a blow as the fall of Kunduz on Sunday.", "fall")
    assert not _at("The Taliban took Ghazni, a blow like the fall of Kunduz.", "fall")


def test_nowhere_is_a_negative_subject():
    sentence = "Nowhere in the entire Nimroz province is under government control."
    assert _at(sentence, "under", lambda view, at: negative_subject(view, 0, at))
    assert not _at("Fighting in Nimroz province is under way.", "under", lambda view, at: negative_subject(view, 0, at))


def test_no_place_and_nowhere_now_are_negative_subjects():
    def negative(view: str, at: int) -> bool:
        return negative_subject(view, 0, at)

    assert _at("No place in Baghlan is now under the control of the resistance.", "under", negative)
    assert _at("Nowhere in Kapisa is now under the control of government forces.", "under", negative)
    assert not _at("One place in Baghlan is now under the control of the resistance.", "under", negative)
