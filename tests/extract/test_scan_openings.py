"""Whole-text scans told their first letter as a class: the same matches as the patterns they stand for."""

from __future__ import annotations

import re

from frontmap.extract import border_sides, capital_spellings, city_spellings, forward_names, own_places, part_pronouns, plural_references

_TEXTS = [
    "Militias took Alpha and Beta. Both districts fell back to the insurgents a day later.",
    "All the three towns were quiet; all three districts fell, and these two provinces held.",
    "The aforementioned districts and those said towns were retaken. Aboth districts is no word.",
    "Lathe two districts, bathe three towns: no group inside a word.",
    "Fighters seized the Afghan side of the border; then the border posts on the Afghan side fell.",
    "Breathe Afghan side of the border is no opening, nor is lathe border posts.",
    "They reached an important border crossing, another key border town, and a strategic border crossing.",
    "Banana border crossing and Ba border town are no openings.",
]


def _spans(pattern: re.Pattern[str], text: str, groups: tuple[str, ...] = ()) -> list[tuple]:
    return [(m.span(), *(bool(m.group(g)) if g != "count" else m.group(g) for g in groups)) for m in pattern.finditer(text)]


def test_group_scan_finds_what_the_group_pattern_finds():
    groups = ("both", "count", "named", "provinces")
    for text in _TEXTS:
        assert _spans(plural_references._GROUP_SEARCH, text, groups) == _spans(plural_references.GROUP, text, groups)
    assert len(_spans(plural_references._GROUP_SEARCH, " ".join(_TEXTS))) == 6


def test_side_and_unnamed_crossing_scans_open_at_a_word_only():
    side_with_boundary = re.compile(r"\b" + border_sides.SIDE.pattern.replace(r"[Tt](?<!\w[Tt])he", "[Tt]he", 1))
    unnamed_with_boundary = re.compile(r"\b(?:an?|another)" + forward_names._UNNAMED.pattern.split(")?", 1)[1], re.IGNORECASE)
    for text in _TEXTS:
        assert _spans(border_sides.SIDE, text) == _spans(side_with_boundary, text)
        assert _spans(forward_names._UNNAMED, text) == _spans(unnamed_with_boundary, text)
    assert len(_spans(border_sides.SIDE, " ".join(_TEXTS))) == 2
    assert len(_spans(forward_names._UNNAMED, " ".join(_TEXTS))) == 3


def test_a_closing_both_is_found_and_a_text_without_one_is_passed_over():
    text = "Militias took Alpha and Beta. A day later troops were still fighting in both."
    assert text.index("both") in list(plural_references.back_references(text))
    shouted = text.replace("in both", "in Both")
    assert shouted.index("Both") not in list(plural_references.back_references(shouted))
    assert not [m for m in plural_references._IN_BOTH.finditer("Troops were fighting in Beta, where both sides dug in.")]


def test_its_scans_find_what_a_word_boundary_finds():
    texts = ["Fighters pushed into its western neighbourhoods and overran its district centre.",
             "Bits of its outskirts; its main compound; Its centre; kits centre; its\nheadquarters; splits streets."]
    for pattern in (part_pronouns._ITS_PART, part_pronouns._ITS_SEAT, part_pronouns._ITS_BARE_SEAT):
        bounded = re.compile(r"\bits\s+" + pattern.pattern.removeprefix(part_pronouns._ITS))
        for text in texts:
            assert _spans(pattern, text) == _spans(bounded, text)
    assert [texts[1][at:at + 7] for at in part_pronouns.its_positions(texts[1])] == ["its out", "its mai", "its\nhea"]


def test_own_place_scan_finds_what_a_word_boundary_finds():
    bounded = re.compile(r"\b(?:[Oo]ur|[Mm]y)" + own_places._OWN.pattern.split("(?<=[Mm])y)", 1)[1])
    text = ("'Our district is gone,' he said. My town held; my own city fell. Four district chiefs; Amy town; "
            "sour city; our district council met; Tour city and Army town are no openings.")
    assert _spans(own_places._OWN, text) == _spans(bounded, text)
    assert [text[at:at + 6] for at in own_places.positions(text)] == ["Our di", "My tow", "my own"]


def test_capital_name_scan_finds_what_a_look_behind_first_finds():
    looked_behind = re.compile(rf"(?<![\w'’-])({city_spellings.NAME})")
    text = ("Fighters took Maymanah and Shebirghan; al-Qaeda's O'Neill met McKay-Smith in Pol-e Khomri, "
            "then Qondūz. X-ray, Xo and Firuz Kuh; 'Tareen Kot' fell.")
    assert _spans(capital_spellings._NAME_AT, text) == _spans(looked_behind, text)
    assert len(_spans(capital_spellings._NAME_AT, text)) == 8
