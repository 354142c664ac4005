"""Baselines: Lead-k, the first k sentences, the standard bar for news summaries."""

from __future__ import annotations

from collections.abc import Sequence

from ..config import Settings
from ..records import Document, Draft, EngineInfo, Summary


class LeadEngine:
    def __init__(self, settings: Settings | None = None) -> None:
        self.info = EngineInfo(name="lead", model="first sentences")

    def summarise(self, documents: Sequence[Document], points: int) -> list[Summary]:
        return [
            Summary(
                points=tuple(
                    Draft(text=s.text, sentences=(i,)) for i, s in enumerate(doc.sentences[:points])
                )
            )
            for doc in documents
        ]
