"""Quotations a later voice backs: the sentence that closes a Taliban quotation has a witness or an
official bear it out.

`frontmap.extract.attribution` reads a quotation of several sentences whose speaker is the
Taliban's as a claim in each of its sentences. Wire copy often ends such a quotation with who
backs it: "'X is completely conquered. Our fighters reached the main square,' a Taliban
spokesman tweeted, a claim backed by a resident who saw the troops leave." Then the quotation's
sentences, and the claim told just before it, are facts.
"""

from __future__ import annotations

from collections.abc import Callable


def run_ends(quoted: set[int]) -> dict[int, int]:
    """Return, for each quoted sentence, the index of the last sentence of its quotation."""
    ends: dict[int, int] = {}
    for index in sorted(quoted, reverse=True):
        ends[index] = ends.get(index + 1, index)
    return ends


def backed(quoted: set[int], view_of: Callable[[int], str], backs: Callable[[str], bool]) -> set[int]:
    """Return the quoted sentences whose quotation's closing sentence (its view) `backs` what was said."""
    ends = run_ends(quoted)
    backing = {end for end in set(ends.values()) if backs(view_of(end))}
    return {index for index, end in ends.items() if end in backing}
