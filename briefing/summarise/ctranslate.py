"""The int8 sentence encoder on CTranslate2, for CPUs: a plain BERT checkpoint in C++ kernels.

CTranslate2 quantises each token's activations with a scale of its own, as `quantise.Int8Linear`
does, so a sentence's vector still does not depend on the batch it is in; and it runs each
layer's scaling, softmax, GELU and norms as fused C++ loops where torch makes a pass over memory
for each. The sentences of 300 BBC articles, two batches at a time on two cores, took 11.7-11.9
CPU seconds against 13.2-13.3 with `Int8Linear` (medians of five encodings in each of two
alternated processes); whole cold runs of 1,000 articles 33.2-33.3 s against 36.6-37.1 s
(docs/performance.md).

The checkpoint is converted when the model loads, from the safetensors file into CTranslate2's
own format (weights in int8 with a scale per output row, as `Int8Linear` stores them), written to
a temporary folder and read back: about 0.3 s, most of it quantising the weights. Nothing is
downloaded and nothing is kept on disk.

Where CTranslate2 is not installed, `quantise.Int8Linear` runs int8 in torch instead.
"""

from __future__ import annotations

import os
import tempfile
from importlib import util
from pathlib import Path
from typing import Any

import numpy as np

from .runtime import cpu_flags

# CTranslate2 picks its AVX2 kernels on this project's AMD EPYC though the CPU has AVX-512 (its
# log, CT2_VERBOSE=1, says both). With AVX-512 asked for, the sentences of 100 BBC articles took
# 3.38-3.46 s against 3.91-4.16 s with AVX2 (one core, five runs each). So AVX-512 is asked for
# wherever the CPU has it; a value the user sets wins.
ISA_VARIABLE = "CT2_FORCE_CPU_ISA"
AVX512_FLAGS = frozenset({"avx512f", "avx512bw", "avx512dq", "avx512vl"})


def available() -> bool:
    """Whether CTranslate2 is installed (checked without importing it)."""
    return util.find_spec("ctranslate2") is not None


def prefer_avx512() -> None:
    """Ask CTranslate2 for its AVX-512 kernels where the CPU has AVX-512 and the user chose none.
    CTranslate2 reads the variable when it first runs a model, not when it is imported."""
    if ISA_VARIABLE not in os.environ and cpu_flags() >= AVX512_FLAGS:
        os.environ[ISA_VARIABLE] = "AVX512"


class Int8BertEncoder:
    """A plain BERT checkpoint in int8 on CTranslate2: token ids in, sentence vectors out."""

    def __init__(
        self, folder: Path, config: dict[str, Any], vocabulary: dict[str, int], lanes: int
    ) -> None:
        """`vocabulary`: the tokenizer's, {token: id}; ids are what the model is given."""
        import ctranslate2

        prefer_avx512()
        spec = _model_spec(folder, config, vocabulary)
        with tempfile.TemporaryDirectory(prefix="briefing-ct2-") as converted:
            spec.save(converted)
            # One batch per lane at a time, each on one core (as `runtime.run_in_lanes` runs
            # torch). The files are read in full here, before the folder goes.
            self.model = ctranslate2.Encoder(
                converted, device="cpu", compute_type="int8", inter_threads=lanes, intra_threads=1
            )

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


def _model_spec(folder: Path, config: dict[str, Any], vocabulary: dict[str, int]) -> Any:
    """CTranslate2's description of the checkpoint, its weights quantised to int8; laid out as
    CTranslate2's own converter lays out transformers' BertModel (no pooler: it is not used)."""
    from ctranslate2.specs import common_spec, transformer_spec
    from safetensors.numpy import load_file

    from .bert import WEIGHTS

    weights = {k.removeprefix("bert."): v for k, v in load_file(folder / WEIGHTS).items()}
    encoder = transformer_spec.TransformerEncoderSpec(
        config["num_hidden_layers"],
        config["num_attention_heads"],
        pre_norm=False,
        activation=common_spec.Activation.GELU,
        layernorm_embedding=True,
        num_source_embeddings=2,  # words and token types, added
        embeddings_merge=common_spec.EmbeddingsMerge.ADD,
    )
    spec = transformer_spec.TransformerEncoderModelSpec(encoder)
    encoder.scale_embeddings = False
    encoder.embeddings[0].weight = weights["embeddings.word_embeddings.weight"]
    encoder.embeddings[1].weight = weights["embeddings.token_type_embeddings.weight"]
    encoder.position_encodings.encodings = weights["embeddings.position_embeddings.weight"]
    _norm(encoder.layernorm_embedding, weights, "embeddings.LayerNorm")
    for n, layer in enumerate(encoder.layer):
        theirs = f"encoder.layer.{n}."
        qkv = [f"{theirs}attention.self.{name}" for name in ("query", "key", "value")]
        fused = layer.self_attention.linear[0]  # query, key and value as one product
        fused.weight = np.concatenate([weights[f"{k}.weight"] for k in qkv])
        fused.bias = np.concatenate([weights[f"{k}.bias"] for k in qkv])
        _linear(layer.self_attention.linear[1], weights, f"{theirs}attention.output.dense")
        _norm(layer.self_attention.layer_norm, weights, f"{theirs}attention.output.LayerNorm")
        _linear(layer.ffn.linear_0, weights, f"{theirs}intermediate.dense")
        _linear(layer.ffn.linear_1, weights, f"{theirs}output.dense")
        _norm(layer.ffn.layer_norm, weights, f"{theirs}output.LayerNorm")
    tokens = _tokens(vocabulary, config["vocab_size"])
    spec.register_vocabulary(tokens)
    spec.config.unk_token = "[UNK]" if "[UNK]" in tokens else tokens[0]
    spec.config.layer_norm_epsilon = config.get("layer_norm_eps", 1e-12)
    spec.validate()
    spec.optimize(quantization="int8")
    return spec


def _linear(spec: Any, weights: dict[str, np.ndarray], name: str) -> None:
    spec.weight, spec.bias = weights[f"{name}.weight"], weights[f"{name}.bias"]


def _norm(spec: Any, weights: dict[str, np.ndarray], name: str) -> None:
    spec.gamma, spec.beta = weights[f"{name}.weight"], weights[f"{name}.bias"]


def _tokens(vocabulary: dict[str, int], size: int) -> list[str]:
    """The tokens by id, one per embedding row, as CTranslate2 wants them. It is given ids, so
    they serve only as names: an id the tokenizer lacks gets a placeholder."""
    tokens = [f"<unused_{i}>" for i in range(size)]
    for token, i in vocabulary.items():
        if 0 <= i < size:
            tokens[i] = token
    return tokens
