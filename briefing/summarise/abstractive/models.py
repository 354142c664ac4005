"""Seq2seq models on this machine: list those in the local cache, download one.

Nothing here touches the network unless the user asked for a download (`briefing models pull`);
resolving an id or folder to local files is `briefing.hub`'s, shared with the sentence encoder.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ...errors import ModelError
from ...hub import hub_cache, model_type

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
