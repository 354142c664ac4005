"""Models on this machine: resolve an id or folder to local files, list them, download one.

Nothing here touches the network unless the user asked for a download (`briefing models pull`):
a Hugging Face id is looked up in the local cache only, so an offline machine fails at once with a
message that says how to get the model, instead of hanging on retries.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from .errors import ModelError

# Encoder-decoder families the abstractive engine can run (config.json "model_type").
SEQ2SEQ_TYPES = frozenset(
    (
        "bart",
        "mbart",
        "pegasus",
        "pegasus_x",
        "t5",
        "mt5",
        "umt5",
        "longt5",
        "led",
        "bigbird_pegasus",
        "prophetnet",
        "plbart",
        "fsmt",
        "marian",
        "blenderbot",
        "blenderbot-small",
    )
)


@dataclass(frozen=True)
class LocalModel:
    """A model found on disk: its id (or folder), family, and where its files are."""

    name: str
    model_type: str
    path: Path
    size_bytes: int


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


def local_models(seq2seq_only: bool = True) -> list[LocalModel]:
    """Models in the local Hugging Face cache, read from their config.json (no network)."""
    from huggingface_hub import scan_cache_dir
    from huggingface_hub.errors import CacheNotFound

    try:
        cache = scan_cache_dir(hub_cache())
    except CacheNotFound:
        return []
    found = []
    for repo in sorted(cache.repos, key=lambda r: r.repo_id):
        if repo.repo_type != "model":
            continue
        for revision in sorted(repo.revisions, key=lambda r: r.last_modified, reverse=True):
            kind = model_type(Path(revision.snapshot_path))
            if kind is None or (seq2seq_only and kind not in SEQ2SEQ_TYPES):
                continue
            found.append(
                LocalModel(repo.repo_id, kind, Path(revision.snapshot_path), repo.size_on_disk)
            )
            break
    return found


def pull_model(name: str) -> Path:
    """Download model `name` into the standard Hugging Face cache; the folder it landed in."""
    from huggingface_hub import snapshot_download
    from huggingface_hub.errors import (
        HfHubHTTPError,
        HFValidationError,
        LocalEntryNotFoundError,
        RepositoryNotFoundError,
    )

    try:
        # Weights in one format are enough: skip the TF/Flax/ONNX/Rust copies many repos carry,
        # and the pickled PyTorch weights unless the repo has no safetensors.
        skip = ["*.h5", "*.msgpack", "*.onnx", "*.ot", "onnx/*", "tf_*", "flax_*", "rust_*"]
        folder = Path(snapshot_download(name, ignore_patterns=[*skip, "*.bin"]))
        if not any(folder.glob("*.safetensors")):
            folder = Path(snapshot_download(name, ignore_patterns=skip))
        return folder
    except RepositoryNotFoundError:
        raise ModelError(f"no model {name!r} on the Hugging Face hub (or it is gated)") from None
    except HFValidationError:
        raise ModelError(f"{name!r} is not a Hugging Face id (owner/name)") from None
    except (LocalEntryNotFoundError, HfHubHTTPError, OSError) as exc:
        reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise ModelError(
            f"cannot download {name!r}: the Hugging Face hub is not reachable from this machine "
            f"({reason}); download it on a connected machine and copy the folder here"
        ) from None


def _home(path: Path) -> str:
    """`~/.cache/...` rather than the full home path, as people write it."""
    try:
        return "~/" + str(path.relative_to(Path.home()))
    except ValueError:
        return str(path)
