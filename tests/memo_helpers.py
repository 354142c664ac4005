"""Shared helpers for the memo, layout and digest tests."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from briefing.evaluate import shared_dir
from briefing.load import parse_text
from briefing.pipeline import build_memo
from briefing.records import Document, Draft, EngineInfo, Memo, Summary
from briefing.segment import segment

REPO = Path(__file__).resolve().parent.parent
EXAMPLE = REPO / "inputs" / "pakistan-morocco-defence-mou.txt"
NOW = "2026-11-29T10:00:00+00:00"
# PDF page sizes in points: A4 is 210 x 297 mm, Letter 8.5 x 11 in.
PAGE_POINTS = {"A4": (595.3, 841.9), "Letter": (612.0, 792.0)}


def writers_dev() -> list[dict]:
    path = shared_dir() / "eval" / "writers_dev.jsonl"
    if not path.is_file():
        # A missing data folder is a broken checkout, not a reason to skip the one-page checks.
        pytest.fail(f"{path} not found (set BRIEFING_SHARED to the shared data folder)")
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle]


def eval_document(row: dict) -> Document:
    """A writers_dev row as a document; rows without a title get their first words as one."""
    title = row["title"] or " ".join(row["article"].split()[:8])
    text = f"{title}\n\n{row['article']}"
    return segment(parse_text(text, path=Path(f"{row['id'][:12]}.txt"), sha256=row["id"]))


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
