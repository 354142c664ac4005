"""Inputs named by URL (`s3://bucket/key.txt`, `s3://bucket/folder/`): any filesystem pyarrow
reads. The driver lists a folder's article files; each worker reads its file's bytes and hands
them to the loader, so the object store is read where the work runs.

Nothing here needs Ray (pyarrow is imported when a URL is first used); a URL travels as a
`UrlPath`, which prints as the URL given, so memos and one-line errors name it.
"""

from __future__ import annotations

import re
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, Any

from ..errors import InputError
from ..load import SUPPORTED_SUFFIXES, check_suffix

if TYPE_CHECKING:
    from pyarrow.fs import FileSystem

_URL = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*://")


def is_url(text: str | Path) -> bool:
    """Whether an input names a URL (scheme://...) rather than a local path."""
    return isinstance(text, UrlPath) or _URL.match(str(text)) is not None


class UrlPath(PurePosixPath):
    """A URL where the records hold a path: it prints as the URL given (a plain path would fold
    its `//` into one), and what `with_name` makes of it as a URL too; it pickles as the URL."""

    def __new__(cls, *parts: str) -> UrlPath:
        made = super().__new__(cls, *parts)
        made._given = parts[0] if len(parts) == 1 and is_url(parts[0]) else None
        return made

    def __str__(self) -> str:
        given = getattr(self, "_given", None)  # None in what `with_name` and the like make
        if given is not None:
            return given
        text = super().__str__()
        scheme, fold, rest = text.partition(":/")
        if not fold:
            return text
        # file:///folder/name: the one scheme here whose authority is empty.
        return f"{scheme}:///{rest}" if scheme == "file" else f"{scheme}://{rest}"

    def __reduce__(self) -> tuple:
        return (self.__class__, (str(self),))


def input_path(text: str) -> Path:
    """The input a string names: a `UrlPath` for a URL, else a local `Path`."""
    return UrlPath(text) if is_url(text) else Path(text)  # type: ignore[return-value]


def list_url(url: str) -> list[Path]:
    """The article files a URL names: a folder's supported files, sorted (hidden ones left out,
    as `load.discover` does), or the URL itself, whose read then says what is wrong with it (no
    such object, no such bucket). Raises ImportError without pyarrow."""
    filesystem, where = _filesystem(url)
    if filesystem is None:
        return [UrlPath(url)]
    from pyarrow.fs import FileSelector, FileType

    try:
        if filesystem.get_file_info(where).type != FileType.Directory:
            return [UrlPath(url)]
        found = filesystem.get_file_info(FileSelector(where, recursive=True))
    except OSError:
        return [UrlPath(url)]
    scheme = url.split("://", 1)[0]
    files = []
    for info in found:
        inside = info.path[len(where) :].strip("/").split("/")
        visible = not any(part.startswith(".") for part in inside)
        if info.type == FileType.File and visible and _suffix(info.path) in SUPPORTED_SUFFIXES:
            files.append(info.path)
    return [UrlPath(f"{scheme}://{path}") for path in sorted(files)]


def read_url(url: str, max_bytes: int) -> bytes:
    """The object's bytes, never more than `max_bytes` + 1 of them, or an `InputError` naming
    the URL as given."""
    check_suffix(UrlPath(url))
    filesystem, where = _filesystem(url)
    if filesystem is None:
        raise InputError(url, f"cannot be read ({where})")
    from pyarrow.fs import FileType

    try:
        info = filesystem.get_file_info(where)
        if info.type == FileType.NotFound:
            raise InputError(url, "no such file")
        if info.type == FileType.Directory:
            raise InputError(url, "is a folder, not a file")
        if info.size is not None and info.size > max_bytes:
            raise InputError(url, f"is {info.size:,} bytes, over the {max_bytes:,}-byte limit")
        with filesystem.open_input_stream(where) as stream:
            return stream.read(max_bytes + 1)
    except OSError as exc:  # pyarrow's own errors (no such bucket, access denied) are OSErrors
        raise InputError(url, f"cannot be read ({exc})") from exc


def _filesystem(url: str) -> tuple[FileSystem | None, Any]:
    """The filesystem and the path inside it; or None and why, for a URL pyarrow cannot use."""
    from pyarrow.fs import FileSystem

    try:
        return FileSystem.from_uri(url)
    except (OSError, ValueError) as exc:  # an unknown scheme, a malformed URL
        return None, str(exc)


def _suffix(path: str) -> str:
    return PurePosixPath(path).suffix.lower()
