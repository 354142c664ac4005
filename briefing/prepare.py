"""Load and segment many inputs on every core.

Repairing fused words and splitting sentences (pysbd) are pure Python: about 17 ms an article on
one core, while the other cores wait. For a folder of hundreds of articles they run in a pool of
worker processes, one per core, ahead of the engine and at a lower priority than it, each
taking a few files at a time so that the language pipeline reads their documents together;
results come back in input order.
"""

from __future__ import annotations

import sys
import threading
import weakref
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import suppress
from functools import partial
from multiprocessing import get_context
from pathlib import Path

from .cache import ReadingCache
from .encoder.runtime import (
    ENGINE_THREAD,
    freeze_long_lived,
    lower_priority,
    one_blas_thread,
    own_process,
    time_limit,
    usable_cores,
)
from .errors import BriefingError, InputError, UnexpectedError, describe
from .language import load_pipeline, read_language, read_languages
from .load import load_each
from .load.formats import READ_SECONDS
from .load.fused.words import load_tables
from .records import Article, Document
from .segment import segment

PARALLEL_FROM = 48  # inputs; below this, starting worker processes costs more than it saves


def load_and_segment(
    path: Path,
    max_bytes: int,
    language: str | None = None,
    debug: bool = False,
    readings: ReadingCache | None = None,
    data: bytes | None = None,
) -> list[Document | str] | str:
    """The file's segmented documents, their named entities and tags read with the spaCy
    pipeline `language` (None: the default), or why the file has none. A feed holds several
    documents, and a bad record is a string saying why. Reasons are strings: they cross process
    boundaries. Any failure is that file's (or record's) reason: one input never stops the
    others. `readings`: where what the pipeline read is kept for the next run. `data`: the
    file's bytes, read already (see `load_each`)."""
    return _read([_segmented(path, max_bytes, debug, data)], language, debug, readings)[0]


def load_and_segment_files(
    paths: Sequence[Path],
    max_bytes: int,
    language: str | None = None,
    debug: bool = False,
    readings: ReadingCache | None = None,
) -> list[list[Document | str] | str]:
    """`load_and_segment` for each of `paths`, their documents read by the pipeline together:
    its layers then multiply the texts of several articles at once, which costs less than
    reading each alone (the first 300 BBC articles in groups of 8: 11-15% less CPU, with the
    same mentions and statements for every one)."""
    return _read([_segmented(path, max_bytes, debug) for path in paths], language, debug, readings)


Segmented = list[Document | str] | str  # a file's documents, not yet read, or why it has none


def _segmented(path: Path, max_bytes: int, debug: bool, data: bytes | None = None) -> Segmented:
    def expired() -> InputError:
        return InputError(path, f"took over {READ_SECONDS:g} s to read")

    try:
        with time_limit(READ_SECONDS, expired):  # any reader, any stage of repair
            items = load_each(path, max_bytes, data)
    except BriefingError as exc:
        return describe(exc, debug)
    except Exception as exc:
        return describe(UnexpectedError(path, exc), debug)
    return [
        describe(item, debug) if isinstance(item, BriefingError) else _split(item, debug)
        for item in items
    ]


def _split(article: Article, debug: bool) -> Document | str:
    try:
        return segment(article)
    except Exception as exc:
        return describe(UnexpectedError(article.path, exc), debug)


def _read(
    files: list[Segmented], language: str | None, debug: bool, readings: ReadingCache | None
) -> list[list[Document | str] | str]:
    """The files' documents with what the pipeline reads, those not in `readings` read in one
    pass; where that pass fails, each is read alone, so that only a document that fails alone
    gets the error. (A document that carries its mentions already, none today, is left as it
    is.)"""
    documents = [d for file in files if not isinstance(file, str) for d in file]
    unread = [d for d in documents if isinstance(d, Document) and d.mentions is None]
    done: dict[int, Document | str] = {}
    if readings is not None:
        for document in unread:
            try:
                cached = readings.get(document)
            except Exception as exc:
                cached = describe(UnexpectedError(document.article.path, exc), debug)
            if cached is not None:
                done[id(document)] = cached
    unread = [d for d in unread if id(d) not in done]
    try:
        read = read_languages(unread, language) if unread else []
    except Exception:
        read = [_read_alone(document, language, debug) for document in unread]
    for document, result in zip(unread, read, strict=True):
        done[id(document)] = result
        if readings is not None and isinstance(result, Document):
            try:
                readings.put(result)
            except Exception as exc:
                done[id(document)] = describe(UnexpectedError(document.article.path, exc), debug)
    return [file if isinstance(file, str) else [done.get(id(d), d) for d in file] for file in files]


