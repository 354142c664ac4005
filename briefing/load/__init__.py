"""Load: input files to clean `Article` records.

`formats` reads each kind of file (text, Markdown, HTML, PDF, Word, JSON/JSONL) into raw text and
metadata; `decode` turns bytes into clean Unicode; `clean` rebuilds paragraphs and takes metadata
out of the body; `fused` splits words fused at lost line breaks.
"""

from __future__ import annotations

import hashlib
import os
import stat
from collections.abc import Iterable, Iterator
from pathlib import Path, PurePath
from typing import Any

from ..errors import InputError, UnexpectedError
from ..records import Article
from .clean import parse_text, title_from_filename
from .decode import decode, decode_guessed, normalise
from .formats import READERS, SUPPORTED_SUFFIXES, RawArticle

__all__ = [
    "SUPPORTED_SUFFIXES",
    "RawArticle",
    "check_suffix",
    "decode",
    "discover",
    "inspect_file",
    "load_article",
    "load_articles",
    "load_each",
    "normalise",
    "parse_text",
    "read_bytes",
    "title_from_filename",
]

DEFAULT_MAX_BYTES = 5_000_000


def discover(inputs: Iterable[Path]) -> Iterator[Path]:
    """Files to read: each file given, and every supported file below each folder, sorted.

    What cannot be looked into is yielded too, for its read to fail with a reason rather than be
    skipped without a word: a folder that cannot be listed, a link that goes nowhere or loops.
    Links to folders are not followed (as `Path.rglob`), so a link loop cannot recurse."""
    for item in inputs:
        if not item.is_dir():
            yield item
            continue
        found: list[Path] = []
        unreadable: list[Path] = []

        def refused(error: OSError, unreadable: list[Path] = unreadable) -> None:
            unreadable.append(Path(error.filename))

        for folder, subfolders, files in os.walk(item, onerror=refused):
            subfolders[:] = [d for d in subfolders if not d.startswith(".")]
            found += (
                Path(folder, name)
                for name in files
                if not name.startswith(".") and Path(name).suffix.lower() in SUPPORTED_SUFFIXES
            )
        yield from sorted(found + unreadable)


def _as_path(path: str | os.PathLike) -> PurePath:
    """The path as a `Path`; one that is a path already kept as it is (a URL's, which a `Path`
    would cut to "s3:/bucket")."""
    return path if isinstance(path, PurePath) else Path(path)


