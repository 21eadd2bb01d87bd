"""Border crossings counted back ("both crossings", "these two checkpoints"), entries told by what
they brought about, goods "destined for" a city, a port's name in a list of names, and a "there"
after another province."""

import datetime as dt

from real_reading import real_events

_DAY = dt.date(2021, 7, 9)


def test_a_counted_group_of_crossings_means_the_crossings_named_before():
    text = ("Iran halts cargo\nMASHHAD, July 9 - Exporters were told to hold lorries back from Islam Qala and Abu Nasr Farahi. "
            "The Taliban took over both crossings on Thursday.")
    assert {("Islam Qala", "taliban"), ("Abu Nasr Farahi", "taliban")} <= real_events(text, _DAY)


def test_a_group_of_posts_never_means_districts():
    text = "Posts lost\nGHAZNI, July 9 - The Taliban attacked Andar and Deh Yak on Thursday. Both posts were retaken by the army on Friday."
    assert not {e for e in real_events(text, _DAY) if e[1] == "government"}


def test_an_entry_that_brought_the_government_down_is_a_capture():
    text = "Capital falls\nKABUL, Aug 16 - Taliban fighters entered Kabul on Sunday, prompting the government to collapse."
    assert real_events(text, dt.date(2021, 8, 16)) == {("Kabul", "taliban")}


def test_an_entry_that_only_raised_fears_stays_contested():
    text = "City attacked\nGHAZNI, Aug 7 - Taliban fighters entered Ghazni on Friday, prompting fears the government could fall."
    assert real_events(text, dt.date(2021, 8, 7)) == {("Ghazni", "contested")}


def test_goods_destined_for_a_city_do_not_make_it_the_border_town():
    text = ("Costs climb\nCHAMAN, July 30 - Lorries cross from Chaman into Spin Boldak carrying flour destined for Kandahar. "
            "Traffic stopped this month after the Taliban overran the border town.")
    events = real_events(text, dt.date(2021, 7, 30))
    assert ("Spin Boldak", "taliban") in events and not {e for e in events if e[0] == "Kandahar"}


def test_a_port_and_its_province_do_not_end_a_list():
    text = "Ports lost\nKABUL, July 8 - The Taliban have taken over Sher Khan Bandar port in Kunduz, Aikhanum in Takhar and Dand-e-Pathan in Paktia."
    assert real_events(text, dt.date(2021, 7, 8)) == {
        ("Shir Khan Bandar", "taliban"), ("Ai Khanum", "taliban"), ("Dand-e Patan", "taliban")}


def test_there_after_another_province_is_not_the_town_before():
    text = ("Border capital\nZARANJ, Aug 7 - Taliban fighters reportedly took control of Zaranj overnight. Nimroz lies west of Helmand, "
            "which many expected to go first because the Taliban have been fighting there for weeks.")
    assert ("Zaranj", "contested") not in real_events(text, dt.date(2021, 8, 7))


def test_there_after_the_towns_own_province_is_the_town():
    text = "Attack\nZARANJ, Aug 4 - Taliban fighters attacked Zaranj on Tuesday. Officials in Nimroz said fighting there went on until dawn."
    assert ("Zaranj", "contested") in real_events(text, dt.date(2021, 8, 4))
