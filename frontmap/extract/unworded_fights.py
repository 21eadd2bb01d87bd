"""Fighting at a place told without a fight word in the place's own clause.

Two ways: the fight as the cause of people fleeing the place ("families fled X after days of
fighting", `fled_places`), and the fight as its toll ("resistance fighters killed 15 Taliban in X",
`battle_tolls`), and the fight as an assault's direction ("attacked X from three sides: ... in Z",
`assault_directions`). Each is read only when nothing else in the sentence speaks of the place.
"""

from __future__ import annotations

from collections.abc import Sequence

from frontmap.extract.assault_directions import direction_fight
from frontmap.extract.battle_tolls import toll_fight
from frontmap.extract.fled_places import fight_fled
from frontmap.extract.triggers import Trigger

__all__ = ["fight_told_around"]


def fight_told_around(sentence: str, view: str, triggers: Sequence[Trigger], place: tuple[int, int]) -> Trigger | None:
    """Return the trigger (a fight word, or the verb of a killing) that tells fighting at the place
    at `place` = (start, end) of `sentence` outside its own clause's triggers, else None."""
    return fight_fled(sentence, view, triggers, place) or toll_fight(view, place) or direction_fight(sentence, triggers, place)
