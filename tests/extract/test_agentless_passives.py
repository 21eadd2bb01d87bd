"""Passives with no agent (frontmap.extract.agentless_passives)."""

from __future__ import annotations

from frontmap.extract.agentless_passives import agentless


def _at(view: str, verb: str) -> bool:
    start = view.index(verb)
    return agentless(view, start, start + len(verb))


def test_a_passive_without_by_is_agentless():
    assert _at(" the district has been cleared completely last night ", "cleared")
    assert _at(" khenj was retaken on sunday ", "retaken")


def test_an_agent_or_an_active_verb_is_not():
    assert not _at(" khenj was retaken on sunday by resistance fighters ", "retaken")
    assert not _at(" khenj was retaken by resistance fighters ", "retaken")
    assert not _at(" fighters retaken khenj ", "retaken")
