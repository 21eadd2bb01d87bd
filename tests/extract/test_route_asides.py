"""A road aside closed by a comma ends the road: the place after it is the next item."""

from frontmap.extract.route_asides import after_closed_route


def _at(sentence: str, name: str) -> bool:
    return after_closed_route(sentence, sentence.index(name))


def test_place_after_a_closed_road_aside_is_no_end_of_the_road():
    assert _at("They overran Sharan, on the highway between Gardez and Ghazni, and Qalat.", "Qalat")
    assert _at("They took Aybak, on the main road north, and the city of Kunduz.", "Kunduz")


def test_place_listed_with_the_road_still_ends_it():
    assert not _at("They cut the road linking Herat to Farah and Zaranj.", "Zaranj")
    assert not _at("They cut the road to Farah, Zaranj and Delaram.", "Delaram")
