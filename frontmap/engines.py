"""Engines: where the per-article extraction of a build runs.

An engine takes the articles to extract, in corpus order, and gives each back with a function that
returns its (mentions, events) or raises the extraction's error, still in corpus order, so that the
build writes the store in one place (the calling process) exactly as a one-process build does.

- SerialEngine: in this process, one article at a time (`--jobs 1`).
- LocalEngine: a pool of worker processes on this machine (`--jobs N`).
- DaskEngine: the workers of a Dask cluster (`--engine dask [--scheduler ADDRESS]`).

The extractor is shipped to each worker once (inherited by a forked process, or pickled once per
worker). A local pool can serve other named tasks too (`LocalEngine.serving`): a build has its
workers read and decode the corpus files as well, so that its own process only hands out file
names and articles and writes the store. Work goes out in small chunks and at most a fixed number
of chunks are in flight, so memory stays bounded however large the corpus. Per-article work must
be a pure function of the article (plus the extractor; for reading, of the file plus the
manifest), which is what makes the output identical whatever the engine.
"""

from __future__ import annotations

import functools
import logging
import multiprocessing
import os
import pickle
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from itertools import islice
from typing import Any, Protocol

log = logging.getLogger(__name__)

ENGINES = ("local", "dask")
#: Articles sent to a worker at once: enough to make the message overhead small, few enough to
#: keep every worker busy to the end.
CHUNK_ARTICLES = 8
#: Chunks in flight per worker: keeps workers fed while results are written, and bounds memory.
CHUNKS_PER_WORKER = 4
#: How often a local pool whose worker died is started again before the build gives up.
MAX_POOL_RESTARTS = 2
#: How long a build waits for the first worker of a Dask cluster (a batch queue may be slow to start one).
WAIT_FOR_WORKERS_S = 120

Extract = Callable[[Any], Any]
Done = Callable[[], Any]  # returns an article's (mentions, events) or raises its extraction error


class EngineError(RuntimeError):
    """The engine lost its workers; the articles already stored are kept (run the build again)."""


class Engine(Protocol):
    """Runs `extract` over articles and gives the results back in order."""

    def extract_each(self, extract: Extract, items: Iterable[tuple[Any, Any]]) -> Iterator[tuple[Any, Any, Done]]:
        """Yield (article, tag, done) for each (article, tag) of `items`, in the same order."""
        ...


def cores() -> int:
    """Return the number of cores this process may run on (the default of `--jobs`)."""
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return max(1, os.cpu_count() or 1)


def make_engine(jobs: int | None = None, kind: str = "local", scheduler: str | None = None) -> Engine:
    """Return the engine a build asks for: SerialEngine for local with one job, LocalEngine for
    local with more (default: every core), DaskEngine for dask (`scheduler`: a cluster's address;
    none starts a local cluster of `jobs` workers)."""
    if kind not in ENGINES:
        raise ValueError(f"kind: expected one of {', '.join(ENGINES)}, got {kind!r}")
    if jobs is not None and jobs < 1:
        raise ValueError(f"jobs: expected a number of processes >= 1, got {jobs}")
    if kind == "dask":
        return DaskEngine(scheduler=scheduler, workers=jobs)
    if scheduler is not None:
        raise ValueError("scheduler: only the dask engine takes a scheduler address")
    jobs = jobs if jobs is not None else cores()
    return SerialEngine() if jobs == 1 else LocalEngine(jobs)


# ------------------------------------------------------------------ what a worker runs


def _returns(value: Any) -> Done:
    return lambda: value


def _raises(error: BaseException) -> Done:
    def done() -> Any:
        raise error

    return done


def extract_chunk(extract: Extract, articles: list[Any]) -> list[tuple[bool, Any]]:
    """Return [(True, result) or (False, error)] for each article: one article's failure is its
    own, never the chunk's. An error that cannot travel back (not picklable) becomes a RuntimeError
    of the same text."""
    out: list[tuple[bool, Any]] = []
    for article in articles:
        try:
            out.append((True, extract(article)))
        except Exception as exc:  # reported per article by the build, as in one process
            out.append((False, _portable(exc)))
    return out


def _portable(exc: Exception) -> Exception:
    try:
        pickle.loads(pickle.dumps(exc))
        return exc
    except Exception:  # any pickling failure: send the text instead
        return RuntimeError(f"{type(exc).__name__}: {exc}")


def _unpack(outcome: tuple[bool, Any]) -> Done:
    ok, value = outcome
    return _returns(value) if ok else _raises(value)


def _chunks(items: Iterable[tuple[Any, Any]], size: int) -> Iterator[list[tuple[Any, Any]]]:
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


def in_order(
    items: Iterable[tuple[Any, Any]], submit: Callable[[list[Any]], Any], in_flight: int, size: int = CHUNK_ARTICLES,
) -> Iterator[tuple[list[tuple[Any, Any]], Any]]:
    """Yield (chunk, future) in submission order, with at most `in_flight` chunks submitted and not
    yet yielded: `submit(articles)` starts one chunk and returns a future (`.result()`)."""
    pending: deque = deque()
    for chunk in _chunks(items, size):
        pending.append((chunk, submit([article for article, _ in chunk])))
        if len(pending) >= in_flight:
            yield pending.popleft()
    while pending:
        yield pending.popleft()


