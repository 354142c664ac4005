"""One reader per file format. Each returns the raw article text and the metadata the format holds.

Readers know about their format only (markup, pages, records); cleaning the text is `clean.py`'s
job. Text from formats that mark paragraphs (HTML, PDF, .docx, JSON) comes back with paragraphs
separated by blank lines.
"""

from __future__ import annotations

import json
import logging
import re
import time
import zipfile
import zlib
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import InputError
from .decode import decode
from .lines import join_lines

# Limits on what one file may make a reader do: a file under the size limit can still inflate
# to gigabytes (a zip bomb) or hold endless pages; these keep a reader's memory and time bounded.
MAX_UNZIPPED_BYTES = 64_000_000  # a .docx's parts, inflated: a 300-page report is a few MB
MAX_ZIP_MEMBERS = 2_000
MAX_PDF_PAGES = 1_000
MAX_PDF_OBJECTS = 500_000
READ_SECONDS = 60.0  # per file, checked between pages and text runs


@dataclass(frozen=True)
class RawArticle:
    """What a reader found in a file, before cleaning."""

    text: str
    title: str | None = None
    url: str | None = None
    published: str | None = None
    author: str | None = None
    tags: tuple[str, ...] = ()
    record: int | None = None  # 1-based position in a JSON list or JSONL file


def read_plain(path: Path, data: bytes) -> list[RawArticle]:
    return [RawArticle(text=decode(path, data))]


def read_html(path: Path, data: bytes) -> list[RawArticle]:
    """The main content of a web page (trafilatura), without navigation, scripts and widgets."""
    import trafilatura

    html = decode(path, data)
    found = trafilatura.bare_extraction(
        html, with_metadata=True, include_comments=False, include_tables=False
    )
    lines = [line.strip() for line in (found.text if found else "").split("\n") if line.strip()]
    if not any(len(line.split()) >= 5 for line in lines):  # a menu or a caption is no article
        raise InputError(path, "has no main text that could be extracted from the HTML")
    title = _clean_field(found.title)
    if title and lines and lines[0].strip("# ") == title:
        lines = lines[1:]  # the page's own headline, already the title
    tags = tuple(t.strip() for field in (found.tags or []) for t in re.split(r"[,;]", field))
    return [
        RawArticle(
            text="\n\n".join(lines),
            title=title,
            url=_clean_field(found.url),
            published=_clean_field(found.date),
            author=_clean_field(found.author),
            tags=tuple(t for t in tags if t),
        )
    ]


def read_pdf(path: Path, data: bytes) -> list[RawArticle]:
    """The text layer of a PDF, without running headers, footers and page numbers."""
    import io

    from pypdf import PdfReader
    from pypdf.errors import DependencyError, PdfReadError

    # pypdf logs what it repairs ("EOF marker not found"); the one-line error below says enough.
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    deadline = time.monotonic() + READ_SECONDS

    def in_time(*_: Any) -> None:
        if time.monotonic() > deadline:
            raise InputError(path, f"took over {READ_SECONDS:.0f} s to read; is it a PDF of text?")

    try:
        reader = PdfReader(io.BytesIO(data))
        # An empty user password (the usual "no copying" PDF) opens it; AES needs `cryptography`.
        if reader.is_encrypted and not reader.decrypt(""):
            raise InputError(
                path, "is an encrypted PDF (it needs a password); save an unlocked copy"
            )
        objects = reader.trailer.get("/Size", 0)
        if isinstance(objects, int) and objects > MAX_PDF_OBJECTS:
            raise InputError(path, f"has {objects:,} objects, over the {MAX_PDF_OBJECTS:,} limit")
        if len(reader.pages) > MAX_PDF_PAGES:
            raise InputError(
                path, f"has {len(reader.pages):,} pages, over the {MAX_PDF_PAGES:,}-page limit"
            )
        pages = []
        for page in reader.pages:
            in_time()
            pages.append(page.extract_text(visitor_text=in_time) or "")
        info = reader.metadata or {}
    except DependencyError as exc:
        raise InputError(path, f"is an encrypted PDF that needs a missing library ({exc})") from exc
    except PdfReadError as exc:
        raise InputError(path, f"is not a readable PDF ({exc})") from exc
    except (AttributeError, KeyError, TypeError, ValueError, IndexError, RecursionError) as exc:
        # pypdf walks the file's objects as it finds them, and a damaged one of the wrong kind
        # (a number where a dictionary belongs) fails inside it as a plain Python error.
        raise InputError(path, "is not a readable PDF (its structure is damaged)") from exc
    if not any(re.search(r"\w", page) for page in pages):
        raise InputError(path, "has no text layer (scanned PDF?)")
    lines = _drop_running_lines([page.split("\n") for page in pages])
    return [
        RawArticle(
            text="\n\n".join(_pdf_paragraphs(lines)),
            title=_clean_field(info.get("/Title")),
            author=_clean_field(info.get("/Author")),
            published=_pdf_date(info.get("/CreationDate")),
        )
    ]


