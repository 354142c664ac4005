"""The sentence encoder: the plain-torch BERT, token-budget batches and reduced precision."""

import numpy as np
import pytest

from briefing.config import Settings
from briefing.errors import ConfigError
from briefing.summarise import encoder as encoder_module
from briefing.summarise.encoder import SentenceEncoder, token_batches

SENTENCES = [
    "Ministers agreed a £2bn plan on Monday to strengthen flood defences along the east coast.",
    "Critics said the money falls short.",
    "Work starts in March and should finish by 2029, the Environment Agency said.",
    "Stocks fell.",
    "Dr. Jane Hill of the University of East Anglia said at least £5bn was needed to protect "
    "the coast, adding that the plan ignored the worst-hit villages in north Norfolk entirely.",
]


@pytest.mark.parametrize(
    ("lengths", "budget", "expected"),
    [
        ([3, 3, 3, 3], 6, [(0, 2), (2, 4)]),
        ([2, 2, 5, 9], 10, [(0, 2), (2, 3), (3, 4)]),
        ([50], 10, [(0, 1)]),  # a text longer than the budget still gets a batch of its own
        ([1, 1, 1, 1, 1], 100, [(0, 5)]),
    ],
)
def test_token_batches_cover_every_text_within_the_budget(lengths, budget, expected):
    batches = token_batches(np.array(lengths), budget)
    assert [(b.start, b.stop) for b in batches] == expected


def test_token_batches_cap_the_rows():
    batches = token_batches(np.ones(10, dtype=int), budget=1000, max_rows=4)
    assert [b.stop - b.start for b in batches] == [4, 4, 2]


@pytest.mark.slow
def test_lanes_give_each_sentence_the_vector_one_lane_gives():
    """Batches run side by side on a CPU's cores; each sentence gets the vector it gets when the
    batches run one after another on one core: a batch is computed the same way on any thread."""
    import torch

    encoder = SentenceEncoder(precision="float32", tokens_per_batch=64)
    assert encoder.lanes == encoder_module.configure_threads()
    encoder.lanes = 2
    side_by_side = encoder.encode(SENTENCES * 3)
    threads = torch.get_num_threads()
    encoder.lanes = 1
    torch.set_num_threads(1)
    try:
        one_after_another = encoder.encode(SENTENCES * 3)
    finally:
        torch.set_num_threads(threads)
    assert np.array_equal(side_by_side, one_after_another)


@pytest.mark.slow
def test_batched_padded_encoding_matches_one_sentence_at_a_time():
    """Length-sorted, token-budgeted batches give each sentence the embedding it has alone."""
    import torch

    from briefing.summarise.encoder import _load_with_transformers, resolve_encoder

    batched = SentenceEncoder(precision="float32").encode(SENTENCES)
    tokenizer, model = _load_with_transformers(resolve_encoder(None))
    tokenizer.no_padding()  # the packaged tokenizer.json pads to 128: one sentence needs none
    for row, sentence in enumerate(SENTENCES):
        ids = torch.tensor([tokenizer.encode(sentence).ids])
        with torch.inference_mode():
            hidden = model(input_ids=ids, attention_mask=torch.ones_like(ids)).last_hidden_state
        alone = torch.nn.functional.normalize(hidden.mean(1), dim=-1)[0].numpy()
        assert np.allclose(batched[row], alone, atol=1e-5)


@pytest.mark.slow
@pytest.mark.parametrize("precision", ["bfloat16", "int8"])
def test_reduced_precision_stays_close_to_float32(precision):
    reference = SentenceEncoder(precision="float32").encode(SENTENCES)
    reduced = SentenceEncoder(precision=precision)
    if reduced.precision != precision:
        pytest.skip(f"{precision} is not supported natively on this machine")
    vectors = reduced.encode(SENTENCES)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-3)
    similarity = (vectors * reference).sum(1)
    # int8: least cosine 0.988 on the sentences of 100 BBC articles (quantise.py)
    assert similarity.min() > (0.99 if precision == "bfloat16" else 0.98)
    # Meaning survives: the flood sentences stay closer to each other than to the markets.
    assert vectors[0] @ vectors[2] > vectors[0] @ vectors[3]


@pytest.mark.slow
@pytest.mark.parametrize("precision", ["bfloat16", "int8"])
def test_embedding_does_not_depend_on_the_batch(precision):
    """A sentence's vector alone is its vector in a batch, so a memo does not depend on the other
    articles in the folder. int8's scale is per token and its sums are exact, but attention over
    a padded batch adds in another order, and a last-bit difference can tip a rounding to int8:
    1 - cosine up to 6.5e-4 here with attention written out (bfloat16: 2.5e-5; one int8 scale
    per batch gave over 1e-3). On the 1,423 sentences of 100 BBC articles, each article alone
    against all together: 740 come out bit-identical, the mean is 8.4e-6 and the largest 3.0e-3
    (torch's fused attention: 563, 1.5e-4 and 3.4e-3). What counts is the picks: 1 of those 100
    articles changes them, as with the fused attention (benchmarks/batch_dependence.py)."""
    encoder = SentenceEncoder(precision=precision)
    if encoder.precision != precision:
        pytest.skip(f"{precision} is not supported natively on this machine")
    batched = encoder.encode(SENTENCES)
    for row in range(len(SENTENCES)):
        alone = encoder.encode(SENTENCES[row : row + 1])[0]
        assert 1.0 - float(alone @ batched[row]) < (1e-4 if precision == "bfloat16" else 1e-3)


@pytest.mark.slow
def test_unsupported_precision_falls_back_to_float32_with_a_warning(monkeypatch):
    monkeypatch.setattr(encoder_module, "bfloat16_supported", lambda device: False)
    encoder_module._load.cache_clear()
    with pytest.warns(RuntimeWarning, match="'bfloat16' is not supported natively"):
        encoder = SentenceEncoder(precision="bfloat16")
    encoder_module._load.cache_clear()
    assert encoder.precision == "float32"


def test_unknown_precision_is_a_settings_error():
    with pytest.raises(ConfigError, match=r"unknown precision 'fp8'; choose from auto, float32"):
        Settings(precision="fp8")


def test_unknown_precision_on_the_command_line_is_a_usage_error(cli, article_file):
    result = cli("make", str(article_file), "--precision", "fp8")
    assert result.exit_code == 2
    assert "unknown precision 'fp8'" in result.output
