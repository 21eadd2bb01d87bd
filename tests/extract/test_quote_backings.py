"""The quotation runs whose closing sentence backs them (invented views)."""

from __future__ import annotations

from frontmap.extract.quote_backings import backed, run_ends


def test_each_quoted_sentence_knows_where_its_quotation_ends():
    assert run_ends({2, 3, 4, 7}) == {2: 4, 3: 4, 4: 4, 7: 7}


def test_only_the_quotations_closed_by_a_backing_are_backed():
    views = {3: "a spokesman said  a claim backed by residents", 7: "a spokesman said"}
    assert backed({2, 3, 6, 7}, views.get, lambda view: "backed" in view) == {2, 3}
