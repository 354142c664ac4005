"""The sentence encoder: transformers' AutoModel, token-budget batches and reduced precision."""

import numpy as np
import pytest

from briefing.config import Settings
from briefing.encoder import sentences as encoder_module
from briefing.encoder.sentences import SentenceEncoder, token_batches
from briefing.errors import ConfigError

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

    from briefing.encoder.sentences import _load_with_transformers, resolve_encoder

    batched = SentenceEncoder(precision="float32").encode(SENTENCES)
    tokenizer, model, _ = _load_with_transformers(resolve_encoder(None))
    tokenizer.no_padding()  # the packaged tokenizer.json pads to 128: one sentence needs none
    for row, sentence in enumerate(SENTENCES):
        ids = torch.tensor([tokenizer.encode(sentence).ids])
        with torch.inference_mode():
            hidden = model(input_ids=ids, attention_mask=torch.ones_like(ids)).last_hidden_state
        alone = torch.nn.functional.normalize(hidden.mean(1), dim=-1)[0].numpy()
        assert np.allclose(batched[row], alone, atol=1e-5)


@pytest.mark.slow
def test_float32_runs_the_packaged_encoder_through_transformers_and_keeps_meaning():
    encoder = SentenceEncoder(precision="float32")
    assert (encoder.runtime.backend, encoder.precision) == ("torch", "float32")
    assert type(encoder.runtime.embed.model).__name__ == "BertModel"
    floods, paraphrase, football, markets = encoder.encode(
        [
            "The government announced new money for flood defences on the coast.",
            "Ministers pledged funding to protect coastal homes from flooding.",
            "The striker scored twice in the second half to win the cup final.",
            "Shares fell sharply in early trading in London.",
        ]
    )
    for vector in (floods, paraphrase, football, markets):
        assert abs(float(np.linalg.norm(vector)) - 1.0) < 1e-5
    assert floods @ paraphrase > 0.6
    assert floods @ paraphrase > max(floods @ football, floods @ markets) + 0.4
    assert football @ markets < 0.3


@pytest.mark.parametrize("precision", ["float32", "bfloat16"])
def test_a_checkpoint_stored_in_float16_runs_at_the_precision_asked_for(
    tiny_bert, tmp_path, precision, recwarn
):
    import shutil

    import torch
    from safetensors.torch import load_file, save_file

    folder = tmp_path / "model"
    shutil.copytree(tiny_bert, folder)
    weights = load_file(folder / "model.safetensors")
    save_file({k: v.half() for k, v in weights.items()}, folder / "model.safetensors")
    encoder = SentenceEncoder(str(folder), precision=precision, device="cpu")
    if encoder.precision != precision:
        pytest.skip(f"{precision} is not supported natively on this machine")
    assert encoder.runtime.embed.model.dtype == getattr(torch, precision)
    assert encoder.encode(SENTENCES).shape == (len(SENTENCES), 32)


@pytest.mark.slow
def test_int8_once_converted_starts_without_transformers(cache_dir):
    """transformers (a few CPU seconds to import and load with) is needed to convert only."""
    import subprocess
    import sys
    from pathlib import Path

    code = (
        "import sys\n"
        "from briefing.config import Settings\n"
        "from briefing.encoder.sentences import SentenceEncoder\n"
        "encoder = SentenceEncoder.from_settings(Settings(precision='int8'))\n"
        "encoder.encode(['Ministers agreed a plan.'])\n"
        "print(encoder.runtime.backend, any(m.startswith('transformers') for m in sys.modules))\n"
    )
    root = Path(__file__).resolve().parent.parent

    def run() -> str:
        command = [sys.executable, "-c", code]
        done = subprocess.run(command, cwd=root, capture_output=True, text=True, check=True)
        return done.stdout.strip()

    assert run() == "ctranslate2 True"  # converting
    assert len(list((cache_dir / "models").iterdir())) == 1
    assert run() == "ctranslate2 False"


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
    # int8: least cosine 0.988 on the sentences of 100 BBC articles (docs/evaluation.md)
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
    encoder_module.forget_loaded()
    with pytest.warns(RuntimeWarning, match="'bfloat16' is not supported natively"):
        encoder = SentenceEncoder(precision="bfloat16")
    encoder_module.forget_loaded()
    assert encoder.precision == "float32"


def test_unknown_precision_is_a_settings_error():
    with pytest.raises(ConfigError, match=r"unknown precision 'fp8'; choose from auto, float32"):
        Settings(precision="fp8")


def test_unknown_precision_on_the_command_line_is_a_usage_error(cli, article_file):
    result = cli("make", str(article_file), "--precision", "fp8")
    assert result.exit_code == 2
    assert "unknown precision 'fp8'" in result.output
