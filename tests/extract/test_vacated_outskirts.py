"""The outskirts the Taliban left tell no fighting at the town; the outskirts the government's men
leave, or the Taliban reach, still do. Sentences of our own."""

from __future__ import annotations

from test_rules import C, finder, statuses  # noqa: F401  (finder: the shared fixture)

from frontmap.extract.text import text_view
from frontmap.extract.vacated_outskirts import left_by_the_taliban, outskirts_left_by_taliban


def _at_outskirts(sentence: str) -> tuple[str, int]:
    view = text_view(sentence)
    return view, view.index("outskirts")


def test_outskirts_the_taliban_left():
    for sentence in ("The Taliban has evacuated the outskirts of Faizabad.", "Militants withdrew from the northern outskirts of Maimana.",
                     "The insurgents have reportedly pulled back from the outskirts of Kunduz."):
        assert left_by_the_taliban(*_at_outskirts(sentence)), sentence


def test_outskirts_that_others_left_or_the_taliban_reached():
    for sentence in ("Government troops pulled back from the outskirts of Maimana.", "The Taliban reached the outskirts of Faizabad.",
                     "Families left the outskirts of Kunduz."):
        assert not left_by_the_taliban(*_at_outskirts(sentence)), sentence


def test_the_leaving_verb_must_take_the_outskirts_as_its_object():
    sentence = "The Taliban left the outskirts of Faizabad."
    view = text_view(sentence)
    assert outskirts_left_by_taliban(view, view.index(" the outskirts"), view.index("faizabad") + 8)
    sentence = "The Taliban left after a week on the outskirts of Faizabad."
    view = text_view(sentence)
    assert not outskirts_left_by_taliban(view, view.index(" after"), view.index("faizabad") + 8)


def test_no_fighting_where_the_taliban_left_the_outskirts(finder):
    assert statuses(finder, "The Taliban have withdrawn from the outskirts of Maimana, the police chief said.") == set()
    assert statuses(finder, "Government troops pulled back from the outskirts of Maimana as the Taliban closed in.") == {("Maimana", C)}
