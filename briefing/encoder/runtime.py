"""Runtime choices made once per process: device, threads, priority and memory."""

from __future__ import annotations

import ctypes
import gc
import os
import signal
import sys
import threading
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from functools import lru_cache
from typing import TypeVar

from ..errors import ConfigError

T = TypeVar("T")


def resolve_device(requested: str | None) -> str:
    """The device to run on: the one asked for, else CUDA, then MPS, then CPU."""
    import torch

    if requested:
        if requested.startswith("cuda") and not torch.cuda.is_available():
            raise ConfigError(f"device {requested!r} was asked for but CUDA is not available")
        if requested == "mps" and not torch.backends.mps.is_available():
            raise ConfigError("device 'mps' was asked for but MPS is not available")
        return requested
    if torch.cuda.is_available():
        return "cuda"
    if torch.backends.mps.is_available():
        return "mps"
    return "cpu"


def cpu_flags() -> set[str]:
    """The CPU's feature flags as Linux lists them; empty elsewhere."""
    try:
        with open("/proc/cpuinfo", encoding="utf-8", errors="replace") as info:
            for line in info:
                if line.startswith("flags"):
                    return set(line.partition(":")[2].split())
    except OSError:
        pass
    return set()


def usable_cores() -> int:
    """Cores this process may run on (its affinity mask where the OS has one)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # macOS, Windows
        return os.cpu_count() or 1


def configure_threads() -> int:
    """The encoder's lanes on a CPU: the threads torch runs with (the cores this process may run
    on, in a `briefing` command: `tuning.tune_process`)."""
    import torch

    return torch.get_num_threads()


def run_in_lanes(jobs: Sequence[T], work: Callable[[T], object], lanes: int) -> None:
    """`work(job)` for every job, `lanes` jobs at a time, each on a thread of its own that runs
    torch on one core; torch's thread count is put back afterwards. One lane: in this thread.

    Why not one job at a time on all the cores, as torch does by default: every operation is
    then cut in two and its halves wait for each other, hundreds of times a batch. In
    `briefing make` the cores are shared with the loading processes and the thread writing
    memos, so the half whose core was taken holds up the other. Whole batches on one core each
    never wait: on 1,000 BBC articles a cold run took 44.2-44.6 s against 46.7-49.3 s (two
    alternated pairs), with the encoder alone as fast either way (the sentences of 100 BBC
    articles: 2.42 s against 2.42 s in int8, medians of three alternated processes of five runs).
    The vectors are bit-identical: a batch is computed the same way whichever thread runs it.
    """
    import torch

    if lanes <= 1 or len(jobs) <= 1:
        with torch.inference_mode():
            for job in jobs:
                work(job)
        return

    def lane(job: T) -> None:
        # torch's thread count is a global read by each thread as it starts working, and each
        # thread's own setting after that: set it here, for this thread.
        torch.set_num_threads(1)
        with torch.inference_mode():  # thread-local, as is autograd's state
            work(job)

    threads = torch.get_num_threads()
    try:
        with ThreadPoolExecutor(max_workers=lanes, thread_name_prefix="briefing-lane") as pool:
            for _ in pool.map(lane, jobs):  # in order; the first error is raised here
                pass
    finally:
        torch.set_num_threads(threads)


# Worker processes that load articles run at a lower priority than the engine. The engine's
# start-up and its batches are what a run waits for; the loaders are ahead of it anyway (about
# 17 ms an article against 35-45 for encoding) and fill the gaps it leaves. On 100 BBC articles
# (`briefing make`, md and html) a cold run took 9.1 s with niceness 10, and 9.6-10.0 s with the
# workers at the engine's priority (two alternated runs each).
LOADER_NICENESS = 10


ENGINE_THREAD = "briefing-engine"  # the thread that imports and runs torch (`lane.EngineLane`)


def one_blas_thread():
    """numpy's BLAS (the language pipeline's matrix products, `language.load_pipeline`) limited
    to one thread: a context manager that puts back what it found, or, called bare in a process
    of briefing's own (a loader worker), a limit for good. A run already spreads its work over
    the cores, in worker processes and encoder lanes; OpenBLAS's own threads on top of that
    spin while they wait for work, on the cores the rest of the run needs: a re-run of 300 BBC
    articles from the cache took 41 CPU seconds with them against 26 with one thread."""
    import numpy  # noqa: F401  (only a BLAS already loaded can be limited)
    from threadpoolctl import threadpool_limits

    return threadpool_limits(1, user_api="blas")


def lower_priority() -> None:
    """Run this process (a loader worker) behind the engine; a no-op where there is no nice()."""
    if hasattr(os, "nice"):
        os.nice(LOADER_NICENESS)


def freeze_long_lived(what: str) -> None:
    """Tell Python's cyclic garbage collector that every object alive now lives for the run.

    A full collection walks every container object in the process, and `briefing make` holds
    two large sets of them for its whole run: the word tables the loader reads, and torch with
    the model. `gc.freeze()` moves them out of the collector's sight, so it only walks what the
    run makes afterwards: the collections cost less, forked loader workers no longer copy the
    pages a walk touches, and the process exits in about 0.1 s instead of 0.4 s once torch is
    loaded. On 100 BBC articles a cold run went from 8.6-9.0 s to 7.7-8.3 s (two alternated runs
    each). Objects frozen are never collected, so this is called only where what is alive stays
    alive: after reading the word tables, and after building the engine; and only once for
    each (`what`) in a process, so that a program calling `briefing.make` again and again
    does not freeze its own objects again and again.
    """
    if _OWNED and what not in _FROZEN:
        _FROZEN.add(what)
        gc.freeze()


@contextmanager
def time_limit(seconds: float, expired: Callable[[], BaseException]) -> Iterator[None]:
    """Raise `expired()` if the block runs longer than `seconds`. It takes SIGALRM, so it acts
    only in a process briefing owns (`own_process`: the CLI's, a loader worker), on its main
    thread, where a timer exists (not Windows); elsewhere the block runs without a limit. A
    handler runs between Python steps: a long call into native code ends before it fires."""
    owned = _OWNED and threading.current_thread() is threading.main_thread()
    if not (owned and hasattr(signal, "setitimer")):
        yield
        return

    def ring(_signal: int, _frame: object) -> None:
        raise expired()

    previous = signal.signal(signal.SIGALRM, ring)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def own_process() -> None:
    """This process is briefing's own (a command, or a loader worker): `freeze_long_lived` may
    freeze. In a program that calls the library, the collector is the program's."""
    global _OWNED
    _OWNED = True


_FROZEN: set[str] = set()
_OWNED = False


def quiet_transformers() -> None:
    """No weight-loading progress bars or advisory warnings on the user's terminal."""
    from transformers.utils import logging as hf_logging

    hf_logging.disable_progress_bar()
    hf_logging.set_verbosity_error()


def release_free_memory() -> None:
    """Give the memory freed by a batch back to the system (glibc's `malloc_trim`).

    glibc keeps freed memory in a heap per thread for reuse, and the encoder's tensors, of a new
    size with every batch, leave those heaps ragged: with the engine on a thread of its own, the
    peak over 1,000 BBC articles was 1,080-1,288 MB in three runs, and 843-978 MB trimming after
    every batch, for about 2 s more on 66 s (PyTorch's dynamic int8, used then: 1,549 MB and
    1,062 MB, one run each).
    Elsewhere (macOS, Windows, musl) there is nothing to call, and nothing is done.
    """
    libc = _glibc()
    if libc is not None:
        libc.malloc_trim(0)


@lru_cache(maxsize=1)
def _glibc() -> ctypes.CDLL | None:
    if not sys.platform.startswith("linux"):
        return None
    try:
        libc = ctypes.CDLL("libc.so.6")
    except OSError:  # not glibc (musl)
        return None
    return libc if hasattr(libc, "malloc_trim") and hasattr(libc, "mallopt") else None