_PAGE_NUMBER = re.compile(r"(?:page\s*)?[-–—]?\s*\d{1,4}\s*[-–—]?(?:\s*(?:of|/)\s*\d{1,4})?", re.I)


def _drop_running_lines(pages: list[list[str]]) -> list[str]:
    """Lines of all pages, less page numbers and headers/footers that repeat across pages."""
    edge = 2  # running lines sit among the first or last two lines of a page

    def shape(line: str) -> str:
        return re.sub(r"\d+", "#", line.strip().lower())

    repeats: Counter[str] = Counter()
    for page in pages:
        stripped = [line for line in page if line.strip()]
        repeats.update({shape(line) for line in stripped[:edge] + stripped[-edge:]})
    running = {s for s, n in repeats.items() if len(pages) >= 2 and n >= max(2, len(pages) / 2)}
    kept: list[str] = []
    for page in pages:
        stripped = [line for line in page if line.strip()]
        for n, line in enumerate(stripped):
            at_edge = n < edge or n >= len(stripped) - edge
            if at_edge and (_PAGE_NUMBER.fullmatch(line.strip()) or shape(line) in running):
                continue
            kept.append(line.rstrip())
    return kept


def _pdf_paragraphs(lines: list[str]) -> list[str]:
    """Rebuild paragraphs from PDF lines: a short line that ends a sentence ends a paragraph."""
    width = sorted(len(line) for line in lines)[int(len(lines) * 0.9)] if lines else 0
    paragraphs: list[list[str]] = [[]]
    for line in lines:
        paragraphs[-1].append(line.strip())
        if re.search(r"[.!?:\"”’)]$", line.strip()) and len(line.strip()) < 0.85 * width:
            paragraphs.append([])
    return [join_lines(p) for p in paragraphs if p]


def _pdf_date(value: Any) -> str | None:
    match = re.match(r"D:(\d{4})(\d{2})?(\d{2})?", str(value or ""))
    if not match:
        return None
    return "-".join(part for part in match.groups() if part)


def read_docx(path: Path, data: bytes) -> list[RawArticle]:
    """Paragraphs of a Word file; a Title or first-heading paragraph is the title."""
    import io

    import docx

    try:
        _check_zip(path, data)
        return [_docx_article(docx.Document(io.BytesIO(data)))]
    except (zipfile.BadZipFile, zlib.error, KeyError, ValueError, EOFError) as exc:
        raise InputError(path, "is not a valid .docx file") from exc
    except SyntaxError as exc:  # lxml's XMLSyntaxError: a part cut short or not XML
        raise InputError(path, f"is not a valid .docx file (broken XML: {exc.msg})") from exc
    except (AttributeError, TypeError, IndexError) as exc:
        # Well-formed XML in the wrong shape (a part's root element not the one Word writes):
        # python-docx assumes the shape and meets None or a different element.
        raise InputError(
            path, "is not a valid .docx file (its parts are not laid out as Word's)"
        ) from exc


def _docx_article(document: Any) -> RawArticle:
    title = _clean_field(document.core_properties.title)
    paragraphs: list[str] = []
    for paragraph in document.paragraphs:
        text = paragraph.text.strip()
        if not text:
            continue
        style = (paragraph.style.name if paragraph.style is not None else "") or ""
        if not paragraphs and style in ("Title", "Heading 1") and (not title or title == text):
            title = text
            continue
        paragraphs.append(text)
    created = document.core_properties.created
    return RawArticle(
        text="\n\n".join(paragraphs),
        title=title,
        author=_clean_field(document.core_properties.author),
        published=created.date().isoformat() if created else None,
        tags=tuple(
            t.strip()
            for t in re.split(r"[,;]", document.core_properties.keywords or "")
            if t.strip()
        ),
    )


