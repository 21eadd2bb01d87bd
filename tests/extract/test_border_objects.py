"""'The border of X' taken: the border town's crossing, not a boundary line."""

from frontmap.extract.border_objects import border_taken
from frontmap.extract.spatial import spatial_role


def _role(sentence: str, name: str) -> str | None:
    start = sentence.index(name)
    return spatial_role(sentence, start, start + len(name))


def test_a_border_taken_names_its_crossing():
    assert border_taken("Insurgents captured the strategic border of ", " on Tuesday")
    assert border_taken("They took control of the key border at ", ", officials said")
    assert _role("Insurgents seized the strategic border of Shir Khan Bandar on Tuesday.", "Shir Khan Bandar") is None


def test_a_boundary_stays_a_reference_point():
    assert not border_taken("Insurgents captured the border of ", " and Zabul")
    assert _role("Clashes broke out on the border of Nad Ali and Nawa.", "Nad Ali") == "reference point"
    assert _role("Fighters gathered near the border of Ghorian.", "Ghorian") == "reference point"
