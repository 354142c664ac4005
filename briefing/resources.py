"""The package's data folders: `templates` (memos, digests) and `prompts` (the abstractive
engine's), found the same way by the output side, the engine and the cache key."""

from __future__ import annotations

from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent


def resource_dir(name: str) -> Path:
    """`templates` or `prompts`: inside the installed wheel, else at the top of the checkout."""
    for candidate in (PACKAGE_DIR / "_data" / name, PACKAGE_DIR.parent / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"cannot find the {name} folder of the briefing package")