def _read_alone(document: Document, language: str | None, debug: bool) -> Document | str:
    try:
        return read_language(document, language)
    except BriefingError as exc:  # the language pipeline cannot load: a setting to fix
        return describe(exc, debug)
    except Exception as exc:
        return describe(UnexpectedError(document.article.path, exc), debug)


def documents(
    paths: Sequence[Path],
    max_bytes: int,
    started: Callable[[], None] | None = None,
    language: str | None = None,
    debug: bool = False,
    readings: ReadingCache | None = None,
) -> Iterator[list[Document | str] | str]:
    """`load_and_segment` for every path, in order; in parallel when it pays, and then the first
    files are loaded at once, before the first result is asked for (`EarlyLoader`).

    `started` is called once the worker processes exist (at once if there are none): from then
    on another thread may import torch, which must not be under way while this process forks.
    """
    cores = usable_cores()
    options = dict(max_bytes=max_bytes, language=language, debug=debug, readings=readings)
    if len(paths) < PARALLEL_FROM or cores < 2:
        return _one_by_one(paths, options, started)
    early = EarlyLoader.start(paths[:EARLY_FILES], max_bytes, debug)
    return _in_parallel(paths, options, cores, started, early)


def _one_by_one(
    paths: Sequence[Path], options: dict, started: Callable[[], None] | None
) -> Iterator[list[Document | str] | str]:
    if started is not None:
        started()
    yield from map(partial(load_and_segment, **options), paths)


def _in_parallel(
    paths: Sequence[Path],
    options: dict,
    cores: int,
    started: Callable[[], None] | None,
    early: EarlyLoader | None,
) -> Iterator[list[Document | str] | str]:
    try:
        # The pipeline loaded here, once, is the workers' too: each would spend 1.5 s of CPU
        # loading its own copy, and this process needs one anyway (roles, clause checks).
        with suppress(BriefingError):  # a pipeline that cannot load: each document says so
            load_pipeline(options["language"])
        loaded = early.finish() if early is not None else []
    finally:
        if early is not None:
            early.close()
    read = partial(read_loaded, **{k: v for k, v in options.items() if k != "max_bytes"})
    yield from _in_workers(
        partial(load_and_segment_files, **options), paths, cores, started, loaded, read
    )


def read_loaded(
    files: list[Segmented], language: str | None, debug: bool, readings: ReadingCache | None
) -> list[list[Document | str] | str]:
    """What `load_and_segment_files` gives for files loaded and split already (`EarlyLoader`)."""
    return _read(files, language, debug, readings)


# Files at most that `EarlyLoader` loads: more than it has time for while the pipeline loads
# (some 2.5 s, at about 100 BBC articles a second on one core).
EARLY_FILES = 512
# How long the early loader has to send what it loaded once told to stop: time for the file it
# is loading to finish. After that, what it loaded is loaded again by the workers.
EARLY_GRACE = 1.0  # seconds


class EarlyLoader:
    """The first files loaded and split in a process of its own while this one imports and
    loads the language pipeline: for the first 2-3 s of a run the other cores have nothing
    else to do (the loader's workers are forked after the pipeline has loaded, to share it).
    Told to stop when the pipeline is there, it sends what it has loaded, in input order; the
    workers read those instead of loading them again. Started only where a fork is cheap and
    safe (`start_method`): with spawn, its start would cost more than it saves."""

    def __init__(self, paths: Sequence[Path], max_bytes: int, debug: bool) -> None:
        context = get_context("fork")
        self._stop = context.Event()
        self._received, sender = context.Pipe(duplex=False)
        self._process = context.Process(
            target=_load_early,
            args=(list(paths), max_bytes, debug, sender, self._stop),
            name="briefing-early-loader",
            daemon=True,
        )
        self._process.start()
        sender.close()
        # Never asked for what it loaded (the run stopped first): it goes with this object.
        weakref.finalize(self, self._process.kill)

    @classmethod
    def start(cls, paths: Sequence[Path], max_bytes: int, debug: bool) -> EarlyLoader | None:
        if start_method() != "fork" or _language_imported():
            return None  # (the pipeline is there already, or soon: nothing to overlap)
        try:
            return cls(paths, max_bytes, debug)
        except OSError:  # no process to be had: the workers load every file
            return None

    def finish(self) -> list[Segmented]:
        """What it loaded, the first files' in order; none if it cannot say in time."""
        self._stop.set()
        try:
            if self._received.poll(EARLY_GRACE):
                return self._received.recv()
        except (EOFError, OSError):  # it died: the workers load every file
            pass
        return []

    def close(self) -> None:
        self._received.close()
        self._process.join(EARLY_GRACE)
        if self._process.is_alive():
            self._process.kill()
            self._process.join()


