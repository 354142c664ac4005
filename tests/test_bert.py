"""The plain-torch BERT that runs the packaged encoder: the same numbers as transformers' BERT."""

import json
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from briefing.summarise.bert import NotPlainBert, PlainBert, load_plain_bert, plain_bert_config
from briefing.summarise.encoder import SentenceEncoder, resolve_encoder

from .test_encoder import SENTENCES
from .tiny_models import build_bert

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def tiny_bert(tmp_path_factory) -> Path:
    """A small BERT with random weights and the packaged encoder's tokenizer."""
    tokenizer = Path(resolve_encoder(None)) / "tokenizer.json"
    return build_bert(tmp_path_factory.mktemp("tiny-bert"), tokenizer)


def hidden_states(folder: Path, texts: list[str], dtype=None):
    """Both implementations' last hidden states for a padded batch, and its mask."""
    import torch
    from transformers import AutoModel

    dtype = dtype or torch.float32
    tokenizer, plain = load_plain_bert(folder, plain_bert_config(folder))
    tokenizer.no_padding()
    rows = [e.ids for e in tokenizer.encode_batch(texts)]
    width = max(map(len, rows))
    ids = torch.tensor([row + [0] * (width - len(row)) for row in rows])
    mask = torch.tensor([[1] * len(row) + [0] * (width - len(row)) for row in rows])
    reference = AutoModel.from_pretrained(folder).eval().to(dtype)
    with torch.inference_mode():
        theirs = reference(input_ids=ids, attention_mask=mask).last_hidden_state.float()
        mine = plain.eval().to(dtype)(ids, mask).float()
    return mine, theirs, mask.bool()


def test_a_bert_checkpoint_gives_transformers_numbers(tiny_bert):
    mine, theirs, real = hidden_states(tiny_bert, SENTENCES)
    assert mine.shape == theirs.shape
    assert (mine - theirs)[real].abs().max() < 1e-4
    assert theirs[real].std(0).mean() > 0.3  # tokens far apart: the match is not vacuous


def test_in_bfloat16_the_two_agree_to_bfloat16_precision(tiny_bert):
    import torch

    mine, theirs, real = hidden_states(tiny_bert, SENTENCES, torch.bfloat16)
    cosine = torch.nn.functional.cosine_similarity(mine[real], theirs[real], dim=-1)
    assert cosine.min() > 0.99


def test_a_checkpoint_stored_in_float16_runs_in_float32(tiny_bert, tmp_path):
    import torch
    from safetensors.torch import load_file, save_file

    folder = tmp_path / "model"
    shutil.copytree(tiny_bert, folder)
    half = {
        k: v.half() if v.is_floating_point() else v
        for k, v in load_file(folder / "model.safetensors").items()
    }
    save_file(half, folder / "model.safetensors", metadata={"format": "pt"})
    _, model = load_plain_bert(folder, plain_bert_config(folder))
    assert {p.dtype for p in model.parameters()} == {torch.float32}


def test_a_checkpoint_laid_out_otherwise_goes_to_transformers(tiny_bert, tmp_path):
    from safetensors.torch import load_file, save_file

    folder = tmp_path / "model"
    shutil.copytree(tiny_bert, folder)
    weights = load_file(folder / "model.safetensors")
    renamed = {k.replace("LayerNorm.weight", "LayerNorm.gamma"): v for k, v in weights.items()}
    save_file(renamed, folder / "model.safetensors", metadata={"format": "pt"})
    with pytest.raises(NotPlainBert, match=r"LayerNorm\.weight"):
        load_plain_bert(folder, plain_bert_config(folder))
    encoder = SentenceEncoder(str(folder), precision="float32")  # through transformers
    assert not isinstance(encoder.runtime.embed.forward, PlainBert)
    assert encoder.encode(SENTENCES).shape == (len(SENTENCES), 32)


@pytest.mark.slow
def test_the_packaged_encoder_gives_transformers_numbers():
    mine, theirs, real = hidden_states(Path(resolve_encoder(None)), SENTENCES)
    assert (mine - theirs)[real].abs().max() < 1e-4


def test_the_encoder_runs_a_plain_bert_folder_on_plain_bert(tiny_bert):
    encoder = SentenceEncoder(str(tiny_bert), precision="float32")
    assert isinstance(encoder.runtime.embed.forward, PlainBert)
    vectors = encoder.encode(SENTENCES)
    assert vectors.shape == (len(SENTENCES), 32)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)


@pytest.mark.parametrize(
    ("change", "remove"),
    [
        ({"model_type": "roberta"}, None),
        ({"position_embedding_type": "relative_key"}, None),
        ({"hidden_act": "gelu_new"}, None),
        ({"is_decoder": True}, None),
        ({"add_cross_attention": True}, None),
        ({}, "model.safetensors"),
        ({}, "tokenizer.json"),
    ],
)
def test_anything_but_a_plain_bert_is_left_to_transformers(tiny_bert, tmp_path, change, remove):
    folder = tmp_path / "model"
    shutil.copytree(tiny_bert, folder)
    config = json.loads((folder / "config.json").read_text(encoding="utf-8"))
    (folder / "config.json").write_text(json.dumps(config | change), encoding="utf-8")
    if remove:
        (folder / remove).unlink()
    assert plain_bert_config(folder) is None
    assert plain_bert_config(tiny_bert) is not None


def test_a_bert_with_another_activation_still_loads_through_transformers(tiny_bert, tmp_path):
    folder = tmp_path / "model"
    shutil.copytree(tiny_bert, folder)
    config = json.loads((folder / "config.json").read_text(encoding="utf-8"))
    (folder / "config.json").write_text(json.dumps(config | {"hidden_act": "gelu_new"}), "utf-8")
    encoder = SentenceEncoder(str(folder), precision="float32")
    assert not isinstance(encoder.runtime.embed.forward, PlainBert)
    assert encoder.encode(SENTENCES).shape == (len(SENTENCES), 32)


@pytest.mark.slow
def test_the_default_encoder_starts_without_transformers_modelling_code():
    """The point of the plain BERT: about 2.3 s less start-up, measured in `bert.py`."""
    code = (
        "import sys\n"
        "from briefing.summarise.encoder import SentenceEncoder\n"
        "SentenceEncoder().encode(['Ministers agreed a plan.'])\n"
        "print(sorted(m for m in sys.modules if m.startswith('transformers')))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"


@pytest.mark.parametrize("width", [5, 40])
def test_written_out_attention_is_torchs_attention(width):
    """Short batches take attention written out (faster there); padding is left out the same."""
    import torch
    import torch.nn.functional as F

    from briefing.summarise import bert

    torch.manual_seed(0)
    query, key, value = (torch.randn(3, 4, width, 8) for _ in range(3))
    lengths = torch.tensor([width, width - 2, 1])
    real = torch.arange(width)[None, :] < lengths[:, None]
    added = torch.zeros(real.shape).masked_fill_(~real, float("-inf"))[:, None, None, :]
    assert width <= bert._WRITTEN_OUT_UP_TO
    mine = bert.attention(query, key, value, added)
    theirs = F.scaled_dot_product_attention(query, key, value, attn_mask=real[:, None, None, :])
    assert torch.allclose(mine, theirs, atol=1e-6)
    # A padded key changes nothing: the short row's output is its output alone.
    alone = bert.attention(query[2:, :, :1], key[2:, :, :1], value[2:, :, :1], added[2:, ..., :1])
    assert torch.allclose(mine[2, :, :1], alone[0], atol=1e-6)
