"""The int8 sentence encoder on CTranslate2, for CPUs: converted once, kept in the cache folder.

CTranslate2 stores each weight matrix in int8 with a scale per output row and quantises each
token's activations with a scale of its own, so a sentence's vector does not depend on the
batch it is in; it runs each layer's scaling, softmax, GELU and norms as fused C++ loops.

The checkpoint is converted by CTranslate2's own converter (`TransformersConverter`, which loads
it with transformers and lays it out with its loader for the family, BERT's here), with the
fast tokenizer saved beside it. Converting costs a few CPU seconds (transformers' import and
the model's load in torch, most of it), so it is done once, into
`<cache folder>/models/<name>-int8-<key>/`: the key is a hash of the model folder's resolved
path, the names, sizes and modification times of its files, the versions of CTranslate2 and
transformers, and `FORMAT`, so a changed model or an upgraded converter converts again. A run
loads the folder and needs neither transformers nor the checkpoint.

A conversion goes into a temporary folder beside its entry and is renamed into place, so a run
killed while converting, or two runs converting at once, never leave a half model under the
key (of two runs, the first rename wins and the other keeps its own copy for its run). A
folder that will not load is converted again; with the cache off (`cache = false`), or a cache
folder that cannot be written, the model is converted into a temporary folder for the run.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import shutil
import tempfile
import time
import warnings
from importlib import metadata, util
from pathlib import Path

import numpy as np

from ..errors import ModelError
from ..hub import model_type, resolve_model
from .runtime import quiet_transformers

# Bumped when what `convert` writes changes, so that older conversions are not reused.
FORMAT = 1
TOKENIZER = "tokenizer.json"
# The encoder-only families CTranslate2's converter lays out (config.json "model_type").
CONVERTIBLE = frozenset({"bert", "distilbert", "roberta", "xlm-roberta", "camembert"})
# A temporary conversion folder older than this was left by a run that was killed.
STALE_SECONDS = 24 * 3600


class NotConvertible(ModelError):
    """The encoder is of a family CTranslate2's converter does not lay out."""


def available() -> bool:
    """Whether CTranslate2 is installed (checked without importing it)."""
    return util.find_spec("ctranslate2") is not None


def runs_int8() -> bool:
    """Whether CTranslate2 has int8 kernels for this CPU (x86-64 with AVX2 or better, Arm)."""
    import ctranslate2

    return "int8" in ctranslate2.get_supported_compute_types("cpu")


class Int8Encoder:
    """A converted encoder in int8 on CTranslate2: its tokenizer, and token ids in, sentence
    vectors out."""

    def __init__(self, folder: Path, lanes: int) -> None:
        import ctranslate2
        from tokenizers import Tokenizer

        self.tokenizer = Tokenizer.from_file(str(folder / TOKENIZER))
        # One batch per lane at a time, each on one core (as `runtime.run_in_lanes` runs
        # torch). The files are read in full here: the folder may go or be replaced afterwards.
        self.model = ctranslate2.Encoder(
            str(folder), device="cpu", compute_type="int8", inter_threads=lanes, intra_threads=1
        )
        self.dimension = int(self.embed([[0]]).shape[1])

    def embed(self, encoded: list[list[int]]) -> np.ndarray:
        """Mean-pooled, L2-normalised vectors of one batch of token ids (no padding given: the
        model pads each batch itself, and what it leaves at padded positions is not read)."""
        hidden = np.asarray(self.model.forward_batch(encoded).last_hidden_state)
        lengths = np.fromiter((len(ids) for ids in encoded), dtype=np.int64, count=len(encoded))
        real = np.arange(hidden.shape[1]) < lengths[:, None]
        pooled = np.einsum("btd,bt->bd", hidden, real.astype(hidden.dtype))
        pooled /= lengths[:, None]
        norms = np.linalg.norm(pooled, axis=1, keepdims=True)
        return pooled / np.maximum(norms, 1e-12)


def load(location: str, models_dir: Path | None, lanes: int) -> Int8Encoder:
    """The encoder at `location` (a folder, or a hub id in the local cache) in int8: converted
    once into `models_dir`, or for this run only where that is None."""
    folder = resolve_model(location)
    kind = model_type(folder)
    if kind not in CONVERTIBLE:
        raise NotConvertible(f"CTranslate2 does not convert {kind or 'unknown'} encoders")
    if models_dir is None:
        return _load_converted_for_the_run(folder, lanes)
    entry = models_dir / entry_name(folder)
    damaged = False
    if entry.is_dir():
        try:
            return Int8Encoder(entry, lanes)
        except Exception as exc:
            # A file cut short or edited: CTranslate2's RuntimeError, the tokenizers library's
            # bare Exception, OSError. The entry is a cache: convert it again.
            damaged = True
            warnings.warn(
                f"the converted encoder in {entry} will not load ({exc}); converting it again",
                RuntimeWarning,
                stacklevel=2,
            )
    return _convert_into(folder, entry, damaged, lanes)