def _language_imported() -> bool:
    return "spacy" in sys.modules


def _load_early(paths: list[Path], max_bytes: int, debug: bool, sender, stop) -> None:
    _start_worker()
    loaded: list[Segmented] = []
    for path in paths:
        if stop.is_set():
            break
        loaded.append(_segmented(path, max_bytes, debug))
    sender.send(loaded)
    sender.close()


Work = Callable[[Sequence[Path]], "list[list[Document | str] | str]"]
READ_TOGETHER = 8  # files a worker loads and reads at once (see `load_and_segment_files`)
# Groups of files sent per worker before their results are taken: enough that the workers read
# on while the main thread waits for the engine (a cold run of 1,000 BBC articles: 68.8 and
# 70.8 s with 4 against 70.4 and 75.4 with 2, alternated runs).
AHEAD = 4


def _in_workers(
    work: Work,
    paths: Sequence[Path],
    cores: int,
    started: Callable[[], None] | None,
    loaded: Sequence[Segmented] = (),
    read: Callable[[list[Segmented]], list[list[Document | str] | str]] | None = None,
) -> Iterator[list[Document | str] | str]:
    """`work` for every path in worker processes, a few files at a time, results in input
    order; for the first paths, loaded already (`loaded`, in order), `read` instead. A worker
    that dies (killed by the system for lack of memory, or by a crash in native code) costs
    only the file it was reading: the files in flight are read again one at a time, and the one
    that kills its worker again gets that as its error, not the whole run (nor a wait that
    never ends)."""
    pending: deque[tuple[list[Path], Future]] = deque()
    pool = loader_pool(start_method(), cores)
    sent = 0

    def send() -> None:
        nonlocal sent
        while len(pending) < AHEAD * cores and sent < len(paths):
            # Each worker's first file alone: the first documents, which start the engine
            # loading, come sooner.
            end = min(sent + (1 if sent < cores else READ_TOGETHER), len(paths))
            if sent < len(loaded) and read is not None:
                end = min(end, len(loaded))
                future = pool.submit(read, list(loaded[sent:end]))
            else:
                future = pool.submit(work, list(paths[sent:end]))
            pending.append((list(paths[sent:end]), future))
            sent = end

    try:
        send()  # the workers are forked as the first files are sent: before `started`
        if started is not None:
            started()
        while pending:
            group, future = pending.popleft()
            try:
                yield from future.result()
            except BrokenProcessPool:
                lost = [*group, *(path for waiting, _ in pending for path in waiting)]
                pending.clear()
                pool.shutdown(wait=False, cancel_futures=True)
                yield from _one_at_a_time(work, lost)
                pool = loader_pool(start_method(), cores)
            send()
        pool.shutdown()
    finally:
        pool.shutdown(wait=False, cancel_futures=True)  # stopped early: what is queued goes


def _one_at_a_time(work: Work, paths: Sequence[Path]) -> Iterator[list[Document | str] | str]:
    """Each file read alone in a worker of its own, after a worker died."""
    pool = loader_pool(start_method(), 1)
    try:
        for path in paths:
            try:
                yield pool.submit(work, [path]).result()[0]
            except BrokenProcessPool:
                yield f"{path}: the process reading it died (killed, perhaps for lack of memory)"
                pool.shutdown(wait=False, cancel_futures=True)
                pool = loader_pool(start_method(), 1)
    finally:
        pool.shutdown(wait=False, cancel_futures=True)


def loader_pool(method: str, cores: int) -> ProcessPoolExecutor:
    """Worker processes for loading, at a lower priority than the engine (see `lower_priority`).

    Each reads the word tables itself as it starts, rather than inheriting them from this
    process: the fork comes 0.3-0.4 s sooner, and with it the engine's start (`documents`), while
    the two reads run side by side.
    """
    return ProcessPoolExecutor(cores, mp_context=get_context(method), initializer=_start_worker)


def _start_worker() -> None:
    own_process()  # a worker is briefing's own: what it keeps for the run may be frozen
    lower_priority()
    one_blas_thread()  # the workers fill the cores, one each
    load_tables()
    freeze_long_lived("word tables")  # the collector's walks would copy their pages for nothing


def start_method() -> str:
    """How to start worker processes now. fork is cheapest, and safe while the engine's thread
    is not running: it imports and runs torch, and a fork during an import leaves the workers an
    import lock held for ever. The threads that exist before it (the CLI's progress display)
    only draw; threads torch or CTranslate2 started in native code after an earlier run in the
    same process are no concern either: the workers run neither."""
    engine = any(t.name == ENGINE_THREAD and t.is_alive() for t in threading.enumerate())
    return "fork" if sys.platform == "linux" and not engine else "spawn"
