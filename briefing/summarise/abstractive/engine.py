"""The abstractive engine: key points written by any Hugging Face seq2seq summariser.

BART, DistilBART, PEGASUS, T5/Flan-T5, LED, LongT5: loaded from a local folder or the local
Hugging Face cache (never downloaded here; see `briefing models pull`).

Long articles are map-reduced, never truncated: the chunker cuts each article between paragraphs
into pieces that fit the model's input (chunking.py), every piece of every article in the batch is
summarised in one length-sorted, dynamically padded pass (generate.py), and each article's partial
summaries are summarised again, in rounds, until one text remains. Its sentences are the key
points, followed by any partial-summary sentence it does not already say; repeats are dropped and
points that state names or numbers the article lacks are ranked last. Grounding (ground.py) gets
this engine's sentence encoder through `embed`, so every point is tied to its source by meaning as
well as by words.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

from ...config import Settings
from ...encoder.runtime import quiet_transformers, resolve_device
from ...encoder.sentences import SentenceEncoder
from ...errors import ConfigError, ModelError
from ...hub import model_type, resolve_model
from ...records import Document, Draft, EngineInfo, Summary
from ..points import distinct, grounded_first, split_points
from .chunking import Chunk, pack, plan_chunks
from .generate import GenerationSettings, generate_texts, generation_settings
from .prompts import prompt_for, render_prompt

MAX_REDUCE_ROUNDS = 6
# Models with relative positions have no hard limit: the input lengths they were trained on.
TRAINED_INPUT = {"longt5": 4096, "led": 16384}
DEFAULT_INPUT = 512


class AbstractiveEngine:
    def __init__(self, settings: Settings | None = None, encoder: SentenceEncoder | None = None):
        settings = settings or Settings()
        if not settings.model:
            raise ConfigError(
                "the abstractive engine needs a model: --model ID_OR_FOLDER "
                "(`briefing models` lists the ones on this machine)"
            )
        self.folder = resolve_model(settings.model)
        self.device = resolve_device(settings.device)
        self.tokenizer, self.model = load_seq2seq(self.folder, self.device)
        self.generation: GenerationSettings = generation_settings(self.model, settings)
        self.max_input = max_input_tokens(self.model, self.tokenizer, settings.max_input_tokens)
        task = (getattr(self.model.config, "task_specific_params", None) or {}).get(
            "summarization", {}
        )
        self.prompt = settings.prompt or prompt_for(
            model_type(self.folder), settings.model, task.get("prefix")
        )
        overhead = len(self.tokenizer(render_prompt(self.prompt, ""))["input_ids"])
        self.budget = self.max_input - overhead  # article tokens per chunk
        if self.budget < 16:
            raise ConfigError(
                f"the model reads {self.max_input} tokens and the prompt takes {overhead}: "
                "no room for the article; use a shorter prompt"
            )
        self.encoder = encoder or SentenceEncoder.from_settings(settings)
        self.info = EngineInfo(name="abstractive", model=settings.model)

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        """Sentence embeddings, for grounding and for spotting repeated points."""
        return self.encoder.encode(texts)

    def count_tokens(self, texts: Sequence[str]) -> list[int]:
        if not texts:
            return []
        encoded = self.tokenizer(list(texts), add_special_tokens=False)["input_ids"]
        return [len(ids) for ids in encoded]

    def plan(self, document: Document) -> list[Chunk]:
        """The chunks the model will read for `document`: every paragraph, in order."""
        return plan_chunks(document, self.count_tokens, self.budget)

    def summarise(self, documents: Sequence[Document], points: int) -> list[Summary]:
        plans = [self.plan(doc) for doc in documents]
        texts = [chunk.text for plan in plans for chunk in plan]
        outputs, cut = self.generate(texts)
        warnings: list[list[str]] = [[] for _ in documents]
        partials: list[list[str]] = []
        offset = 0
        for n, plan in enumerate(plans):
            partials.append(outputs[offset : offset + len(plan)])
            for i in cut:
                if offset <= i < offset + len(plan):
                    paragraphs = plan[i - offset].paragraphs
                    first, last = paragraphs[0], paragraphs[-1]
                    where = f"¶{first}" if first == last else f"¶{first}–{last}"
                    warnings[n].append(
                        f"{where} was longer than the model's input ({self.max_input} tokens) "
                        "and was cut"
                    )
            offset += len(plan)
        reduced = self._reduce(partials, warnings)
        summaries = []
        for n, doc in enumerate(documents):
            candidates = [p for text in reduced[n] for p in split_points(text)]
            if len(partials[n]) > 1:  # the reduce step may say less than the chunks did
                candidates += [p for text in partials[n] for p in split_points(text)]
            body = " ".join(p.text for p in doc.paragraphs)
            chosen = grounded_first(distinct(candidates, self.embed), body)[:points]
            summaries.append(
                Summary(points=tuple(Draft(text) for text in chosen), warnings=tuple(warnings[n]))
            )
        return summaries

    def generate(self, texts: Sequence[str]) -> tuple[list[str], list[int]]:
        """The model's output for each text (prompt applied), batched; and which inputs were cut."""
        prompts = [render_prompt(self.prompt, text) for text in texts]
        return generate_texts(
            self.model, self.tokenizer, prompts, self.generation, self.max_input, self.device
        )

    def _reduce(self, partials: list[list[str]], warnings: list[list[str]]) -> list[list[str]]:
        """Each article's partial summaries, summarised in rounds until one text is left.

        Every round batches the groups of all articles together. An article whose partials can no
        longer be merged (each already fills the input) keeps them as they are: nothing is lost.
        """
        current = [list(p) for p in partials]
        for _ in range(MAX_REDUCE_ROUNDS):
            jobs: list[tuple[int, str]] = []
            for n, texts in enumerate(current):
                texts = [t for t in texts if t]
                if len(texts) < 2:
                    continue
                groups = pack(self.count_tokens(texts), self.budget)
                if len(groups) == len(texts):
                    continue
                jobs += [(n, "\n".join(texts[i] for i in group)) for group in groups]
            if not jobs:
                break
            outputs, cut = self.generate([text for _, text in jobs])
            merged: dict[int, list[str]] = {}
            for (n, _), text in zip(jobs, outputs, strict=True):
                merged.setdefault(n, []).append(text)
            for i in cut:
                warnings[jobs[i][0]].append("partial summaries were cut to fit the model's input")
            for n, texts in merged.items():
                current[n] = texts
        return current


