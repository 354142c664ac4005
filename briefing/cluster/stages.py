"""The stages as Ray Data runs them: plain functions and one callable class over Arrow batches.

Each calls the library's own stage (`prepare.load_and_segment`, the engine from
`summarise.create_engine` through `lane.summarise_each`, `pipeline.write_result`), so a memo made
here is the memo one machine makes. Records cross processes pickled, in a binary column: Arrow
holds them as they are, and nothing converts them on the way.
"""

from __future__ import annotations

import pickle
from concurrent.futures import Future
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..cache import CachedSummary, SummaryCache
from ..config import Settings
from ..errors import BriefingError, EngineError, describe
from ..records import Document
from .inputs import input_path, is_url, read_url

if TYPE_CHECKING:
    import pyarrow as pa

    from ..summarise import Engine

# The columns `load_rows` makes; the driver reads all but `document`.
LISTING = ("index", "record", "path", "article_path", "sha256", "title", "error")


def load_rows(
    row: dict[str, Any], max_bytes: int, language: str | None = None, debug: bool = False
) -> list[dict[str, Any]]:
    """One input file's documents (a JSONL feed holds several), or the reason it has none, as
    rows: the file's place in the run and, per record, its place in the file. A URL's bytes are
    read here, on the worker."""
    from ..prepare import load_and_segment

    _own_worker()
    path = row["path"]
    if is_url(path):
        try:
            data = read_url(path, max_bytes)
        except BriefingError as exc:
            loaded: list[Document | str] | str = describe(exc, debug)
        else:
            loaded = load_and_segment(input_path(path), max_bytes, language, debug, data=data)
    else:
        loaded = load_and_segment(Path(path), max_bytes, language, debug)
    items = [loaded] if isinstance(loaded, str) else loaded
    return [_row(row["index"], n, path, item) for n, item in enumerate(items)]


@lru_cache(maxsize=1)
def _own_worker() -> None:
    """A Ray worker running briefing's stages is briefing's own process, as a loader worker is
    on one machine: tuned as the command tunes its own (`tuning.tune_process`: glibc's
    thresholds, which keep the encoder's batches from faulting their memory in again, and the
    threads' waiting), with numpy's BLAS on one thread (each worker has one CPU; OpenBLAS's
    spare threads spin on the cores the other workers need)."""
    import ray

    from ..encoder.runtime import one_blas_thread
    from ..tuning import tune_process

    if ray.is_initialized() and ray.get_runtime_context().get_task_id() is not None:
        # (only there: a stage called in the caller's own process leaves it as it was)
        tune_process()
        one_blas_thread()


def _row(index: int, record: int, path: str, item: Document | str) -> dict[str, Any]:
    if isinstance(item, str):
        article = {"article_path": path, "sha256": "", "title": "", "error": item, "document": b""}
    else:
        article = {
            "article_path": str(item.article.path),
            "sha256": item.article.sha256,
            "title": item.article.title,
            "error": "",
            "document": pickle.dumps(item),
        }
    return {"index": index, "record": record, "path": path, **article}


def named(batch: pa.Table, names: dict[tuple[int, int], str]) -> pa.Table:
    """The documents the driver kept (not failed, not a duplicate), each with its file name."""
    import pyarrow as pa

    keys = zip(batch["index"].to_pylist(), batch["record"].to_pylist(), strict=True)
    chosen = [names.get(key) for key in keys]
    mask = pa.array([name is not None for name in chosen])
    kept = batch.select(["index", "record", "document"]).filter(mask)
    return kept.append_column("name", pa.array([n for n in chosen if n is not None], pa.string()))