# ------------------------------------------------------------------ engines


class SerialEngine:
    """Extraction in this process, one article at a time, when the build asks for it."""

    workers = 1

    def extract_each(self, extract: Extract, items: Iterable[tuple[Any, Any]]) -> Iterator[tuple[Any, Any, Done]]:
        """Yield (article, tag, done) for each item; `done()` extracts the article (here, now)."""
        for article, tag in items:
            yield article, tag, functools.partial(extract, article)


_WORKER_TASKS: dict[str, Callable[[Any], Any]] = {}


def _start_worker(tasks: Mapping[str, Callable[[Any], Any]]) -> None:
    _WORKER_TASKS.clear()
    _WORKER_TASKS.update(tasks)


def _run_in_worker(task: str, items: list[Any]) -> list[tuple[bool, Any]]:
    if task not in _WORKER_TASKS:
        raise EngineError(f"worker process started without its {task} task")
    return extract_chunk(_WORKER_TASKS[task], items)


class _RestartingPool:
    """A process pool started again when a worker dies; futures are tagged with the pool's
    generation, so the chunks lost with one broken pool cost one restart, not one each."""

    def __init__(self, start: Callable[[], ProcessPoolExecutor], task: str = "extract"):
        self._start = start
        self.task = task
        self.executor = start()
        self.generation = 0
        self.restarts = 0

    def submit(self, articles: list[Any], task: str | None = None) -> tuple[int, Future]:
        """Return (pool generation, future of the chunk's outcomes under `task`, default the
        pool's); a pool found broken gives a failed future, dealt with in result() like any other."""
        try:
            return self.generation, self.executor.submit(_run_in_worker, task or self.task, articles)
        except BrokenProcessPool as exc:
            failed: Future = Future()
            failed.set_exception(exc)
            return self.generation, failed

    def result(self, ticket: tuple[int, Future], articles: list[Any], task: str | None = None) -> list[tuple[bool, Any]]:
        """Return the chunk's outcomes, sending it again to a new pool if its pool broke."""
        generation, future = ticket
        while True:
            try:
                return future.result()
            except BrokenProcessPool as exc:
                if generation == self.generation:
                    self._restart(exc)
                generation, future = self.submit(articles, task)

    def _restart(self, cause: BaseException) -> None:
        self.restarts += 1
        if self.restarts > MAX_POOL_RESTARTS:
            raise EngineError(f"worker processes died {self.restarts} times ({cause}); the articles "
                              "extracted so far are stored: run the build again to go on") from cause
        log.warning("a worker process died; starting the pool again (restart %d)", self.restarts)
        self.executor.shutdown(wait=False, cancel_futures=True)
        self.executor = self._start()
        self.generation += 1

    def close(self) -> None:
        self.executor.shutdown(wait=True, cancel_futures=True)


class LocalEngine:
    """A pool of `jobs` worker processes on this machine.

    Workers are forked on Linux (they inherit the extractor and the other tasks: nothing is
    pickled), else spawned (the tasks are pickled once per worker). A worker that dies (killed, out
    of memory) breaks the pool: it is started again and the chunks in flight are sent again, at
    most MAX_POOL_RESTARTS times; then EngineError.
    """

    def __init__(self, jobs: int, chunk: int = CHUNK_ARTICLES):
        if jobs < 1:
            raise ValueError(f"jobs: expected a number of processes >= 1, got {jobs}")
        self.workers = jobs
        self.chunk = chunk
        self._serving: _RestartingPool | None = None
        self._tasks: dict[str, Callable[[Any], Any]] = {}
        # fork is safe and quick on Linux; macOS and Windows spawn (macOS's fork is unsafe)
        self._context = multiprocessing.get_context("fork" if sys.platform.startswith("linux") else "spawn")

    def _pool(self, tasks: Mapping[str, Callable[[Any], Any]]) -> _RestartingPool:
        return _RestartingPool(lambda: ProcessPoolExecutor(
            self.workers, mp_context=self._context, initializer=_start_worker, initargs=(dict(tasks),)))

    @contextmanager
    def serving(self, tasks: Mapping[str, Callable[[Any], Any]]) -> Iterator[LocalEngine]:
        """Keep one pool whose workers hold `tasks` (name -> function, e.g. "read" and "extract")
        for the block: `run_each` and `extract_each` (with tasks["extract"]) use it. Returns self."""
        self._serving, self._tasks = self._pool(tasks), dict(tasks)
        try:
            yield self
        finally:
            pool, self._serving, self._tasks = self._serving, None, {}
            pool.close()

    def run_each(self, task: str, items: Iterable[Any]) -> Iterator[tuple[Any, Done]]:
        """Yield (item, done) for each item, in order: done() returns tasks[task](item), run by a
        worker of the pool `serving` keeps, or raises its error."""
        if self._serving is None:
            raise EngineError("run_each: the engine is not serving tasks (use `with engine.serving(...)`)")
        for item, _, done in self._each(self._serving, task, ((item, None) for item in items)):
            yield item, done

    def extract_each(self, extract: Extract, items: Iterable[tuple[Any, Any]]) -> Iterator[tuple[Any, Any, Done]]:
        """Yield (article, tag, done) for each item, in order, extracted by the pool."""
        if self._serving is not None and self._tasks.get("extract") is extract:
            yield from self._each(self._serving, "extract", items)
            return
        pool = self._pool({"extract": extract})
        try:
            yield from self._each(pool, "extract", items)
        finally:
            pool.close()

    def _each(self, pool: _RestartingPool, task: str, items: Iterable[tuple[Any, Any]]) -> Iterator[tuple[Any, Any, Done]]:
        submit = functools.partial(pool.submit, task=task)
        for chunk, ticket in in_order(items, submit, self.workers * CHUNKS_PER_WORKER, self.chunk):
            outcomes = pool.result(ticket, [item for item, _ in chunk], task)
            for (item, tag), outcome in zip(chunk, outcomes):
                yield item, tag, _unpack(outcome)


