"""Load: input files to clean `Article` records.

Article text is untrusted and usually damaged by copy-and-paste from web pages. The loader strips
metadata lines into fields (source URL, tags, author, dateline), drops junk lines, rebuilds
paragraphs from hard-wrapped lines, and finds a title, or makes one when the file has none.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path
from urllib.parse import urlparse

from .errors import InputError
from .records import Article, Source

SUPPORTED_SUFFIXES = (".txt", ".md")

_META_LINE = re.compile(
    r"^\s*(?P<key>source|url|link|tags?|keywords|by|author|published|date)\s*:\s*(?P<value>.*)$",
    re.IGNORECASE,
)
_URL = re.compile(r"https?://\S+")
# "ISLAMABAD:" or "LONDON (Reuters) -" at the start of the first paragraph.
_DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Z.'\- ]{1,40}?(?:,\s*[A-Z][A-Za-z.' ]{1,30})?)"
    r"(?:\s*\([^)]{1,40}\))?\s*(?::|\s[-–—])\s+(?=\S)"
)
_SENTENCE_END = re.compile(r"[.!?…:;\"”']\s*$")


def discover(inputs: Iterable[Path]) -> Iterator[Path]:
    """Files to read: each file given, and every supported file below each folder, sorted."""
    for item in inputs:
        if item.is_dir():
            yield from sorted(
                p
                for p in item.rglob("*")
                if p.is_file()
                and p.suffix.lower() in SUPPORTED_SUFFIXES
                and not any(part.startswith(".") for part in p.relative_to(item).parts)
            )
        else:
            yield item


def read_text(path: Path, max_bytes: int) -> tuple[bytes, str]:
    """The file's bytes and their text, or an `InputError` saying why there is none."""
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise InputError(path, f"file is {size:,} bytes, over the {max_bytes:,}-byte limit")
        data = path.read_bytes()
    except FileNotFoundError as exc:
        raise InputError(path, "no such file") from exc
    except IsADirectoryError as exc:
        raise InputError(path, "is a folder, not a file") from exc
    except OSError as exc:
        raise InputError(path, f"cannot be read ({exc.strerror or exc})") from exc
    if path.suffix.lower() not in SUPPORTED_SUFFIXES:
        raise InputError(path, f"unsupported file type {path.suffix or '(none)'}")
    if b"\x00" in data[:8192]:
        raise InputError(path, "looks like a binary file, not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(path, f"is not valid UTF-8 (byte {exc.start})") from exc
    if not text.strip():
        raise InputError(path, "is empty")
    return data, text


def load_article(path: Path, max_bytes: int = 5_000_000) -> Article:
    data, text = read_text(path, max_bytes)
    article = parse_text(text, path=path, sha256=hashlib.sha256(data).hexdigest())
    if not article.paragraphs:
        raise InputError(path, "has no body text after cleaning")
    return article


def parse_text(text: str, path: Path, sha256: str) -> Article:
    text = normalise(text)
    meta: dict[str, str] = {}
    kept: list[str] = []
    for line in text.split("\n"):
        match = _META_LINE.match(line)
        if match and _is_metadata(match["key"].lower(), match["value"]):
            meta.setdefault(match["key"].lower().rstrip("s"), match["value"].strip())
        elif _is_junk(line):
            continue
        else:
            kept.append(line)
    blocks = _paragraphs(kept)

    title = None
    if blocks and blocks[0].startswith("#"):
        title = blocks.pop(0).lstrip("#").strip()
    elif len(blocks) > 1 and _looks_like_title(blocks[0]):
        title = blocks.pop(0)
    dateline = None
    if blocks and (m := _DATELINE.match(blocks[0])):
        dateline = m["place"].strip()
        blocks[0] = blocks[0][m.end() :]
    url = _first_url(meta.get("source") or meta.get("url") or meta.get("link") or "")
    tags = meta.get("tag") or meta.get("keyword") or ""
    source = Source(
        url=url,
        outlet=_outlet(url),
        published=meta.get("published") or meta.get("date"),
        author=meta.get("author") or meta.get("by"),
        dateline=dateline,
        tags=tuple(t.strip() for t in re.split(r"[,;|]", tags) if t.strip()),
    )
    body = tuple(blocks)
    return Article(
        path=path,
        sha256=sha256,
        title=title or title_from_filename(path, body),
        paragraphs=body,
        source=source,
    )


def normalise(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\u00a0", " ").replace("\u200b", "").replace("\ufeff", "")
    return text


def _is_metadata(key: str, value: str) -> bool:
    # "Source: officials said" in running prose is not metadata; a URL or a short list is.
    if key in ("source", "url", "link"):
        return bool(_URL.search(value))
    return len(value.split()) <= 30 and not _SENTENCE_END.search(value.rstrip(","))


def _is_junk(line: str) -> bool:
    """Leftovers of page markup: one long token, no spaces, no sentence punctuation."""
    stripped = line.strip()
    return bool(
        stripped
        and " " not in stripped
        and len(stripped) >= 8
        and not _URL.match(stripped)
        and re.fullmatch(r"[a-z0-9_\-]+", stripped)
    )


def _paragraphs(lines: list[str]) -> list[str]:
    """Blank-line separated blocks; inside a block, hard-wrapped lines are joined back up."""
    blocks: list[list[str]] = [[]]
    for line in lines:
        if line.strip():
            blocks[-1].append(line.strip())
        elif blocks[-1]:
            blocks.append([])
    paragraphs: list[str] = []
    for block in filter(None, blocks):
        if _hard_wrapped(block):
            paragraphs.append(" ".join(block))
        else:
            paragraphs.extend(block)
    return [re.sub(r"[ \t]+", " ", p).strip() for p in paragraphs]


def _hard_wrapped(block: list[str]) -> bool:
    if len(block) < 2:
        return False
    widths = [len(line) for line in block[:-1]]
    return max(widths) <= 100 and min(widths) >= 0.6 * max(widths)


def _looks_like_title(block: str) -> bool:
    words = block.split()
    return 0 < len(words) <= 20 and not re.search(r"[.;,]$", block) and not _DATELINE.match(block)


def _first_url(text: str) -> str | None:
    match = _URL.search(text)
    return match.group(0).rstrip(".,;)") if match else None


def _outlet(url: str | None) -> str | None:
    if not url:
        return None
    host = urlparse(url).hostname or ""
    return host.removeprefix("www.") or None


def title_from_filename(path: Path, paragraphs: tuple[str, ...]) -> str:
    """A title made from the file name, each word cased as the article itself spells it."""
    spellings: Counter[str] = Counter(re.findall(r"[\w’'-]+", " ".join(paragraphs)))
    by_lower: dict[str, str] = {}
    for word, _ in spellings.most_common():
        by_lower.setdefault(word.lower(), word)
    words = [w for w in re.split(r"[\s_\-]+", path.stem) if w]
    titled = [by_lower.get(w.lower(), w.capitalize()) for w in words]
    if titled:
        titled[0] = titled[0][0].upper() + titled[0][1:]
    return " ".join(titled) or "Untitled article"
