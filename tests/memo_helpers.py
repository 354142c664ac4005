"""Shared helpers for the memo, layout and digest tests."""

from __future__ import annotations

import hashlib
import io
from pathlib import Path

from briefing.load import parse_text
from briefing.pipeline import build_memo
from briefing.records import Document, Draft, EngineInfo, Memo, Summary
from briefing.segment import segment

REPO = Path(__file__).resolve().parent.parent
EXAMPLE = REPO / "inputs" / "pakistan-morocco-defence-mou.txt"
NOW = "2026-11-29T10:00:00+00:00"
# PDF page sizes in points: A4 is 210 x 297 mm, Letter 8.5 x 11 in.
PAGE_POINTS = {"A4": (595.3, 841.9), "Letter": (612.0, 792.0)}


def news_document(text: str, name: str) -> Document:
    """One of the tests' own articles (`tests/news.py`), read as a plain-text file."""
    sha256 = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return segment(parse_text(text, path=Path(f"{name}.txt"), sha256=sha256))


def news_documents() -> list[Document]:
    from .news import ARTICLES

    return [news_document(text, f"news-{n:02d}") for n, text in enumerate(ARTICLES, start=1)]


def lead_memo(document: Document, points: int = 6) -> Memo:
    """A memo whose points are the document's first sentences, best first: no model needed."""
    picks = range(min(points, len(document.sentences)))
    summary = Summary(
        points=tuple(Draft(document.sentences[i].text, (i,)) for i in picks),
        background=tuple(Draft(s.text, (i,)) for i, s in enumerate(document.sentences[-2:])),
    )
    return build_memo(document, summary, EngineInfo("lead", "none"), NOW)


def pdf_pages(data: bytes) -> list[tuple[float, float]]:
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(data))
    return [(float(p.mediabox.width), float(p.mediabox.height)) for p in reader.pages]
