"""Shared by the digest benchmarks: bbc_news rows as memos, with no model but the encoder.

The digest places and groups articles by their titles and leads (`briefing.stories`), so memos
whose points are the articles' first sentences exercise exactly the code a real run does.
"""

from __future__ import annotations

import json
from pathlib import Path

from briefing.evaluate import shared_dir
from briefing.load import parse_text
from briefing.pipeline import build_memo
from briefing.records import Draft, EngineInfo, Memo, Summary
from briefing.segment import segment

NOW = "2026-12-03T08:00:00+00:00"


def bbc_rows(limit: int = 1000) -> list[dict]:
    path = shared_dir() / "eval" / "bbc_news.jsonl"
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for _, line in zip(range(limit), handle, strict=False)]


def lead_memo(row: dict, text: str | None = None, points: int = 4) -> Memo:
    """A memo of the row whose points are its first sentences (no engine needed)."""
    body = text if text is not None else f"{row['title']}\n\n{row['article']}"
    document = segment(parse_text(body, Path(f"{row['id']}.txt"), row["id"].ljust(64, "0")))
    picks = range(min(points, len(document.sentences)))
    summary = Summary(points=tuple(Draft(document.sentences[i].text, (i,)) for i in picks))
    return build_memo(document, summary, EngineInfo("lead", "none"), NOW)