def _worker_fingerprint() -> str:
    from frontmap.build import extraction_fingerprint  # imported here: build imports this module

    return extraction_fingerprint()


def _check_workers(client: Any, fingerprint: str | None) -> None:
    """Raise EngineError when a worker of the cluster has other extraction code or data than this
    process (another frontmap version): its events would be stored as if this one had found them."""
    if not fingerprint:
        return
    try:
        client.wait_for_workers(1, timeout=WAIT_FOR_WORKERS_S)
    except TimeoutError as exc:
        raise EngineError(f"the Dask cluster has had no worker for {WAIT_FOR_WORKERS_S} s") from exc
    others = {worker: found for worker, found in client.run(_worker_fingerprint).items() if found != fingerprint}
    if others:
        listed = ", ".join(f"{worker} ({found})" for worker, found in sorted(others.items()))
        raise EngineError(f"Dask workers run other extraction code or gazetteer than this frontmap "
                          f"({fingerprint}): {listed}; install the same frontmap on every worker")


class DaskEngine:
    """The workers of a Dask cluster (dask.distributed).

    `client`: a connected distributed.Client (tests pass one on a LocalCluster); else `scheduler`,
    a scheduler's address (tcp://host:8786); else a LocalCluster of `workers` processes (default:
    every core) started for the build and closed after it. The extractor is scattered to every
    worker once; chunks of articles go out as tasks, at most CHUNKS_PER_WORKER per worker thread in
    flight. Dask runs a task again elsewhere when its worker dies; when it gives up (KilledWorker)
    or the scheduler is lost, EngineError.
    """

    def __init__(self, scheduler: str | None = None, workers: int | None = None, client: Any = None,
                 chunk: int = 4 * CHUNK_ARTICLES):
        self.scheduler = scheduler
        self.workers = workers
        self.client = client
        self.chunk = chunk

    def _connect(self) -> tuple[Any, list[Any]]:
        """Return (client, what to close after the build)."""
        from distributed import Client, LocalCluster

        if self.client is not None:
            return self.client, []
        if self.scheduler is not None:
            client = Client(self.scheduler)
            return client, [client]
        if not log.isEnabledFor(logging.INFO):  # the scheduler logs each start-up step at INFO otherwise
            logging.getLogger("distributed").setLevel(logging.WARNING)
        cluster = LocalCluster(n_workers=self.workers or cores(), threads_per_worker=1, processes=True,
                               dashboard_address=None)
        client = Client(cluster)
        return client, [client, cluster]

    def extract_each(self, extract: Extract, items: Iterable[tuple[Any, Any]]) -> Iterator[tuple[Any, Any, Done]]:
        """Yield (article, tag, done) for each item, in order, extracted on the cluster."""
        from distributed import CancelledError, KilledWorker

        client, owned = self._connect()
        try:
            _check_workers(client, getattr(extract, "fingerprint", None))
            shipped = client.scatter(extract, broadcast=True, hash=False)
            threads = max(1, sum(client.nthreads().values()))

            def submit(articles: list[Any]) -> Any:
                return client.submit(extract_chunk, shipped, articles, pure=False)

            for chunk, future in in_order(items, submit, threads * CHUNKS_PER_WORKER, self.chunk):
                try:
                    outcomes = future.result()
                except (KilledWorker, CancelledError, OSError) as exc:
                    raise EngineError(f"the Dask cluster lost the work ({type(exc).__name__}: {exc}); the "
                                      "articles extracted so far are stored: run the build again to go on") from exc
                future.release()
                for (article, tag), outcome in zip(chunk, outcomes):
                    yield article, tag, _unpack(outcome)
        finally:
            for resource in owned:
                resource.close()
