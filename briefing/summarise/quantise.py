"""Int8 linear layers with a scale per token, for the sentence encoder on CPUs, in torch.

The packaged encoder runs int8 on CTranslate2 (`ctranslate.py`), the same scheme in C++ kernels;
this runs it where CTranslate2 is not installed or cannot convert a checkpoint, and for encoders
that are not a plain BERT.

Each linear layer's weights are stored as int8 with a scale per output row. At run time every
input row (one token) gets a scale of its own, from its largest value; the product runs in
integers (`torch._int_mm`, oneDNN's VNNI kernels on x86), and the result is scaled back to
float32. Why this and not PyTorch's dynamic quantisation (`quantize_dynamic`, which shares one
activation scale across the whole batch):

- a token's output depends on that token alone: integer sums are exact, and the scaling is
  element by element, so a sentence's vector does not change with the other articles batched with
  it (with one scale per batch, 42 of 100 BBC articles changed their picks between being
  summarised alone and together; see docs/evaluation.md);
- it is closer to float32: cosine of 100 BBC articles' sentence vectors to float32's 0.997 on
  average, least 0.988, against 0.975 and 0.906 with one scale per batch;
- `quantize_dynamic` is deprecated, and this needs no other package.

The scaling passes read and write every activation once more, so they must stay in the CPU's
caches: the encoder keeps its batches to about 1,000 tokens (`encoder.TOKENS_PER_BATCH`), and the
passes write into memory already in use where they can rather than into new tensors. Three such
choices (the largest magnitude of a row as two reductions, the sums turned into float32 in their
own memory, and an input that is a temporary scaled in place) encode the sentences of 100 BBC
articles in 3.88-3.92 s against 4.12-4.35 s on one core, with bit-identical vectors (medians of
five encodings in each of three alternated processes; docs/performance.md).
"""

from __future__ import annotations

from functools import lru_cache

import torch
from torch import nn

_LEVELS = 127  # symmetric int8: -127..127, so that negating a value never overflows


class Int8Linear(nn.Module):
    """A drop-in for `nn.Linear` (float32 in, float32 out) whose product runs in int8."""

    def __init__(self, linear: nn.Linear, scratch_input: bool = False) -> None:
        super().__init__()
        # The model reads the input of this layer nowhere else (see `quantise_linears`), so its
        # scaling into int8 may be written over it.
        self.scratch_input = scratch_input
        weight = linear.weight.detach().float()
        scale = weight.abs().amax(dim=1).clamp(min=1e-12) / _LEVELS
        quantised = torch.round(weight / scale[:, None]).to(torch.int8)
        # Stored (out, in) and used transposed: `_int_mm` is fastest with its second operand
        # column-major.
        self.register_buffer("weight_t", quantised.t())
        self.register_buffer("weight_scale", scale)
        bias = linear.bias.detach().float() if linear.bias is not None else None
        self.register_buffer("bias", bias)
        self.in_features, self.out_features = linear.in_features, linear.out_features

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        rows = x.reshape(-1, self.in_features).float()
        # max(largest, -smallest): two reductions, where abs().amax() writes a new tensor first.
        largest, smallest = rows.amax(dim=-1, keepdim=True), rows.amin(dim=-1, keepdim=True)
        peak = torch.maximum(largest, smallest.neg_())
        scale = peak.clamp_(min=1e-12).reciprocal().mul_(_LEVELS)
        scaled = rows.mul_(scale) if self.scratch_input else torch.mul(rows, scale)
        sums = torch._int_mm(scaled.round_().to(torch.int8), self.weight_t)
        # float32 in the int32 sums' own memory (element for element, the same size).
        out = sums.view(torch.float32).copy_(sums)
        out.mul_(peak.div_(_LEVELS)).mul_(self.weight_scale)
        if self.bias is not None:
            out.add_(self.bias)
        return out.view(*x.shape[:-1], self.out_features)

    def extra_repr(self) -> str:
        return f"in_features={self.in_features}, out_features={self.out_features}"


def quantise_linears(model: nn.Module) -> nn.Module:
    """Every `nn.Linear` in `model` replaced, in place, by an `Int8Linear`; returns `model`.

    A module may name, in `SCRATCH_INPUTS`, the linear layers among its children whose input is
    a temporary it never reads again: those scale their input in place.
    """
    for module in list(model.modules()):
        scratch = getattr(module, "SCRATCH_INPUTS", ())
        for name, child in list(module.named_children()):
            if type(child) is nn.Linear:
                setattr(module, name, Int8Linear(child, scratch_input=name in scratch))
    return model


@lru_cache(maxsize=1)
def int8_matmul_works() -> bool:
    """Whether this torch can multiply int8 matrices on the CPU (`_int_mm`, torch 2.3 and later),
    checked on a small product against the exact one."""
    if not hasattr(torch, "_int_mm"):
        return False
    a = torch.arange(-40, 40, dtype=torch.int8).reshape(4, 20)
    b = torch.arange(60, dtype=torch.int8).reshape(3, 20).t()
    try:
        return bool(torch.equal(torch._int_mm(a, b), (a.int() @ b.int())))
    except RuntimeError:
        return False


def int8_is_fast() -> bool:
    """Int8 products beat bfloat16 where the CPU has VNNI (AVX512-VNNI or AVX-VNNI)."""
    probe = getattr(torch.cpu, "_is_vnni_supported", None)
    return bool(probe and probe()) and int8_matmul_works()