def _convert_into(folder: Path, entry: Path, damaged: bool, lanes: int) -> Int8Encoder:
    """Convert in a temporary folder beside `entry`, load, then rename it into place."""
    try:
        entry.parent.mkdir(parents=True, exist_ok=True)
        _remove_stale(entry.parent)
        staging = Path(tempfile.mkdtemp(prefix=f".tmp-{entry.name}-", dir=entry.parent))
    except OSError as exc:
        warnings.warn(
            f"cannot keep the converted encoder in {entry.parent} ({exc}); converting it for "
            "this run only",
            RuntimeWarning,
            stacklevel=3,
        )
        return _load_converted_for_the_run(folder, lanes)
    try:
        convert(folder, staging / "model")
        encoder = Int8Encoder(staging / "model", lanes)
        _publish(staging / "model", entry, staging, damaged)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return encoder


def _load_converted_for_the_run(folder: Path, lanes: int) -> Int8Encoder:
    with tempfile.TemporaryDirectory(prefix="briefing-ct2-") as scratch:
        convert(folder, Path(scratch) / "model")
        return Int8Encoder(Path(scratch) / "model", lanes)


def convert(folder: Path, destination: Path) -> None:
    """The checkpoint in `folder` in CTranslate2's format, weights in int8, with its fast
    tokenizer, written to `destination` (which must not exist)."""
    quiet_transformers()
    from ctranslate2.converters import TransformersConverter
    from transformers import AutoTokenizer

    class Converter(TransformersConverter):
        def load_model(self, model_class, model_name_or_path, **kwargs):
            model = super().load_model(model_class, model_name_or_path, **kwargs)
            # transformers 5 runs BERT with absolute positions only and no longer writes
            # `position_embedding_type` into a config, which CTranslate2's BERT loader still
            # reads: a config without it means absolute positions.
            if not hasattr(model.config, "position_embedding_type"):
                model.config.position_embedding_type = "absolute"
            return model

    Converter(str(folder)).convert(str(destination), quantization="int8")
    tokenizer = AutoTokenizer.from_pretrained(str(folder))
    if not getattr(tokenizer, "is_fast", False):
        raise ModelError(f"sentence encoder {str(folder)!r} has no fast (Rust) tokenizer")
    tokenizer.backend_tokenizer.save(str(destination / TOKENIZER))


def entry_name(folder: Path) -> str:
    """The cache entry of the model in `folder`: its name, readable, and its key."""
    resolved = folder.resolve()
    readable = f"{resolved.parent.name}-{resolved.name}"  # a packaged folder is named "model"
    name = re.sub(r"[^A-Za-z0-9._-]+", "-", readable).strip(".-")[-48:] or "model"
    return f"{name}-int8-{model_key(folder)[:20]}"


def model_key(folder: Path) -> str:
    """sha256 of what the conversion depends on: the folder's resolved path and its files'
    names, sizes and modification times (hashing the weights would cost more than loading the
    converted model), the converter's versions and `FORMAT`."""
    parts: list[object] = [FORMAT, str(folder.resolve())]
    for package in ("ctranslate2", "transformers"):
        try:
            parts.append(f"{package}-{metadata.version(package)}")
        except metadata.PackageNotFoundError:
            parts.append(f"{package}-none")
    for path in sorted(folder.iterdir()):
        if path.is_file():  # a hub snapshot's links are followed to the files they name
            stat = path.stat()
            parts.append([path.name, stat.st_size, stat.st_mtime_ns])
    return hashlib.sha256(json.dumps(parts).encode()).hexdigest()


def _publish(converted: Path, entry: Path, staging: Path, damaged: bool) -> None:
    """Move `converted` to `entry` in one rename. A `damaged` entry, one that would not load,
    is moved aside into `staging` first. Where another run renamed its own conversion into
    place first, or the folder cannot be written, the entry is left as it is: this run has its
    model loaded already."""
    if damaged:
        with contextlib.suppress(OSError):  # another run moved it first
            os.rename(entry, staging / "damaged")
    try:
        os.rename(converted, entry)
    except OSError as exc:
        if not entry.is_dir():
            warnings.warn(
                f"cannot keep the converted encoder in {entry} ({exc})",
                RuntimeWarning,
                stacklevel=3,
            )


def _remove_stale(models_dir: Path) -> None:
    """Temporary conversion folders left by runs killed while converting."""
    cutoff = time.time() - STALE_SECONDS
    for leftover in models_dir.glob(".tmp-*"):
        try:
            if leftover.stat().st_mtime < cutoff:
                shutil.rmtree(leftover, ignore_errors=True)
        except OSError:
            pass
