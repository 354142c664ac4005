"""Memos of the evaluation data (`../shared/eval`, or $BRIEFING_SHARED), for the checks in this
folder and for the benchmarks. The tests never read it: a fresh clone has none."""

from __future__ import annotations

import json
from pathlib import Path

from briefing.evaluate import shared_dir
from briefing.load import parse_text
from briefing.records import Document
from briefing.segment import segment


class MissingEvalData(RuntimeError):
    """The evaluation data is not where `shared_dir` looks."""


def writers_dev() -> list[dict]:
    path = shared_dir() / "eval" / "writers_dev.jsonl"
    if not path.is_file():
        raise MissingEvalData(f"{path} not found (set BRIEFING_SHARED to the shared data folder)")
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle]


def eval_document(row: dict) -> Document:
    """An evaluation row as a document; rows without a title get their first words as one."""
    title = row["title"] or " ".join(row["article"].split()[:8])
    text = f"{title}\n\n{row['article']}"
    return segment(parse_text(text, path=Path(f"{row['id'][:12]}.txt"), sha256=row["id"]))
