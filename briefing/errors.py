"""The few exception classes the library raises; only the CLI turns them into exit codes."""

from __future__ import annotations

from pathlib import Path


class BriefingError(Exception):
    """Base class: something a user can act on."""


class InputError(BriefingError):
    """One input file could not be turned into an article."""

    def __init__(self, path: Path | str, reason: str) -> None:
        self.path = Path(path)
        # One line, always: a reason may quote a library's message, and those span lines.
        self.reason = " ".join(reason.split())
        super().__init__(f"{path}: {self.reason}")


class ConfigError(BriefingError):
    """Bad settings: an unknown key, a wrong type, an impossible value."""


class UsageError(BriefingError):
    """A call that cannot start: an unknown engine or cluster, an input that does not exist, no
    article files to read. `argument` names the argument at fault ("engine", "cluster",
    "inputs"); None when none is (the inputs exist but hold no article files, or a URL is given
    without a cluster to read it)."""

    def __init__(self, message: str, argument: str | None = None) -> None:
        super().__init__(message)
        self.argument = argument


class ModelError(BriefingError):
    """A model could not be found or loaded."""


class EngineError(BriefingError):
    """An engine failed on an article."""


class LayoutError(BriefingError):
    """A memo could not be made to fit on one printed page."""


# Bugs, not bad input: the line says so, and `--debug` adds the traceback to send with a report.
REPORT = "unexpected error (please report)"


class UnexpectedError(InputError):
    """A reader or stage failed in a way no input should make it fail: a bug to report. The
    batch still goes on; `--debug` shows the traceback."""

    def __init__(self, path: Path | str, exc: BaseException) -> None:
        message = " ".join(str(exc).split())
        kind = type(exc).__name__
        super().__init__(path, f"{REPORT}: {kind}" + (f": {message}" if message else ""))
        self.original = exc


def describe(exc: BriefingError, debug: bool = False) -> str:
    """The error's one line; with `debug`, an unexpected error's traceback after it. A string:
    reasons cross process boundaries (`prepare`)."""
    if not (debug and isinstance(exc, UnexpectedError)):
        return str(exc)
    import traceback

    return f"{exc}\n" + "".join(traceback.format_exception(exc.original)).rstrip()
