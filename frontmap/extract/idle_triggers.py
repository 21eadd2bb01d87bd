"""Trigger words that say nothing of who holds a place, though they look like control words.

"A camp on the outskirts of X" tells where the camp lies (`outskirts_addresses`), "approached the
outskirts of X" only a distance (`approached_outskirts`), "the Taliban evacuated the outskirts of X"
that no fighter is left there (`vacated_outskirts`), "troops regrouped on the outskirts of X" where the government's men gathered (`regrouped_forces`), "tighten their
hold on X" is pressure on a town (`tightened_holds`), "fighting to hold X" is fighting there
(`fought_holds`), "ceded the last pocket of government control in X" describes what changed hands
(`last_pockets`), "intelligence was passed to the Taliban"
passes no control (`control_passes`), a bare plural "fall" with no list of names before it
("Capitals near Kabul fall") says no named place fell (`bare_falls`), "lost their lives in X" is
deaths there (`lost_lives`), and "the areas captured by the
resistance have been retaken" only describes the subject of the verb after it (`reduced_relatives`),
"the task of driving the Taliban out of X" is still to be done (`aimed_tasks`), and "X fell, ending a
siege" ended the siege by the fall, not by a relief (`fallen_sieges`), "police recovered it" after a truck is the truck:
the table's pattern cannot see that, so each word it finds is
asked here before it becomes a trigger.
"""

from __future__ import annotations

from frontmap.extract.aimed_tasks import is_a_task_ahead
from frontmap.extract.approached_outskirts import is_an_approach
from frontmap.extract.bare_falls import is_an_unlisted_bare_fall
from frontmap.extract.control_passes import is_a_pass_of_something_else
from frontmap.extract.fallen_sieges import is_a_siege_ended_by_fall
from frontmap.extract.foreign_entries import is_an_entry_abroad
from frontmap.extract.held_captives import is_a_captive_hold
from frontmap.extract.fought_holds import is_a_fought_hold
from frontmap.extract.last_pockets import is_a_last_pocket
from frontmap.extract.lost_lives import is_a_lost_life
from frontmap.extract.outskirts_addresses import is_an_address
from frontmap.extract.recovered_places import is_a_recovered_thing
from frontmap.extract.reduced_relatives import is_a_reduced_relative
from frontmap.extract.regrouped_forces import government_regrouped_at
from frontmap.extract.tightened_holds import is_a_tightened_hold
from frontmap.extract.vacated_outskirts import left_by_the_taliban

__all__ = ["said_of_something_else"]


def said_of_something_else(view: str, start: int, sentence: str) -> bool:
    """Return True when the trigger word at `start` of `view` (`sentence`'s lower-case view, padded by a space)
    says nothing of who holds the place: an outskirts that only addresses a site or is only drawn near to, that the Taliban left or where the government's men regrouped, a hold tightened,
    something other than control passed to a side, a hold fought for, the last ground handed over,
    a bare plural "fall" after no list of names, a participle that only describes the subject of the verb after it,
    lives, kin or homes lost there, an entry into a neighbouring country, a driving-out named as a task ahead,
    a siege ended by the fall told before it, people held captive there (`held_captives`), a vehicle or weapon recovered (`recovered_places`)."""
    return ((view.startswith("outskirts ", start) and (is_an_address(view, start) or is_an_approach(view, start) or left_by_the_taliban(view, start) or government_regrouped_at(view, start))) or is_a_tightened_hold(view, start)
            or is_a_pass_of_something_else(view, start, sentence) or is_a_fought_hold(view, start) or is_a_last_pocket(view, start)
            or is_an_unlisted_bare_fall(view, start) or is_a_reduced_relative(view, start) or is_a_lost_life(view, start)
            or is_an_entry_abroad(view, start) or is_a_task_ahead(view, start)
            or is_a_siege_ended_by_fall(view, start) or is_a_captive_hold(view, start) or is_a_recovered_thing(view, start))
