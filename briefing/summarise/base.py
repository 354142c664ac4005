"""The engine interface and the registry every engine, built-in or not, goes through."""

from __future__ import annotations

import importlib
from collections.abc import Callable, Sequence
from typing import Protocol

from ..config import Settings
from ..errors import ConfigError
from ..records import Document, EngineInfo, Summary


class Engine(Protocol):
    """Turns documents into ranked key points. One method; batching across documents is allowed."""

    info: EngineInfo

    def summarise(self, documents: Sequence[Document], points: int) -> list[Summary]: ...


class PreparingEngine(Engine, Protocol):
    """An engine whose work on a batch starts with a step that needs no interpreter lock (a
    model in native code), which `briefing make` runs for the next batch while this batch's rules
    run (`lane.EngineLane`). Optional: an engine without `prepare` is called as an `Engine`.

    `summarise(documents, points, prepared=prepare(documents))` must return what
    `summarise(documents, points)` does."""

    def prepare(self, documents: Sequence[Document]) -> object: ...

    def summarise(
        self, documents: Sequence[Document], points: int, prepared: object = None
    ) -> list[Summary]: ...


EngineFactory = Callable[[Settings], Engine]

# name -> "module:factory", imported on first use so torch loads only when a model is needed.
ENGINES: dict[str, str | EngineFactory] = {
    "extractive": "briefing.summarise.extractive:ExtractiveEngine",
    "lead": "briefing.summarise.baselines:LeadEngine",
    "lexrank": "briefing.summarise.baselines:LexRankEngine",
    "textrank": "briefing.summarise.baselines:TextRankEngine",
    "abstractive": "briefing.summarise.abstractive.engine:AbstractiveEngine",
}


def register(name: str, factory: str | EngineFactory) -> None:
    """Add an engine: a callable taking `Settings`, or a "module:attribute" string (lazy)."""
    ENGINES[name] = factory


def engine_names() -> list[str]:
    return sorted(ENGINES)


def unknown_engine(name: str) -> str:
    """The message for an engine name that is not registered, listing those that are."""
    return f"unknown engine {name!r}; choose from {', '.join(engine_names())}"


def create_engine(settings: Settings) -> Engine:
    try:
        factory = ENGINES[settings.engine]
    except KeyError:
        raise ConfigError(unknown_engine(settings.engine)) from None
    if isinstance(factory, str):
        module, _, attribute = factory.partition(":")
        factory = getattr(importlib.import_module(module), attribute)
    return factory(settings)
