"""Answers worked out once (per sentence index, or per object) and kept on the object that asked,
or per article while it is read (`per_article`)."""

from __future__ import annotations

import contextlib
import contextvars
import functools
from collections.abc import Callable, Iterator
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


class once:
    """A property worked out when first read and then kept on the object: functools.cached_property
    without its lock, which every first reading paid for (a sentence's cues are read once each)."""

    def __init__(self, func: Callable[[Any], Any]):
        self.func = func
        self.name = func.__name__
        self.__doc__ = func.__doc__

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    def __get__(self, instance: Any, owner: type | None = None) -> Any:
        """Return the value for `instance` (worked out and kept on the first reading), or this
        descriptor when read from the class."""
        if instance is None:
            return self
        value = instance.__dict__[self.name] = self.func(instance)
        return value


_ARTICLE_ANSWERS: contextvars.ContextVar[dict | None] = contextvars.ContextVar("article_answers", default=None)


@contextlib.contextmanager
def article_scope() -> Iterator[None]:
    """Keep the answers of `per_article` functions while one article is read, and drop them after
    (so what is kept never outlives the article, nor answers for another)."""
    token = _ARTICLE_ANSWERS.set({})
    try:
        yield
    finally:
        _ARTICLE_ANSWERS.reset(token)


def per_article(func: Callable[..., _Answer]) -> Callable[..., _Answer]:
    """Return `func` (whose answer depends on its hashable arguments alone) giving, inside an
    `article_scope`, its first answer again when asked again with the same arguments (the dating
    reads one sentence's dates for itself, for the sentence before it and for the dateline); a list
    answer is copied, so that no caller changes another's. Outside a scope, `func` as it is."""

    @functools.wraps(func)
    def remembered(*args: Any) -> _Answer:
        answers = _ARTICLE_ANSWERS.get()
        if answers is None:
            return func(*args)
        key = (func, args)
        if key not in answers:
            answers[key] = func(*args)
        answer = answers[key]
        return list(answer) if isinstance(answer, list) else answer  # type: ignore[return-value]

    return remembered
