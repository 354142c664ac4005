"""Summarise: engines behind one small interface, found by name.

No engine module is imported until an engine is asked for, so `import briefing` stays light.
"""

from .base import ENGINES, Engine, create_engine, engine_names, register, unknown_engine

__all__ = ["ENGINES", "Engine", "create_engine", "engine_names", "register", "unknown_engine"]
