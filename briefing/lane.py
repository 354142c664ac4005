"""The engine on a thread of its own, fed batches of documents in the order they are sent.

Importing torch and loading the model take a second or more of CPU, and encoding a batch takes
longer. On this thread both overlap with loading articles (worker processes, for a large batch)
and with writing memos on the main thread: layout is pure Python, and the encoder is mostly
native code that runs without the GIL.

The thread is a daemon: a batch still running when a run is stopped (Ctrl-C) does not hold the
process open until it ends.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import Future
from typing import Any

from .cache import CachedSummary
from .encoder.runtime import ENGINE_THREAD, freeze_long_lived, release_free_memory
from .errors import BriefingError
from .records import Document, Summary
from .summarise import Engine

# For each document sent, in order: its summary (with the engine's name and model) or the error
# that kept it from one.
Summarised = list[CachedSummary | BriefingError]


class EngineLane:
    """Builds the engine at once, in the background, then summarises batches one at a time."""

    def __init__(self, build: Callable[[], Engine]) -> None:
        self._jobs: queue.SimpleQueue[tuple[Future, Callable, tuple] | None] = queue.SimpleQueue()
        self._queued: list[Future] = []
        self._engine: Future[Engine] = self._submit(_built, build)
        threading.Thread(target=self._work, name=ENGINE_THREAD, daemon=True).start()

    def ready(self) -> bool:
        """Whether the engine is built (or failed to build)."""
        return self._engine.done()

    def summarise(self, documents: Sequence[Document], points: int) -> Future[Summarised]:
        return self._submit(summarise_each, self._engine, documents, points)

    def close(self) -> None:
        """Drop the batches not yet started (a run stopped early) and let the thread end."""
        for future in self._queued:
            future.cancel()  # refused by the one running, which finishes
        self._jobs.put(None)

    def _submit(self, function: Callable, *args: Any) -> Future:
        future: Future = Future()
        self._queued = [f for f in self._queued if not f.done()] + [future]
        self._jobs.put((future, function, args))
        return future

    def _work(self) -> None:
        while (job := self._jobs.get()) is not None:
            future, function, args = job
            if not future.set_running_or_notify_cancel():
                continue  # cancelled while queued
            try:
                result = function(*args)
            except BaseException as exc:  # handed to whoever waits on the batch
                future.set_exception(exc)
            else:
                release_free_memory()  # before the next batch, whose tensors differ in size
                future.set_result(result)


def _built(build: Callable[[], Engine]) -> Engine:
    engine = build()
    freeze_long_lived("engine")  # the model, and torch with it, live as long as the run
    return engine


def summarise_each(
    engine: Future[Engine], documents: Sequence[Document], points: int
) -> Summarised:
    """Each document's summary, or the error that kept it from one.

    Raised instead: the engine's failure to build (a model that cannot load, a bad setting), any
    error that is not a `BriefingError`, and an engine that returns the wrong number of
    summaries. A `BriefingError` for the batch is taken to be one article's: the documents are
    redone one at a time, so that only that article fails.
    """
    built = engine.result()
    try:
        summaries = _checked(built, built.summarise(documents, points), len(documents))
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