def read_bytes(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """The file's bytes, or an `InputError` saying why they cannot be had.

    Only a regular file is read (a FIFO would wait for a writer forever, /dev/zero never ends),
    and never more than `max_bytes` + 1 bytes of it, whatever its size said."""
    if path.is_dir():
        readable = os.access(path, os.R_OK | os.X_OK)
        raise InputError(
            path,
            "is a folder, not a file"
            if readable
            else "is a folder that cannot be read (permission denied)",
        )
    check_suffix(path)
    try:
        # Non-blocking: opening a FIFO for reading would otherwise wait for a writer.
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
        with os.fdopen(fd, "rb") as handle:
            mode = os.fstat(handle.fileno()).st_mode
            if not stat.S_ISREG(mode):
                raise InputError(path, f"is not a regular file (a {_kind(mode)})")
            size = os.fstat(handle.fileno()).st_size
            if size > max_bytes:
                raise InputError(path, f"is {size:,} bytes, over the {max_bytes:,}-byte limit")
            data = handle.read(max_bytes + 1)
    except FileNotFoundError as exc:
        raise InputError(
            path, "no such file" if not path.is_symlink() else "is a link to nothing"
        ) from exc
    except IsADirectoryError as exc:
        raise InputError(path, "is a folder, not a file") from exc
    except PermissionError as exc:
        raise InputError(path, "cannot be read (permission denied)") from exc
    except OSError as exc:
        raise InputError(path, f"cannot be read ({exc.strerror or exc})") from exc
    if len(data) > max_bytes:  # it grew while being read
        raise InputError(path, f"is over the {max_bytes:,}-byte limit")
    if not data.strip():
        raise InputError(path, "is empty")
    return data


def check_suffix(path: PurePath) -> None:
    """An `InputError` for a file of a kind no reader takes."""
    if path.suffix.lower() not in SUPPORTED_SUFFIXES:
        raise InputError(
            path,
            f"unsupported file type {path.suffix or '(none)'}; "
            f"supported: {', '.join(SUPPORTED_SUFFIXES)}",
        )


def _checked(path: PurePath, data: bytes, max_bytes: int) -> bytes:
    """Bytes read elsewhere (an object store), held to the limits `read_bytes` sets."""
    check_suffix(path)
    if len(data) > max_bytes:
        raise InputError(path, f"is {len(data):,} bytes, over the {max_bytes:,}-byte limit")
    if not data.strip():
        raise InputError(path, "is empty")
    return data


def _kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "named pipe"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "device"
    if stat.S_ISSOCK(mode):
        return "socket"
    return "special file"


def load_articles(path: str | os.PathLike, max_bytes: int = DEFAULT_MAX_BYTES) -> list[Article]:
    """Every article in one file (JSON lists and JSONL files hold several; others hold one).
    The first unusable record is an error: see `load_each` to keep the others."""
    path = _as_path(path)
    articles = []
    for item in load_each(path, max_bytes):
        if isinstance(item, InputError):
            raise item
        articles.append(item)
    return articles


def load_each(
    path: str | os.PathLike, max_bytes: int = DEFAULT_MAX_BYTES, data: bytes | None = None
) -> list[Article | InputError]:
    """Every article in one file, with an `InputError` in place of each unusable record.
    `data`: the file's bytes, read already (from a URL, which `path` then prints as); the
    kind of file is still read from `path`'s suffix."""
    path = _as_path(path)
    data = read_bytes(path, max_bytes) if data is None else _checked(path, data, max_bytes)
    try:
        raws = READERS[path.suffix.lower()](path, data)
    except InputError:
        raise
    except Exception as exc:  # a reader's own bug on odd input: this file's error, not the batch's
        raise UnexpectedError(path, exc) from exc
    if not raws:
        raise InputError(path, "holds no articles")
    items: list[Article | InputError] = []
    for raw in raws:
        if isinstance(raw, InputError):
            items.append(raw)
            continue
        where = path if raw.record is None else path.with_name(f"{path.name}#{raw.record}")
        if not raw.text.strip():
            items.append(InputError(where, "is empty"))
            continue
        digest = hashlib.sha256(data if len(raws) == 1 else raw.text.encode("utf-8"))
        try:
            article = parse_text(raw.text, path=where, sha256=digest.hexdigest(), raw=raw)
        except InputError as exc:
            items.append(exc)
            continue
        except Exception as exc:
            items.append(UnexpectedError(where, exc))
            continue
        if not article.paragraphs:
            items.append(InputError(where, "has no body text after cleaning"))
            continue
        items.append(article)
    return items


def load_article(path: str | os.PathLike, max_bytes: int = DEFAULT_MAX_BYTES) -> Article:
    """The one article in a file; a file holding several is an error (use `load_articles`)."""
    path = _as_path(path)
    articles = load_articles(path, max_bytes)
    if len(articles) > 1:
        raise InputError(path, f"holds {len(articles)} articles; read it with load_articles")
    return articles[0]


def inspect_file(
    path: str | os.PathLike, max_bytes: int = DEFAULT_MAX_BYTES
) -> dict[str, Any] | list[Any]:
    """What the loader made of a file, as plain data for `briefing inspect`: metadata, and each
    paragraph with the sentences the segment stage finds in it. A list for a file of records."""
    path = _as_path(path)
    from ..segment import segment

    reports = []
    encoding = None  # PDF and Word files carry their own
    if path.suffix.lower() not in (".pdf", ".docx"):
        encoding = decode_guessed(path, read_bytes(path, max_bytes))[1]
    for article in load_articles(path, max_bytes):
        document = segment(article)
        source = article.source
        reports.append(
            {
                "path": str(article.path),
                "sha256": article.sha256,
                "encoding": encoding,
                "title": article.title,
                "source": {
                    "url": source.url,
                    "outlet": source.outlet,
                    "published": source.published,
                    "author": source.author,
                    "dateline": source.dateline,
                },
                "tags": list(source.tags),
                "paragraphs": [
                    {
                        "index": paragraph.index,
                        "text": paragraph.text,
                        "sentences": [s.text for s in paragraph.sentences],
                    }
                    for paragraph in document.paragraphs
                ],
            }
        )
    return reports[0] if len(reports) == 1 else reports
