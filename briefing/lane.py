"""The engine on a thread of its own, fed batches of documents in the order they are sent.

Importing torch and loading the model take a second or more of CPU, and encoding a batch takes
longer. On this thread both overlap with loading articles (worker processes, for a large batch)
and with writing memos on the main thread: layout is pure Python, and the encoder is mostly
native code that runs without the GIL.

An engine with a `prepare` step (`summarise.base.PreparingEngine`: the extractive engine's
encoder) has it run on a second thread, one batch ahead: the encoder's native code works on the
next batch while this batch's rules, Python on the interpreter lock, run. Without it the two
take turns, and the engine, a run's slowest stage, leaves a core idle whenever the loaders have
nothing to do (docs/performance.md, "The encoder one batch ahead").

The threads are daemons: a batch still running when a run is stopped (Ctrl-C) does not hold the
process open until it ends.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import Future
from typing import Any, cast

from .cache import CachedSummary
from .encoder.runtime import ENGINE_THREAD, freeze_long_lived, release_free_memory
from .errors import BriefingError
from .records import Document, Summary
from .summarise import Engine, PreparingEngine

# For each document sent, in order: its summary (with the engine's name and model) or the error
# that kept it from one.
Summarised = list[CachedSummary | BriefingError]


Job = tuple[Future, Callable, tuple]


class EngineLane:
    """Builds the engine at once, in the background, then summarises batches one at a time,
    preparing each (`PreparingEngine.prepare`) on a thread of its own as soon as it is sent."""

    def __init__(self, build: Callable[[], Engine]) -> None:
        self._jobs: queue.SimpleQueue[Job | None] = queue.SimpleQueue()
        self._preparations: queue.SimpleQueue[Job | None] = queue.SimpleQueue()
        self._queued: list[Future] = []
        self._engine: Future[Engine] = self._submit(self._jobs, _built, build)
        threading.Thread(
            target=_work, args=(self._jobs, True), name=ENGINE_THREAD, daemon=True
        ).start()
        threading.Thread(
            target=_work, args=(self._preparations, False), name=PREPARING_THREAD, daemon=True
        ).start()

    def ready(self) -> bool:
        """Whether the engine is built (or failed to build)."""
        return self._engine.done()

    def summarise(self, documents: Sequence[Document], points: int) -> Future[Summarised]:
        prepared = self._submit(self._preparations, _prepared, self._engine, documents)
        return self._submit(self._jobs, summarise_each, self._engine, documents, points, prepared)

    def close(self) -> None:
        """Drop the batches not yet started (a run stopped early) and let the threads end."""
        for future in self._queued:
            future.cancel()  # refused by the one running, which finishes
        self._jobs.put(None)
        self._preparations.put(None)

    def _submit(self, jobs: queue.SimpleQueue, function: Callable, *args: Any) -> Future:
        future: Future = Future()
        self._queued = [f for f in self._queued if not f.done()] + [future]
        jobs.put((future, function, args))
        return future


PREPARING_THREAD = "briefing-prepare"


def _work(jobs: queue.SimpleQueue[Job | None], release: bool) -> None:
    while (job := jobs.get()) is not None:
        future, function, args = job
        if not future.set_running_or_notify_cancel():
            continue  # cancelled while queued
        try:
            result = function(*args)
        except BaseException as exc:  # handed to whoever waits on it
            future.set_exception(exc)
        else:
            if release:
                release_free_memory()  # before the next batch, whose tensors differ in size
            future.set_result(result)


def _built(build: Callable[[], Engine]) -> Engine:
    engine = build()
    freeze_long_lived("engine")  # the model, and torch with it, live as long as the run
    return engine


def _prepared(engine: Future[Engine], documents: Sequence[Document]) -> object:
    """What the engine's `prepare` makes of the batch; None for an engine without one."""
    prepare = getattr(engine.result(), "prepare", None)
    return None if prepare is None else prepare(documents)


def summarise_each(
    engine: Future[Engine],
    documents: Sequence[Document],
    points: int,
    prepared: Future[object] | None = None,
) -> Summarised:
    """Each document's summary, or the error that kept it from one; `prepared`, where given,
    holds what `_prepared` made of the batch.

    Raised instead: the engine's failure to build (a model that cannot load, a bad setting), any
    error that is not a `BriefingError`, and an engine that returns the wrong number of
    summaries. A `BriefingError` for the batch is taken to be one article's: the documents are
    redone one at a time, so that only that article fails.
    """
    built = engine.result()
    try:
        ready = None if prepared is None else prepared.result()
        summaries = (
            built.summarise(documents, points)
            if ready is None
            else cast(PreparingEngine, built).summarise(documents, points, prepared=ready)
        )
        summaries = _checked(built, summaries, len(documents))
        return [CachedSummary(summary, built.info) for summary in summaries]
    except BriefingError:
        pass
    results: Summarised = []
    for document in documents:
        try:
            (summary,) = _checked(built, built.summarise([document], points), 1)
            results.append(CachedSummary(summary, built.info))
        except BriefingError as exc:
            results.append(exc)
    return results


class EngineContractError(RuntimeError):
    """An engine broke its interface: a bug in the engine, not in an article."""


def _checked(engine: Engine, summaries: Sequence[Summary], count: int) -> Sequence[Summary]:
    if len(summaries) != count:
        raise EngineContractError(
            f"the {engine.info.name} engine returned {len(summaries)} summaries "
            f"for {count} documents"
        )
    return summaries
