"""A time budget for one piece of work in the current thread: `time_limit(seconds)`.

The build extracts each article inside `time_limit`; an article that runs past its budget is
stopped with `OverBudget` and skipped, and the build goes on with the next one. The work is
stopped where it stands, whatever stage it is in, without running it in another process: one
watchdog thread per process keeps the deadlines and, when one passes, raises `OverBudget` in the
thread that owns it (CPython's asynchronous exceptions, delivered between two bytecodes, so a
single long call into C finishes first; every stage works sentence by sentence, and sentences are
capped in length). A deadline costs a lock and a dictionary entry, nothing per sentence.
"""

from __future__ import annotations

import ctypes
import logging
import os
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

log = logging.getLogger(__name__)

#: Environment variable: seconds one article's extraction may take before it is skipped.
ENV_ARTICLE_SECONDS = "FRONTMAP_ARTICLE_SECONDS"
DEFAULT_ARTICLE_SECONDS = 30.0


class OverBudget(BaseException):
    """The work ran past its time budget. A BaseException, so that no `except Exception` in the
    work it interrupts can swallow it."""


def article_seconds(environ: dict[str, str] | None = None) -> float | None:
    """Return the per-article budget in seconds: $FRONTMAP_ARTICLE_SECONDS (0 or "off": none),
    else DEFAULT_ARTICLE_SECONDS. Raises ValueError naming the variable for anything else."""
    env = os.environ if environ is None else environ
    value = env.get(ENV_ARTICLE_SECONDS, "").strip().lower()
    if not value:
        return DEFAULT_ARTICLE_SECONDS
    if value in ("0", "off", "none"):
        return None
    from frontmap.intake.limits import positive_number  # late: keeps this module light to import

    return positive_number(ENV_ARTICLE_SECONDS, value)


def _raise_in(ident: int, exception: type[BaseException] | None) -> None:
    """Schedule `exception` in thread `ident` (None cancels one not yet delivered)."""
    ctypes.pythonapi.PyThreadState_SetAsyncExc(
        ctypes.c_ulong(ident), ctypes.py_object(exception) if exception is not None else None
    )


class _Watchdog:
    """One thread that raises OverBudget in the threads whose deadline has passed."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._wake = threading.Condition(self._lock)
        self._deadlines: dict[int, float] = {}  # thread ident -> time.monotonic() deadline
        self._fired: set[int] = set()  # threads sent OverBudget that have not released yet
        self._waiting_until: float | None = None
        self._thread: threading.Thread | None = None

    def watch(self, ident: int, deadline: float) -> None:
        """Give thread `ident` until `deadline` (time.monotonic())."""
        with self._lock:
            self._cancel(ident)
            self._deadlines[ident] = deadline
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="frontmap-budget", daemon=True)
                self._thread.start()
            elif self._waiting_until is None or deadline < self._waiting_until:
                self._wake.notify()

    def release(self, ident: int) -> None:
        """Stop watching thread `ident`, cancelling an OverBudget not delivered yet."""
        with self._lock:
            self._deadlines.pop(ident, None)
            self._cancel(ident)

    def _cancel(self, ident: int) -> None:
        if ident in self._fired:
            self._fired.discard(ident)
            _raise_in(ident, None)

    def _run(self) -> None:
        with self._lock:
            while True:
                now = time.monotonic()
                for ident, deadline in list(self._deadlines.items()):
                    if deadline <= now:
                        del self._deadlines[ident]
                        self._fired.add(ident)
                        _raise_in(ident, OverBudget)
                self._waiting_until = min(self._deadlines.values(), default=None)
                self._wake.wait(None if self._waiting_until is None else max(self._waiting_until - now, 0.005))


_WATCHDOG = _Watchdog()
_SUPPORTED = hasattr(ctypes, "pythonapi") and hasattr(ctypes.pythonapi, "PyThreadState_SetAsyncExc")


@contextmanager
def time_limit(seconds: float | None) -> Iterator[None]:
    """Run the block in at most `seconds` (None: no limit); past them, raise OverBudget in it."""
    if seconds is None or not _SUPPORTED:
        yield
        return
    ident = threading.get_ident()
    _WATCHDOG.watch(ident, time.monotonic() + seconds)
    try:
        yield
    finally:
        _WATCHDOG.release(ident)


class ExtractionTimedOut(Exception):
    """An article's extraction ran past its budget (an ordinary exception, so it travels back from
    a worker process like any other per-article failure)."""


class BudgetedExtractor:
    """An extractor whose every call is cut off after `seconds` (None: never), raising
    ExtractionTimedOut. Picklable, and keeps the wrapped extractor's `fingerprint`, so it runs
    the same in this process, in worker processes and on a Dask cluster."""

    def __init__(self, extract, seconds: float | None):
        self.extract = extract
        self.seconds = seconds
        self.fingerprint = str(getattr(extract, "fingerprint", ""))

    def __call__(self, article):
        """Return what the wrapped extractor returns for `article`, within the budget."""
        try:
            with time_limit(self.seconds):
                return self.extract(article)
        except OverBudget:
            raise ExtractionTimedOut(f"extraction ran past the {self.seconds:g} s budget per article") from None