@lru_cache(maxsize=2)
def load_seq2seq(folder: Path, device: str) -> tuple[Any, Any]:
    """Tokenizer and model from a local folder, once per process, ready for inference."""
    quiet_transformers()
    import torch
    from transformers import AutoModelForSeq2SeqLM, AutoTokenizer

    # Half precision only where it is fast and safe: bf16 on CUDA (T5 overflows in fp16).
    dtype = torch.float32
    if device.startswith("cuda") and torch.cuda.is_bf16_supported():
        dtype = torch.bfloat16
    try:
        tokenizer = AutoTokenizer.from_pretrained(folder)
        try:
            model = AutoModelForSeq2SeqLM.from_pretrained(
                folder, attn_implementation="sdpa", dtype=dtype
            )
        except ValueError as exc:
            if "sdpa" not in str(exc).lower() and "scaled_dot_product" not in str(exc).lower():
                raise
            model = AutoModelForSeq2SeqLM.from_pretrained(folder, dtype=dtype)  # no SDPA support
    except ValueError as exc:
        raise ModelError(
            f"{folder} is not a sequence-to-sequence model the abstractive engine can run "
            f"({str(exc).splitlines()[0]})"
        ) from None
    except OSError as exc:
        raise ModelError(f"cannot load model {folder}: {str(exc).splitlines()[0]}") from None
    return tokenizer, model.to(device).eval()


def max_input_tokens(model: Any, tokenizer: Any, override: int | None = None) -> int:
    """How many tokens the model reads: its position table, the tokenizer's limit, or the user's."""
    if override:
        return override
    config = model.config
    limit = None
    for name in ("max_encoder_position_embeddings", "max_position_embeddings"):
        value = getattr(config, name, None)
        if isinstance(value, int) and value > 0:
            limit = value
            break
    declared = getattr(tokenizer, "model_max_length", None)
    if isinstance(declared, int) and 0 < declared < 1_000_000:
        limit = min(limit, declared) if limit else declared
    return limit or TRAINED_INPUT.get(getattr(config, "model_type", ""), DEFAULT_INPUT)
