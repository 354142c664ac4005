"""Generation: settings from the model's own config, and batched `generate()` with little padding.

Inputs are sorted by length and cut into batches by a token budget (rows x width x beams), each
padded only to its own longest row, and run under `torch.inference_mode()`. The common way (one
`generate()` per chunk, padded to the model's maximum) spends most of its time on padding and on
decoder steps that run one row at a time.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass, fields
from typing import Any

from ...config import Settings

# Used only when neither the model nor the user says: what summarisation checkpoints commonly ship.
FALLBACK = {
    "num_beams": 4,
    "max_new_tokens": 128,
    "no_repeat_ngram_size": 3,
    "early_stopping": True,
}
# Rows x padded width x beams per batch. Bounds the decoder's cross-attention cache, which grows
# with all three (DistilBART at 4 x 1024 x 4: about 0.8 GB in float32).
BATCH_TOKENS = {"cpu": 16_384, "mps": 32_768, "cuda": 131_072}
MAX_ROWS = 32


@dataclass(frozen=True)
class GenerationSettings:
    """Arguments for `generate()`; None means "not set" (the library default applies)."""

    num_beams: int | None = None
    max_new_tokens: int | None = None
    min_new_tokens: int | None = None
    max_length: int | None = None
    min_length: int | None = None
    no_repeat_ngram_size: int | None = None
    length_penalty: float | None = None
    early_stopping: bool | str | None = None

    def kwargs(self) -> dict[str, Any]:
        return {k: v for k, v in asdict(self).items() if v is not None}

    @property
    def beams(self) -> int:
        return self.num_beams or 1


def generation_settings(model: Any, settings: Settings) -> GenerationSettings:
    """The model's generation config, then T5's summarisation params, then the user's overrides."""
    names = [f.name for f in fields(GenerationSettings)]
    values: dict[str, Any] = {}
    own = model.generation_config
    for name in names:
        if getattr(own, name, None) is not None:
            values[name] = getattr(own, name)
    task = (getattr(model.config, "task_specific_params", None) or {}).get("summarization", {})
    values.update({k: v for k, v in task.items() if k in names})
    if "max_length" not in values and "max_new_tokens" not in values:
        values.update({k: v for k, v in FALLBACK.items() if k not in values})
    for name in ("num_beams", "no_repeat_ngram_size"):
        values.setdefault(name, FALLBACK[name])
    overrides = {
        "num_beams": settings.num_beams,
        "max_new_tokens": settings.max_new_tokens,
        "min_new_tokens": settings.min_new_tokens,
        "no_repeat_ngram_size": settings.no_repeat_ngram_size,
        "length_penalty": settings.length_penalty,
    }
    # A new-token limit from the user replaces the model's total-length limit, not adds to it.
    if settings.max_new_tokens is not None:
        values.pop("max_length", None)
    if settings.min_new_tokens is not None:
        values.pop("min_length", None)
    values.update({k: v for k, v in overrides.items() if v is not None})
    if values.get("num_beams", 1) == 1:
        values.pop("early_stopping", None)  # only meaningful for beam search
    return GenerationSettings(**values)


def length_batches(lengths: Sequence[int], budget: int, beams: int) -> list[list[int]]:
    """Indices grouped into batches of similar length, longest first, each within `budget`."""
    order = sorted(range(len(lengths)), key=lambda i: -lengths[i])
    batches: list[list[int]] = []
    for i in order:
        # Sorted longest first, so the first row of a batch sets its padded width.
        if batches and len(batches[-1]) < MAX_ROWS:
            width = lengths[batches[-1][0]]
            if (len(batches[-1]) + 1) * max(width, 1) * beams <= budget:
                batches[-1].append(i)
                continue
        batches.append([i])
    return batches


def generate_texts(
    model: Any,
    tokenizer: Any,
    texts: Sequence[str],
    generation: GenerationSettings,
    max_input: int,
    device: str,
) -> tuple[list[str], list[int]]:
    """Generated text for each input, in input order, and which inputs had to be cut to fit.

    Inputs longer than `max_input` tokens are cut at it (the chunker avoids this); the indices of
    any that were are returned so the caller can say so.
    """
    import torch

    if not texts:
        return [], []
    ids = tokenizer(list(texts), add_special_tokens=True)["input_ids"]
    cut = [i for i, row in enumerate(ids) if len(row) > max_input]
    for i in cut:
        ids[i] = ids[i][: max_input - 1] + ids[i][-1:]  # keep the closing special token
    budget = BATCH_TOKENS.get(device.split(":")[0], BATCH_TOKENS["cpu"])
    outputs: list[str] = [""] * len(texts)
    is_led = getattr(model.config, "model_type", "") == "led"
    with torch.inference_mode():
        for batch in length_batches([len(row) for row in ids], budget, generation.beams):
            padded = tokenizer.pad({"input_ids": [ids[i] for i in batch]}, return_tensors="pt")
            inputs = {k: v.to(device) for k, v in padded.items()}
            if is_led:
                # LED reads the whole input through local attention; the first token sees it all.
                inputs["global_attention_mask"] = torch.zeros_like(inputs["input_ids"])
                inputs["global_attention_mask"][:, 0] = 1
            generated = model.generate(**inputs, **generation.kwargs())
            decoded = tokenizer.batch_decode(generated, skip_special_tokens=True)
            for i, text in zip(batch, decoded, strict=True):
                outputs[i] = text.strip()
    return outputs, cut
