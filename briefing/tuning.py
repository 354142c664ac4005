"""Settings for the whole process of a `briefing` command, made once by the CLI before any work.

Library calls (`briefing.make`, the engines, the encoder) leave the process as they found it: a
program that imports briefing keeps its own environment, torch thread count, allocator and
garbage collector. The CLI owns its process, and `tune_process` sets there, where the user set
nothing of their own:

- torch's OpenMP threads wait briefly, then sleep, and oneDNN keeps few compiled kernels
  (`OPENMP_WAIT_POLICY`, `ONEDNN_KERNEL_CACHE` below, with the measurements);
- torch uses the cores this process may run on (`OMP_NUM_THREADS`, read as torch starts):
  oversubscribing two cores costs more than it gains;
- CTranslate2 runs its AVX-512 kernels where the CPU has them (`prefer_avx512`);
- glibc keeps freed memory between encoder batches (`keep_freed_memory_between_batches`);
- what lives for the whole run (torch and the model) is frozen out of the garbage collector's
  walks once the engine is built (`runtime.freeze_long_lived`), and the collector looks at
  young objects less often (`collect_less_often`).

Nothing here imports torch: `briefing --help` stays instant.
"""

from __future__ import annotations

import gc
import os
from functools import lru_cache

from .encoder import runtime

# oneDNN keeps a compiled kernel for every matrix shape it meets, and nearly every encoder batch
# has a new shape (its width is its longest sentence): with the default cache of 1,024 kernels the
# process grew by ~0.5 GB over 1,000 articles. 64 kernels keep memory flat; rebuilding one costs
# far less than the batch it runs.
ONEDNN_KERNEL_CACHE = "64"

# torch's OpenMP threads spin between parallel regions by default (GNU OpenMP: about 3 ms). In
# `briefing make` they share the cores with the thread writing memos and the processes loading
# articles, and a spinning thread burns the core the others need: on 1,000 BBC articles a cold
# run took 133 CPU seconds (68.6 s) with spinning and 118 (64.8 s) with passive waiting, one run
# each. But a thread that sleeps at once pays a wake-up at the start of every parallel region,
# and the int8 encoder runs several small ones per layer: its encoding of 100 BBC articles'
# sentences took 3.4-3.6 s with passive waiting and 3.0-3.1 s with a spin of 1,000 rounds (a few
# microseconds), three runs each. So threads spin briefly, then sleep. Where torch uses another
# OpenMP (LLVM's on macOS), GOMP_SPINCOUNT means nothing and waiting is passive. A value the user
# sets wins (OMP_WAIT_POLICY=ACTIVE with GOMP_SPINCOUNT unset spins). The sentence encoder runs
# each batch on one core (`runtime.run_in_lanes`), so this is for torch's other work that spreads
# over the cores: the abstractive engine's generation.
OPENMP_WAIT_POLICY = "PASSIVE"
GNU_OPENMP_SPIN = "1000"

# glibc serves a request above its mmap threshold with fresh pages from the kernel, and gives the
# top of a heap back as soon as more than its trim threshold is free there. Both start small and
# move with the sizes it sees, so the encoder's activations (a few MB each, of a new size with
# every batch) were faulted in again and again within an engine call. Fixed thresholds keep them
# in the heap between batches; `runtime.release_free_memory` still gives it all back after each
# call, so the peak stays about where it was. On 1,000 BBC articles: 1.08 million page faults
# against 1.76, 52.9 s against 56.2 s, peak 781,536 KB against 771,028 KB (one run each); on 100,
# 7.5-7.7 s against 7.7-7.9 s (two alternated runs each).
MMAP_THRESHOLD = 32 * 1024 * 1024  # glibc's largest dynamic value
TRIM_THRESHOLD = 256 * 1024 * 1024
_M_TRIM_THRESHOLD, _M_MMAP_THRESHOLD = -1, -3  # mallopt's parameter numbers (malloc.h)


# CTranslate2 picks its AVX2 kernels on this project's AMD EPYC though the CPU has AVX-512 (its
# log, CT2_VERBOSE=1, says both). With AVX-512 asked for, the sentences of 100 BBC articles took
# 3.38-3.46 s against 3.91-4.16 s with AVX2 (one core, five runs each). So AVX-512 is asked for
# wherever the CPU has it; a value the user sets wins.
ISA_VARIABLE = "CT2_FORCE_CPU_ISA"
AVX512_FLAGS = frozenset({"avx512f", "avx512bw", "avx512dq", "avx512vl"})


# Python's cyclic collector walks its youngest objects after every 700 more containers are made
# than freed. A run makes millions (the language pipeline's tokens and spans, regular
# expressions' matches, records), nearly all freed by reference counting within moments, so
# most of those walks free nothing, and every object that happens to be alive at one is walked
# again in the older generations. Every 10,000 instead: over the first 300 BBC articles of a
# cold run the collector's time in the main process and the two loader workers fell from 2.1
# CPU s to 1.0 (timed with `gc.callbacks`, one run each; forked, the workers inherit the
# threshold), and the memory held meanwhile is a few MB. Cycles are still collected, later.
YOUNG_COLLECTION_EVERY = 10_000
PYTHON_DEFAULT_YOUNG = 700


def tune_process() -> None:
    """Everything above, for this process; values the user set in the environment win."""
    prepare_torch()
    os.environ.setdefault("OMP_NUM_THREADS", str(runtime.usable_cores()))
    prefer_avx512()
    keep_freed_memory_between_batches()
    collect_less_often()
    runtime.own_process()


def collect_less_often() -> None:
    """The collector's young generation walked every `YOUNG_COLLECTION_EVERY` containers; left
    alone where something already chose another threshold."""
    young, middle, old = gc.get_threshold()
    if young == PYTHON_DEFAULT_YOUNG:
        gc.set_threshold(YOUNG_COLLECTION_EVERY, middle, old)


def prepare_torch() -> None:
    """The environment torch reads when it starts; a value the user set wins."""
    os.environ.setdefault("ONEDNN_PRIMITIVE_CACHE_CAPACITY", ONEDNN_KERNEL_CACHE)
    if "OMP_WAIT_POLICY" not in os.environ:
        os.environ["OMP_WAIT_POLICY"] = OPENMP_WAIT_POLICY
        os.environ.setdefault("GOMP_SPINCOUNT", GNU_OPENMP_SPIN)


@lru_cache(maxsize=1)
def keep_freed_memory_between_batches() -> None:
    """Fix glibc's mmap and trim thresholds for this process; a no-op without glibc."""
    libc = runtime._glibc()
    if libc is not None:
        libc.mallopt(_M_MMAP_THRESHOLD, MMAP_THRESHOLD)
        libc.mallopt(_M_TRIM_THRESHOLD, TRIM_THRESHOLD)


def prefer_avx512() -> None:
    """Ask CTranslate2 for its AVX-512 kernels where the CPU has AVX-512 and the user chose none.
    CTranslate2 reads the variable when it first runs a model, not when it is imported."""
    if ISA_VARIABLE not in os.environ and runtime.cpu_flags() >= AVX512_FLAGS:
        os.environ[ISA_VARIABLE] = "AVX512"
