"""The few exception classes the library raises; only the CLI turns them into exit codes."""

from __future__ import annotations

from pathlib import Path


class BriefingError(Exception):
    """Base class: something a user can act on."""


class InputError(BriefingError):
    """One input file could not be turned into an article."""

    def __init__(self, path: Path | str, reason: str) -> None:
        self.path = Path(path)
        self.reason = reason
        super().__init__(f"{path}: {reason}")


class ConfigError(BriefingError):
    """Bad settings: an unknown key, a wrong type, an impossible value."""


class ModelError(BriefingError):
    """A model could not be found or loaded."""


class EngineError(BriefingError):
    """An engine failed on an article."""


class LayoutError(BriefingError):
    """A memo could not be made to fit on one printed page."""
