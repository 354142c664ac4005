"""A BERT encoder in plain torch, loaded straight from a model folder's safetensors.

Why not transformers' AutoModel: importing transformers and building a model through it costs
about 2.5 s per process on a laptop core, more than encoding a dozen articles, and `briefing make`
is run as a fresh process every time. This is the same computation (post-LayerNorm BERT, absolute
positions, exact GELU) that `BertModel` does for an encoder-only checkpoint; a test checks that its
output matches transformers' to 1e-5. Anything else falls back to AutoModel (see `encoder.py`).
"""

from __future__ import annotations

import json
from pathlib import Path

import torch
from torch import nn
from torch.nn import functional

WEIGHTS = "model.safetensors"


def supports(folder: Path) -> bool:
    """True when `folder` holds a plain encoder-only BERT this module computes exactly."""
    try:
        config = json.loads((folder / "config.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return (
        (folder / WEIGHTS).is_file()
        and (folder / "tokenizer.json").is_file()
        and config.get("model_type") == "bert"
        and config.get("hidden_act") == "gelu"
        and config.get("position_embedding_type", "absolute") == "absolute"
        and not config.get("is_decoder", False)
        and not config.get("add_cross_attention", False)
    )


class _Layer(nn.Module):
    def __init__(self, hidden: int, heads: int, intermediate: int, eps: float) -> None:
        super().__init__()
        self.heads = heads
        # Query, key and value in one matrix: one GEMM instead of three.
        self.qkv = nn.Linear(hidden, 3 * hidden)
        self.attention_out = nn.Linear(hidden, hidden)
        self.attention_norm = nn.LayerNorm(hidden, eps=eps)
        self.intermediate = nn.Linear(hidden, intermediate)
        self.output = nn.Linear(intermediate, hidden)
        self.output_norm = nn.LayerNorm(hidden, eps=eps)

    def forward(self, states: torch.Tensor, keep: torch.Tensor) -> torch.Tensor:
        batch, length, hidden = states.shape
        qkv = self.qkv(states).view(batch, length, 3, self.heads, hidden // self.heads)
        query, key, value = qkv.permute(2, 0, 3, 1, 4).unbind(0)
        context = functional.scaled_dot_product_attention(query, key, value, attn_mask=keep)
        context = context.transpose(1, 2).reshape(batch, length, hidden)
        states = self.attention_norm(states + self.attention_out(context))
        inner = functional.gelu(self.intermediate(states))
        return self.output_norm(states + self.output(inner))


class BertEncoder(nn.Module):
    """Token ids and attention mask (batch, length) -> last hidden states (batch, length, dim)."""

    def __init__(self, config: dict) -> None:
        super().__init__()
        hidden, eps = config["hidden_size"], config.get("layer_norm_eps", 1e-12)
        self.hidden_size = hidden
        self.word = nn.Embedding(config["vocab_size"], hidden)
        self.position = nn.Embedding(config["max_position_embeddings"], hidden)
        self.token_type = nn.Embedding(config.get("type_vocab_size", 2), hidden)
        self.embedding_norm = nn.LayerNorm(hidden, eps=eps)
        self.layers = nn.ModuleList(
            _Layer(hidden, config["num_attention_heads"], config["intermediate_size"], eps)
            for _ in range(config["num_hidden_layers"])
        )

    def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor) -> torch.Tensor:
        length = input_ids.shape[1]
        positions = torch.arange(length, device=input_ids.device)
        states = self.word(input_ids) + self.position(positions) + self.token_type.weight[0]
        states = self.embedding_norm(states)
        # (batch, 1, 1, length): every query may attend to the real tokens only.
        keep = attention_mask.bool()[:, None, None, :]
        for layer in self.layers:
            states = layer(states, keep)
        return states


def load(folder: Path) -> BertEncoder:
    """The encoder in `folder` (config.json + model.safetensors), in eval mode on the CPU."""
    from safetensors.torch import load_file

    config = json.loads((folder / "config.json").read_text(encoding="utf-8"))
    model = BertEncoder(config)
    model.load_state_dict(_rename(load_file(str(folder / WEIGHTS)), len(model.layers)))
    return model.eval()


def _rename(weights: dict[str, torch.Tensor], layers: int) -> dict[str, torch.Tensor]:
    """transformers' parameter names -> this module's, with q, k and v stacked."""
    prefix = "bert." if any(k.startswith("bert.") for k in weights) else ""
    get = lambda name: weights[prefix + name]  # noqa: E731
    out = {
        "word.weight": get("embeddings.word_embeddings.weight"),
        "position.weight": get("embeddings.position_embeddings.weight"),
        "token_type.weight": get("embeddings.token_type_embeddings.weight"),
        "embedding_norm.weight": get("embeddings.LayerNorm.weight"),
        "embedding_norm.bias": get("embeddings.LayerNorm.bias"),
    }
    for n in range(layers):
        old, new = f"encoder.layer.{n}.", f"layers.{n}."
        for part in ("weight", "bias"):
            out[f"{new}qkv.{part}"] = torch.cat(
                [get(f"{old}attention.self.{name}.{part}") for name in ("query", "key", "value")]
            )
            out[f"{new}attention_out.{part}"] = get(f"{old}attention.output.dense.{part}")
            out[f"{new}attention_norm.{part}"] = get(f"{old}attention.output.LayerNorm.{part}")
            out[f"{new}intermediate.{part}"] = get(f"{old}intermediate.dense.{part}")
            out[f"{new}output.{part}"] = get(f"{old}output.dense.{part}")
            out[f"{new}output_norm.{part}"] = get(f"{old}output.LayerNorm.{part}")
    return out
