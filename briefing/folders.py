"""Where briefing keeps things between runs: the cache folder, and its converted encoders.

Below both the summary cache (`briefing.cache`, whose key reads the encoder's hardware) and the
encoder (`briefing.encoder`, which keeps its CTranslate2 conversion here), so neither imports the
other.
"""

from __future__ import annotations

import os
from pathlib import Path

from .config import Settings

ENV_VAR = "BRIEFING_CACHE_DIR"


def cache_folder(settings: Settings) -> Path:
    """The `cache_dir` setting, else $BRIEFING_CACHE_DIR, else the per-user cache folder."""
    if settings.cache_dir is not None:
        return settings.cache_dir
    if os.environ.get(ENV_VAR):
        return Path(os.environ[ENV_VAR])
    import platformdirs

    return Path(platformdirs.user_cache_dir("briefing", appauthor=False))


def models_folder(settings: Settings) -> Path | None:
    """Where converted encoders are kept between runs (`encoder/ctranslate.py`); None when
    `cache` is off, so that they are converted for each run."""
    return cache_folder(settings) / "models" if settings.cache else None
