"""The capital named as the government that acts (`frontmap.extract.acting_seats`)."""

from frontmap.extract.acting_seats import acts_as_government


def _acts(sentence: str, name: str = "Kabul") -> bool:
    start = sentence.index(name)
    return acts_as_government(sentence, start, start + len(name))


def test_the_capital_made_to_send_troops_is_the_government():
    assert _acts("Heavy fighting in Takhar forced Kabul to deploy commandos.")
    assert _acts("The offensive prompted Kabul to rush reinforcements north.")


def test_the_capital_sending_troops_is_the_government():
    assert _acts("Kabul has sent more troops to the province.")
    assert _acts("Kabul quickly dispatched commandos to the city.")


def test_a_place_where_something_happens_is_not():
    assert not _acts("The Taliban attacked the outskirts of Kabul on Sunday.")
    assert not _acts("The assault forced Kabul residents to flee.")
    assert not _acts("Fighting forced Taloqan to close its markets.", "Taloqan")


def test_one_side_of_a_pair_with_the_taliban_is_the_government():
    assert _acts("The battle between Kabul and the Taliban is fought at our doorstep.")
    assert _acts("Talks between the Taliban and Kabul stalled on Monday.")
    assert not _acts("The road between Kabul and Jalalabad was cut.")
