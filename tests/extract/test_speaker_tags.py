"""Speaker tags: a source set off by commas reports what happened and is no subject of a later
verb (invented sentences, shipped gazetteer, published Sunday 2021-08-01)."""

from __future__ import annotations

import pytest
from test_rules import G, T, finder, statuses  # noqa: F401  (finder: the shared fixture)

from frontmap.extract.speaker_tags import in_speaker_tag
from frontmap.extract.text import text_view


@pytest.mark.parametrize(("sentence", "actor", "expected"), [
    ("Fighters took the town on Friday, officials said, after they won the hills.", "officials", True),
    ("Fighters took the town, the governor of the province told reporters, a day after the raid.", "governor", True),
    ("Fighters took the town, said local officials, on Friday.", "officials", True),
    ("Fighters took the town on Friday, police said.", "police", True),
    ("In the north, officials said they had won back the town.", "officials", False),
    ("Officials said, however, that the town was calm.", "officials", False),
    # "said" opening a clause whose subject acts: no inverted tag, whatever commas follow
    ("A police spokesman, Youresh, said the militants seized the town, including its bazaar.", "militants", False),
    ("The governor's aide said the insurgents had taken the town, residents agreed.", "insurgents", False),
])
def test_a_speaker_set_off_by_commas(sentence, actor, expected):
    view = text_view(sentence)
    start = view.index(actor)
    assert in_speaker_tag(view, start, start + len(actor)) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Taliban fighters captured Almar district on Friday, officials said, a day after they took Qaisar district.",
     {("Almar", T), ("Qaisar", T)}),
    ("Taliban fighters entered Almar district, the governor said, after they lost Qaisar district on Thursday.",
     {("Almar", "contested"), ("Qaisar", G)}),
    ("Officials said they had retaken Almar district on Friday.", {("Almar", G)}),
])
def test_a_pronoun_after_the_tag_is_the_actor_before_it(finder, text, expected):
    assert statuses(finder, text) == expected