class EngineWorker:
    """One engine per actor, built at its first batch that misses the cache (never, when every
    summary is cached, as on one machine); the cache is read and written beside it. Called on a
    batch, it adds each document's summary, pickled, for writing tasks (the GPU path)."""

    def __init__(self, settings: Settings) -> None:
        _own_worker()
        self.settings = settings
        self.cache = SummaryCache.for_settings(settings)
        self.engine: Future[Engine] | None = None

    def __call__(self, batch: pa.Table) -> pa.Table:
        import pyarrow as pa

        documents = [pickle.loads(d) for d in batch["document"].to_pylist()]
        results = self.summarise(documents)
        if isinstance(results, EngineFailed):
            column = [pickle.dumps(results)] * len(documents)
        else:
            column = [_dumped(r) for r in results]
        return batch.append_column("summary", pa.array(column, pa.binary()))

    def summarise(
        self, documents: list[Document]
    ) -> list[CachedSummary | BriefingError] | EngineFailed:
        """Each document's summary from the cache or the engine, or why the engine cannot
        start (for the whole batch)."""
        from ..lane import summarise_each

        points = self.settings.points + 1
        results: list[CachedSummary | BriefingError | None] = [
            self.cache.get(d, points) if self.cache is not None else None for d in documents
        ]
        misses = [n for n, result in enumerate(results) if result is None]
        if misses:
            try:
                fresh = summarise_each(self._engine(), [documents[n] for n in misses], points)
            except BriefingError as exc:  # only the engine's own start raises one: see there
                return EngineFailed(str(exc))
            for n, result in zip(misses, fresh, strict=True):
                results[n] = result
                if self.cache is not None and isinstance(result, CachedSummary):
                    self.cache.put(documents[n], points, result.summary, result.engine)
        return results  # type: ignore[return-value]  # no None is left

    def _engine(self) -> Future[Engine]:
        if self.engine is None:
            from ..summarise import create_engine

            self.engine = Future()
            try:
                self.engine.set_result(create_engine(self.settings))
            except BaseException as exc:  # raised again by `summarise_each`, for every batch
                self.engine.set_exception(exc)
        return self.engine


class MemoWorker(EngineWorker):
    """The CPU path: one actor per CPU that summarises its batch and writes its memos, so every
    CPU does both and no summary crosses processes. Writing as `write_rows` does."""

    def __init__(self, settings: Settings, now: str, keep_memos: bool) -> None:
        super().__init__(settings)
        self.now = now
        self.keep_memos = keep_memos

    def __call__(self, batch: pa.Table) -> pa.Table:
        documents = [pickle.loads(d) for d in batch["document"].to_pylist()]
        results = self.summarise(documents)
        if isinstance(results, EngineFailed):
            outcomes = [pickle.dumps(results)] * len(documents)  # for the driver to raise
        else:
            names = batch["name"].to_pylist()
            outcomes = _written(documents, results, names, self.settings, self.now, self.keep_memos)
        return _outcomes(batch, outcomes)


class EngineFailed(BriefingError):
    """The engine could not start on a worker: the run stops, as it does on one machine."""


def _dumped(result: CachedSummary | BriefingError | None) -> bytes:
    """An exception whose class takes other arguments than its message cannot be unpickled; it
    travels as an `EngineError` with the same message."""
    try:
        return pickle.dumps(pickle.loads(pickle.dumps(result)))
    except (pickle.PicklingError, TypeError, AttributeError):
        return pickle.dumps(EngineError(str(result)))


def write_rows(batch: pa.Table, settings: Settings, now: str, keep_memos: bool) -> pa.Table:
    """Each memo built, fitted and written atomically under the name the driver gave it; the
    outcomes, pickled, for the driver (with the memo itself only when a digest needs it)."""
    documents = [pickle.loads(d) for d in batch["document"].to_pylist()]
    results = [pickle.loads(s) for s in batch["summary"].to_pylist()]
    names = batch["name"].to_pylist()
    return _outcomes(batch, _written(documents, results, names, settings, now, keep_memos))


def _written(
    documents: list[Document],
    results: list[CachedSummary | BriefingError],
    names: list[str],
    settings: Settings,
    now: str,
    keep_memos: bool,
) -> list[bytes]:
    """Each document's memo written (`pipeline.write_result`), its outcome pickled; an engine
    that could not start passes through, for the driver to raise."""
    import dataclasses

    from ..pipeline import write_result

    output = _output_folder(settings.output_dir)
    outcomes = []
    for document, result, name in zip(documents, results, names, strict=True):
        if isinstance(result, EngineFailed):
            outcomes.append(pickle.dumps(result))
            continue
        outcome = write_result(document, result, settings, output, now, name)
        if not keep_memos:
            outcome = dataclasses.replace(outcome, memo=None)
        outcomes.append(pickle.dumps(outcome))
    return outcomes


def _outcomes(batch: pa.Table, outcomes: list[bytes]) -> pa.Table:
    import pyarrow as pa

    outcome = pa.array(outcomes, pa.binary())
    return pa.table({"index": batch["index"], "record": batch["record"], "outcome": outcome})


@lru_cache(maxsize=4)
def _output_folder(root: Path):
    """One per worker process and folder: reading the manifest is wasted here, where every
    memo arrives with the name the driver claimed for it, so it is read once."""
    from ..output.folder import OutputFolder

    return OutputFolder(root)
