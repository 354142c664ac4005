"""briefing: news articles in, one-page briefing memos out, every key point traced to its source.

    from briefing import Settings, make

    made = make(["inputs/"], Settings(formats=("md", "json")))
    for outcome in made.outcomes:
        print(outcome.path, outcome.files or outcome.error)

Each public name is loaded from its module when first asked for, so that `import briefing` (and
so `briefing --help`) stays light; and nothing here imports a module statically, since modules of
the package import `briefing` itself (for `__version__`): no import runs both ways.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

__version__ = "0.1.0"

# Each public name, and the module that defines it.
_PUBLIC = {
    "make": "api",
    "MakeResult": "api",
    "DigestOutcome": "api",
    "Outcome": "pipeline",
    "make_digest": "digest",
    "Settings": "config",
    "load_settings": "config",
    "load_article": "load",
    "BriefingError": "errors",
    "UsageError": "errors",
}

__all__ = [
    "BriefingError",
    "DigestOutcome",
    "MakeResult",
    "Outcome",
    "Settings",
    "UsageError",
    "load_article",
    "load_settings",
    "make",
    "make_digest",
]


def __getattr__(name: str) -> Any:
    if name not in _PUBLIC:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f".{_PUBLIC[name]}", __name__), name)
    globals()[name] = value  # found here from now on
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_PUBLIC})
