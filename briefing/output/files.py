"""Files: written whole or not at all.

Each file goes to a temporary name in its folder, then is renamed, so no reader ever sees half a
memo, and a failure leaves no file of a set behind.
"""

from __future__ import annotations

import os
import re
import secrets
from dataclasses import dataclass
from pathlib import Path


def write_atomic(path: Path, content: str | bytes) -> None:
    """Write to a temporary file in the same folder, then rename: readers never see half a file.

    The temporary file is created as `open` creates files (0o666 less the umask, applied by the
    system), so the memo keeps those permissions with no `chmod`, and no reading of the umask,
    which can only be read by setting it: a race with any other thread creating files. The
    folder is made when it is missing, not checked before every file.
    """
    write_all({path: content})


def write_all(files: dict[Path, str | bytes]) -> None:
    """Write every file to a temporary name first, then rename them all: a failure (a full
    disk) leaves none of them, and a kill leaves at most a set cut short in the last instant.
    An OSError names the file it could not write."""
    temporaries: list[tuple[Path, Path]] = []
    try:
        for path, content in files.items():
            try:
                fd, tmp = _create_temporary(path)
            except FileNotFoundError:
                path.parent.mkdir(parents=True, exist_ok=True)
                fd, tmp = _create_temporary(path)
            temporaries.append((tmp, path))
            try:
                with os.fdopen(fd, "wb") as handle:
                    handle.write(content if isinstance(content, bytes) else content.encode("utf-8"))
            except OSError as exc:
                raise OSError(exc.errno, exc.strerror, str(path)) from exc
        for tmp, path in temporaries:
            os.replace(tmp, path)
    except BaseException:
        for tmp, _ in temporaries:
            tmp.unlink(missing_ok=True)
        raise


_TEMPORARY = re.compile(r"\..+\.[0-9a-f]{12}\.tmp")  # the names `_create_temporary` makes


def _create_temporary(path: Path) -> tuple[int, Path]:
    """A new hidden file beside `path`, opened for writing; a random name, taken only if free."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    while True:
        tmp = path.with_name(f".{path.name}.{secrets.token_hex(6)}.tmp")
        try:
            return os.open(tmp, flags, 0o666), tmp
        except FileExistsError:
            continue


@dataclass(frozen=True)
class Written:
    """The files written for one memo, and what layout left out to fit the page (or None)."""

    paths: tuple[Path, ...]
    note: str | None = None
