"""The local Hugging Face cache: a model id or folder resolved to files on this machine.

Nothing here touches the network: a Hugging Face id is looked up in the local cache only, so an
offline machine fails at once with a message that says how to get the model, instead of hanging
on retries. Both the sentence encoder (`briefing.encoder`) and the abstractive engine
(`briefing.summarise.abstractive`) resolve their models here, so it sits below both.
"""

from __future__ import annotations

import json
from pathlib import Path

from .errors import ModelError


def hub_cache() -> Path:
    from huggingface_hub import constants

    return Path(constants.HF_HUB_CACHE)


def resolve_model(name: str) -> Path:
    """The local folder holding model `name`: a folder as given, or a hub id from the cache.

    Raises ModelError, without any network access, when the model is not on this machine.
    """
    folder = Path(name).expanduser()
    if folder.is_dir():
        if not (folder / "config.json").is_file():
            raise ModelError(f"{folder} has no config.json: not a Hugging Face model folder")
        return folder
    if name.startswith((".", "/", "~")) or name.count("/") > 1:
        raise ModelError(f"model folder {name} does not exist")
    from huggingface_hub import snapshot_download
    from huggingface_hub.errors import HFValidationError, LocalEntryNotFoundError

    try:
        return Path(snapshot_download(name, local_files_only=True))
    except (LocalEntryNotFoundError, FileNotFoundError):
        raise ModelError(
            f"model {name!r} is not in the local Hugging Face cache ({_home(hub_cache())}); on a "
            f"connected machine run `briefing models pull {name}`, or pass --model /path/to/folder"
        ) from None
    except HFValidationError:
        raise ModelError(
            f"{name!r} is neither a model folder nor a Hugging Face id (owner/name)"
        ) from None


def model_type(folder: Path) -> str | None:
    """The `model_type` in a model folder's config.json, or None when there is none."""
    try:
        config = json.loads((folder / "config.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    kind = config.get("model_type")
    return kind if isinstance(kind, str) else None


def _home(path: Path) -> str:
    """`~/.cache/...` rather than the full home path, as people write it."""
    try:
        return "~/" + str(path.relative_to(Path.home()))
    except ValueError:
        return str(path)
