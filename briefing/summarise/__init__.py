"""Summarise: engines behind one small interface, found by name.

No engine module is imported until an engine is asked for, so `import briefing` stays light.
"""

from .base import (
    ENGINES,
    Engine,
    PreparingEngine,
    create_engine,
    engine_names,
    register,
    unknown_engine,
)

__all__ = [
    "ENGINES",
    "Engine",
    "PreparingEngine",
    "create_engine",
    "engine_names",
    "register",
    "unknown_engine",
]
