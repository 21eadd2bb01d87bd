"""An armed side announcing a capture took the place; officials announcing one only tell it."""

from frontmap.extract.withheld_confirmations import announced_gain


def _gain(view: str) -> bool:
    return announced_gain(view, view.index("capture"))


def test_armed_men_announcing_a_capture_made_it():
    assert _gain("fighters loyal to the commander announced the capture of the district")


def test_an_aside_between_the_men_and_the_verb_is_passed_over():
    assert _gain("resistance fighters  led by a local commander  announced the capture of the district")


def test_officials_announcing_a_capture_only_tell_it():
    assert not _gain("provincial officials announced the capture of the district")


def test_armed_men_of_an_earlier_clause_do_not_announce():
    assert not _gain("government forces pulled back  and officials announced the capture of the district")


def test_confirming_is_no_announcement_of_ones_own_gain():
    assert not _gain("security forces confirmed the capture of the district")
