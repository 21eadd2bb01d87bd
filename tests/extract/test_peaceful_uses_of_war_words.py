"""War words in reports that are not about the war: a fight against a disease, a drought or
tears, a drivers' strike, trucks of flour coming in and a farm on a town's outskirts give no
fight at the place; fighting for the town, air strikes, armed men in trucks and fighters on the
outskirts still do (invented sentences, shipped gazetteer, published Sunday 2021-08-01)."""

from __future__ import annotations

import pytest
from test_rules import C, T, finder, statuses  # noqa: F401  (finder: the shared fixture)


@pytest.mark.parametrize(("text", "expected"), [
    # a hardship, a cause or lives as the foe
    ("Nurses in Herat are battling a surge in infections as oxygen runs short.", set()),
    ("The fight against polio in Kandahar has stalled for lack of funds.", set()),
    ("Farmers in Balkh are battling the worst drought in a generation.", set()),
    ("Villagers in Kamdesh fought floodwaters through the night.", set()),
    ("A widow in Ghazni, fighting back tears, said she had sold her rugs.", set()),
    ("Women in Herat have been fighting for their rights for two decades.", set()),
    ("Doctors in Kunduz are fighting to save newborns as the power fails.", set()),
])
def test_a_fight_against_hardship_contests_nothing(finder, text, expected):
    assert statuses(finder, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Troops were fighting the Taliban in Kunduz despite the cold.", {("Kunduz", C)}),
    ("Fighting raged in Ghazni as hunger spread across the province.", {("Ghazni", C)}),
    ("Afghan forces fought for Lashkar Gah for a week.", {("Lashkar Gah", C)}),
])
def test_a_fight_against_a_side_stays(finder, text, expected):
    assert statuses(finder, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Bus drivers went on strike in Herat to protest a new road toll.", set()),
    ("The truckers' strike in Kandahar has emptied fuel stations.", set()),
    ("Teachers in Mazar-i-Sharif staged a hunger strike over unpaid salaries.", set()),
    ("A strike by shopkeepers shut the main bazaar of Kunduz.", set()),
])
def test_a_work_stoppage_is_no_strike(finder, text, expected):
    assert statuses(finder, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Jets carried out strikes on Taliban positions in Lashkar Gah.", {("Lashkar Gah", C)}),
    ("Government forces launched strikes against the Taliban in Kunduz.", {("Kunduz", C)}),
])
def test_a_blow_struck_stays_a_strike(finder, text, expected):
    assert statuses(finder, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Lorries laden with flour entered Herat after the road reopened.", set()),
    ("Trucks carrying Uzbek wheat rolled into Kunduz.", set()),
    ("Aid convoys entered Farah on Saturday.", set()),
    ("Taliban fighters in pickup trucks rolled into Kunduz.", {("Kunduz", C)}),
    ("Army trucks entered Farah on Saturday.", {("Farah", C)}),
])
def test_goods_coming_in_are_no_entry(finder, text, expected):
    assert statuses(finder, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("His vineyard lies on the outskirts of Charikar.", set()),
    ("Some 400 families live in a camp on the outskirts of Herat.", set()),
    ("The Taliban were on the outskirts of Kandahar.", {("Kandahar", C)}),
    ("Clashes broke out on the outskirts of Ghazni.", {("Ghazni", C)}),
])
def test_outskirts_as_an_address(finder, text, expected):
    assert statuses(finder, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Flash floods swept through three villages in Kamdesh on Wednesday night.", set()),
    ("A fire swept through the cloth market of Kandahar, destroying 40 shops.", set()),
    ("Hunger and unemployment have taken over Kabul, residents said.", set()),
    ("Taliban fire swept through government positions in Kunduz.", {("Kunduz", C)}),
    ("Panic spread in Herat as the Taliban overran the city.", {("Herat", T)}),
])
def test_a_natural_force_takes_nothing(finder, text, expected):
    assert statuses(finder, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Herat beat Mazar-i-Sharif 2-1 in a fierce battle at the Herat stadium.", set()),
    ("The two cricket teams battled it out before a full stadium in Kandahar.", set()),
    ("Afghan forces and the Taliban clashed near the stadium in Lashkar Gah.", {("Lashkar Gah", C)}),
    ("Fighting for Kunduz went on for a third day, and a football match was called off.", {("Kunduz", C)}),
])
def test_a_match_is_no_battle(finder, text, expected):
    assert statuses(finder, text) == expected


def test_men_named_before_on_the_outskirts_are_an_advance(finder):
    text = "Fighters took Jalalabad. By evening they were on the outskirts of Ghazni."
    assert ("Ghazni", C) in statuses(finder, text)