def _check_zip(path: Path, data: bytes) -> None:
    """Refuse a zip whose parts inflate past `MAX_UNZIPPED_BYTES`, by the sizes its directory
    declares and then by inflating each part (a directory can lie), before anything parses it."""
    import io

    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        members = archive.infolist()
        if len(members) > MAX_ZIP_MEMBERS:
            raise InputError(
                path, f"holds {len(members):,} files, over the {MAX_ZIP_MEMBERS:,} limit"
            )
        declared = sum(m.file_size for m in members)
        if declared > MAX_UNZIPPED_BYTES:
            raise InputError(path, _inflates(declared))
        inflated = 0
        for member in members:
            with archive.open(member) as part:
                while chunk := part.read(1 << 16):
                    inflated += len(chunk)
                    if inflated > MAX_UNZIPPED_BYTES:
                        raise InputError(path, _inflates(inflated))


def _inflates(size: int) -> str:
    limit = MAX_UNZIPPED_BYTES
    return f"inflates to at least {size:,} bytes, over the {limit:,}-byte limit (zip bomb?)"


_TEXT_KEYS = ("text", "body", "article", "content", "article_text")
_TITLE_KEYS = ("title", "headline")
_URL_KEYS = ("url", "link", "source_url", "canonical_url")
_DATE_KEYS = ("date", "published", "published_at", "publication_date", "pubdate")
_AUTHOR_KEYS = ("author", "byline", "authors")
_TAG_KEYS = ("tags", "keywords", "categories")


def read_json(path: Path, data: bytes) -> list[RawArticle | InputError]:
    """A JSON object, or a list of them, each with a text field and optional metadata fields."""
    text = decode(path, data)
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(path, f"is not valid JSON (line {exc.lineno}: {exc.msg})") from exc
    records = value if isinstance(value, list) else [value]
    return [_each(path, r, n if len(records) > 1 else None) for n, r in enumerate(records, 1)]


def read_jsonl(path: Path, data: bytes) -> list[RawArticle | InputError]:
    """One JSON object per line (blank lines skipped); a bad line is that record's error only."""
    records: list[RawArticle | InputError] = []
    for n, line in enumerate(decode(path, data).splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            records.append(InputError(path, f"line {n} is not valid JSON ({exc.msg})"))
            continue
        records.append(_each(path, record, n))
    return records


def _each(path: Path, record: Any, number: int | None) -> RawArticle | InputError:
    """One record of a feed, or why it is unusable: one bad record does not sink the others."""
    try:
        return _record(path, record, number)
    except InputError as exc:
        if number is None:
            raise
        return exc


def _record(path: Path, record: Any, number: int | None) -> RawArticle:
    where = f"record {number}" if number is not None else "the JSON object"
    if not isinstance(record, dict):
        raise InputError(path, f"{where} is not an object with a text field")
    body = _first(record, _TEXT_KEYS)
    if isinstance(body, list):
        body = "\n\n".join(str(p) for p in body)
    if not isinstance(body, str) or not body.strip():
        raise InputError(path, f"{where} has no text field ({', '.join(_TEXT_KEYS)})")
    tags = _first(record, _TAG_KEYS)
    if tags is None:
        tags = []
    elif isinstance(tags, str):
        tags = re.split(r"[,;]", tags)
    elif not isinstance(tags, list):
        tags = [tags]  # one tag given bare: 5, true
    author = _first(record, _AUTHOR_KEYS)
    if isinstance(author, list):
        author = ", ".join(str(a) for a in author)
    return RawArticle(
        text=body,
        title=_clean_field(_first(record, _TITLE_KEYS)),
        url=_clean_field(_first(record, _URL_KEYS)),
        published=_clean_field(_first(record, _DATE_KEYS)),
        author=_clean_field(author),
        tags=tuple(str(t).strip() for t in tags if str(t).strip()),
        record=number,
    )


def _first(record: dict[str, Any], keys: tuple[str, ...]) -> Any:
    for key in keys:
        if record.get(key) not in (None, ""):
            return record[key]
    return None


def _clean_field(value: Any) -> str | None:
    text = re.sub(r"\s+", " ", str(value)).strip() if value is not None else ""
    return text or None


# Readers of feeds return, per record, the article or the error that makes it unusable.
READERS: dict[str, Callable[[Path, bytes], list[RawArticle | InputError]]] = {
    ".txt": read_plain,
    ".md": read_plain,
    ".html": read_html,
    ".htm": read_html,
    ".pdf": read_pdf,
    ".docx": read_docx,
    ".json": read_json,
    ".jsonl": read_jsonl,
}
SUPPORTED_SUFFIXES = tuple(READERS)
