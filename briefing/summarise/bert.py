"""A plain BERT encoder in a few lines of torch, for fast start-up.

transformers' BERT is the reference, and every encoder can still be loaded through it. But its
modelling code pulls in `torch._dynamo`, `torch.distributed.tensor` and scipy: loading the packaged
encoder took 3.5 s through transformers and takes 1.2 s here, torch's own import included (one
run each on this project's 2-core machine); the 2.3 s saved is about what encoding 70 BBC
articles takes in bfloat16. A plain BERT checkpoint (the packaged all-MiniLM-L6-v2 is one) is a
few matrix products, so it is run here instead: the same weights and, in float32, the same
arithmetic (tests compare the hidden states with transformers'), with torch's
`scaled_dot_product_attention`. In bfloat16 the sums come out in another order (on writers_dev,
108 of 109 articles keep float32's picks, against 109 through transformers).
Anything else (another architecture, relative positions, another activation, no safetensors
file) goes through transformers.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import torch
import torch.nn.functional as F
from torch import nn

WEIGHTS = "model.safetensors"
TOKENIZER = "tokenizer.json"


def plain_bert_config(folder: Path) -> dict[str, Any] | None:
    """The folder's config if this module can run it exactly, else None."""
    try:
        config = json.loads((folder / "config.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    plain = (
        isinstance(config, dict)
        and config.get("model_type") == "bert"
        and config.get("position_embedding_type", "absolute") == "absolute"
        and config.get("hidden_act") == "gelu"
        and not config.get("is_decoder")  # a causal mask, or cross-attention: not plain
        and not config.get("add_cross_attention")
        and (folder / WEIGHTS).is_file()
        and (folder / TOKENIZER).is_file()
    )
    return config if plain else None


class NotPlainBert(ValueError):
    """The checkpoint is not laid out as a plain BERT's after all: load it with transformers."""


class _Layer(nn.Module):
    """One transformer layer: self-attention, then the feed-forward block, each post-norm."""

    # Linear layers whose input is a temporary read by nothing else (see quantise_linears).
    SCRATCH_INPUTS = ("attention_out", "output")

    def __init__(self, hidden: int, heads: int, intermediate: int, eps: float, device: str) -> None:
        super().__init__()
        self.heads = heads
        # Query, key and value as one product: one larger matrix multiply instead of three.
        self.qkv = nn.Linear(hidden, 3 * hidden, device=device)
        self.attention_out = nn.Linear(hidden, hidden, device=device)
        self.attention_norm = nn.LayerNorm(hidden, eps=eps, device=device)
        self.intermediate = nn.Linear(hidden, intermediate, device=device)
        self.output = nn.Linear(intermediate, hidden, device=device)
        self.output_norm = nn.LayerNorm(hidden, eps=eps, device=device)

    def forward(self, x: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
        rows, width, hidden = x.shape
        qkv = self.qkv(x).view(rows, width, 3, self.heads, hidden // self.heads)
        query, key, value = qkv.permute(2, 0, 3, 1, 4)
        context = attention(query, key, value, mask)
        context = context.transpose(1, 2).reshape(rows, width, hidden)
        x = self.attention_norm(x + self.attention_out(context))
        # GELU in place: the product is a new tensor, and a fresh one for GELU's output would
        # not be in the CPU's caches.
        inner = torch.ops.aten.gelu_(self.intermediate(x))
        return self.output_norm(x + self.output(inner))


# Batches up to this many tokens wide get attention written out, as two products and a softmax,
# in float32 (int8 runs attention in float32 too). torch's fused kernel is tuned for long
# sequences: at news sentences' 16-64 tokens it took 2-3.5 times as long (batches of 1,024
# tokens, 12 heads of 32), at 128 tokens it was the faster. For the sentences of 100 BBC articles
# int8 took 2.44 s against 2.63 s, float32 5.87 s against 6.11 s (benchmarks/attention_speed.py).
# In bfloat16 the fused kernel keeps its sums in float32: kept there.
_WRITTEN_OUT_UP_TO = 96


def attention(
    query: torch.Tensor, key: torch.Tensor, value: torch.Tensor, mask: torch.Tensor
) -> torch.Tensor:
    """Softmax attention; `mask` is added to the scores (0 for a real token, -inf for padding)."""
    width = key.shape[-2]
    if width > _WRITTEN_OUT_UP_TO or query.dtype != torch.float32:
        return F.scaled_dot_product_attention(query, key, value, attn_mask=mask)
    scores = torch.matmul(query, key.transpose(-1, -2)).mul_(query.shape[-1] ** -0.5)
    return torch.matmul(torch.softmax(scores.add_(mask), dim=-1), value)


class PlainBert(nn.Module):
    """BERT's embeddings and encoder layers (no pooler): ids and mask in, hidden states out.

    Built on the "meta" device (shapes only, no random initialisation); `load_checkpoint` then
    puts the real weights in place.
    """

    def __init__(self, config: dict[str, Any], device: str = "meta") -> None:
        super().__init__()
        hidden, eps = config["hidden_size"], config.get("layer_norm_eps", 1e-12)
        vocab, positions = config["vocab_size"], config["max_position_embeddings"]
        types = config.get("type_vocab_size", 2)
        self.word_embeddings = _embedding(vocab, hidden, device)
        self.position_embeddings = _embedding(positions, hidden, device)
        self.token_type_embeddings = _embedding(types, hidden, device)
        self.embedding_norm = nn.LayerNorm(hidden, eps=eps, device=device)
        heads, intermediate = config["num_attention_heads"], config["intermediate_size"]
        self.layers = nn.ModuleList(
            _Layer(hidden, heads, intermediate, eps, device)
            for _ in range(config["num_hidden_layers"])
        )

    def forward(self, ids: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
        positions = torch.arange(ids.shape[1], device=ids.device)
        x = self.word_embeddings(ids) + self.position_embeddings(positions)
        x = self.embedding_norm(x + self.token_type_embeddings.weight[0])
        # Every query may look at every real token: 0 added to its score, -inf to padding's.
        attend = torch.zeros(mask.shape, dtype=x.dtype, device=x.device)
        attend = attend.masked_fill_(~mask.bool(), float("-inf"))[:, None, None, :]
        for layer in self.layers:
            x = layer(x, attend)
        return x

    def load_checkpoint(self, weights: dict[str, torch.Tensor]) -> PlainBert:
        """Copy a BertModel checkpoint's tensors in (a task model's `bert.` prefix is dropped)."""
        weights = {k.removeprefix("bert."): v for k, v in weights.items()}
        own = {
            "word_embeddings.weight": "embeddings.word_embeddings.weight",
            "position_embeddings.weight": "embeddings.position_embeddings.weight",
            "token_type_embeddings.weight": "embeddings.token_type_embeddings.weight",
            "embedding_norm.weight": "embeddings.LayerNorm.weight",
            "embedding_norm.bias": "embeddings.LayerNorm.bias",
        }
        for n in range(len(self.layers)):
            theirs, mine = f"encoder.layer.{n}.", f"layers.{n}."
            for part in ("weight", "bias"):
                own[f"{mine}attention_out.{part}"] = f"{theirs}attention.output.dense.{part}"
                own[f"{mine}attention_norm.{part}"] = f"{theirs}attention.output.LayerNorm.{part}"
                own[f"{mine}intermediate.{part}"] = f"{theirs}intermediate.dense.{part}"
                own[f"{mine}output.{part}"] = f"{theirs}output.dense.{part}"
                own[f"{mine}output_norm.{part}"] = f"{theirs}output.LayerNorm.{part}"
                own[f"{mine}qkv.{part}"] = [
                    f"{theirs}attention.self.{name}.{part}" for name in ("query", "key", "value")
                ]
        state = {
            mine: torch.cat([weights[k] for k in theirs])
            if isinstance(theirs, list)
            else weights[theirs]
            for mine, theirs in own.items()
        }
        # float32 whatever the file holds: reduced precision is the encoder's choice, not the
        # checkpoint's (`assign` would keep a float16 file's tensors as they are).
        state = {name: tensor.float() for name, tensor in state.items()}
        self.load_state_dict(state, strict=True, assign=True)
        return self


def _embedding(rows: int, width: int, device: str) -> nn.Embedding:
    # Given its weight, nn.Embedding skips its random initialisation, which on "meta" tensors
    # imports torch._dynamo: a second of start-up for nothing.
    return nn.Embedding(rows, width, _weight=torch.empty(rows, width, device=device))


def load_plain_bert(folder: Path, config: dict[str, Any]) -> tuple[Any, PlainBert]:
    """The folder's tokenizer (the `tokenizers` library's) and its weights in a PlainBert."""
    from safetensors.torch import load_file
    from tokenizers import Tokenizer

    try:
        tokenizer = Tokenizer.from_file(str(folder / TOKENIZER))
        model = PlainBert(config).load_checkpoint(load_file(folder / WEIGHTS))
    except Exception as exc:
        # Tensors named otherwise, missing or of other shapes (KeyError, RuntimeError), a config
        # key missing, a file that will not read (SafetensorError, OSError, the tokenizers
        # library's bare Exception): transformers loads what it can, and says why it cannot.
        raise NotPlainBert(f"{folder}: {exc}") from exc
    return tokenizer, model
