"""A process of its own for the last stages of a run's memos: built, fitted to a page, written.

In `briefing make`, one interpreter runs the engine's rules, builds every memo (its names, What
to watch) and fits and writes it, while the engine encodes the next batch and the loader's
workers read ahead: that work, on one interpreter lock, sets the pace of a cold run. Building a
memo was about half of it, fitting it to a page (WeasyPrint's layouts and the proofs, pure
Python) and writing its files most of the rest. For a cold run of many memos that are laid out
(HTML or PDF), each batch's memos go to a writer process instead, while the engine's rules go on to
the next batch. The caller names each memo's files first (`OutputFolder.claim`, in input order),
so the files are named as when one process writes them all; the memos and their files are the
same.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import suppress
from multiprocessing import get_context
from pathlib import Path
from typing import Any, TypeVar

from .folder import OutputFolder

T = TypeVar("T")
_FOLDER: OutputFolder | None = None  # the writer process's own view of the output folder


class MemoWriters:
    """A writer process for one output folder.

    `method`: how to start it ("fork" is cheapest, and safe before any other thread runs native
    code that a fork could catch half-way); `ready`: what it loads before its first work, while
    the run starts (WeasyPrint is imported too)."""

    def __init__(self, root: Path, method: str, ready: Callable[[], None]) -> None:
        self._pool = ProcessPoolExecutor(
            1, mp_context=get_context(method), initializer=_start_writer, initargs=(root,)
        )
        self._pool.submit(_ready, ready)  # started now, not at the first batch

    def submit(self, work: Callable[..., T], *args: Any) -> Future[T]:
        """`work(*args)` in the writer process; `writer_folder()` is its output folder."""
        return self._pool.submit(work, *args)

    def close(self) -> None:
        """Wait for the work submitted, then end the process."""
        self._pool.shutdown(wait=True)


def writer_folder() -> OutputFolder:
    """The output folder, as the writer process this runs in writes to it."""
    if _FOLDER is None:
        raise RuntimeError("not in a writer process (see `MemoWriters`)")
    return _FOLDER


def _start_writer(root: Path) -> None:
    global _FOLDER
    # Every memo of the process is one of many: the page's glyph widths are read at the first.
    _FOLDER = OutputFolder(root, proofs_from_first=True)


def _ready(ready: Callable[[], None]) -> None:
    # (a WeasyPrint that cannot load: each memo laid out says why, `pages.layout_document`)
    with suppress(ImportError, OSError):
        import weasyprint  # noqa: F401
    ready()
