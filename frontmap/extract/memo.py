"""Answers worked out once per sentence of an article and kept on the object that asked."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, TypeVar

_Answer = TypeVar("_Answer")


def per_index(method: Callable[[Any, int], _Answer]) -> Callable[[Any, int], _Answer]:
    """Return `method` (of one sentence index) kept per object and index: asked again for an
    index, it gives its first answer without working it out again. Only for a method whose answer
    for an index never changes once given (it may depend on what was asked before, not after)."""
    slot = f"_per_index_{method.__name__}"

    @functools.wraps(method)
    def remembered(self: Any, index: int) -> _Answer:
        known = self.__dict__.get(slot)
        if known is None:
            known = self.__dict__[slot] = {}
        if index not in known:
            known[index] = method(self, index)
        return known[index]

    return remembered
