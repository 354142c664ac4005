"""Int8 linear layers with a scale per token: close to float32, and each row on its own."""

import pytest
import torch
from torch import nn

from briefing.summarise import encoder as encoder_module
from briefing.summarise import quantise
from briefing.summarise.quantise import Int8Linear, int8_matmul_works, quantise_linears


def _linear(inputs: int, outputs: int, bias: bool = True) -> nn.Linear:
    torch.manual_seed(0)
    return nn.Linear(inputs, outputs, bias=bias)


def test_int8_product_is_close_to_float32():
    linear = _linear(64, 48)
    x = torch.randn(3, 10, 64)
    expected = linear(x).detach()
    got = Int8Linear(linear)(x)
    assert got.shape == expected.shape == (3, 10, 48)
    assert got.dtype == torch.float32
    # Two roundings to 1/254 of a row's range: a small error, relative to the output's size.
    error = (got - expected).norm() / expected.norm()
    assert 0 < error < 0.02


def test_a_row_comes_out_the_same_alone_as_in_any_batch():
    """What makes int8 safe as a default: a token's scale is its own, and integer sums are exact,
    so a sentence's vector does not depend on what else is in the batch."""
    layer = Int8Linear(_linear(32, 16))
    torch.manual_seed(1)
    batch = torch.randn(40, 32)
    batch[7] *= 100  # one loud row: with a scale per batch it would coarsen all the others
    together = layer(batch)
    for row in (0, 7, 39):
        assert torch.equal(layer(batch[row : row + 1]), together[row : row + 1])
    assert torch.equal(layer(batch[10:20]), together[10:20])


def test_a_row_of_zeros_stays_zero_plus_bias():
    linear = _linear(8, 4)
    out = Int8Linear(linear)(torch.zeros(2, 8))
    assert torch.allclose(out, linear.bias.detach().expand(2, 4))
    assert torch.isfinite(out).all()


def test_weights_are_int8_with_a_scale_per_output_row():
    linear = _linear(16, 4, bias=False)
    with torch.no_grad():
        linear.weight[2] *= 50  # a row with a much larger range keeps its own scale
    layer = Int8Linear(linear)
    assert layer.weight_t.dtype == torch.int8
    assert layer.weight_t.shape == (16, 4)
    assert layer.weight_t.abs().amax(dim=0).tolist() == [127, 127, 127, 127]
    assert layer.bias is None
    restored = layer.weight_t.t().float() * layer.weight_scale[:, None]
    assert torch.allclose(restored, linear.weight.detach(), atol=layer.weight_scale.max().item())


def test_quantise_linears_replaces_every_linear_and_nothing_else():
    torch.manual_seed(0)
    model = nn.Sequential(
        nn.Linear(12, 24), nn.GELU(), nn.Sequential(nn.LayerNorm(24), nn.Linear(24, 6))
    )
    x = torch.randn(5, 12)
    expected = model(x).detach()
    assert quantise_linears(model) is model
    kinds = [type(m).__name__ for m in model.modules()]
    assert kinds.count("Int8Linear") == 2
    assert "Linear" not in kinds
    assert "LayerNorm" in kinds and "GELU" in kinds
    assert torch.allclose(model(x), expected, atol=0.05)


def test_int8_is_unsupported_without_an_int8_product(monkeypatch):
    monkeypatch.delattr(torch, "_int_mm")
    int8_matmul_works.cache_clear()
    try:
        assert not int8_matmul_works()
        assert not quantise.int8_is_fast()
        assert not encoder_module.int8_supported("cpu")
    finally:
        monkeypatch.undo()
        int8_matmul_works.cache_clear()
    assert int8_matmul_works() == hasattr(torch, "_int_mm")


def test_int8_is_cpu_only():
    assert not encoder_module.int8_supported("cuda")
    assert not encoder_module.int8_supported("mps")


@pytest.mark.parametrize(
    ("int8_fast", "bfloat16", "device", "expected"),
    [
        (True, True, "cpu", "int8"),
        (False, True, "cpu", "bfloat16"),
        (False, False, "cpu", "float32"),
        (True, True, "mps", "float32"),
    ],
)
def test_auto_precision_prefers_int8_then_bfloat16_and_never_warns(
    monkeypatch, recwarn, int8_fast, bfloat16, device, expected
):
    monkeypatch.setattr(quantise, "int8_is_fast", lambda: int8_fast)
    monkeypatch.setattr(encoder_module, "bfloat16_supported", lambda d: bfloat16 and d == "cpu")
    assert encoder_module._usable_precision("auto", device) == expected
    assert not [w for w in recwarn if issubclass(w.category, RuntimeWarning)]


def _reference_int8(layer: Int8Linear, x: torch.Tensor) -> torch.Tensor:
    """The product written plainly: each row scaled by its largest magnitude, int8 sums,
    float32 out. What the layer computes with fewer passes over memory."""
    rows = x.reshape(-1, layer.in_features).float()
    peak = rows.abs().amax(dim=-1, keepdim=True).clamp(min=1e-12)
    quantised = torch.round(rows * (peak.reciprocal() * 127)).to(torch.int8)
    sums = torch._int_mm(quantised, layer.weight_t).float()
    out = sums * (peak / 127) * layer.weight_scale + layer.bias
    return out.view(*x.shape[:-1], layer.out_features)


@pytest.mark.parametrize("scratch", [False, True])
def test_the_layer_is_bit_for_bit_the_plain_product(scratch):
    layer = Int8Linear(_linear(48, 40), scratch_input=scratch)
    torch.manual_seed(2)
    x = torch.randn(3, 17, 48)
    x[0, 3] = -x[0, 3].abs() * 9  # a row whose largest magnitude is negative
    expected = _reference_int8(layer, x)
    kept = x.clone()
    got = layer(x)
    assert torch.equal(got, expected)
    # A scratch input is written over; any other input is left as it was.
    assert torch.equal(x, kept) is not scratch


def test_quantise_linears_lets_a_module_name_its_scratch_inputs():
    class Block(nn.Module):
        SCRATCH_INPUTS = ("down",)

        def __init__(self) -> None:
            super().__init__()
            self.up, self.down = nn.Linear(8, 16), nn.Linear(16, 8)

    block = quantise_linears(Block())
    assert block.down.scratch_input and not block.up.scratch_input
    assert not quantise_linears(nn.Sequential(nn.Linear(4, 4)))[0].scratch_input
